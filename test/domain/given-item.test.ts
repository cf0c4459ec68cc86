import { describe, expect, it } from 'vitest';
import { addAgendaItem } from '../../src/domain/add-agenda-item.js';
import { DomainError } from '../../src/domain/domain-error.js';
import { givenItem } from '../../src/domain/find-item.js';
import { plannedMeeting } from '../support/fixtures.js';

const meeting = addAgendaItem(
  plannedMeeting(),
  { title: 'Child death review', presenters: [] },
  'cdr',
).meeting;

describe('givenItem (guest … for item, late … at item)', () => {
  it('is nothing when no item is named', () => {
    expect(givenItem(meeting, undefined)).toBeUndefined();
  });

  it.each([
    ['1', 'Child death review'],
    ['AOB', 'Any other business'],
    ['minutes', 'Minutes of the previous meeting, action log and matters arising'],
  ])('finds item %s', (ref, title) => {
    expect(givenItem(meeting, ref)?.title).toBe(title);
  });

  it('refuses an item the agenda does not have, naming it', () => {
    expect(() => givenItem(meeting, '7')).toThrow(DomainError);
    expect(() => givenItem(meeting, '7')).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        userMessage: 'There is no item "7" on the agenda.',
      }),
    );
  });
});

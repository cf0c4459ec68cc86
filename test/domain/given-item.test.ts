import { describe, expect, it } from 'vitest';
import { addAgendaItem } from '../../src/domain/add-agenda-item.js';
import { DomainError } from '../../src/domain/domain-error.js';
import { givenItem } from '../../src/domain/find-item.js';
import { boardId, meetingId, tenantId } from '../../src/domain/ids.js';
import { newMeeting } from '../../src/domain/new-meeting.js';

let n = 0;
const newId = (): string => `i${(n += 1)}`;
const planned = newMeeting({
  id: meetingId('m1'),
  boardId: boardId('b1'),
  tenantId: tenantId('t1'),
  title: 'Executive Planning Meeting',
  date: '2022-07-13',
  timeZone: 'Europe/London',
  now: new Date('2022-07-01T09:00:00Z'),
  newId,
});
const meeting = addAgendaItem(
  planned,
  { title: 'Child death review', presenters: [] },
  newId(),
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
    const refusal = (() => {
      try {
        givenItem(meeting, '7');
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({
      code: 'INVALID_INPUT',
      userMessage: 'There is no item "7" on the agenda.',
    });
  });
});

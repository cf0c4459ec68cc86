import { describe, expect, it } from 'vitest';
import type { ActionStatus } from '../../src/domain/action.js';
import { isOpen } from '../../src/domain/action.js';
import { withdrawAction } from '../../src/domain/withdraw-action.js';
import { actionOf } from '../support/action-fixture.js';
import { aadOf, haveringBoard } from '../support/fixtures.js';

const board = haveringBoard();
const input = { at: '2026-11-24T14:02:00.000Z', by: aadOf(1), reason: 'captured in error' };

describe('withdrawAction', () => {
  it.each<ActionStatus>(['open', 'ongoing', 'completed', 'closed'])(
    'withdraws a %s action, keeping its number and saying who, when and why',
    (status) => {
      const action = actionOf(board, { status });
      const withdrawn = withdrawAction(action, input);
      expect(withdrawn.status).toBe('withdrawn');
      expect(withdrawn.number).toBe(action.number);
      expect(withdrawn.withdrawn).toEqual({ at: input.at, by: input.by, reason: input.reason });
      expect(withdrawn.history.at(-1)).toEqual({
        at: input.at,
        by: input.by,
        kind: 'status',
        from: status,
        to: 'withdrawn',
        text: 'captured in error',
      });
      expect(withdrawn.revision).toBe(action.revision + 1);
      expect(isOpen(withdrawn)).toBe(false);
    },
  );

  it('changes nothing the second time', () => {
    const once = withdrawAction(actionOf(board), input);
    expect(withdrawAction(once, { ...input, at: '2026-11-25T09:00:00.000Z' })).toBe(once);
  });
});

import { describe, expect, it } from 'vitest';
import type { Action } from '../../src/domain/action.js';
import { applyActionChange } from '../../src/domain/apply-action-change.js';
import { moveActionToItem, rewordAction } from '../../src/domain/correct-action.js';
import { withdrawAction } from '../../src/domain/withdraw-action.js';
import { actionOf } from '../support/action-fixture.js';
import { aadOf, haveringBoard } from '../support/fixtures.js';

const board = haveringBoard();
const at = '2022-07-13T13:30:00.000Z';
const by = aadOf(7);

describe('rewordAction', () => {
  it.each<[string, Partial<Action>, string, string | RegExp]>([
    ['rewords an open action', {}, 'Shakira Gordon to attend the next meeting', 'changed'],
    [
      'rewords a completed one (the record is corrected)',
      { status: 'completed' },
      'New words',
      'changed',
    ],
    ['the same words change nothing', { text: 'Same words' }, '  Same words ', 'same'],
    ['refuses empty words', {}, '   ', /new words/],
    ['refuses a withdrawn action', { status: 'withdrawn' }, 'New words', /withdrawn/],
  ])('%s', (_case, overrides, text, expected) => {
    const action = actionOf(board, overrides);
    if (expected instanceof RegExp) {
      expect(() => rewordAction(action, { text, by, at })).toThrow(expected);
      return;
    }
    const after = rewordAction(action, { text, by, at });
    if (expected === 'same') {
      expect(after).toBe(action);
      return;
    }
    expect(after.text).toBe(text.trim());
    expect(after.history.at(-1)).toEqual({ at, by, kind: 'edit', from: action.text, to: text });
  });
});

describe('moveActionToItem', () => {
  const raised = actionOf(board, { itemId: 'item-1', reference: '13.07.22 ref 1.2' });
  it.each<[string, { itemId: string; confidential: boolean }, Partial<Action>]>([
    [
      'follows its new item’s reference',
      { itemId: 'item-2', confidential: false },
      { itemId: 'item-2', reference: '13.07.22 ref 2.1' },
    ],
    [
      'becomes restricted under a confidential item',
      { itemId: 'item-3', confidential: true },
      { itemId: 'item-3', reference: '13.07.22 ref 2.1', confidential: true },
    ],
  ])('%s', (_case, to, expected) => {
    const moved = moveActionToItem(raised, { ...to, reference: '13.07.22 ref 2.1', by, at });
    expect(moved).toMatchObject(expected);
    expect(moved.history.at(-1)).toEqual({
      at,
      by,
      kind: 'move',
      from: '13.07.22 ref 1.2',
      to: '13.07.22 ref 2.1',
    });
  });

  it('changes nothing when moved to the item it is under', () => {
    expect(
      moveActionToItem(raised, {
        itemId: 'item-1',
        reference: '13.07.22 ref 1.3',
        confidential: false,
        by,
        at,
      }),
    ).toBe(raised);
  });
});

describe('a withdrawn action', () => {
  it.each(['update', 'done', 'reopen', 'close'] as const)('refuses %s', (kind) => {
    const withdrawn = withdrawAction(actionOf(board), { at, by, reason: 'captured in error' });
    const change =
      kind === 'update' ? { kind, text: 'x' } : kind === 'close' ? { kind, reason: 'x' } : { kind };
    expect(() => applyActionChange(withdrawn, change, by, new Date(at))).toThrow(/withdrawn/);
  });
});

import type { Action } from './action.js';
import { DomainError } from './domain-error.js';

/**
 * `action edit <n> <text>`: the action's words change, its history keeps the old ones. The same
 * words change nothing. A withdrawn action is the record of a mistake: it is not reworded.
 */
export const rewordAction = (
  action: Action,
  input: { text: string; by: string; at: string },
): Action => {
  const text = input.text.trim();
  if (text === '' || text.length > 2000)
    throw new DomainError(
      'INVALID_INPUT',
      'Write the action’s new words (2,000 characters at most).',
    );
  if (action.status === 'withdrawn')
    throw new DomainError('CONFLICT', `Action ${action.number} was withdrawn: it is not reworded.`);
  if (text === action.text) return action;
  return {
    ...action,
    text,
    history: [
      ...action.history,
      { at: input.at, by: input.by, kind: 'edit', from: action.text, to: text },
    ],
    updatedAt: input.at,
  };
};

/**
 * `action move <n> to item <item>`: the action stands under another item of the meeting it was
 * raised in, and its reference follows ("13.07.22 ref 1.2" becomes "13.07.22 ref 3.1", the next
 * ordinal under the new item). Moving it to the item it is under changes nothing. Moved under a
 * confidential item it becomes restricted like one; moved out of one it stays restricted until the
 * chair says otherwise (`action <n> not confidential`).
 */
export const moveActionToItem = (
  action: Action,
  input: { itemId: string; reference: string; by: string; at: string; confidential: boolean },
): Action => {
  if (action.itemId === input.itemId) return action;
  return {
    ...action,
    itemId: input.itemId,
    reference: input.reference,
    ...(input.confidential && { confidential: true }),
    history: [
      ...action.history,
      {
        at: input.at,
        by: input.by,
        kind: 'move',
        ...(action.reference !== undefined && { from: action.reference }),
        to: input.reference,
      },
    ],
    updatedAt: input.at,
  };
};

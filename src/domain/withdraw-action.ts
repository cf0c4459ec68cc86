import type { Action } from './action.js';

/**
 * Withdraws an action captured in error (`action delete <n> <reason>`, or `undo` of its capture).
 * The action is kept with status `withdrawn`, so its number is never reused and the action log
 * shows it as withdrawn; reminders are never sent for it. Withdrawing twice changes nothing.
 */
export const withdrawAction = (
  action: Action,
  input: { at: string; by: string; reason: string },
): Action => {
  if (action.status === 'withdrawn') return action;
  return {
    ...action,
    status: 'withdrawn',
    withdrawn: { at: input.at, by: input.by, reason: input.reason },
    history: [
      ...action.history,
      {
        at: input.at,
        by: input.by,
        kind: 'status',
        from: action.status,
        to: 'withdrawn',
        text: input.reason,
      },
    ],
    updatedAt: input.at,
    revision: action.revision + 1,
  };
};

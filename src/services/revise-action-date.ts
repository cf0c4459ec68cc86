import type { Action } from '../domain/action.js';
import type { Board } from '../domain/board.js';
import { canManageBoard } from '../domain/board.js';
import type { MeetingId } from '../domain/ids.js';
import type { CalendarDate } from '../domain/zoned-time.js';
import { formatMinuteDate } from '../domain/zoned-time.js';
import type { ActionRef } from './change-action.js';
import { changeAction } from './change-action.js';
import type { Actor, Deps } from './ports.js';

/** The line action logs keep for a revised date: "Revised date: 31.03.20". */
export const revisedDateNote = (date: CalendarDate): string =>
  `Revised date: ${formatMinuteDate(date)}`;

/**
 * An update that revises the due date ("update 3 … revised date 31/03/20"), kept as action logs
 * keep it: the update (with "Revised date: 31.03.20") in the history, then the new date. The chair
 * and coordinators change the date; an owner's revision is proposed to them instead (owners may
 * not change dates). Anyone else is refused before anything is written (by the update).
 */
export const reviseActionDate = async (
  deps: Deps,
  input: {
    board: Board;
    actor: Actor;
    ref: ActionRef;
    /** The rest of the update; may be empty. */
    text: string;
    date: CalendarDate;
    /** "revised to the next meeting": the date follows that meeting. */
    meetingId?: MeetingId;
  },
): Promise<{ action: Action; proposed: boolean; changed: boolean }> => {
  const { board, actor, ref } = input;
  const note = revisedDateNote(input.date);
  const text = input.text.replace(/[\s.]+$/, '');
  await changeAction(deps, {
    board,
    actor,
    ref,
    change: { kind: 'update', text: text === '' ? note : `${text}. ${note}` },
  });
  const manager = canManageBoard(board, actor.aadObjectId);
  const dated = await changeAction(deps, {
    board,
    actor,
    ref,
    change: manager
      ? {
          kind: 'due',
          date: input.date,
          ...(input.meetingId !== undefined && { meetingId: input.meetingId }),
        }
      : { kind: 'propose', date: input.date },
  });
  return { action: dated.action, proposed: !manager, changed: dated.changed };
};

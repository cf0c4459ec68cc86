import type { Board } from '../domain/board.js';
import type { StructuralEdit } from '../domain/meeting.js';
import { requireAgendaOpen } from '../domain/require-agenda-open.js';
import type { ConfirmOutcome } from './commit-agenda-edit.js';
import { commitAgendaEdit } from './commit-agenda-edit.js';
import { requireBoardMeeting } from './find-active-meeting.js';
import type { Actor, Deps } from './ports.js';
import { requireManager } from './require-manager.js';

/** The chair's "Confirm" on a renumbering proposal. */
export const confirmAgendaChange = async (
  deps: Deps,
  input: {
    board: Board;
    actor: Actor;
    meetingId: string;
    itemId: string;
    op: StructuralEdit;
    before: string;
    after: string;
  },
): Promise<ConfirmOutcome> => {
  const { board } = input;
  await requireManager(deps, board, input.actor, `agenda.${input.op}`, 'change the agenda');
  const target = await requireBoardMeeting(deps, board, input.meetingId);
  requireAgendaOpen(target);
  return commitAgendaEdit(deps, {
    board,
    actor: input.actor,
    plan: { ...input, meetingId: target.id },
    confirmed: true,
  });
};

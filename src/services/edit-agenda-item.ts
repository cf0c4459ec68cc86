import type { Board } from '../domain/board.js';
import { DomainError } from '../domain/domain-error.js';
import { requireItem } from '../domain/find-item.js';
import type { AgendaItem, Meeting } from '../domain/meeting.js';
import { renameAgendaItem } from '../domain/rename-agenda-item.js';
import { requireAgendaOpen } from '../domain/require-agenda-open.js';
import type { AgendaChangeOutcome } from './change-agenda.js';
import { changeAgenda } from './change-agenda.js';
import { requireBoardMeeting } from './find-active-meeting.js';
import type { Actor, Deps } from './ports.js';
import { recordAudit } from './record-audit.js';
import { requireManager } from './require-manager.js';

export type AgendaEdit =
  { op: 'rename'; title: string } | { op: 'up' } | { op: 'down' } | { op: 'remove' };

/** The agenda dialog's edits, for people who do not type commands. */
export const editAgendaItem = async (
  deps: Deps,
  input: { board: Board; actor: Actor; meetingId: string; itemId: string; edit: AgendaEdit },
): Promise<AgendaChangeOutcome | { kind: 'renamed'; meeting: Meeting; item: AgendaItem }> => {
  const { board, edit } = input;
  await requireManager(deps, board, input.actor, `agenda.${edit.op}`, 'change the agenda');
  const target = await requireBoardMeeting(deps, board, input.meetingId);
  /** The dialog offers items by id: one removed since it opened is named for what it is. */
  if (!target.agenda.some((i) => i.id === input.itemId))
    throw new DomainError('NOT_FOUND', 'That item is no longer on the agenda: choose another.');
  if (edit.op !== 'rename')
    return changeAgenda(deps, {
      board,
      actor: input.actor,
      meeting: target,
      item: input.itemId,
      op: edit.op,
    });
  requireAgendaOpen(target);
  const item = requireItem(target, input.itemId);
  const meeting = await deps.meetings.update(board.id, target, (m) => ({
    ...renameAgendaItem(m, item.id, edit.title),
    updatedAt: deps.clock.now().toISOString(),
  }));
  await recordAudit(deps, board, input.actor, {
    verb: 'agenda.rename',
    subject: `${meeting.id}/${item.id}`,
    outcome: 'done',
  });
  return { kind: 'renamed', meeting, item };
};

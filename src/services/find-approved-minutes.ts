import type { ApprovedMinutes, MinutesAmendment } from '../domain/approved-minutes.js';
import { isAmendmentSaid } from '../domain/approved-minutes.js';
import type { Board } from '../domain/board.js';
import { findMemberByAad } from '../domain/board.js';
import type { Meeting } from '../domain/meeting.js';
import type { Deps } from './ports.js';

/**
 * The minutes of an approved meeting as the board approved them, with the amendments the chair made
 * since (what, who, when — newest last; never their content, which the audit does not keep). None
 * for a meeting not approved, or approved before frozen copies were kept. Two reads, only for
 * approved meetings.
 */
export const findApprovedMinutes = async (
  deps: Pick<Deps, 'approvedMinutes' | 'audit'>,
  board: Board,
  meeting: Meeting,
): Promise<{ approved: ApprovedMinutes; amendments: MinutesAmendment[] } | undefined> => {
  const approval = meeting.minutesApproval;
  if (approval === undefined) return undefined;
  const approved = await deps.approvedMinutes.find(board.id, meeting.id);
  if (approved === undefined || approved.approval.at !== approval.at) return undefined;
  const later = await deps.audit.listChangesAfter(
    { tenantId: board.tenantId, boardId: board.id },
    meeting.id,
    approval.at,
  );
  const amendments = later
    .filter((e) => e.change !== undefined && isAmendmentSaid(e.change.said))
    .map((e) => ({
      said: e.change?.said ?? '',
      by: findMemberByAad(board, e.actor)?.name ?? 'someone no longer on the board',
      at: e.at,
    }))
    .reverse();
  return { approved, amendments };
};

import type { Board } from '../domain/board.js';
import { DomainError } from '../domain/domain-error.js';
import { applyStructuralEdit } from '../domain/apply-structural-edit.js';
import { requireItem } from '../domain/find-item.js';
import type {
  AgendaChangeRecord,
  Meeting,
  RenumberProposal,
  StructuralEdit,
} from '../domain/meeting.js';
import { recordedItemIds, renumberingNeedsConfirmation } from '../domain/number-agenda.js';
import { requireAgendaOpen } from '../domain/require-agenda-open.js';
import { actionItemIds } from './action-item-ids.js';
import { agendaFingerprint } from './agenda-fingerprint.js';
import { commitAgendaEdit } from './commit-agenda-edit.js';
import type { Actor, Deps } from './ports.js';

/** A move or removal: done (or found done by a repeat), or put to the chair first. */
export type AgendaChangeOutcome =
  | { kind: 'done'; meeting: Meeting; change: AgendaChangeRecord }
  | { kind: 'confirm'; meeting: Meeting; proposal: RenumberProposal };

/**
 * A move or removal asked for by command or dialog. In a meeting that has started, one that would
 * renumber any item is not made: the chair gets the proposal (which numbers become which) to
 * confirm. Recorded items are never renumbered at all (the domain refuses).
 */
export const changeAgenda = async (
  deps: Deps,
  input: { board: Board; actor: Actor; meeting: Meeting; item: string; op: StructuralEdit },
): Promise<AgendaChangeOutcome> => {
  const { board, meeting: target } = input;
  requireAgendaOpen(target);
  const item = requireItem(target, input.item);
  const recorded = recordedItemIds(target, await actionItemIds(deps, board, target.id));
  const preview = applyStructuralEdit(target, input.op, item.id, recorded);
  const proposal: RenumberProposal = {
    meetingId: target.id,
    op: input.op,
    item: { id: item.id, number: item.number, title: item.title, confidential: item.confidential },
    renumbered: preview.renumbered,
    before: agendaFingerprint(target),
    after: agendaFingerprint(preview.meeting),
  };
  if (renumberingNeedsConfirmation(target, preview.renumbered))
    return { kind: 'confirm', meeting: target, proposal };
  const committed = await commitAgendaEdit(deps, {
    board,
    actor: input.actor,
    plan: { ...proposal, itemId: item.id },
    confirmed: false,
  });
  if (committed.kind === 'stale')
    throw new DomainError(
      'CONCURRENT_UPDATE',
      'The agenda changed at the same moment. Please try again.',
    );
  return committed;
};

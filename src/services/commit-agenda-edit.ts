import type { Board } from '../domain/board.js';
import { applyStructuralEdit } from '../domain/apply-structural-edit.js';
import { requireItem } from '../domain/find-item.js';
import { meetingId } from '../domain/ids.js';
import type { AgendaChangeRecord, Meeting, StructuralEdit } from '../domain/meeting.js';
import { recordedItemIds } from '../domain/number-agenda.js';
import { actionItemIds } from './action-item-ids.js';
import { agendaFingerprint } from './agenda-fingerprint.js';
import type { Actor, Deps } from './ports.js';
import { recordAudit } from './record-audit.js';
import { recordChange } from './record-change.js';

/** What a confirmation found: the change made (now or by an earlier click), or a changed agenda. */
export type ConfirmOutcome =
  | { kind: 'done'; meeting: Meeting; change: AgendaChangeRecord }
  | { kind: 'stale'; meeting: Meeting };

/**
 * Applies a move or removal to the agenda it was planned on (fingerprint `before`). The change's
 * own result (`after`, recorded on the meeting) means it is already done: a second click or a
 * retried write answers the same and changes nothing twice. Any other agenda is stale.
 */
export const commitAgendaEdit = async (
  deps: Deps,
  input: {
    board: Board;
    actor: Actor;
    plan: { meetingId: string; op: StructuralEdit; itemId: string; before: string; after: string };
    /** The chair confirmed a renumbering: it is audited on its own. */
    confirmed: boolean;
  },
): Promise<ConfirmOutcome> => {
  const { board, actor, plan } = input;
  const actionItems = await actionItemIds(deps, board, plan.meetingId);
  let change: AgendaChangeRecord | undefined;
  let before: Meeting | undefined;
  const meeting = await deps.meetings.update(board.id, meetingId(plan.meetingId), (m) => {
    const shape = agendaFingerprint(m);
    change = undefined;
    before = undefined;
    if (shape === plan.after && m.lastAgendaChange?.after === plan.after) {
      change = m.lastAgendaChange;
      return m;
    }
    if (shape !== plan.before) return m;
    const item = requireItem(m, plan.itemId);
    const result = applyStructuralEdit(m, plan.op, item.id, recordedItemIds(m, actionItems));
    if (agendaFingerprint(result.meeting) !== plan.after) return m;
    change = {
      after: plan.after,
      op: plan.op,
      item: {
        id: item.id,
        number: item.number,
        title: item.title,
        confidential: item.confidential,
      },
      renumbered: result.renumbered,
    };
    before = m;
    return {
      ...result.meeting,
      lastAgendaChange: change,
      updatedAt: deps.clock.now().toISOString(),
    };
  });
  if (change === undefined) return { kind: 'stale', meeting };
  const audited = {
    verb: `agenda.${change.op}`,
    subject: `${meeting.id}/${change.item.id}`,
    key: `${meeting.id}:agenda:${change.after}`,
  };
  /** A click that finds its change made (an earlier delivery) records the event alone, once. */
  await (before === undefined
    ? recordAudit(deps, board, actor, { ...audited, outcome: 'done' })
    : recordChange(deps, board, actor, {
        ...audited,
        said: `item ${change.item.number} ${change.op === 'remove' ? 'removed from the agenda' : `moved ${change.op}`}`,
        change: { kind: 'meeting', before, after: meeting },
      }));
  if (input.confirmed && change.renumbered.length > 0) {
    await recordAudit(deps, board, actor, {
      verb: 'agenda.renumber',
      subject: meeting.id,
      outcome: 'done',
      before: { numbers: change.renumbered.map((r) => ({ itemId: r.itemId, number: r.from })) },
      after: { numbers: change.renumbered.map((r) => ({ itemId: r.itemId, number: r.to })) },
      key: `${meeting.id}:renumber:${change.after}`,
    });
  }
  return { kind: 'done', meeting, change };
};

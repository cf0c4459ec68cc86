import { createHash } from 'node:crypto';
import type { Board } from '../domain/board.js';
import { canManageBoard, findMemberByAad, managersSentence } from '../domain/board.js';
import { DomainError } from '../domain/domain-error.js';
import type { NewItem } from '../domain/add-agenda-item.js';
import type {
  AgendaChangeRecord,
  AgendaItem,
  ItemRenumbering,
  Meeting,
  Paper,
  RenumberProposal,
  StructuralEdit,
} from '../domain/meeting.js';
import { addAgendaItem } from '../domain/add-agenda-item.js';
import { requireItem } from '../domain/find-item.js';
import { moveAgendaItem } from '../domain/move-agenda-item.js';
import {
  agendaShape,
  recordedItemIds,
  renumberingNeedsConfirmation,
} from '../domain/number-agenda.js';
import { isPaperLate } from '../domain/paper-deadline.js';
import { removeAgendaItem } from '../domain/remove-agenda-item.js';
import { renameAgendaItem } from '../domain/rename-agenda-item.js';
import { meetingId } from '../domain/ids.js';
import { resolvePresenters } from '../domain/presenters.js';
import { requireActiveMeeting, requireBoardMeeting } from './find-active-meeting.js';
import type { Actor, Deps } from './ports.js';
import { recordAudit } from './record-audit.js';
import { requireManager } from './require-manager.js';

const requireOpen = (meeting: Meeting): void => {
  if (meeting.status === 'closed')
    throw new DomainError(
      'CONFLICT',
      `${meeting.title} on ${meeting.date} has ended; its agenda is closed.`,
    );
};

/** `agenda add …` and the agenda dialog. */
export const addItemToAgenda = async (
  deps: Deps,
  input: {
    board: Board;
    actor: Actor;
    item: Omit<NewItem, 'presenters'> & { presenters?: string };
    meetingId?: string;
  },
): Promise<{ meeting: Meeting; item: AgendaItem }> => {
  const { board } = input;
  await requireManager(deps, board, input.actor, 'agenda.add', 'change the agenda');
  const target =
    input.meetingId === undefined
      ? await requireActiveMeeting(deps, board)
      : await requireBoardMeeting(deps, board, input.meetingId);
  requireOpen(target);
  const id = deps.ids.next();
  const actionItems = await actionItemIds(deps, board, target.id);
  const { presenters, ...rest } = input.item;
  const newItem: NewItem = { ...rest, presenters: resolvePresenters(board, presenters) };
  let added: AgendaItem | undefined;
  const meeting = await deps.meetings.update(board.id, target.id, (m) => {
    const existing = m.agenda.find((i) => i.id === id);
    if (existing !== undefined) {
      added = existing;
      return m;
    }
    const result = addAgendaItem(m, newItem, id, recordedItemIds(m, actionItems));
    added = result.item;
    return { ...result.meeting, updatedAt: deps.clock.now().toISOString() };
  });
  if (added === undefined)
    throw new DomainError(
      'CONCURRENT_UPDATE',
      'The agenda changed at the same moment. Please try again.',
    );
  await recordAudit(deps, board, input.actor, {
    verb: 'agenda.add',
    subject: `${meeting.id}/${added.id}`,
    outcome: 'done',
  });
  return { meeting, item: added };
};

/** A short fingerprint of the agenda's order and numbers, carried by confirmation cards. */
export const agendaFingerprint = (meeting: Meeting): string =>
  createHash('sha256').update(agendaShape(meeting)).digest('base64url').slice(0, 22);

/** Items of this meeting that actions were captured under: their references cite the number. */
const actionItemIds = async (deps: Deps, board: Board, meetingId: string): Promise<string[]> =>
  (await deps.actions.listForBoard(board.id)).flatMap((a) =>
    a.meetingId === meetingId && a.itemId !== undefined ? [a.itemId] : [],
  );

const applyEdit = (
  meeting: Meeting,
  op: StructuralEdit,
  itemId: string,
  recorded: ReadonlySet<string>,
): { meeting: Meeting; renumbered: ItemRenumbering[] } =>
  op === 'remove'
    ? removeAgendaItem(meeting, itemId, recorded)
    : moveAgendaItem(meeting, itemId, op, recorded);

/** A move or removal: done (or found done by a repeat), or put to the chair first. */
export type AgendaChangeOutcome =
  | { kind: 'done'; meeting: Meeting; change: AgendaChangeRecord }
  | { kind: 'confirm'; meeting: Meeting; proposal: RenumberProposal };

/** What a confirmation found: the change made (now or by an earlier click), or a changed agenda. */
export type ConfirmOutcome =
  | { kind: 'done'; meeting: Meeting; change: AgendaChangeRecord }
  | { kind: 'stale'; meeting: Meeting };

/**
 * Applies a move or removal to the agenda it was planned on (fingerprint `before`). The change's
 * own result (`after`, recorded on the meeting) means it is already done: a second click or a
 * retried write answers the same and changes nothing twice. Any other agenda is stale.
 */
const commitEdit = async (
  deps: Deps,
  board: Board,
  actor: Actor,
  plan: { meetingId: string; op: StructuralEdit; itemId: string; before: string; after: string },
  confirmed: boolean,
): Promise<ConfirmOutcome> => {
  const actionItems = await actionItemIds(deps, board, plan.meetingId);
  let change: AgendaChangeRecord | undefined;
  const meeting = await deps.meetings.update(board.id, meetingId(plan.meetingId), (m) => {
    const shape = agendaFingerprint(m);
    change = undefined;
    if (shape === plan.after && m.lastAgendaChange?.after === plan.after) {
      change = m.lastAgendaChange;
      return m;
    }
    if (shape !== plan.before) return m;
    const item = requireItem(m, plan.itemId);
    const result = applyEdit(m, plan.op, item.id, recordedItemIds(m, actionItems));
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
    return {
      ...result.meeting,
      lastAgendaChange: change,
      updatedAt: deps.clock.now().toISOString(),
    };
  });
  if (change === undefined) return { kind: 'stale', meeting };
  await recordAudit(deps, board, actor, {
    verb: `agenda.${change.op}`,
    subject: `${meeting.id}/${change.item.id}`,
    outcome: 'done',
    key: `${meeting.id}:agenda:${change.after}`,
  });
  if (confirmed && change.renumbered.length > 0) {
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

/**
 * A move or removal asked for by command or dialog. In a meeting that has started, one that would
 * renumber any item is not made: the chair gets the proposal (which numbers become which) to
 * confirm. Recorded items are never renumbered at all (the domain refuses).
 */
const changeAgenda = async (
  deps: Deps,
  input: { board: Board; actor: Actor; meeting: Meeting; item: string; op: StructuralEdit },
): Promise<AgendaChangeOutcome> => {
  const { board, meeting: target } = input;
  requireOpen(target);
  const item = requireItem(target, input.item);
  const recorded = recordedItemIds(target, await actionItemIds(deps, board, target.id));
  const preview = applyEdit(target, input.op, item.id, recorded);
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
  const committed = await commitEdit(
    deps,
    board,
    input.actor,
    { ...proposal, itemId: item.id },
    false,
  );
  if (committed.kind === 'stale')
    throw new DomainError(
      'CONCURRENT_UPDATE',
      'The agenda changed at the same moment. Please try again.',
    );
  return committed;
};

/** `agenda remove <item>`. */
export const removeItemFromAgenda = async (
  deps: Deps,
  input: { board: Board; actor: Actor; item: string },
): Promise<AgendaChangeOutcome> => {
  const { board } = input;
  await requireManager(deps, board, input.actor, 'agenda.remove', 'change the agenda');
  const meeting = await requireActiveMeeting(deps, board);
  return changeAgenda(deps, { ...input, meeting, op: 'remove' });
};

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
  requireOpen(target);
  return commitEdit(deps, board, input.actor, { ...input, meetingId: target.id }, true);
};

/**
 * `paper <item> <title> <link>`: the chair, a coordinator or the item's presenter adds a paper. After
 * the paper deadline it is marked late and stays off the pack until the chair accepts it.
 */
export const addPaper = async (
  deps: Deps,
  input: { board: Board; actor: Actor; item: string; title: string; link: string },
): Promise<{ meeting: Meeting; item: AgendaItem; paper: Paper }> => {
  const { board } = input;
  const target = await requireActiveMeeting(deps, board);
  requireOpen(target);
  const item = requireItem(target, input.item);
  const member = findMemberByAad(board, input.actor.aadObjectId);
  const presents = member !== undefined && item.presenters.some((p) => p.memberId === member.id);
  if (!presents && !canManageBoard(board, input.actor.aadObjectId)) {
    await recordAudit(deps, board, input.actor, {
      verb: 'paper.add',
      subject: target.id,
      outcome: 'refused',
    });
    throw new DomainError(
      'FORBIDDEN',
      `Only the item’s presenters or ${managersSentence(board)} can add its papers.`,
    );
  }
  const title = input.title.trim();
  if (title === '' || title.length > 200)
    throw new DomainError('INVALID_INPUT', 'A paper needs a title of 1 to 200 characters.');
  const now = deps.clock.now();
  const paper: Paper = {
    id: deps.ids.next(),
    title,
    link: input.link,
    submittedAt: now.toISOString(),
    submittedBy: input.actor.aadObjectId,
    late: isPaperLate(target, board.rules.paperDeadlineDays, now),
  };
  const meeting = await deps.meetings.update(board.id, target.id, (m) => ({
    ...m,
    agenda: m.agenda.map((i) => (i.id === item.id ? { ...i, papers: [...i.papers, paper] } : i)),
    updatedAt: now.toISOString(),
  }));
  await recordAudit(deps, board, input.actor, {
    verb: 'paper.add',
    subject: `${meeting.id}/${paper.id}`,
    outcome: 'done',
    after: { late: paper.late },
  });
  return { meeting, item: requireItem(meeting, item.id), paper };
};

/** The chair accepts or rejects a late paper (idempotent: a second click changes nothing). */
export const decideLatePaper = async (
  deps: Deps,
  input: {
    board: Board;
    actor: Actor;
    meetingId: string;
    paperId: string;
    decision: 'accepted' | 'rejected';
  },
): Promise<Meeting> => {
  const { board } = input;
  await requireManager(deps, board, input.actor, 'paper.decide', 'accept or reject late papers');
  const target = await requireBoardMeeting(deps, board, input.meetingId);
  if (!target.agenda.some((i) => i.papers.some((p) => p.id === input.paperId))) {
    throw new DomainError('NOT_FOUND', 'That paper is no longer on the agenda.');
  }
  const meeting = await deps.meetings.update(board.id, target.id, (m) => {
    const paper = m.agenda.flatMap((i) => i.papers).find((p) => p.id === input.paperId);
    if (paper === undefined || paper.decision === input.decision) return m;
    return {
      ...m,
      agenda: m.agenda.map((i) => ({
        ...i,
        papers: i.papers.map((p) =>
          p.id === input.paperId ? { ...p, decision: input.decision } : p,
        ),
      })),
      updatedAt: deps.clock.now().toISOString(),
    };
  });
  await recordAudit(deps, board, input.actor, {
    verb: 'paper.decide',
    subject: `${meeting.id}/${input.paperId}`,
    outcome: 'done',
    after: { decision: input.decision },
  });
  return meeting;
};

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
  requireOpen(target);
  const item = requireItem(target, input.itemId);
  const meeting = await deps.meetings.update(board.id, target.id, (m) => ({
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

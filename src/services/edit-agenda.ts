import type { Board } from '../domain/board.js';
import { canManageBoard, findMemberByAad, managersSentence } from '../domain/board.js';
import { DomainError } from '../domain/domain-error.js';
import type { AgendaItem, Meeting, NewItem, Paper } from '../domain/meeting.js';
import {
  addAgendaItem,
  isPaperLate,
  moveAgendaItem,
  removeAgendaItem,
  renameAgendaItem,
  requireItem,
} from '../domain/meeting.js';
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
  const { presenters, ...rest } = input.item;
  const newItem: NewItem = { ...rest, presenters: resolvePresenters(board, presenters) };
  let added: AgendaItem | undefined;
  const meeting = await deps.meetings.update(board.id, target.id, (m) => {
    const existing = m.agenda.find((i) => i.id === id);
    if (existing !== undefined) {
      added = existing;
      return m;
    }
    const result = addAgendaItem(m, newItem, id);
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

export const removeItemFromAgenda = async (
  deps: Deps,
  input: { board: Board; actor: Actor; item: string },
): Promise<{ meeting: Meeting; removed: AgendaItem }> => {
  const { board } = input;
  await requireManager(deps, board, input.actor, 'agenda.remove', 'change the agenda');
  const target = await requireActiveMeeting(deps, board);
  requireOpen(target);
  const removed = requireItem(target, input.item);
  const meeting = await deps.meetings.update(board.id, target.id, (m) => {
    if (!m.agenda.some((i) => i.id === removed.id)) return m;
    return {
      ...removeAgendaItem(m, removed.id).meeting,
      updatedAt: deps.clock.now().toISOString(),
    };
  });
  await recordAudit(deps, board, input.actor, {
    verb: 'agenda.remove',
    subject: `${meeting.id}/${removed.id}`,
    outcome: 'done',
  });
  return { meeting, removed };
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
): Promise<{ meeting: Meeting; message: string }> => {
  const { board } = input;
  await requireManager(deps, board, input.actor, 'agenda.edit', 'change the agenda');
  const target = await requireBoardMeeting(deps, board, input.meetingId);
  requireOpen(target);
  const item = requireItem(target, input.itemId);
  const { edit } = input;
  const meeting = await deps.meetings.update(board.id, target.id, (m) => {
    const next =
      edit.op === 'rename'
        ? renameAgendaItem(m, item.id, edit.title)
        : edit.op === 'remove'
          ? removeAgendaItem(m, item.id).meeting
          : moveAgendaItem(m, item.id, edit.op);
    return { ...next, updatedAt: deps.clock.now().toISOString() };
  });
  await recordAudit(deps, board, input.actor, {
    verb: `agenda.${edit.op}`,
    subject: `${meeting.id}/${item.id}`,
    outcome: 'done',
  });
  const message =
    edit.op === 'rename'
      ? `Renamed item ${item.number}.`
      : edit.op === 'remove'
        ? `Removed "${item.title}".`
        : `Moved "${item.title}" ${edit.op}.`;
  return { meeting, message };
};

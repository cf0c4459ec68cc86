import type { Board } from '../domain/board.js';
import { canManageBoard, findMemberByAad, managersSentence } from '../domain/board.js';
import { DomainError } from '../domain/domain-error.js';
import { requireItem } from '../domain/find-item.js';
import type { AgendaItem, Meeting, Paper } from '../domain/meeting.js';
import { isPaperLate } from '../domain/paper-deadline.js';
import { requireAgendaOpen } from '../domain/require-agenda-open.js';
import { requireActiveMeeting } from './find-active-meeting.js';
import type { FoundMeetings } from './found-meetings.js';
import type { Actor, Deps } from './ports.js';
import { recordAudit } from './record-audit.js';
import { refuse } from './refuse.js';

/**
 * `paper <item> <title> <link>`: the chair, a coordinator or the item's presenter adds a paper. After
 * the paper deadline it is marked late and stays off the pack until the chair accepts it.
 */
export const addPaper = async (
  deps: Deps,
  input: {
    board: Board;
    actor: Actor;
    item: string;
    title: string;
    link: string;
    found?: FoundMeetings;
  },
): Promise<{ meeting: Meeting; item: AgendaItem; paper: Paper }> => {
  const { board } = input;
  const target = await requireActiveMeeting(deps, board, input.found);
  requireAgendaOpen(target);
  const item = requireItem(target, input.item);
  const member = findMemberByAad(board, input.actor.aadObjectId);
  const presents = member !== undefined && item.presenters.some((p) => p.memberId === member.id);
  if (!presents && !canManageBoard(board, input.actor.aadObjectId)) {
    await refuse(deps, board, input.actor, {
      verb: 'paper.add',
      subject: target.id,
      message: `Only the item’s presenters or ${managersSentence(board)} can add its papers.`,
    });
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
  const meeting = await deps.meetings.update(board.id, target, (m) => ({
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

import type { Board } from '../domain/board.js';
import { DomainError } from '../domain/domain-error.js';
import type { Meeting } from '../domain/meeting.js';
import { requireBoardMeeting } from './find-active-meeting.js';
import type { Actor, Deps } from './ports.js';
import { recordAudit } from './record-audit.js';
import { requireManager } from './require-manager.js';

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
  const meeting = await deps.meetings.update(board.id, target, (m) => {
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

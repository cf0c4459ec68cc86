import type { Board } from '../domain/board.js';
import type { Meeting } from '../domain/meeting.js';
import { changeRegister } from './change-register.js';
import { requireMeeting } from './find-active-meeting.js';
import type { Actor, Deps } from './ports.js';
import { requireManager } from './require-manager.js';

/** The chair's ruling on quorum (kept beside the computed result), and who ratifies. */
export const recordQuorumRuling = async (
  deps: Deps,
  input: {
    board: Board;
    actor: Actor;
    quorate?: boolean;
    reason?: string;
    ratifier?: string;
    meetingId?: string;
  },
): Promise<Meeting> => {
  const { board, actor } = input;
  await requireManager(deps, board, actor, 'quorum.ruling', 'rule on quorum');
  const meeting = await requireMeeting(deps, board, input.meetingId);
  const now = deps.clock.now().toISOString();
  return changeRegister(deps, {
    board,
    actor,
    meeting,
    verb: 'quorum.ruling',
    change: (a) => ({
      ...a,
      ...(input.quorate !== undefined && {
        ruling: {
          quorate: input.quorate,
          reason: input.reason ?? '',
          by: actor.aadObjectId,
          at: now,
        },
      }),
      ...(input.ratifier !== undefined && { ratifier: input.ratifier }),
    }),
  });
};

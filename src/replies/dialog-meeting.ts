import { audienceOf, discloseMeeting, disclosePolicyOf } from '../domain/disclosure.js';
import { isDomainError } from '../domain/domain-error.js';
import type { Meeting } from '../domain/meeting.js';
import { requireBoardMeeting } from '../services/find-active-meeting.js';
import type { ReplyContext } from './reply-context.js';
import type { Turn } from './turn.js';

/**
 * The meeting a dialog is about, checked against the board of this conversation and shown as its
 * opener may read it (a dialog is seen by the person who opened it alone); else why not.
 */
export const dialogMeeting = async (
  bot: ReplyContext,
  turn: Turn,
  meetingId: string,
): Promise<Meeting | string> => {
  const resolved = await turn.board();
  if (resolved.kind !== 'board') return 'There is no board here yet.';
  try {
    const meeting = await requireBoardMeeting(bot.deps, resolved.board, meetingId);
    return discloseMeeting(
      meeting,
      audienceOf(resolved.board, { inPersonalChat: true, aadObjectId: turn.actor.aadObjectId }),
      disclosePolicyOf(resolved.board.rules),
    );
  } catch (error) {
    if (isDomainError(error)) return error.userMessage;
    throw error;
  }
};

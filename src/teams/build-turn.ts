import type { TurnContext } from 'botbuilder';
import { cardBoardId } from '../cards/verbs.js';
import type { Turn } from '../replies/turn.js';
import type { FoundMeetings } from '../services/found-meetings.js';
import { findMeetingsOnce } from '../services/found-meetings.js';
import type { BoardResolution } from '../services/resolve-board.js';
import { resolveBoard } from '../services/resolve-board.js';
import type { BotContext } from './bot-context.js';
import { readTurnIdentity } from './turn-identity.js';

/**
 * The one place that reads who sent a turn and from where, and binds the turn's board and its
 * current meetings (each looked up on first use, at most once) and roster reader. Undefined when
 * the activity does not say who or where: the caller answers so and does nothing. `cardData` is a
 * clicked card's data: the board id it carries is tried first (services/resolve-board.ts says
 * when it is used).
 */
export const buildTurn = (
  context: TurnContext,
  bot: BotContext,
  cardData?: unknown,
): Turn | undefined => {
  const identity = readTurnIdentity(context);
  if (identity === undefined) return undefined;
  let board: Promise<BoardResolution> | undefined;
  const claimedBoardId = cardData === undefined ? undefined : cardBoardId(cardData);
  let meetings: Promise<FoundMeetings | undefined> | undefined;
  const resolve = (): Promise<BoardResolution> =>
    (board ??= resolveBoard(bot.deps, {
      tenantId: identity.tenantId,
      conversationId: identity.conversationId,
      kind: identity.kind,
      actorAadObjectId: identity.actor.aadObjectId,
      ...(claimedBoardId !== undefined && { claimedBoardId }),
    }));
  const found = (): Promise<FoundMeetings | undefined> =>
    (meetings ??= resolve().then((resolved) =>
      resolved.kind === 'board' ? findMeetingsOnce(bot.deps, resolved.board) : undefined,
    ));
  return {
    ...identity,
    board: resolve,
    meeting: async () => (await found())?.meeting(),
    activeMeeting: async () => (await found())?.activeMeeting(),
    nextMeeting: async (after) => (await found())?.nextMeeting(after),
    roster: () => bot.readRoster(context),
    meetingDetails: () => bot.readMeetingDetails(context),
  };
};

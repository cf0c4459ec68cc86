import type { AdaptiveCard } from '../cards/card-types.js';
import type { Board } from '../domain/board.js';
import type { Audience } from '../domain/disclosure.js';
import {
  audienceOf,
  CONFIDENTIAL_TITLE,
  disclosePolicyOf,
  disclosureOf,
} from '../domain/disclosure.js';
import { errorKind } from '../log.js';
import type { ReplyContext } from './reply-context.js';
import type { Reply } from './reply.js';
import { cardReply } from './reply.js';
import type { Turn } from './turn.js';

/** The audience of this turn's reply (see domain/disclosure.ts). */
export const turnAudience = (
  board: Board,
  turn: Turn,
  guestOf: { itemIds?: readonly string[]; actionIds?: readonly string[] } = {},
): Audience =>
  audienceOf(
    board,
    { inPersonalChat: turn.kind === 'personal', aadObjectId: turn.actor.aadObjectId },
    guestOf,
  );

export const POINTER_SENT =
  'Confidential items are left out here: I have sent you the full version in our personal chat.';
export const POINTER_OPEN_CHAT =
  'Confidential items are left out here. To see them, open a personal chat with Quorate and ask there.';
export const POINTER_NOT_ENTITLED = 'Confidential items are left out here.';

/** A card for an audience; `note` is a line the card shows on top (the pointer, in a chat). */
export type RenderFor = (audience: Audience, note?: string) => AdaptiveCard | Promise<AdaptiveCard>;

/** Two versions say the same once their download links (signed per version) are set aside. */
const sameContent = (a: AdaptiveCard, b: AdaptiveCard): boolean => {
  const words = (c: AdaptiveCard) => JSON.stringify(c).replace(/\/files\/[^"\s)]+/g, '/files/');
  return words(a) === words(b);
};

/**
 * Answers in a way nobody in the conversation reads what they may not. In a personal chat the card
 * is rendered for that person. In a board's chat it is rendered for the chat; when that version
 * leaves something out, a member who asked gets the full version privately (their personal chat
 * with Quorate) and the chat is told so.
 */
export const answerRestricted = async (
  bot: ReplyContext,
  turn: Turn,
  board: Board,
  render: RenderFor,
): Promise<Reply> => {
  const audience = turnAudience(board, turn);
  if (audience.kind !== 'board-chat') return cardReply(await render(audience));
  const shared = await render(audience);
  const asker = audienceOf(board, { inPersonalChat: true, aadObjectId: turn.actor.aadObjectId });
  if (asker.kind !== 'member') {
    const full = await render({ kind: 'member' });
    return sameContent(full, shared)
      ? cardReply(shared)
      : cardReply(await render(audience, POINTER_NOT_ENTITLED));
  }
  const full = await render(asker);
  if (sameContent(full, shared)) return cardReply(shared);
  const sent = await sendPrivately(bot, turn, full);
  return cardReply(await render(audience, sent ? POINTER_SENT : POINTER_OPEN_CHAT));
};

/** Sends a card or a line to the turn's sender in their personal chat with Quorate, if they have one. */
export const sendPrivately = async (
  bot: ReplyContext,
  turn: Turn,
  what: AdaptiveCard | Reply,
): Promise<boolean> => {
  const reply: Reply = 'card' in what || 'text' in what ? what : cardReply(what);
  try {
    const record = await bot.deps.conversations.findPersonal(turn.tenantId, turn.actor.aadObjectId);
    if (record === undefined) return false;
    const sent = await bot.post(record.reference, reply);
    if (!sent.ok) bot.log.warn('private_answer.not_sent', { code: sent.code });
    return sent.ok;
  } catch (error) {
    bot.log.warn('private_answer.failed', { error: errorKind(error) });
    return false;
  }
};

/** An item's title as this conversation may read it ("Confidential item" where it may not). */
export const titleFor = (
  board: Board,
  turn: Turn,
  item: { id: string; title: string; confidential: boolean },
): string =>
  disclosureOf(
    { kind: 'item', confidential: item.confidential, itemId: item.id },
    turnAudience(board, turn),
    disclosePolicyOf(board.rules),
  ) === 'show'
    ? item.title
    : CONFIDENTIAL_TITLE;

/** Whether this conversation reads confidential items redacted (for wording that names items). */
export const hidesConfidential = (board: Board, turn: Turn): boolean =>
  disclosureOf(
    { kind: 'item', confidential: true },
    turnAudience(board, turn),
    disclosePolicyOf(board.rules),
  ) !== 'show';

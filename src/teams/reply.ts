import type { TurnContext } from 'botbuilder';
import type { AdaptiveCard } from '../cards/card-types.js';
import { isDomainError } from '../domain/domain-error.js';
import { cardMessage } from './card-message.js';

export type Reply = { card: AdaptiveCard } | { text: string };

export const textReply = (text: string): Reply => ({ text });
export const cardReply = (card: AdaptiveCard): Reply => ({ card });

export const sendReply = async (context: TurnContext, reply: Reply): Promise<void> => {
  await context.sendActivity('card' in reply ? cardMessage(reply.card) : reply.text);
};

/** Expected failures (forbidden, invalid, concurrent) become their user message; the rest rethrow. */
export const replyOnDomainError = async (work: () => Promise<Reply>): Promise<Reply> => {
  try {
    return await work();
  } catch (error) {
    if (isDomainError(error)) return textReply(error.userMessage);
    throw error;
  }
};

import type { AdaptiveCard } from '../cards/card-types.js';
import { isDomainError } from '../domain/domain-error.js';

export type Reply = { card: AdaptiveCard } | { text: string };

/**
 * Teams reads `<word>` in a message as an HTML tag and drops it, which would swallow every
 * placeholder of a usage hint ("deputy <name> for <initials>"): show them as ‹name›.
 */
export const textReply = (text: string): Reply => ({
  text: text.replace(/<([A-Za-z][^<>\n]{0,40})>/g, '‹$1›'),
});
export const cardReply = (card: AdaptiveCard): Reply => ({ card });

/** Expected failures (forbidden, invalid, concurrent) become their user message; the rest rethrow. */
export const replyOnDomainError = async (work: () => Promise<Reply>): Promise<Reply> => {
  try {
    return await work();
  } catch (error) {
    if (isDomainError(error)) return textReply(error.userMessage);
    throw error;
  }
};

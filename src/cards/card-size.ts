import type { AdaptiveCard } from './card-types.js';

/**
 * Teams refuses a bot message over about 28 KB, the card and the activity around it together
 * (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/format-your-bot-messages).
 */
export const TEAMS_MESSAGE_LIMIT = 28 * 1024;

/** What a long card may take, leaving room for the activity around it. */
export const CARD_BUDGET = 24 * 1024;

/** The card's size as sent: UTF-8 bytes of its JSON. */
export const cardBytes = (card: AdaptiveCard): number =>
  new TextEncoder().encode(JSON.stringify(card)).length;

import type { ReplyContext } from '../replies/reply-context.js';
import type { MeetingDetailsReader } from './meeting-details-reader.js';
import type { ProactiveSender } from './proactive.js';
import type { RosterReader } from './roster-reader.js';
import { replyActivity } from './send-reply.js';

/** What app.ts gives the bot: the replies' context (less `post`) and the Teams-side readers. */
export type BotSetup = Omit<ReplyContext, 'post'> & {
  readRoster: RosterReader;
  readMeetingDetails: MeetingDetailsReader;
  sendProactive: ProactiveSender;
  /** Conversation references recently stored by this instance (to skip identical writes). */
  recentConversations: Map<string, { serviceUrl: string; at: number }>;
  /** Tests only: a shorter invoke budget than Teams' (see invoke-budget.ts). */
  invokeBudgetMs?: number;
};

/** What the routes share: the setup, with replies posting through the proactive sender. */
export type BotContext = BotSetup & ReplyContext;

export const botContextOf = (setup: BotSetup): BotContext => ({
  ...setup,
  post: (reference, reply) => setup.sendProactive(reference, replyActivity(reply)),
});

import type { Logger } from '../log.js';
import type { Deps } from '../services/ports.js';
import type { MeetingDetailsReader } from './meeting-details-reader.js';
import type { ProactiveSender } from './proactive.js';
import type { RosterReader } from './roster-reader.js';

/** What the routes share: the use cases' dependencies and the Teams-side readers. */
export type BotContext = {
  deps: Deps;
  readRoster: RosterReader;
  readMeetingDetails: MeetingDetailsReader;
  /** Where the bot serves downloads, and the secret that signs their links. */
  links: { baseUrl: string; secret: string };
  sendProactive: ProactiveSender;
  log: Logger;
  /** Conversation references recently stored by this instance (to skip identical writes). */
  recentConversations: Map<string, { serviceUrl: string; at: number }>;
  /** Asks the reminder loop to sweep now (a notice was just planned); absent in route tests. */
  kickReminders?: () => void;
  /** Tests only: a shorter invoke budget than Teams' (see invoke-budget.ts). */
  invokeBudgetMs?: number;
};

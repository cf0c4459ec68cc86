import type { Logger } from '../log.js';
import type { AttendanceReportReader, Deps, SendResult } from '../services/ports.js';
import type { Reply } from './reply.js';

/** Sends a reply into a stored conversation (its reference from the conversation store). */
export type PostMessage = (reference: Record<string, unknown>, reply: Reply) => Promise<SendResult>;

/** What every reply may use: the use cases' dependencies and the few application-wide services. */
export type ReplyContext = {
  deps: Deps;
  /** Where the bot serves downloads, and the secret that signs their links. */
  links: { baseUrl: string; secret: string };
  post: PostMessage;
  log: Logger;
  /** Asks the reminder loop to sweep now (a notice was just planned); absent in route tests. */
  kickReminders?: () => void;
  /** Teams' attendance reports (Microsoft Graph); absent where they are not read (config.ts). */
  attendanceReports?: AttendanceReportReader;
};

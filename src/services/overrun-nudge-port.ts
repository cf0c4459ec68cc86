import type { SendResult } from './send-ports.js';

/**
 * What the chair is told privately when the current item has run past its allocation. The item's
 * title is left out when it is confidential: a personal chat shows on a phone's lock screen.
 */
export type OverrunNudge = {
  boardName: string;
  meetingTitle: string;
  item: { number: string; title?: string };
  /** Whole minutes spent on the item, and its allocation. */
  elapsed: number;
  allocated: number;
  /** How far the meeting is heading past its planned end (negative: time in hand), when known. */
  meetingMinutesOver?: number;
};

/** Sends the nudge into the chair's personal chat (implemented in teams/) and says what Teams answered. */
export interface OverrunNudger {
  send(reference: Record<string, unknown>, nudge: OverrunNudge): Promise<SendResult>;
}

import type { Action } from './action.js';
import type { Board, UnreachablePerson } from './board.js';
import type { Meeting } from './meeting.js';
import type { QuorumForecast } from './quorum-forecast.js';
import type { ReachRoute } from './reachability.js';
import type { Reminder } from './reminder.js';

/**
 * What one reminder or notice says to one person, as data: the Teams notifier renders it as a card
 * and redacts it for the board's chat (services/disclose-notice.ts).
 */
export type NoticeMessage =
  | {
      kind: 'action-reminder';
      board: Board;
      action: Action;
      reminder: Reminder;
      today: string;
      nextMeeting?: string;
      /** The recipient runs the board (sees date decisions on the card). */
      canManage: boolean;
      /** When and how Quorate last reached this owner (a member), if ever. */
      lastReached?: { at: string; route: ReachRoute };
    }
  | { kind: 'escalation'; board: Board; action: Action; reminder: Reminder; today: string }
  | {
      kind: 'digest';
      board: Board;
      overdue: Action[];
      /** Open actions due at a next meeting that has no date yet. */
      undated: Action[];
      unreachable: UnreachablePerson[];
      /** The overdue actions' owners, and when and how Quorate last reached each. */
      owners: { name: string; lastReached?: { at: string; route: ReachRoute } }[];
      today: string;
      nextMeeting?: string;
    }
  | {
      kind: 'papers-presenter';
      board: Board;
      meeting: Meeting;
      items: { number: string; title: string }[];
      deadline: string;
    }
  | {
      kind: 'papers-coordinator';
      board: Board;
      meeting: Meeting;
      missing: { number: string; title: string; presenters: string }[];
      deadline: string;
    }
  | { kind: 'proposal'; board: Board; action: Action; today: string; nextMeeting?: string }
  | {
      kind: 'proposal-decided';
      board: Board;
      action: Action;
      accepted: boolean;
      date: string;
      today: string;
      nextMeeting?: string;
    }
  | { kind: 'not-mine'; board: Board; action: Action; ownerName: string; today: string }
  /** The chair and coordinators: the next meeting may not be quorate, and why. */
  | {
      kind: 'quorum-forecast';
      board: Board;
      meeting: Meeting;
      forecast: QuorumForecast;
      /** Working days before the meeting it goes out. */
      daysBefore: number;
      /** Delegates of missing agencies Quorate could not reach before (the board's list). */
      unreachable: UnreachablePerson[];
    }
  /** A delegate of a statutory agency nobody is attending for: attend, or name a deputy. */
  | {
      kind: 'forecast-ask';
      board: Board;
      meeting: Meeting;
      agency: { code: string; name: string };
      delegateName: string;
    };

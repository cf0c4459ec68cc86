import type { Attendance } from './attendance.js';
import type { BoardId, MeetingId, MemberId, TenantId } from './ids.js';
import type { CalendarDate, WallTime } from './zoned-time.js';
import { zonedToUtc } from './zoned-time.js';

export type MeetingStatus = 'planned' | 'in-progress' | 'closed';
export type MinutesStatus = 'draft' | 'approved';
export type ItemKind = 'standing' | 'decision' | 'discussion' | 'information';
export type StandingKind = 'welcome' | 'interests' | 'previous-minutes' | 'aob' | 'next-meeting';

export type Presenter = { name: string; initials?: string; memberId?: MemberId };

export type Paper = {
  id: string;
  title: string;
  link: string;
  submittedAt: string;
  submittedBy: string;
  /** Submitted after the paper deadline; left off the pack unless the chair accepts it. */
  late: boolean;
  decision?: 'accepted' | 'rejected';
};

/** A note or a decision recorded against an agenda item. */
export type Entry = {
  id: string;
  text: string;
  at: string;
  by: string;
  /** Recorded while the meeting was not quorate: needs ratification. */
  subjectToRatification: boolean;
  /**
   * A decision taken while these statutory agencies (codes) were represented only by deputies
   * their delegates do not authorise: it cannot bind them (domain/unauthorised-note.ts says so).
   */
  unauthorisedFor?: string[];
  /**
   * "N3", "D2": numbered per meeting and kind, kept through edits and moves, never reused after a
   * removal (see domain/entry-numbers.ts). Absent on entries stored before numbering.
   */
  number?: number;
};

export type AgendaItem = {
  id: string;
  /** "1", "2a", "2.1"; standing items carry a label ("Minutes", "AOB"). */
  number: string;
  title: string;
  presenters: Presenter[];
  minutes: number;
  kind: ItemKind;
  standing?: StandingKind;
  confidential: boolean;
  papers: Paper[];
  notes: Entry[];
  decisions: Entry[];
  /** Sub-items ("2a", "2.1") follow their parent and keep their suffix when it is renumbered. */
  parentId?: string;
  suffix?: string;
  /** Live timing: when the item was actually taken and left (UTC instants), and the overrun nudge. */
  actual?: {
    startedAt: string;
    endedAt?: string;
    nudgedAt?: string;
    /** The chair came back to the item: when this spell began (`startedAt` stays the first). */
    resumedAt?: string;
    /** Seconds spent on the item in its earlier spells. */
    earlierSeconds?: number;
  };
};

/** A declaration of interest, recorded in the meeting against the item it concerns. */
export type Interest = {
  id: string;
  memberId: string;
  initials: string;
  name: string;
  itemId: string;
  text: string;
  at: string;
  /** Who recorded it (their name): the member or the chair. */
  by: string;
  /** The message that recorded it (`msg:<activity id>`): a repeat records nothing new. */
  key?: string;
};

export type MinutesOutcome = {
  outcome: 'approved' | 'approved-with-amendments' | 'not-approved';
  text?: string;
  at: string;
  by: string;
};

export type Meeting = {
  id: MeetingId;
  boardId: BoardId;
  tenantId: TenantId;
  title: string;
  date: CalendarDate;
  start?: WallTime;
  end?: WallTime;
  timeZone: string;
  /** UTC instant of the start (midnight when no time is known); orders meetings. */
  startsAt: string;
  venue?: string;
  online?: OnlineMeeting;
  status: MeetingStatus;
  minutesStatus: MinutesStatus;
  agenda: AgendaItem[];
  currentItemId?: string;
  previousMeetingId?: MeetingId;
  /** The outcome, recorded in this meeting, for the previous meeting's minutes. */
  previousMinutes?: MinutesOutcome;
  nextMeeting?: { meetingId: MeetingId; date: CalendarDate; start?: WallTime; end?: WallTime };
  startedAt?: string;
  endedAt?: string;
  createdAt: string;
  updatedAt: string;
  /** Increases with every change: cards carry it to spot stale clicks. */
  revision: number;
  attendance?: Attendance;
  /** The last move or removal, so a repeated confirmation gets the same answer. */
  lastAgendaChange?: AgendaChangeRecord;
  /** The highest note and decision numbers ever given: a removed number is not given again. */
  entryNumbers?: { note: number; decision: number };
  /** The last correction of a note or decision, so a repeated message changes nothing twice. */
  lastEntryChange?: { key: string; said: string };
  /** Declarations of interest, each at the item it concerns (domain/interest.ts). */
  interests?: Interest[];
  /**
   * Set when a later meeting approved these minutes: that version is frozen; later edits need the
   * chair and are audited as amendments.
   */
  minutesApproval?: MinutesApproval;
};

/**
 * The Teams meeting a board meeting is held in. `meetingId` is Teams' own id (an event's
 * channelData.meeting.id); Microsoft Graph names the same meeting by `graphMeetingId` under its
 * organiser, which is what its attendance report is read by.
 */
export type OnlineMeeting = {
  chatId?: string;
  meetingId?: string;
  joinUrl?: string;
  organizerAadObjectId?: string;
  graphMeetingId?: string;
};

/** Who approved the minutes, at which meeting and when; `amendments` as recorded there. */
export type MinutesApproval = {
  at: string;
  by: string;
  atMeetingId: MeetingId;
  atMeetingDate: CalendarDate;
  amendments?: string;
};

/** One item whose number a change of the agenda moves. */
export type ItemRenumbering = {
  itemId: string;
  title: string;
  confidential: boolean;
  from: string;
  to: string;
};

export type StructuralEdit = 'up' | 'down' | 'remove';

/**
 * A move or removal that would renumber items, put to the chair. `before` and `after` fingerprint
 * the agenda as shown and as it would be: the confirmation applies to that agenda only.
 */
export type RenumberProposal = {
  meetingId: string;
  op: StructuralEdit;
  item: { id: string; number: string; title: string; confidential: boolean };
  renumbered: ItemRenumbering[];
  before: string;
  after: string;
};

export type AgendaChangeRecord = {
  /** The agenda's shape after the change (see `agendaShape`). */
  after: string;
  op: StructuralEdit;
  item: { id: string; number: string; title: string; confidential: boolean };
  renumbered: ItemRenumbering[];
};

export const STANDING_LABELS: Record<StandingKind, string> = {
  welcome: 'Welcome',
  interests: 'Interests',
  'previous-minutes': 'Minutes',
  aob: 'AOB',
  'next-meeting': 'Next meeting',
};

export const startsAtOf = (
  date: CalendarDate,
  start: WallTime | undefined,
  timeZone: string,
): string => zonedToUtc(date, start ?? '00:00', timeZone).toISOString();

/**
 * The same meeting on another day or at another time: agenda, papers and attendance stay with it.
 * A new date without a time keeps the old times; a new start without an end drops the old end.
 */
export const movedMeeting = (
  meeting: Meeting,
  when: { date: CalendarDate; start?: WallTime; end?: WallTime },
  now: Date,
): Meeting => {
  const { start: oldStart, end: oldEnd, ...rest } = meeting;
  const start = when.start ?? oldStart;
  const end = when.end ?? (when.start === undefined ? oldEnd : undefined);
  return {
    ...rest,
    date: when.date,
    ...(start !== undefined && { start }),
    ...(end !== undefined && { end }),
    startsAt: startsAtOf(when.date, start, meeting.timeZone),
    updatedAt: now.toISOString(),
  };
};

export const currentItem = (meeting: Meeting): AgendaItem | undefined =>
  meeting.agenda.find((i) => i.id === meeting.currentItemId);

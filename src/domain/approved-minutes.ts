import type { Action } from './action.js';
import type { BoardId, MeetingId, TenantId } from './ids.js';
import type { Meeting, MinutesApproval, MinutesOutcome } from './meeting.js';
import { MONTHS } from './zoned-time.js';
import type { CalendarDate } from './zoned-time.js';

/**
 * The minutes as a later meeting approved them: the meeting and the actions raised at it, frozen at
 * the approval. Stored beside the meeting (services/ports.ts `ApprovedMinutesStore`) so later
 * amendments, and actions moving on, leave the approved record as it was.
 */
export type ApprovedMinutes = {
  tenantId: TenantId;
  boardId: BoardId;
  meetingId: MeetingId;
  approval: MinutesApproval;
  meeting: Meeting;
  actions: Action[];
};

/** A change to approved minutes, as the archive lists it under them: what, who and when. */
export type MinutesAmendment = { said: string; by: string; at: string };

/** "13 July 2022": how an amendment names the minutes it changes. */
export const formatDayMonthYear = (date: CalendarDate): string => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1] ?? ''} ${y}`;
};

const AMENDMENT_OF = 'amendment to the approved minutes of ';

/** "amendment to the approved minutes of 13 July 2022: note 3 on item 4 edited". */
export const amendmentSaid = (meeting: Pick<Meeting, 'date'>, said: string): string =>
  `${AMENDMENT_OF}${formatDayMonthYear(meeting.date)}: ${said}`;

/** Whether a recorded change's words say it amended approved minutes (or undid such a change). */
export const isAmendmentSaid = (said: string): boolean => said.includes(AMENDMENT_OF);

/**
 * What the approving meeting's outcome does to the earlier meeting: approved (with amendments)
 * freezes it with who, when and where; not approved takes a standing approval back. The same
 * approval recorded again (a resubmitted dialog) returns the meeting unchanged.
 */
export const withMinutesOutcome = (
  earlier: Meeting,
  outcome: MinutesOutcome,
  approving: Pick<Meeting, 'id' | 'date'>,
): Meeting => {
  if (outcome.outcome === 'not-approved') {
    if (earlier.minutesStatus === 'draft' && earlier.minutesApproval === undefined) return earlier;
    const { minutesApproval: _gone, ...rest } = earlier;
    return { ...rest, minutesStatus: 'draft', updatedAt: outcome.at };
  }
  const amendments = outcome.outcome === 'approved-with-amendments' ? outcome.text : undefined;
  const standing = earlier.minutesApproval;
  if (
    earlier.minutesStatus === 'approved' &&
    standing !== undefined &&
    standing.atMeetingId === approving.id &&
    standing.amendments === amendments
  )
    return earlier;
  const approval: MinutesApproval = {
    at: outcome.at,
    by: outcome.by,
    atMeetingId: approving.id,
    atMeetingDate: approving.date,
    ...(amendments !== undefined && { amendments }),
  };
  return {
    ...earlier,
    minutesStatus: 'approved',
    minutesApproval: approval,
    updatedAt: outcome.at,
  };
};

import type { AgendaItem, Meeting, StandingKind } from './meeting.js';
import { STANDING_LABELS, startsAtOf } from './meeting.js';

const STANDING_TITLES: Record<StandingKind, string> = {
  welcome: 'Welcome, introductions and apologies',
  interests: 'Declarations of interest',
  'previous-minutes': 'Minutes of the previous meeting, action log and matters arising',
  aob: 'Any other business',
  'next-meeting': 'Date of next meeting',
};

const STANDING_MINUTES: Record<StandingKind, number> = {
  welcome: 5,
  interests: 2,
  'previous-minutes': 10,
  aob: 5,
  'next-meeting': 2,
};

const standingItem = (kind: StandingKind, id: string): AgendaItem => ({
  id,
  number: STANDING_LABELS[kind],
  title: STANDING_TITLES[kind],
  presenters: [],
  minutes: STANDING_MINUTES[kind],
  kind: 'standing',
  standing: kind,
  confidential: false,
  papers: [],
  notes: [],
  decisions: [],
});

export type NewMeeting = Pick<
  Meeting,
  | 'id'
  | 'boardId'
  | 'tenantId'
  | 'title'
  | 'date'
  | 'start'
  | 'end'
  | 'timeZone'
  | 'venue'
  | 'previousMeetingId'
> & {
  /** The board's setting: a standing "Declarations of interest" item after the welcome. */
  interestsItem?: boolean;
  now: Date;
  newId: () => string;
};

/**
 * A planned meeting with the four standing items every board meeting has, and "Declarations of
 * interest" after the welcome when the board asks for it.
 */
export const newMeeting = (input: NewMeeting): Meeting => {
  const now = input.now.toISOString();
  return {
    id: input.id,
    boardId: input.boardId,
    tenantId: input.tenantId,
    title: input.title,
    date: input.date,
    ...(input.start !== undefined && { start: input.start }),
    ...(input.end !== undefined && { end: input.end }),
    timeZone: input.timeZone,
    startsAt: startsAtOf(input.date, input.start, input.timeZone),
    ...(input.venue !== undefined && { venue: input.venue }),
    status: 'planned',
    minutesStatus: 'draft',
    agenda: (
      [
        'welcome',
        ...(input.interestsItem === true ? (['interests'] as const) : []),
        'previous-minutes',
        'aob',
        'next-meeting',
      ] as const
    ).map((k) => standingItem(k, input.newId())),
    ...(input.previousMeetingId !== undefined && { previousMeetingId: input.previousMeetingId }),
    createdAt: now,
    updatedAt: now,
    revision: 1,
  };
};

import type { Board } from '../domain/board.js';
import { meetingWindow } from '../domain/meeting-window.js';
import type { Audience } from '../domain/disclosure.js';
import { disclosureView } from '../domain/disclosure.js';
import type { MeetingId } from '../domain/ids.js';
import { isCarriedInto } from '../domain/action-review.js';
import type { Meeting } from '../domain/meeting.js';
import { buildMinutesDocx } from '../exports/minutes-docx.js';
import type { DownloadGrant } from './download-links.js';
import { findApprovedMinutes } from './find-approved-minutes.js';
import { findGrantedBoard } from './find-granted-board.js';
import type { FoundMeetings } from './found-meetings.js';
import { findMeetingsOnce } from './found-meetings.js';
import type { Deps } from './ports.js';

/** The meeting `minutes` and `summary` are about: the one in progress, else the last one held. */
export const findLatestHeldMeeting = async (
  deps: Pick<Deps, 'meetings' | 'clock'>,
  board: Board,
  found: FoundMeetings = findMeetingsOnce(deps, board),
): Promise<Meeting | undefined> =>
  (await found.meeting()) ?? deps.meetings.findLatestHeld(board.id);

/**
 * The minutes .docx for a valid grant whose holder is still a member of the board: once a later meeting
 * approved them, the frozen approved version (services/approve-previous-minutes.ts).
 */
export const exportMinutesDocx = async (
  deps: Pick<Deps, 'boards' | 'meetings' | 'actions' | 'approvedMinutes' | 'audit'>,
  grant: DownloadGrant,
): Promise<{ fileName: string; body: Buffer } | undefined> => {
  const board = await findGrantedBoard(deps, grant);
  if (board === undefined || grant.meetingId === undefined) return undefined;
  const stored = await deps.meetings.findById(board.id, grant.meetingId as MeetingId);
  if (stored === undefined) return undefined;
  /** Approved minutes are the version the board approved, with the amendments made since. */
  const frozen = await findApprovedMinutes(deps, board, stored);
  const meeting = frozen?.approved.meeting ?? stored;
  const earlier = (
    await deps.meetings.listRecent(board.id, 2, { before: meeting.startsAt, startedOnly: true })
  ).reverse();
  /** One query: the actions raised at the meeting and those carried into it (its review). */
  const actions =
    frozen?.approved.actions ??
    (await deps.actions.listReviewedAt(board.id, {
      meetingId: meeting.id,
      from: meetingWindow(meeting).from,
    }));
  const version = grant.version === 'public' ? 'public' : 'restricted';
  const audience: Audience = version === 'public' ? { kind: 'public' } : { kind: 'member' };
  const see = disclosureView(audience, board.rules, [...earlier, meeting]);
  const body = await buildMinutesDocx({
    board,
    meeting: see.meeting(meeting),
    earlier,
    actions: actions.filter((a) => a.meetingId === meeting.id).map(see.action),
    carried: actions.filter((a) => isCarriedInto(a, meeting)).map(see.action),
    version,
    ...(frozen !== undefined && { amendedSince: frozen.amendments }),
  });
  return {
    fileName: `${meeting.title.replace(/[^A-Za-z0-9]+/g, '-')}-${meeting.date}${version === 'public' ? '-public' : ''}.docx`,
    body,
  };
};

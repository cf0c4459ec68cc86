import type { Audience } from '../domain/disclosure.js';
import { disclosureView } from '../domain/disclosure.js';
import type { MeetingId } from '../domain/ids.js';
import type { Meeting } from '../domain/meeting.js';
import { buildMinutesDocx } from '../exports/minutes-docx.js';
import type { DownloadGrant } from './download-links.js';
import { findGrantedBoard } from './find-granted-board.js';
import type { Deps } from './ports.js';

/** The meeting `minutes` and `summary` are about: the one in progress, else the last one held. */
export const latestHeldMeeting = (meetings: readonly Meeting[]): Meeting | undefined =>
  meetings.find((m) => m.status === 'in-progress') ??
  [...meetings]
    .filter((m) => m.status === 'closed')
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    .at(-1);

/** The minutes .docx for a valid grant whose holder is still a member of the board. */
export const exportMinutesDocx = async (
  deps: Pick<Deps, 'boards' | 'meetings' | 'actions'>,
  grant: DownloadGrant,
): Promise<{ fileName: string; body: Buffer } | undefined> => {
  const board = await findGrantedBoard(deps, grant);
  if (board === undefined || grant.meetingId === undefined) return undefined;
  const meetings = await deps.meetings.listForBoard(board.id);
  const meeting = meetings.find((m) => m.id === (grant.meetingId as MeetingId));
  if (meeting === undefined) return undefined;
  const earlier = meetings
    .filter((m) => m.startsAt < meeting.startsAt && m.status !== 'planned')
    .slice(-2);
  const actions = await deps.actions.listOfMeeting(board.id, meeting.id);
  const version = grant.version === 'public' ? 'public' : 'restricted';
  const audience: Audience = version === 'public' ? { kind: 'public' } : { kind: 'member' };
  const see = disclosureView(audience, board.rules, [meeting]);
  const body = await buildMinutesDocx({
    board,
    meeting: see.meeting(meeting),
    earlier,
    actions: actions.map(see.action),
    version,
  });
  return {
    fileName: `${meeting.title.replace(/[^A-Za-z0-9]+/g, '-')}-${meeting.date}${version === 'public' ? '-public' : ''}.docx`,
    body,
  };
};

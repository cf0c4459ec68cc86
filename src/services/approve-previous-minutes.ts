import { meetingWindow } from '../domain/meeting-window.js';
import type { Board } from '../domain/board.js';
import { withMinutesOutcome } from '../domain/approved-minutes.js';
import type { MeetingId } from '../domain/ids.js';
import type { Meeting, MinutesOutcome } from '../domain/meeting.js';
import type { Deps } from './ports.js';

/** The earlier meeting as it was and as the outcome left it; `before === after` when unchanged. */
export type EarlierMinutes = { before: Meeting; after: Meeting };

/**
 * The outcome recorded at `approving` for the minutes of the meeting before it: approved (with
 * amendments) sets `minutesApproval` and freezes that version — the meeting and the actions raised
 * at it — as the approved minutes (ApprovedMinutesStore), so amendments made later, and actions
 * moving on, leave the record the board approved as it was. Not approved takes an approval back.
 * Recording the same approval again writes nothing.
 */
export const applyMinutesOutcome = async (
  deps: Pick<Deps, 'meetings' | 'actions' | 'approvedMinutes'>,
  input: {
    board: Board;
    approving: Meeting;
    previousMeetingId: MeetingId;
    outcome: MinutesOutcome;
  },
): Promise<EarlierMinutes> => {
  const { board, approving, outcome } = input;
  let before: Meeting | undefined;
  const after = await deps.meetings.update(board.id, input.previousMeetingId, (m) => {
    before = m;
    return withMinutesOutcome(m, outcome, approving);
  });
  const was = before ?? after;
  const approval = after.minutesApproval;
  if (approval !== undefined && JSON.stringify(approval) !== JSON.stringify(was.minutesApproval)) {
    const actions = await deps.actions.listReviewedAt(board.id, {
      meetingId: after.id,
      from: meetingWindow(after).from,
    });
    await deps.approvedMinutes.save({
      tenantId: board.tenantId,
      boardId: board.id,
      meetingId: after.id,
      approval,
      meeting: after,
      actions,
    });
  }
  return { before: was, after };
};

/**
 * What a card says about the meeting it shows: its id and its board's, so a click reads that board
 * directly, from any chat (the board is still checked against the clicker).
 */
export const meetingRef = (meeting: { id: string; boardId: string }): MeetingRef => ({
  meetingId: meeting.id,
  boardId: meeting.boardId,
});

export type MeetingRef = { meetingId: string; boardId: string };

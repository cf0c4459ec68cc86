/** What Teams' getMeetingInfo says; read when an event leaves something out, and by `meeting link`. */
export type MeetingDetails = {
  title?: string;
  startsAt?: Date;
  joinUrl?: string;
  /** Who scheduled it: the board whose chair or coordinator they are is the one to link. */
  organizerAadObjectId?: string;
  /** Microsoft Graph's id of the meeting (its attendance report is read by it). */
  graphMeetingId?: string;
};

import type { ApprovedMinutes } from '../domain/approved-minutes.js';
import type { BoardId, MeetingId } from '../domain/ids.js';

/**
 * The frozen minutes of approved meetings, one document per meeting beside it in the meetings
 * container (partition: board). Only approval writes it, only the archive and retention read or
 * delete it, so no other operation pays a request for it.
 */
export interface ApprovedMinutesStore {
  /** Writes the meeting's approved minutes, replacing an earlier approval's: one request. */
  save(minutes: ApprovedMinutes): Promise<void>;
  /** The meeting's approved minutes, if they were ever frozen: one point read. */
  find(boardId: BoardId, meetingId: MeetingId): Promise<ApprovedMinutes | undefined>;
  /** Deletes them (retention); false when there were none. */
  remove(boardId: BoardId, meetingId: MeetingId): Promise<boolean>;
}

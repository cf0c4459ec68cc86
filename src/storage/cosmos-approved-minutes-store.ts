import type { Container } from '@azure/cosmos';
import type { ApprovedMinutes } from '../domain/approved-minutes.js';
import type { BoardId, MeetingId } from '../domain/ids.js';
import type { ApprovedMinutesStore } from '../services/approved-minutes-store.js';
import { cosmosStatus, withContext } from './cosmos-errors.js';
import { readOptional, stripSystemFields } from './cosmos-documents.js';

type ApprovedMinutesDoc = ApprovedMinutes & {
  id: string;
  type: 'approved-minutes';
  schemaVersion: number;
};

/** Beside the meeting, in its partition; the type keeps it out of every meeting query. */
const idFor = (meetingId: MeetingId): string => `${meetingId}:approved`;

export class CosmosApprovedMinutesStore implements ApprovedMinutesStore {
  constructor(private readonly container: Container) {}

  async save(minutes: ApprovedMinutes): Promise<void> {
    try {
      /** The id first: the document's own, before the meeting's within it. */
      await this.container.items.upsert<ApprovedMinutesDoc>({
        id: idFor(minutes.meetingId),
        ...minutes,
        type: 'approved-minutes',
        schemaVersion: 1,
      });
    } catch (error) {
      throw withContext(`upsert approved minutes ${minutes.meetingId}`, error);
    }
  }

  async find(boardId: BoardId, meetingId: MeetingId): Promise<ApprovedMinutes | undefined> {
    const doc = await readOptional<ApprovedMinutesDoc>(
      this.container,
      idFor(meetingId),
      boardId,
      `approved minutes ${meetingId}`,
    );
    if (doc === undefined || doc.boardId !== boardId) return undefined;
    const { id: _id, type: _type, schemaVersion: _v, ...minutes } = stripSystemFields(doc);
    return minutes;
  }

  async remove(boardId: BoardId, meetingId: MeetingId): Promise<boolean> {
    try {
      await this.container.item(idFor(meetingId), boardId).delete();
      return true;
    } catch (error) {
      if (cosmosStatus(error) === 404) return false;
      throw withContext(`delete approved minutes ${meetingId}`, error);
    }
  }
}

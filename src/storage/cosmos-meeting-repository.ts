import type { Container } from '@azure/cosmos';
import type { BoardId, MeetingId } from '../domain/ids.js';
import type { Meeting } from '../domain/meeting.js';
import type { MeetingRepository } from '../services/ports.js';
import { createNew, queryAll, readOptional, stripSystemFields } from './cosmos-documents.js';
import { bumpRevision, updateMapped } from './read-modify-write.js';

type MeetingDoc = Meeting & { type: 'meeting'; schemaVersion: number; _etag?: string };

const toDoc = (meeting: Meeting): MeetingDoc => ({ ...meeting, type: 'meeting', schemaVersion: 1 });

const fromDoc = (doc: MeetingDoc): Meeting => {
  const { type: _t, schemaVersion: _s, ...meeting } = stripSystemFields(doc);
  return meeting;
};

/** What a person is told when the document already exists (its id is taken). */
const CONFLICT = 'That meeting already exists.';

export class CosmosMeetingRepository implements MeetingRepository {
  constructor(private readonly container: Container) {}

  async create(meeting: Meeting): Promise<Meeting> {
    const doc = await createNew(this.container, toDoc(meeting), `meeting ${meeting.id}`, CONFLICT);
    return fromDoc(doc);
  }

  async findById(boardId: BoardId, meetingId: MeetingId): Promise<Meeting | undefined> {
    const doc = await readOptional<MeetingDoc>(
      this.container,
      meetingId,
      boardId,
      `meeting ${meetingId}`,
    );
    return doc === undefined || doc.boardId !== boardId ? undefined : fromDoc(doc);
  }

  async listForBoard(boardId: BoardId): Promise<Meeting[]> {
    const docs = await queryAll<MeetingDoc>(
      this.container,
      {
        query:
          'SELECT * FROM c WHERE c.boardId = @board AND c.type = "meeting" ORDER BY c.startsAt',
        parameters: [{ name: '@board', value: boardId }],
      },
      `meetings ${boardId}`,
      boardId,
    );
    return docs.map(fromDoc);
  }

  update(
    boardId: BoardId,
    meetingId: MeetingId,
    change: (meeting: Meeting) => Meeting,
  ): Promise<Meeting> {
    return updateMapped(
      this.container,
      meetingId,
      boardId,
      { toDoc, fromDoc, revise: bumpRevision },
      change,
      `meeting ${meetingId}`,
    );
  }
}

import type { Container, JSONValue } from '@azure/cosmos';
import type { BoardId, MeetingId } from '../domain/ids.js';
import type { Meeting } from '../domain/meeting.js';
import type { CalendarDate } from '../domain/zoned-time.js';
import type { MeetingRepository } from '../services/ports.js';
import { createNew, queryAll, readOptional, stripSystemFields } from './cosmos-documents.js';
import { bumpRevision, updateMapped } from './read-modify-write.js';

type MeetingDoc = Meeting & { type: 'meeting'; schemaVersion: number; _etag?: string };

const toDoc = (meeting: Meeting): MeetingDoc => ({ ...meeting, type: 'meeting', schemaVersion: 1 });

const fromDoc = (doc: MeetingDoc): Meeting => {
  const { type: _t, schemaVersion: _s, ...meeting } = stripSystemFields(doc);
  return meeting;
};

/** Meetings in progress and planned from today: a board plans a year or so ahead. */
const CURRENT_LIMIT = 25;
/** A page of history: more than a board holds in a year (monthly, plus extraordinary ones). */
const RANGE_LIMIT = 100;
/** A board holds a few meetings on one day at most. */
const DAY_LIMIT = 10;

/** What a person is told when the document already exists (its id is taken). */
const CONFLICT = 'That meeting already exists.';

export class CosmosMeetingRepository implements MeetingRepository {
  /** The ETag each meeting handed out was read with: an update that starts from it reads nothing. */
  private readonly etags = new WeakMap<Meeting, string>();

  constructor(private readonly container: Container) {}

  private readonly fromDoc = (doc: MeetingDoc): Meeting => {
    const meeting = fromDoc(doc);
    if (doc._etag !== undefined) this.etags.set(meeting, doc._etag);
    return meeting;
  };

  async create(meeting: Meeting): Promise<Meeting> {
    const doc = await createNew(this.container, toDoc(meeting), `meeting ${meeting.id}`, CONFLICT);
    return this.fromDoc(doc);
  }

  async findById(boardId: BoardId, meetingId: MeetingId): Promise<Meeting | undefined> {
    const doc = await readOptional<MeetingDoc>(
      this.container,
      meetingId,
      boardId,
      `meeting ${meetingId}`,
    );
    return doc === undefined || doc.boardId !== boardId ? undefined : this.fromDoc(doc);
  }

  async listForBoard(boardId: BoardId): Promise<Meeting[]> {
    return this.query(boardId, 'ORDER BY c.startsAt', {}, 'all');
  }

  listCurrent(boardId: BoardId, fromDay: CalendarDate): Promise<Meeting[]> {
    return this.query(
      boardId,
      `AND (c.status = "in-progress" OR (c.status = "planned" AND c.date >= @day)) ORDER BY c.startsAt`,
      { '@day': fromDay },
      'current',
      CURRENT_LIMIT,
    );
  }

  async findNextPlanned(
    boardId: BoardId,
    from: { day: CalendarDate } | { after: string } | 'earliest',
  ): Promise<Meeting | undefined> {
    const [found] =
      from === 'earliest'
        ? await this.query(
            boardId,
            'AND c.status = "planned" ORDER BY c.startsAt',
            {},
            'first planned',
            1,
          )
        : 'day' in from
          ? await this.query(
              boardId,
              'AND c.status = "planned" AND c.date >= @day ORDER BY c.startsAt',
              { '@day': from.day },
              'next planned',
              1,
            )
          : await this.query(
              boardId,
              'AND c.status = "planned" AND c.startsAt > @after ORDER BY c.startsAt',
              { '@after': from.after },
              'next planned',
              1,
            );
    return found;
  }

  async findLatestBefore(boardId: BoardId, before: string): Promise<Meeting | undefined> {
    const [found] = await this.query(
      boardId,
      'AND c.startsAt < @before ORDER BY c.startsAt DESC',
      { '@before': before },
      'latest before',
      1,
    );
    return found;
  }

  async findLatestHeld(boardId: BoardId): Promise<Meeting | undefined> {
    const [found] = await this.query(
      boardId,
      'AND c.status = "closed" ORDER BY c.startsAt DESC',
      {},
      'latest held',
      1,
    );
    return found;
  }

  listBetween(
    boardId: BoardId,
    range: { from: CalendarDate; to: CalendarDate },
    limit = RANGE_LIMIT,
  ): Promise<Meeting[]> {
    return this.query(
      boardId,
      'AND c.date >= @from AND c.date <= @to ORDER BY c.startsAt',
      { '@from': range.from, '@to': range.to },
      'between',
      limit,
    );
  }

  listRecent(
    boardId: BoardId,
    limit: number,
    options: { before?: string; startedOnly?: boolean; recordedOnly?: boolean } = {},
  ): Promise<Meeting[]> {
    const clauses = [
      ...(options.before === undefined ? [] : ['c.startsAt < @before']),
      ...(options.startedOnly === true ? ['c.status != "planned"'] : []),
      ...(options.recordedOnly === true
        ? ['(c.status != "planned" OR IS_DEFINED(c.attendance))']
        : []),
    ];
    return this.query(
      boardId,
      `${clauses.map((c) => `AND ${c} `).join('')}ORDER BY c.startsAt DESC`,
      options.before === undefined ? {} : { '@before': options.before },
      'recent',
      limit,
    );
  }

  listOnDay(boardId: BoardId, day: CalendarDate): Promise<Meeting[]> {
    return this.listBetween(boardId, { from: day, to: day }, DAY_LIMIT);
  }

  listOlderThan(boardId: BoardId, cutoff: CalendarDate, limit: number): Promise<Meeting[]> {
    return this.query(
      boardId,
      'AND c.date < @cutoff AND c.status != "in-progress" ORDER BY c.startsAt',
      { '@cutoff': cutoff },
      'older than',
      limit,
    );
  }

  listOpenForTeamsMeeting(
    boardId: BoardId,
    match: { teamsMeetingId: string; day: CalendarDate },
  ): Promise<Meeting[]> {
    return this.query(
      boardId,
      'AND c.status != "closed" AND (c.online.meetingId = @teams OR c.date = @day) ORDER BY c.startsAt',
      { '@teams': match.teamsMeetingId, '@day': match.day },
      'open for teams meeting',
      CURRENT_LIMIT,
    );
  }

  listNamingAsNext(boardId: BoardId, meetingId: MeetingId): Promise<Meeting[]> {
    return this.query(
      boardId,
      'AND c.nextMeeting.meetingId = @next ORDER BY c.startsAt',
      { '@next': meetingId },
      'naming as next',
      CURRENT_LIMIT,
    );
  }

  async listByIds(boardId: BoardId, ids: readonly MeetingId[]): Promise<Meeting[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    if (unique.length === 1) {
      const one = await this.findById(boardId, unique[0]!);
      return one === undefined ? [] : [one];
    }
    return this.query(
      boardId,
      'AND ARRAY_CONTAINS(@ids, c.id) ORDER BY c.startsAt',
      { '@ids': unique },
      'by ids',
    );
  }

  async listInProgress(limit: number): Promise<Meeting[]> {
    const docs = await queryAll<MeetingDoc>(
      this.container,
      `SELECT TOP ${Math.max(1, Math.floor(limit))} * FROM c WHERE c.type = "meeting" AND c.status = "in-progress"`,
      'meetings in progress',
    );
    return docs.map(this.fromDoc);
  }

  /** One single-partition query (one request): the board, the type, then `clause`. */
  private async query(
    boardId: BoardId,
    clause: string,
    parameters: Record<string, JSONValue>,
    what: string,
    top?: number,
  ): Promise<Meeting[]> {
    const docs = await queryAll<MeetingDoc>(
      this.container,
      {
        query: `SELECT${top === undefined ? '' : ` TOP ${top}`} * FROM c WHERE c.boardId = @board AND c.type = "meeting" ${clause}`,
        parameters: [
          { name: '@board', value: boardId },
          ...Object.entries(parameters).map(([name, value]) => ({ name, value })),
        ],
      },
      `meetings ${what} ${boardId}`,
      boardId,
    );
    return docs.map(this.fromDoc);
  }

  update(
    boardId: BoardId,
    meeting: MeetingId | Meeting,
    change: (meeting: Meeting) => Meeting,
  ): Promise<Meeting> {
    const id = typeof meeting === 'string' ? meeting : meeting.id;
    const etag = typeof meeting === 'string' ? undefined : this.etags.get(meeting);
    return updateMapped(
      this.container,
      id,
      boardId,
      { toDoc, fromDoc: this.fromDoc, revise: bumpRevision },
      change,
      `meeting ${id}`,
      typeof meeting !== 'string' && etag !== undefined && meeting.boardId === boardId
        ? { value: meeting, etag }
        : undefined,
    );
  }
}

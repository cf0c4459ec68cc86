import type { Container, SqlParameter } from '@azure/cosmos';
import type { Action } from '../domain/action.js';
import type { BoardId, MeetingId, TenantId } from '../domain/ids.js';
import type { Meeting } from '../domain/meeting.js';
import type { CrossBoardActionFilter, CrossBoardReader } from '../services/ports.js';
import { queryAll, stripSystemFields } from './cosmos-documents.js';

type Stored<T> = T & { type: string; schemaVersion: number };

const fromDoc = <T extends object>(doc: Stored<T>): T => {
  const { type: _t, schemaVersion: _s, ...value } = stripSystemFields(doc);
  return value as unknown as T;
};

/** A query's text and parameters, built up one condition at a time. */
class Where {
  readonly conditions: string[] = [];
  readonly parameters: SqlParameter[] = [];

  param(value: SqlParameter['value']): string {
    const name = `@p${this.parameters.length}`;
    this.parameters.push({ name, value });
    return name;
  }

  and(condition: string): void {
    this.conditions.push(condition);
  }
}

/**
 * The boards to read, in their tenant. The tenant is in the WHERE clause as well as in the board
 * ids (which listForMember found in that tenant): a board id of another tenant finds nothing.
 */
const scoped = (tenantId: TenantId, boardIds: readonly BoardId[], type: string): Where => {
  const where = new Where();
  where.and(`c.tenantId = ${where.param(tenantId)}`);
  where.and(`ARRAY_CONTAINS(${where.param([...boardIds])}, c.boardId)`);
  where.and(`c.type = ${where.param(type)}`);
  return where;
};

/** TOP takes a literal here: a whole number, never text from a person. */
const top = (limit: number): number => Math.max(1, Math.floor(limit));

/**
 * One word somewhere in the action, as services/search-boards.ts looks for it: the number, the
 * text (unless the action is flagged confidential and `inConfidentialText` is false), an owner's
 * initials or name, or the reference.
 */
const actionHasWord = (where: Where, word: string, inConfidentialText: boolean): string => {
  const w = where.param(word);
  const text = inConfidentialText
    ? `CONTAINS(LOWER(c.text), ${w})`
    : `((NOT IS_DEFINED(c.confidential) OR c.confidential = false) AND CONTAINS(LOWER(c.text), ${w}))`;
  return `(CONTAINS(ToString(c.number), ${w}) OR ${text} OR CONTAINS(LOWER(c.reference), ${w}) OR EXISTS(SELECT VALUE o FROM o IN c.owners WHERE CONTAINS(LOWER(o.initials), ${w}) OR CONTAINS(LOWER(o.name), ${w})))`;
};

const actionConditions = (where: Where, filter: CrossBoardActionFilter): void => {
  if (filter.statuses !== undefined)
    where.and(`ARRAY_CONTAINS(${where.param([...filter.statuses])}, c.status)`);
  if (filter.dueBefore !== undefined)
    where.and(`IS_DEFINED(c.due) AND c.due < ${where.param(filter.dueBefore)}`);
  for (const word of filter.terms ?? [])
    where.and(actionHasWord(where, word, filter.termsInConfidentialText ?? true));
  if (filter.owner !== undefined) {
    const aad = where.param(filter.owner.aadObjectId.toLowerCase());
    const keys = where.param(filter.owner.members.map((m) => `${m.boardId}|${m.memberId}`));
    where.and(
      `EXISTS(SELECT VALUE o FROM o IN c.owners WHERE LOWER(o.aadObjectId) = ${aad} OR (o.kind = "member" AND ARRAY_CONTAINS(${keys}, CONCAT(c.boardId, "|", o.memberId))))`,
    );
  }
  if (filter.meetingIds !== undefined)
    where.and(`ARRAY_CONTAINS(${where.param([...filter.meetingIds])}, c.meetingId)`);
};

/**
 * One query across the board partitions per read: the SDK's query plan and the query itself, two
 * requests whether the person is on one board or fifty. Each read is bounded with TOP and ordered
 * by a field every document has (ORDER BY leaves out documents without the field).
 */
export class CosmosCrossBoardReader implements CrossBoardReader {
  constructor(private readonly containers: { actions: Container; meetings: Container }) {}

  async findActions(input: {
    tenantId: TenantId;
    boardIds: readonly BoardId[];
    filter: CrossBoardActionFilter;
    limit: number;
    order: 'recent' | 'oldest';
  }): Promise<Action[]> {
    if (input.boardIds.length === 0) return [];
    const where = scoped(input.tenantId, input.boardIds, 'action');
    actionConditions(where, input.filter);
    const order = input.order === 'recent' ? 'c.updatedAt DESC' : 'c.createdAt ASC';
    const docs = await queryAll<Stored<Action>>(
      this.containers.actions,
      {
        query: `SELECT TOP ${top(input.limit)} * FROM c WHERE ${where.conditions.join(' AND ')} ORDER BY ${order}`,
        parameters: where.parameters,
      },
      `actions of ${input.boardIds.length} boards`,
    );
    return docs.map((doc) => fromDoc<Action>(doc));
  }

  async findMeetings(input: {
    tenantId: TenantId;
    boardIds: readonly BoardId[];
    ids?: readonly MeetingId[];
    terms?: readonly string[];
    limit: number;
  }): Promise<Meeting[]> {
    if (input.boardIds.length === 0) return [];
    const where = scoped(input.tenantId, input.boardIds, 'meeting');
    const either: string[] = [];
    if (input.ids !== undefined)
      either.push(`ARRAY_CONTAINS(${where.param([...input.ids])}, c.id)`);
    if (input.terms !== undefined)
      either.push(
        input.terms.length === 0
          ? 'true'
          : input.terms
              .map((t) => where.param(t))
              .map((w) => `(CONTAINS(LOWER(c.title), ${w}) OR CONTAINS(c.date, ${w}))`)
              .join(' AND '),
      );
    if (either.length > 0) where.and(`(${either.join(' OR ')})`);
    const docs = await queryAll<Stored<Meeting>>(
      this.containers.meetings,
      {
        query: `SELECT TOP ${top(input.limit)} * FROM c WHERE ${where.conditions.join(' AND ')} ORDER BY c.startsAt DESC`,
        parameters: where.parameters,
      },
      `meetings of ${input.boardIds.length} boards`,
    );
    return docs.map((doc) => fromDoc<Meeting>(doc));
  }
}

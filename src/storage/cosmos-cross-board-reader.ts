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

/** A word as a regular expression that matches it literally (RegexMatch with "i": any case). */
const literally = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Owners are looked at by position, up to this many; an action with more is always a candidate
 * (the service's own check decides), so no owner is ever missed.
 */
const OWNER_SLOTS = 6;
const ownerSlots = Array.from({ length: OWNER_SLOTS }, (_, i) => `c.owners[${i}]`);
const MORE_OWNERS = `IS_DEFINED(c.owners[${OWNER_SLOTS}])`;

/**
 * One word somewhere in the action, as services/search-boards.ts looks for it: the number (all
 * digits: that number), the text (not of an action flagged confidential unless
 * `inConfidentialText`), an owner's initials or name, or the reference; any case.
 *
 * Flat on purpose: one group of alternatives, each at most one function call deep. The embedded
 * Cosmos server's SQL parser backtracks, and its time grows about tenfold with each level of
 * nested parentheses (three levels: ~0.7 s a query; six: ~50 s); Azure does not mind either way.
 */
const actionHasWord = (where: Where, word: string, inConfidentialText: boolean): string => {
  const p = where.param(literally(word));
  const text = `RegexMatch(c.text, ${p}, "i")`;
  const alternatives = [
    ...(/^\d{1,9}$/.test(word) ? [`c.number = ${where.param(Number(word))}`] : []),
    ...(inConfidentialText
      ? [text]
      : [`NOT IS_DEFINED(c.confidential) AND ${text}`, `c.confidential = false AND ${text}`]),
    `RegexMatch(c.reference, ${p}, "i")`,
    ...ownerSlots.flatMap((o) => [
      `RegexMatch(${o}.initials, ${p}, "i")`,
      `RegexMatch(${o}.name, ${p}, "i")`,
    ]),
    MORE_OWNERS,
  ];
  return `(${alternatives.join(' OR ')})`;
};

const actionConditions = (where: Where, filter: CrossBoardActionFilter): void => {
  if (filter.statuses !== undefined)
    where.and(`ARRAY_CONTAINS(${where.param([...filter.statuses])}, c.status)`);
  if (filter.dueBefore !== undefined) where.and(`c.due < ${where.param(filter.dueBefore)}`);
  for (const word of filter.terms ?? [])
    where.and(actionHasWord(where, word, filter.termsInConfidentialText ?? true));
  if (filter.owner !== undefined) {
    /** A superset (member ids of the person on any of the boards): the service checks each. */
    const aad = where.param(filter.owner.aadObjectId.toLowerCase());
    const members = where.param(filter.owner.members.map((m) => m.memberId));
    const alternatives = [
      ...ownerSlots.flatMap((o) => [
        `LOWER(${o}.aadObjectId) = ${aad}`,
        `ARRAY_CONTAINS(${members}, ${o}.memberId)`,
      ]),
      MORE_OWNERS,
    ];
    where.and(`(${alternatives.join(' OR ')})`);
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
    match: { ids: readonly MeetingId[] } | { terms: readonly string[] };
    limit: number;
  }): Promise<Meeting[]> {
    if (input.boardIds.length === 0) return [];
    const where = scoped(input.tenantId, input.boardIds, 'meeting');
    if ('ids' in input.match)
      where.and(`ARRAY_CONTAINS(${where.param([...input.match.ids])}, c.id)`);
    else
      for (const word of input.match.terms) {
        const p = where.param(literally(word));
        where.and(`(RegexMatch(c.title, ${p}, "i") OR RegexMatch(c.date, ${p}, "i"))`);
      }
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

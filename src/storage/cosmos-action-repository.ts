import { randomUUID } from 'node:crypto';
import type { Container, JSONObject, SqlQuerySpec } from '@azure/cosmos';
import type { Action } from '../domain/action.js';
import type { ActionId, BoardId, MeetingId } from '../domain/ids.js';
import type { CalendarDate } from '../domain/zoned-time.js';
import type {
  ActionPage,
  ActionRepository,
  AuditEntry,
  NumberedAction,
  OwnerKeys,
  Versioned,
} from '../services/ports.js';
import type { CounterDoc, KnownCounters } from './create-numbered-action.js';
import { auditDocOf } from './cosmos-audit-log.js';
import { updateAuditedAction } from './update-audited-action.js';
import { COUNTER_ID, counterKey, createNumberedAction } from './create-numbered-action.js';
import { cosmosStatus, withContext } from './cosmos-errors.js';
import {
  countAll,
  createNew,
  queryAll,
  readOptional,
  stripSystemFields,
} from './cosmos-documents.js';
import type { ActionWhere } from './action-queries.js';
import { ACTION_WHERE, ownerKeysOf } from './action-queries.js';
import { bumpRevision, updateMapped } from './read-modify-write.js';
import { raiseActionCounter } from './raise-action-counter.js';

/**
 * The stored action, with two lists derived from it for indexed queries (never read back):
 * `ownerKeys` names each owner by member id, Entra id and initials; `historyBy` the Entra ids that
 * wrote its history.
 */
export type ActionDoc = Action & {
  type: 'action';
  schemaVersion: number;
  ownerKeys?: string[];
  historyBy?: string[];
  _etag?: string;
};

/** Documents per request when the whole log is exported (Azure's own default page). */
const LOG_PAGE = 100;

/** The stored form of an action, with the keys its queries filter on. */
export const actionToDoc = (action: Action): ActionDoc => ({
  ...action,
  type: 'action',
  schemaVersion: 1,
  ownerKeys: ownerKeysOf(action.owners),
  historyBy: [...new Set(action.history.map((e) => e.by.toLowerCase()))],
});

export const actionFromDoc = (doc: ActionDoc): Action => {
  const {
    type: _t,
    schemaVersion: _s,
    ownerKeys: _o,
    historyBy: _h,
    ...action
  } = stripSystemFields(doc);
  return action;
};

const toDoc = actionToDoc;
const fromDoc = actionFromDoc;

/** What a person is told when the document already exists (its id is taken). */
const CONFLICT = 'That action was already recorded.';

/** An audit entry written in a batch with its action: always keyed (a retry records it once). */
const auditDoc = (entry: AuditEntry): JSONObject & { id: string } =>
  auditDocOf(entry, () => `u-${randomUUID()}`) as unknown as JSONObject & { id: string };

export class CosmosActionRepository implements ActionRepository {
  /** The board counters this instance wrote last (see `createNumberedAction`). */
  private readonly counters: KnownCounters = new Map();

  constructor(private readonly container: Container) {}

  /**
   * One atomic patch (`incr`) on the board's counter document: Cosmos applies patches to a document
   * one at a time, so concurrent captures get distinct numbers without ETag retries. The counter is
   * created on first use; a lost race to create it is harmless (409).
   */
  async allocateNumber(
    boardId: BoardId,
    itemKey?: string,
  ): Promise<{ number: number; ordinal?: number }> {
    const key = itemKey === undefined ? undefined : counterKey(itemKey);
    const operations = [
      { op: 'incr' as const, path: '/next', value: 1 },
      ...(key === undefined ? [] : [{ op: 'incr' as const, path: `/items/${key}`, value: 1 }]),
    ];
    for (let attempt = 0; attempt < 2; attempt += 1) {
      try {
        const { resource } = await this.container
          .item(COUNTER_ID, boardId)
          .patch<CounterDoc>(operations);
        if (resource === undefined) throw new Error('patch returned no document');
        return {
          number: resource.next,
          ...(key !== undefined && { ordinal: resource.items[key] ?? 1 }),
        };
      } catch (error) {
        if (cosmosStatus(error) !== 404 || attempt > 0)
          throw withContext(`allocate action number ${boardId}`, error);
        try {
          await this.container.items.create<CounterDoc>({
            id: COUNTER_ID,
            type: 'counter',
            boardId,
            next: 0,
            items: {},
          });
        } catch (createError) {
          if (cosmosStatus(createError) !== 409)
            throw withContext(`create action counter ${boardId}`, createError);
        }
      }
    }
    throw new Error('unreachable');
  }

  async allocateOrdinal(boardId: BoardId, itemKey: string): Promise<number> {
    const key = counterKey(itemKey);
    try {
      const { resource } = await this.container
        .item(COUNTER_ID, boardId)
        .patch<CounterDoc>([{ op: 'incr', path: `/items/${key}`, value: 1 }]);
      if (resource === undefined) throw new Error('patch returned no document');
      return resource.items[key] ?? 1;
    } catch (error) {
      throw withContext(`allocate action ordinal ${boardId}`, error);
    }
  }

  createNumbered(
    build: (numbered: NumberedAction) => Action,
    boardId: BoardId,
    itemKey?: string,
    audit?: (action: Action) => AuditEntry,
  ): Promise<{ action: Action; created: boolean; audited: boolean }> {
    return createNumberedAction(
      this.container,
      boardId,
      build,
      itemKey,
      { toDoc, fromDoc },
      (board, key) => this.allocateNumber(board, key),
      {
        known: this.counters,
        ...(audit !== undefined && { audit: (action: Action) => auditDoc(audit(action)) }),
      },
    );
  }

  raiseCounter(boardId: BoardId, atLeast: number): Promise<number> {
    return raiseActionCounter(this.container, boardId, atLeast);
  }

  async create(action: Action): Promise<Action> {
    const doc = await createNew(this.container, toDoc(action), `action ${action.id}`, CONFLICT);
    return fromDoc(doc);
  }

  async findById(boardId: BoardId, actionId: ActionId): Promise<Action | undefined> {
    return (await this.findVersioned(boardId, actionId))?.value;
  }

  async findVersioned(
    boardId: BoardId,
    actionId: ActionId,
  ): Promise<Versioned<Action> | undefined> {
    const doc = await readOptional<ActionDoc>(
      this.container,
      actionId,
      boardId,
      `action ${actionId}`,
    );
    return doc === undefined || doc.type !== 'action' || doc.boardId !== boardId
      ? undefined
      : { value: fromDoc(doc), etag: doc._etag ?? '' };
  }

  async findByNumber(boardId: BoardId, number: number): Promise<Action | undefined> {
    const found = await this.query(boardId, ACTION_WHERE.number(number), 1);
    return found[0];
  }

  listOpen(
    boardId: BoardId,
    options: { limit: number; exceptMeetingId?: MeetingId },
  ): Promise<ActionPage> {
    return this.page(boardId, ACTION_WHERE.open(options.exceptMeetingId), options.limit);
  }

  listOverdue(boardId: BoardId, today: CalendarDate, limit: number): Promise<ActionPage> {
    return this.page(boardId, ACTION_WHERE.overdue(today), limit);
  }

  listOwnedBy(
    boardId: BoardId,
    owners: OwnerKeys,
    options: { limit: number; openOnly: boolean },
  ): Promise<ActionPage> {
    return this.page(boardId, ACTION_WHERE.ownedBy(owners, options.openOnly), options.limit);
  }

  listFirst(boardId: BoardId, limit: number): Promise<ActionPage> {
    return this.page(boardId, ACTION_WHERE.every, limit);
  }

  listOfMeeting(boardId: BoardId, meetingId: MeetingId): Promise<Action[]> {
    return this.query(boardId, ACTION_WHERE.ofMeeting(meetingId));
  }

  listReviewedAt(
    boardId: BoardId,
    review: { meetingId: MeetingId; from: string },
  ): Promise<Action[]> {
    return this.query(boardId, ACTION_WHERE.reviewedAt(review.meetingId, review.from));
  }

  listOverdueOrUndated(boardId: BoardId, today: CalendarDate): Promise<Action[]> {
    return this.query(boardId, ACTION_WHERE.overdueOrUndated(today));
  }

  listUndatedOrFollowing(boardId: BoardId, meetingIds: readonly MeetingId[]): Promise<Action[]> {
    return this.query(boardId, ACTION_WHERE.undatedOrFollowing(meetingIds));
  }

  listForYear(
    boardId: BoardId,
    range: { from: CalendarDate; to: CalendarDate; asAt: CalendarDate },
  ): Promise<Action[]> {
    return this.query(boardId, ACTION_WHERE.forYear(range));
  }

  listOfPerson(boardId: BoardId, person: OwnerKeys): Promise<Action[]> {
    return this.query(boardId, ACTION_WHERE.ofPerson(person));
  }

  async *pagesOfLog(boardId: BoardId): AsyncIterable<Action[]> {
    const iterator = this.container.items.query<ActionDoc>(this.spec(boardId, ACTION_WHERE.every), {
      partitionKey: boardId,
      maxItemCount: LOG_PAGE,
    });
    while (iterator.hasMoreResults()) {
      let resources: ActionDoc[];
      try {
        ({ resources } = await iterator.fetchNext());
      } catch (error) {
        throw withContext(`query action log ${boardId}`, error);
      }
      if (resources.length > 0) yield resources.map(fromDoc);
    }
  }

  listForBoard(boardId: BoardId): Promise<Action[]> {
    return this.query(boardId, ACTION_WHERE.every);
  }

  update(
    boardId: BoardId,
    actionId: ActionId,
    change: (action: Action) => Action,
    known?: Versioned<Action>,
    audit?: (before: Action, after: Action) => AuditEntry,
  ): Promise<Action> {
    const current =
      known?.value.id === actionId && known.value.boardId === boardId ? known : undefined;
    if (audit !== undefined)
      return updateAuditedAction(
        this.container,
        { boardId, actionId },
        { toDoc, fromDoc },
        change,
        (before, after) => auditDoc(audit(before, after)),
        current,
      );
    return updateMapped(
      this.container,
      actionId,
      boardId,
      { toDoc, fromDoc, revise: bumpRevision },
      change,
      `action ${actionId}`,
      current,
    );
  }

  private spec(boardId: BoardId, where: ActionWhere, top?: number): SqlQuerySpec {
    return {
      query: `SELECT ${top === undefined ? '' : 'TOP @top '}* FROM c WHERE c.boardId = @board AND c.type = "action" AND (${where.sql}) ORDER BY c.number`,
      parameters: [
        ...where.parameters,
        { name: '@board', value: boardId },
        ...(top === undefined ? [] : [{ name: '@top', value: top }]),
      ],
    };
  }

  private async query(boardId: BoardId, where: ActionWhere, top?: number): Promise<Action[]> {
    const docs = await queryAll<ActionDoc>(
      this.container,
      this.spec(boardId, where, top),
      `actions ${boardId}`,
      boardId,
    );
    return docs.map(fromDoc);
  }

  /**
   * The first `limit`; counted only when they fill the page. So a listing costs one request while
   * everything it selects fits on the card, and one more (the count) when there is more to say.
   */
  private async page(boardId: BoardId, where: ActionWhere, limit: number): Promise<ActionPage> {
    const actions = await this.query(boardId, where, limit);
    if (actions.length < limit) return { actions, total: actions.length };
    const total = await countAll(
      this.container,
      {
        query: `SELECT VALUE COUNT(1) FROM c WHERE c.boardId = @board AND c.type = "action" AND (${where.sql})`,
        parameters: [...where.parameters, { name: '@board', value: boardId }],
      },
      `actions ${boardId}`,
      boardId,
    );
    return { actions, total };
  }
}

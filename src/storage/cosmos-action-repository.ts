import type { Container } from '@azure/cosmos';
import type { Action } from '../domain/action.js';
import type { ActionId, BoardId } from '../domain/ids.js';
import type { ActionRepository, NumberedAction, Versioned } from '../services/ports.js';
import { createNumberedAction } from './create-numbered-action.js';
import { cosmosStatus, withContext } from './cosmos-errors.js';
import { createNew, queryAll, readOptional, stripSystemFields } from './cosmos-documents.js';
import { bumpRevision, updateMapped } from './read-modify-write.js';

type ActionDoc = Action & { type: 'action'; schemaVersion: number; _etag?: string };

type CounterDoc = {
  id: 'counter';
  type: 'counter';
  boardId: BoardId;
  next: number;
  items: Record<string, number>;
};

const COUNTER_ID = 'counter';

const toDoc = (action: Action): ActionDoc => ({ ...action, type: 'action', schemaVersion: 1 });

const fromDoc = (doc: ActionDoc): Action => {
  const { type: _t, schemaVersion: _s, ...action } = stripSystemFields(doc);
  return action;
};

/** Patch paths may not contain "/" or "~"; item keys are made safe once here. */
const safeKey = (key: string): string => key.replace(/[^A-Za-z0-9_-]/g, '_');

/** What a person is told when the document already exists (its id is taken). */
const CONFLICT = 'That action was already recorded.';

export class CosmosActionRepository implements ActionRepository {
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
    const key = itemKey === undefined ? undefined : safeKey(itemKey);
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

  createNumbered(
    build: (numbered: NumberedAction) => Action,
    boardId: BoardId,
    itemKey?: string,
  ): Promise<{ action: Action; created: boolean }> {
    return createNumberedAction(
      this.container,
      boardId,
      build,
      itemKey,
      { toDoc, fromDoc },
      (board, key) => this.allocateNumber(board, key),
    );
  }

  async create(action: Action): Promise<Action> {
    const doc = await createNew(this.container, toDoc(action), `action ${action.id}`, CONFLICT);
    return fromDoc(doc);
  }

  async findById(boardId: BoardId, actionId: ActionId): Promise<Action | undefined> {
    const doc = await readOptional<ActionDoc>(
      this.container,
      actionId,
      boardId,
      `action ${actionId}`,
    );
    return doc === undefined || doc.type !== 'action' || doc.boardId !== boardId
      ? undefined
      : fromDoc(doc);
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
    const found = await this.query(boardId, 'c.number = @number', [
      { name: '@number', value: number },
    ]);
    return found[0];
  }

  listForBoard(boardId: BoardId): Promise<Action[]> {
    return this.query(boardId, 'true', []);
  }

  update(
    boardId: BoardId,
    actionId: ActionId,
    change: (action: Action) => Action,
    known?: Versioned<Action>,
  ): Promise<Action> {
    return updateMapped(
      this.container,
      actionId,
      boardId,
      { toDoc, fromDoc, revise: bumpRevision },
      change,
      `action ${actionId}`,
      known?.value.id === actionId && known.value.boardId === boardId ? known : undefined,
    );
  }

  private async query(
    boardId: BoardId,
    where: string,
    parameters: { name: string; value: string | number }[],
  ): Promise<Action[]> {
    const docs = await queryAll<ActionDoc>(
      this.container,
      {
        query: `SELECT * FROM c WHERE c.boardId = @board AND c.type = "action" AND ${where} ORDER BY c.number`,
        parameters: [...parameters, { name: '@board', value: boardId }],
      },
      `actions ${boardId}`,
      boardId,
    );
    return docs.map(fromDoc);
  }
}

import { beforeAll, describe, expect, it } from 'vitest';
import type { Action } from '../../src/domain/action.js';
import { DomainError } from '../../src/domain/domain-error.js';
import type { BoardId } from '../../src/domain/ids.js';
import { actionId, boardId } from '../../src/domain/ids.js';
import type { AuditEntry, NumberedAction } from '../../src/services/ports.js';
import { commitAtomic } from '../../src/storage/cosmos-batch.js';
import { CONTAINERS } from '../../src/storage/cosmos-schema.js';
import type { RequestCounter } from '../support/count-requests.js';
import { countRequests } from '../support/count-requests.js';
import { TENANT } from '../support/fixtures.js';
import type { TestDeps } from '../support/test-deps.js';
import { createTestDeps } from '../support/test-deps.js';

/**
 * The embedded server runs a batch's writes one after another and keeps those before a failing
 * one; Azure keeps none. `commitAtomic` gives both Azure's answer: these tests fail a batch part
 * way and look at what is stored.
 */
let deps: TestDeps;
let counter: RequestCounter;
beforeAll(async () => {
  counter = countRequests();
  deps = await createTestDeps({ plugins: [counter.plugin] });
});

let boards = 0;
const newBoard = (): BoardId => boardId(`batch-${(boards += 1)}-${Date.now()}`);
const container = () => deps.database.container(CONTAINERS.actions);
const stored = async (board: BoardId, id: string) =>
  (await container().item(id, board).read<Record<string, unknown>>()).resource;

const draft =
  (board: BoardId, id: string) =>
  ({ number }: NumberedAction): Action => ({
    id: actionId(id),
    boardId: board,
    tenantId: TENANT,
    number,
    text: 'review the audit',
    owners: [],
    status: 'open',
    subjectToRatification: false,
    history: [],
    createdAt: '2026-11-24T09:00:00Z',
    createdBy: 'x',
    updatedAt: '2026-11-24T09:00:00Z',
    revision: 1,
  });

const entry = (board: BoardId, key: string, said: string): AuditEntry => ({
  tenantId: TENANT,
  boardId: board,
  at: '2026-11-24T09:00:00Z',
  actor: 'x',
  verb: 'action.capture',
  subject: 'a',
  outcome: 'done',
  change: { kind: 'action', id: 'a', said },
  key,
});

describe('a transactional batch, all or nothing on the embedded server too', () => {
  it('takes back a create and a replace when a later write fails, in one batch request', async () => {
    const board = newBoard();
    const { resource: kept } = await container().items.create({ id: 'kept', boardId: board, v: 1 });
    await container().items.create({ id: 'taken', boardId: board });
    counter.reset();
    const outcome = await commitAtomic(
      container(),
      board,
      [
        {
          kind: 'replace',
          doc: { id: 'kept', boardId: board, v: 2 },
          ifMatch: kept!._etag,
          previous: { ...kept! },
        },
        { kind: 'create', doc: { id: 'new', boardId: board } },
        { kind: 'create', doc: { id: 'taken', boardId: board } },
      ],
      'test',
    );
    expect(outcome).toMatchObject({ ok: false, index: 2, status: 409 });
    expect(outcome.results.map((r) => r.statusCode)).toEqual([424, 424, 409]);
    /** The batch, then the take-back (Azure: the batch alone). */
    expect(counter.kinds()).toEqual({
      'batch actions': 1,
      'delete actions': 1,
      'replace actions': 1,
    });
    expect(await stored(board, 'new')).toBeUndefined();
    expect((await stored(board, 'kept'))?.v).toBe(1);
  });

  it('a capture whose audit entry cannot be written keeps neither the action nor its number', async () => {
    const board = newBoard();
    await deps.audit.record(entry(board, 'taken:capture', 'an entry already there'));
    await expect(
      deps.actions.createNumbered(draft(board, 'c1'), board, undefined, () =>
        entry(board, 'taken:capture', 'action 1 recorded'),
      ),
    ).rejects.toThrow(/batch failed with 409/);
    expect(await deps.actions.findById(board, actionId('c1'))).toBeUndefined();
    const next = await deps.actions.createNumbered(draft(board, 'c2'), board, undefined, (a) =>
      entry(board, `${a.id}:capture`, `action ${a.number} recorded`),
    );
    expect(next).toMatchObject({ created: true, audited: true, action: { number: 1 } });
    expect((await deps.audit.findByKey(TENANT, board, 'c2:capture'))?.change?.said).toBe(
      'action 1 recorded',
    );
  });

  it('a change whose entry is recorded already (a retry) is written alone, the entry kept', async () => {
    const board = newBoard();
    const { action } = await deps.actions.createNumbered(draft(board, 'u1'), board);
    await deps.audit.record(entry(board, 'u1:r2', 'recorded by the first try'));
    counter.reset();
    const changed = await deps.actions.update(
      board,
      action.id,
      (a) => ({ ...a, text: 'review the audit again' }),
      undefined,
      () => entry(board, 'u1:r2', 'recorded by the retry'),
    );
    /**
     * Read, batch (409 on the entry: the change taken back), read again, the change alone in a
     * batch. Azure: the same without the take-back.
     */
    expect(counter.kinds()).toEqual({
      'read actions': 2,
      'batch actions': 2,
      'replace actions': 1,
    });
    expect(changed).toMatchObject({ revision: 2, text: 'review the audit again' });
    expect((await deps.audit.findByKey(TENANT, board, 'u1:r2'))?.change?.said).toBe(
      'recorded by the first try',
    );
  });

  it('a change on a stale ETag is read again and applied again, with one entry', async () => {
    const board = newBoard();
    const { action } = await deps.actions.createNumbered(draft(board, 's1'), board);
    const known = await deps.actions.findVersioned(board, action.id);
    await deps.actions.update(board, action.id, (a) => ({ ...a, text: 'someone else first' }));
    const changed = await deps.actions.update(
      board,
      action.id,
      (a) => ({
        ...a,
        history: [...a.history, { at: 'now', by: 'x', kind: 'update', text: 'ok' }],
      }),
      known,
      (_before, after) => entry(board, `s1:r${after.revision}`, `update to action ${after.number}`),
    );
    expect(changed).toMatchObject({ revision: 3, text: 'someone else first' });
    expect((await deps.audit.findByKey(TENANT, board, 's1:r3'))?.change?.said).toBe(
      'update to action 1',
    );
    expect(await deps.audit.findByKey(TENANT, board, 's1:r2')).toBeUndefined();
  });

  it('a change of an action no longer there says so', async () => {
    const board = newBoard();
    await expect(
      deps.actions.update(
        board,
        actionId('gone'),
        (a) => a,
        undefined,
        () => entry(board, 'g', 'g'),
      ),
    ).rejects.toBeInstanceOf(DomainError);
  });
});

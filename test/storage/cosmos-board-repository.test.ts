import { beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../src/domain/domain-error.js';
import { boardId } from '../../src/domain/ids.js';
import { CONTAINERS } from '../../src/storage/cosmos-schema.js';
import { readModifyWrite } from '../../src/storage/read-modify-write.js';
import type { TestDeps } from '../support/test-deps.js';
import { createTestDeps } from '../support/test-deps.js';
import { aadOf, haveringBoard, TENANT } from '../support/fixtures.js';

let deps: TestDeps;
beforeAll(async () => {
  deps = await createTestDeps();
});

describe('CosmosBoardRepository', () => {
  it('round-trips a board and finds it by id, conversation and member', async () => {
    const board = haveringBoard();
    await deps.boards.create(board);
    expect(await deps.boards.findById(TENANT, board.id)).toEqual(board);
    expect(await deps.boards.findByConversation(TENANT, board.conversation.id)).toEqual(board);
    expect(
      (await deps.boards.listForMember(TENANT, aadOf(3).toUpperCase())).map((b) => b.id),
    ).toContain(board.id);
    const raw = await deps.database
      .container(CONTAINERS.boards)
      .item(board.id, TENANT)
      .read<Record<string, unknown>>();
    expect(raw.resource).toMatchObject({ type: 'board', schemaVersion: 1, tenantId: TENANT });
  });

  it('answers absent for a missing board and CONFLICT for a duplicate', async () => {
    expect(await deps.boards.findById(TENANT, boardId('missing'))).toBeUndefined();
    const board = haveringBoard();
    await deps.boards.create(board);
    await expect(deps.boards.create(board)).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('applies concurrent updates one after the other (ETag 412 → reload and retry)', async () => {
    const board = haveringBoard();
    await deps.boards.create(board);
    await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        deps.boards.update(TENANT, board.id, (b) => ({
          ...b,
          agencies: [...b.agencies, { code: `X${i}`, name: `Agency ${i}`, statutory: false }],
        })),
      ),
    );
    const stored = await deps.boards.findById(TENANT, board.id);
    expect(
      stored?.agencies
        .filter((a) => a.code.startsWith('X'))
        .map((a) => a.code)
        .sort(),
    ).toEqual(['X0', 'X1', 'X2', 'X3', 'X4']);
  });

  it('gives up with CONCURRENT_UPDATE when every write meets a newer version', async () => {
    const board = haveringBoard();
    await deps.boards.create(board);
    const container = deps.database.container(CONTAINERS.boards);
    let attempts = 0;
    const failure = await readModifyWrite<Record<string, unknown> & { id: string }>(
      container,
      board.id,
      TENANT,
      (doc) => {
        attempts += 1;
        void container.item(board.id, TENANT).replace({ ...doc, name: `changed ${attempts}` });
        return { ...doc, name: 'mine' };
      },
      `board ${board.id}`,
    ).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DomainError);
    expect(failure).toMatchObject({ code: 'CONCURRENT_UPDATE' });
    expect(attempts).toBe(6);
  });

  it('reports NOT_FOUND when updating a board that does not exist', async () => {
    await expect(deps.boards.update(TENANT, boardId('nope'), (b) => b)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('CosmosConversationStore and CosmosAuditLog', () => {
  it('stores personal and channel references and finds them again', async () => {
    const base = {
      tenantId: TENANT,
      serviceUrl: 'https://smba.trafficmanager.net/uk/',
      reference: { a: 1 },
      updatedAt: '2026-11-23T09:00:00.000Z',
    };
    await deps.conversations.save({
      ...base,
      conversationId: 'a:1xyz/with?odd#chars',
      kind: 'personal',
      userAadObjectId: aadOf(2),
    });
    await deps.conversations.save({
      ...base,
      conversationId: '19:abc@thread.tacv2',
      kind: 'channel',
    });
    expect(await deps.conversations.findPersonal(TENANT, aadOf(2))).toMatchObject({
      conversationId: 'a:1xyz/with?odd#chars',
    });
    expect(await deps.conversations.find(TENANT, '19:abc@thread.tacv2')).toMatchObject({
      kind: 'channel',
    });
    expect(await deps.conversations.findPersonal(TENANT, 'nobody')).toBeUndefined();
  });

  it('appends audit entries in time order', async () => {
    const board = haveringBoard();
    for (const [at, verb] of [
      ['2026-01-02T00:00:00Z', 'b'],
      ['2026-01-01T00:00:00Z', 'a'],
    ] as const) {
      await deps.audit.record({
        tenantId: TENANT,
        boardId: board.id,
        at,
        actor: aadOf(1),
        verb,
        subject: board.id,
        outcome: 'done',
      });
    }
    expect((await deps.audit.listForBoard(TENANT, board.id)).map((e) => e.verb)).toEqual([
      'a',
      'b',
    ]);
  });
});

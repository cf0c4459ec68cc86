import { beforeAll, describe, expect, it } from 'vitest';
import { actionId, boardId, memberId } from '../../src/domain/ids.js';
import { addActionQueryKeys } from '../../src/storage/add-action-query-keys.js';
import { CONTAINERS } from '../../src/storage/cosmos-schema.js';
import { TENANT } from '../support/fixtures.js';
import type { TestDeps } from '../support/test-deps.js';
import { createTestDeps } from '../support/test-deps.js';

let deps: TestDeps;
beforeAll(async () => {
  deps = await createTestDeps();
});

const BOARD = boardId('b-before-keys');

/** An action as stored before actions carried their query keys. */
const oldDoc = (n: number) => ({
  id: actionId(`old-${n}`),
  boardId: BOARD,
  tenantId: TENANT,
  number: n,
  text: `send the section 11 return ${n}`,
  owners: [{ kind: 'member', memberId: memberId('m-jb'), initials: 'JB', name: 'Jacqui Burke' }],
  status: 'open',
  subjectToRatification: false,
  history: [{ at: '2025-01-10T10:00:00Z', by: 'AAD-JB', kind: 'created' }],
  createdAt: '2025-01-10T10:00:00Z',
  createdBy: 'aad-jb',
  updatedAt: '2025-01-10T10:00:00Z',
  revision: 1,
  type: 'action',
  schemaVersion: 1,
});

describe('actions stored before they carried their query keys', () => {
  it('are found by owner once the start-up backfill has run, which then has nothing left to do', async () => {
    const container = deps.database.container(CONTAINERS.actions);
    for (let n = 1; n <= 150; n += 1) await container.items.create(oldDoc(n));
    const mine = () =>
      deps.actions.listOwnedBy(BOARD, { initials: 'JB' }, { limit: 200, openOnly: true });
    expect((await mine()).total).toBe(0);
    expect(await addActionQueryKeys(container)).toBe(150);
    const found = await mine();
    expect(found.total).toBe(150);
    expect(found.actions[0]).toMatchObject({ number: 1, text: 'send the section 11 return 1' });
    expect(found.actions[0]).not.toHaveProperty('ownerKeys');
    expect(await addActionQueryKeys(container)).toBe(0);
  });
});

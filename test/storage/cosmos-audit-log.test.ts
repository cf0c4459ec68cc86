import { beforeAll, describe, expect, it } from 'vitest';
import { boardId } from '../../src/domain/ids.js';
import type { AuditEntry } from '../../src/services/ports.js';
import type { RequestCounter } from '../support/count-requests.js';
import { countRequests } from '../support/count-requests.js';
import { aadOf, TENANT } from '../support/fixtures.js';
import type { TestDeps } from '../support/test-deps.js';
import { createTestDeps } from '../support/test-deps.js';

let deps: TestDeps;
let counter: RequestCounter;
beforeAll(async () => {
  counter = countRequests();
  deps = await createTestDeps({ plugins: [counter.plugin] });
});

const CHAIR = aadOf(1);
const MEMBER = aadOf(3);
let boards = 0;

/** A board's audit with changes by the chair and a member, at 10:00, 11:00, … on 24 November. */
const auditOf = async (): Promise<{ board: ReturnType<typeof boardId> }> => {
  const board = boardId(`audit-board-${(boards += 1)}`);
  const entry = (
    hour: number,
    actor: string,
    extra: Partial<AuditEntry> & { said?: string; meetingId?: string } = {},
  ): AuditEntry => {
    const { said, meetingId, ...rest } = extra;
    return {
      tenantId: TENANT,
      boardId: board,
      at: `2026-11-24T${String(hour).padStart(2, '0')}:00:00.000Z`,
      actor,
      verb: 'test.change',
      subject: 'doc-1',
      outcome: 'done',
      ...(said !== undefined && {
        change: { kind: 'meeting', id: 'm-1', said, ...(meetingId !== undefined && { meetingId }) },
      }),
      ...rest,
    };
  };
  for (const e of [
    entry(9, CHAIR, { said: 'chair at 9', meetingId: 'm-1' }),
    entry(10, MEMBER, { said: 'member at 10', meetingId: 'm-1' }),
    entry(11, CHAIR, { said: 'chair at 11' }),
    entry(12, MEMBER, { said: 'member at 12, another meeting', meetingId: 'm-2' }),
    entry(13, CHAIR),
    entry(14, CHAIR, { said: 'refused', outcome: 'refused' }),
    entry(15, MEMBER, { said: 'keyed', key: 'undo:msg:1' }),
  ])
    await deps.audit.record(e);
  return { board };
};

describe('the audit log as undo reads it', () => {
  it.each([
    { who: 'the chair', actor: CHAIR, since: '2026-11-24T00:00:00.000Z', said: 'chair at 11' },
    { who: 'a member', actor: MEMBER, since: '2026-11-24T00:00:00.000Z', said: 'keyed' },
    {
      who: 'the chair, 24 h back from 11:00 exactly',
      actor: CHAIR,
      since: '2026-11-24T11:00:00.000Z',
      said: 'chair at 11',
    },
    {
      who: 'the chair, from 11:00 and a minute',
      actor: CHAIR,
      since: '2026-11-24T11:01:00.000Z',
      said: undefined,
    },
    {
      who: 'the chair in meeting m-1',
      actor: CHAIR,
      since: '2026-11-24T00:00:00.000Z',
      meetingId: 'm-1',
      said: 'chair at 11',
    },
    {
      who: 'the chair in meeting m-2',
      actor: CHAIR,
      since: '2026-11-24T00:00:00.000Z',
      meetingId: 'm-2',
      said: 'member at 12, another meeting',
    },
    {
      who: 'someone else',
      actor: aadOf(9),
      since: '2026-11-24T00:00:00.000Z',
      meetingId: 'm-1',
      said: 'member at 10',
    },
  ])(
    'finds the latest change of $who with one query (events and refusals passed over)',
    async ({ actor, since, meetingId, said }) => {
      const { board } = await auditOf();
      counter.reset();
      const found = await deps.audit.findLatestChange({
        tenantId: TENANT,
        boardId: board,
        actor,
        since,
        ...(meetingId !== undefined && { meetingId }),
      });
      /** Entries live with the board's actions (one batch writes an action and its entry). */
      expect(counter.kinds()).toEqual({ 'query actions': 1 });
      expect(found?.change?.said).toBe(said);
    },
  );

  it('finds an entry by its key with one point read, and the changes to a document since', async () => {
    const { board } = await auditOf();
    counter.reset();
    expect((await deps.audit.findByKey(TENANT, board, 'undo:msg:1'))?.change?.said).toBe('keyed');
    expect(await deps.audit.findByKey(TENANT, board, 'undo:msg:2')).toBeUndefined();
    expect(counter.kinds()).toEqual({ 'read actions': 2 });
    const since = await deps.audit.listChangesAfter(
      { tenantId: TENANT, boardId: board },
      'm-1',
      '2026-11-24T10:00:00.000Z',
    );
    expect(since.map((e) => e.change?.said)).toEqual([
      'keyed',
      'refused',
      'member at 12, another meeting',
      'chair at 11',
    ]);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { setupBoard } from '../../src/services/setup-board.js';
import { importMembers } from '../../src/services/import-members.js';
import { addAgency } from '../../src/services/add-agency.js';
import type { TestDeps } from '../support/test-deps.js';
import { createTestDeps } from '../support/test-deps.js';
import { aadOf, TENANT } from '../support/fixtures.js';

let deps: TestDeps;
beforeAll(async () => {
  deps = await createTestDeps();
});

const chat = (): { id: string; kind: 'groupChat' } => ({
  id: `19:${Math.random().toString(16).slice(2)}@thread.v2`,
  kind: 'groupChat',
});
const coordinator = { aadObjectId: aadOf(7), name: 'Elisabeth Major' };
const roster = [
  { aadObjectId: aadOf(1), name: 'Brian Boxall' },
  { aadObjectId: aadOf(3), name: 'Robert South' },
];

describe('setupBoard', () => {
  it('creates the board with the roster, the statutory partners, and the caller as coordinator', async () => {
    const result = await setupBoard(deps, {
      tenantId: TENANT,
      conversation: chat(),
      actor: coordinator,
      name: '  Executive  Planning ',
      roster,
    });
    expect(result.created).toBe(true);
    expect(result.board.name).toBe('Executive Planning');
    expect(result.board.members.map((m) => [m.initials, m.role])).toEqual([
      ['EM', 'coordinator'],
      ['BB', 'member'],
      ['RS', 'member'],
    ]);
    expect(result.board.agencies.map((a) => a.code)).toEqual(['LA', 'POLICE', 'ICB']);
    const audit = await deps.audit.listForBoard(TENANT, result.board.id);
    expect(audit.map((e) => [e.verb, e.outcome, e.actor])).toEqual([
      ['board.create', 'done', aadOf(7)],
    ]);
  });

  it('never creates a second board for a conversation, even when two people set up at once', async () => {
    const conversation = chat();
    const results = await Promise.all(
      [coordinator, { aadObjectId: aadOf(1), name: 'Brian Boxall' }].map((actor) =>
        setupBoard(deps, { tenantId: TENANT, conversation, actor, name: 'Exec', roster }).catch(
          (e: unknown) => e,
        ),
      ),
    );
    const created = results.filter(
      (r) => typeof r === 'object' && r !== null && 'created' in r && r.created,
    );
    expect(created).toHaveLength(1);
    const boards = await deps.boards.listForMember(TENANT, aadOf(3));
    expect(boards.filter((b) => b.conversation.id === conversation.id)).toHaveLength(1);
  });

  it('re-running adds new roster people only, and only for a manager', async () => {
    const conversation = chat();
    await setupBoard(deps, {
      tenantId: TENANT,
      conversation,
      actor: coordinator,
      name: 'Exec',
      roster,
    });
    const again = await setupBoard(deps, {
      tenantId: TENANT,
      conversation,
      actor: coordinator,
      roster: [...roster, { aadObjectId: aadOf(4), name: 'Korkor Ceasar' }],
    });
    expect([again.created, again.added, again.board.members.length]).toEqual([false, 1, 4]);
    await expect(
      setupBoard(deps, {
        tenantId: TENANT,
        conversation,
        actor: { aadObjectId: aadOf(3), name: 'Robert South' },
        name: 'Mine',
        roster,
      }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
      userMessage: expect.stringContaining('Only Elisabeth Major (EM)'),
    });
  });

  it.each([
    [{ name: '' }, 'INVALID_INPUT'],
    [{ name: 'x'.repeat(121) }, 'INVALID_INPUT'],
    [
      { name: 'Exec', conversation: { id: 'a:personal', kind: 'personal' as const } },
      'INVALID_INPUT',
    ],
  ])('refuses %j', async (input, code) => {
    await expect(
      setupBoard(deps, {
        tenantId: TENANT,
        conversation: chat(),
        actor: coordinator,
        roster,
        ...input,
      }),
    ).rejects.toMatchObject({ code });
  });
});

describe('importMembers and addAgency', () => {
  it('imports a pasted table, then refuses a bad one saving nothing', async () => {
    const { board } = await setupBoard(deps, {
      tenantId: TENANT,
      conversation: chat(),
      actor: coordinator,
      name: 'Exec',
      roster,
    });
    const withEdu = await addAgency(deps, {
      board,
      actor: coordinator,
      agency: { code: 'edu', name: 'Education', statutory: false },
    });
    expect(withEdu.created).toBe(true);
    const ok = await importMembers(deps, {
      board: withEdu.board,
      actor: coordinator,
      table:
        'Robert South (RS)\tDirector Children’s Services LBH\tLA\nTrevor Cook (TC)\tAssistant Director Education\tEDU',
    });
    expect(ok.ok).toBe(true);
    if (!ok.ok) return;
    expect([ok.added.map((m) => m.initials), ok.updated.map((m) => m.initials)]).toEqual([
      ['TC'],
      ['RS'],
    ]);
    const before = await deps.boards.findById(TENANT, board.id);
    const bad = await importMembers(deps, {
      board: ok.board,
      actor: coordinator,
      table: 'New Person (NP) | x | LA\nOther (OX) | y | NHS',
    });
    expect(bad).toEqual({
      ok: false,
      problems: [{ line: 2, message: expect.stringContaining('agency "NHS"') }],
    });
    expect(await deps.boards.findById(TENANT, board.id)).toEqual(before);
  });

  it('refuses members who do not manage the board, and audits the refusal', async () => {
    const { board } = await setupBoard(deps, {
      tenantId: TENANT,
      conversation: chat(),
      actor: coordinator,
      name: 'Exec',
      roster,
    });
    const member = { aadObjectId: aadOf(3), name: 'Robert South' };
    await expect(
      importMembers(deps, { board, actor: member, table: 'A B (AB) | x | LA' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      addAgency(deps, { board, actor: member, agency: { code: 'X', name: 'X', statutory: true } }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const audit = await deps.audit.listForBoard(TENANT, board.id);
    expect(audit.filter((e) => e.outcome === 'refused').map((e) => e.verb)).toEqual([
      'members.import',
      'agency.add',
    ]);
    expect(await deps.boards.findById(TENANT, board.id)).toEqual(board);
  });
});

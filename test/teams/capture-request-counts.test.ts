import type { PluginConfig } from '@azure/cosmos';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Board } from '../../src/domain/board.js';
import type { RequestCounter } from '../support/count-requests.js';
import { countRequests } from '../support/count-requests.js';
import { aadOf, TENANT } from '../support/fixtures.js';
import type { Harness, Where } from '../support/teams-harness.js';
import { createHarness, groupChat, messageText, person, textOf } from '../support/teams-harness.js';
import { createTestDeps } from '../support/test-deps.js';

/**
 * What `action … to … by …` costs in Cosmos requests, counted at the embedded server through the
 * real route. The board's counter, the action and its audit entry share the board's partition of
 * the actions container and go in one transactional batch: one HTTP request there and in Azure
 * alike (the SDK sends one POST with `x-ms-cosmos-is-batch-request`; Azure applies it atomically,
 * the embedded server one write after another, and `commitAtomic` takes back what a failed one
 * kept). The owner reminder and its escalation fall on different days (partitions of the
 * reminders container): one bulk request.
 */
const EM = person(7, 'Elisabeth Major');

let h: Harness;
let counter: RequestCounter;
/** Runs before the next batch request on the actions container: another instance's capture. */
let beforeBatch: (() => Promise<void>)[] = [];

const interleave: PluginConfig = {
  on: 'request',
  plugin: async (context, _node, next) => {
    const batch = String(context.operationType) === 'batch';
    if (batch && /\/colls\/actions/.test(context.path ?? '')) await beforeBatch.shift()?.();
    return next(context);
  },
};

beforeEach(async () => {
  counter = countRequests();
  beforeBatch = [];
  h = await createHarness({
    deps: await createTestDeps({ plugins: [interleave, counter.plugin] }),
  });
  h.roster.push({ aadObjectId: aadOf(EM.n), name: EM.name, id: `29:user-${EM.n}` });
});

const say = async (where: Where, text: string): Promise<string> =>
  textOf(await h.send(messageText(EM, where, text)));

const counted = async (where: Where, text: string) => {
  /** A minute later each time: undo takes the latest change by its time. */
  h.deps.clock.advance(60_000);
  counter.reset();
  const answer = await say(where, text);
  return { answer, kinds: counter.kinds(), total: counter.total() };
};

const newBoard = async (): Promise<{ chat: Where; board: Board }> => {
  const chat = groupChat();
  await say(chat, 'setup Havering Safeguarding Children Partnership Executive');
  await say(
    chat,
    [
      'members import',
      'Brian Boxall (BB) | SAB Independent Chair LBH | LA | chair',
      'Robert South (RS) | Director Children’s Services LBH | LA',
      'Lewis Basford (LB) | Detective Superintendent | POLICE',
    ].join('\n'),
  );
  const board = await h.deps.boards.findByConversation(TENANT, chat.conversationId);
  return { chat, board: board! };
};

/** The board (a point read), its meetings in progress or planned (one query). */
const FOUND = { 'read boards': 1, 'query meetings': 1 };
/** The counter, the action and its audit entry (one batch); two reminders (one bulk). */
const WRITTEN = { 'batch actions': 1, 'batch reminders': 1 };

describe('capturing an action', () => {
  it('costs four requests, five for the board’s first (its counter is read once)', async () => {
    const { chat, board } = await newBoard();
    const first = await counted(
      chat,
      'action RS to send the audit report to the board by 24/12/26',
    );
    expect(first.answer).toContain('Recorded as action 1.');
    expect(first.kinds).toEqual({ ...FOUND, ...WRITTEN, 'read actions': 1 });

    const second = await counted(chat, 'action LB to circulate the MoU by 15/01/27');
    expect(second.answer).toContain('Recorded as action 2.');
    expect(second.kinds).toEqual({ ...FOUND, ...WRITTEN });
    expect(second.total).toBe(4);

    /** Each capture's audit entry was written with it, and undo finds the latest. */
    const entries = await h.deps.audit.listForBoard(board.tenantId, board.id);
    expect(entries.filter((e) => e.verb === 'action.capture').map((e) => e.change?.said)).toEqual([
      'action 1 recorded',
      'action 2 recorded',
    ]);
    expect(await say(chat, 'undo')).toMatch(/^Undone: action 2 recorded \(by you/);
    expect((await h.deps.actions.listOpen(board.id, { limit: 10 })).actions).toHaveLength(1);
  });

  it('reads the counter again when another instance took a number since, and numbers after it', async () => {
    const { chat, board } = await newBoard();
    await say(chat, 'action RS to send the audit report to the board by 24/12/26');
    /** Another instance's capture between this one's counter and its batch. */
    beforeBatch.push(async () => {
      await h.deps.actions.allocateNumber(board.id);
    });
    const next = await counted(chat, 'action LB to circulate the MoU by 15/01/27');
    expect(next.answer).toContain('Recorded as action 3.');
    expect(next.kinds).toEqual({
      ...FOUND,
      ...WRITTEN,
      'patch actions': 1,
      'read actions': 1,
      'batch actions': 2,
    });
    const entry = await h.deps.audit.findLatestChange({
      tenantId: board.tenantId,
      boardId: board.id,
      actor: aadOf(EM.n),
      since: '2026-01-01T00:00:00Z',
    });
    expect(entry?.change?.said).toBe('action 3 recorded');
  });

  it('on a lost race takes the number by the counter’s increment, and still audits the action', async () => {
    const { chat, board } = await newBoard();
    await say(chat, 'action RS to send the audit report to the board by 24/12/26');
    const other = async (): Promise<void> => {
      await h.deps.actions.allocateNumber(board.id);
    };
    beforeBatch.push(other, other);
    const raced = await counted(chat, 'action LB to circulate the MoU by 15/01/27');
    expect(raced.answer).toContain('Recorded as action 4.');
    /**
     * Both batches lost (nothing kept); the counter read between them; then the fallback: is the
     * action stored already (a read), the counter's increment (a patch), the action's create and
     * its audit entry's create (two requests: a race costs more, and is rare).
     */
    expect(raced.kinds).toEqual({
      ...FOUND,
      'batch actions': 2,
      'read actions': 2,
      'patch actions': 2 + 1,
      'create actions': 2,
      'batch reminders': 1,
    });
    const actions = (await h.deps.actions.listOpen(board.id, { limit: 10 })).actions;
    expect(actions.map((a) => a.number)).toEqual([1, 4]);
    const audited = await h.deps.audit.findByKey(
      board.tenantId,
      board.id,
      `${actions[1]!.id}:capture`,
    );
    expect(audited?.change?.said).toBe('action 4 recorded');
  });
});

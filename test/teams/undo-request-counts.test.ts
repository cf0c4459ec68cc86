import { beforeAll, describe, expect, it } from 'vitest';
import type { RequestCounter } from '../support/count-requests.js';
import { countRequests } from '../support/count-requests.js';
import { aadOf } from '../support/fixtures.js';
import type { Harness, Where } from '../support/teams-harness.js';
import { createHarness, groupChat, messageText, person, textOf } from '../support/teams-harness.js';
import { createTestDeps } from '../support/test-deps.js';

/** What `undo` costs in Cosmos requests, through the real routes, however long the audit. */
const EM = person(7, 'Elisabeth Major');

let h: Harness;
let counter: RequestCounter;
beforeAll(async () => {
  counter = countRequests();
  h = await createHarness({ deps: await createTestDeps({ plugins: [counter.plugin] }) });
  h.roster.push({ aadObjectId: aadOf(7), name: 'Elisabeth Major' });
});

let sent = 0;
const say = async (where: Where, text: string): Promise<string> => {
  h.deps.clock.advance(60_000);
  return textOf(await h.send({ ...messageText(EM, where, text), id: `undo-count-${(sent += 1)}` }));
};

describe('undo’s Cosmos requests', () => {
  it('finds the change in one audit query, reverts it in one write and audits it once', async () => {
    h.deps.clock.set('2026-11-24T13:00:00Z');
    const chat = groupChat();
    await say(chat, 'setup Havering Safeguarding Children Partnership Executive');
    await say(chat, 'meeting new Executive Planning Meeting on 24/11/26 2-3pm at MS Teams');
    await say(chat, 'meeting start');
    for (let n = 1; n <= 30; n += 1) await say(chat, `note Point ${n} of the discussion`);
    counter.reset();
    expect(await say(chat, 'undo')).toMatch(/^Undone: note added on Welcome/);
    /**
     * The board; this message's key (a re-delivered undo); the meeting in progress (the chair may
     * undo anyone's change of it); the latest change; the meeting read and written on its ETag;
     * the undo's own audit entry. Audit entries live in the board's partition of the actions
     * container (an action and the entry of its change are written in one batch).
     */
    expect(counter.kinds()).toEqual({
      'read boards': 1,
      'query meetings': 1,
      'read meetings': 1,
      'replace meetings': 1,
      /** The message's key (a point read), the latest change (a query), the undo's own entry. */
      'read actions': 1,
      'query actions': 1,
      'create actions': 1,
    });
    counter.reset();
    expect(await say(chat, 'undo')).toMatch(/^Undone: undo of note added on Welcome/);
    expect(counter.kinds()['query actions']).toBe(1);
  });
});

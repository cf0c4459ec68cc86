import { beforeAll, describe, expect, it } from 'vitest';
import { sweepRetention } from '../../src/services/sweep-retention.js';
import { aadOf, TENANT } from '../support/fixtures.js';
import type { Harness, Where } from '../support/teams-harness.js';
import { createHarness, groupChat, messageText, person } from '../support/teams-harness.js';

const EM = person(7, 'Elisabeth Major');
let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  h.roster.push({ aadObjectId: aadOf(7), name: 'Elisabeth Major' });
});

const say = (chat: Where, text: string): Promise<unknown> => h.send(messageText(EM, chat, text));

describe('the retention sweep and approved minutes', () => {
  it('deletes the frozen minutes with the meeting they belong to', async () => {
    const chat = groupChat();
    h.deps.clock.set('2022-06-15T09:00:00Z');
    await say(chat, 'setup Northfield Partnership Executive');
    await say(chat, 'meeting new Executive on 15/06/22 2-3pm');
    await say(chat, 'meeting start');
    await say(chat, 'note The 2021-22 audit was presented');
    await say(chat, 'meeting end');
    h.deps.clock.set('2022-07-13T13:00:00Z');
    await say(chat, 'meeting new Executive on 13/07/22 2-3pm');
    await say(chat, 'meeting start');
    await say(chat, 'minutes approved');
    await say(chat, 'meeting end');
    const board = (await h.deps.boards.findByConversation(TENANT, chat.conversationId))!;
    const [june] = await h.deps.meetings.listForBoard(board.id);
    expect(june?.minutesApproval).toBeDefined();
    expect(await h.deps.approvedMinutes.find(board.id, june!.id)).toBeDefined();

    await h.deps.boards.update(TENANT, board.id, (b) => ({
      ...b,
      rules: { ...b.rules, retentionYears: 3 },
    }));
    h.deps.clock.set('2026-11-23T09:00:00Z');
    const report = await sweepRetention(h.deps, h.deps.retention);
    expect(report.failed).toBe(0);
    expect(await h.deps.meetings.listForBoard(board.id)).toEqual([]);
    expect(await h.deps.approvedMinutes.find(board.id, june!.id)).toBeUndefined();
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { Board } from '../../src/domain/board.js';
import { RETENTION_ACTOR, sweepRetention } from '../../src/services/sweep-retention.js';
import { aadOf, TENANT } from '../support/fixtures.js';
import type { Harness, Where } from '../support/teams-harness.js';
import { createHarness, groupChat, messageText, person } from '../support/teams-harness.js';

/**
 * Issue 8 item 9: retention per board. Cosmos TTL is not available locally, so a sweep deletes
 * meetings and finished actions past the board's period and trims old audit entries to metadata.
 */

const EM = person(7, 'Elisabeth Major');
let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  h.roster.push({ aadObjectId: aadOf(3), name: 'Robert South', id: '29:user-3' });
});

const say = (chat: Where, text: string): Promise<unknown> => h.send(messageText(EM, chat, text));

/** A board with a meeting in July 2022 (one action completed then, one left open) and one now. */
const boardWithHistory = async (retentionYears?: number): Promise<Board> => {
  const chat = groupChat();
  h.deps.clock.set('2022-07-13T09:00:00Z');
  await say(chat, 'setup Northfield Partnership Executive');
  await say(chat, 'members import\nRobert South (RS) | Director of Children’s Services | LA');
  await say(chat, 'meeting new Executive on 13/07/22 2-3pm');
  await say(chat, 'meeting start');
  await say(chat, 'note The 2021-22 audit was presented');
  await say(chat, 'action RS to send the audit report by 10/08/22');
  await say(chat, 'action RS to review the escalation policy by 10/08/22');
  await say(chat, 'done 1');
  await say(chat, 'meeting end');
  h.deps.clock.set('2026-11-23T09:00:00Z');
  await say(chat, 'meeting new Executive on 30/11/26 10:00');
  let board = (await h.deps.boards.findByConversation(TENANT, chat.conversationId))!;
  if (retentionYears !== undefined)
    board = await h.deps.boards.update(TENANT, board.id, (b) => ({
      ...b,
      rules: { ...b.rules, retentionYears },
    }));
  return board;
};

describe('the retention sweep', () => {
  it('deletes what the board’s period no longer allows, keeps open actions, trims old audit detail, once', async () => {
    const short = await boardWithHistory(3);
    const kept = await boardWithHistory();
    const auditBefore = await h.deps.audit.listForBoard(TENANT, short.id);
    expect(auditBefore.some((e) => e.at < '2023' && e.after !== undefined)).toBe(true);

    const report = await sweepRetention(h.deps, h.deps.retention);
    expect(report.failed).toBe(0);
    expect(report.boards).toBeGreaterThanOrEqual(2);

    const meetings = await h.deps.meetings.listForBoard(short.id);
    expect(meetings.map((m) => m.date)).toEqual(['2026-11-30']);
    const actions = await h.deps.actions.listForBoard(short.id);
    expect(actions.map((a) => [a.number, a.status])).toEqual([[2, 'open']]);
    const audit = await h.deps.audit.listForBoard(TENANT, short.id);
    const old = audit.filter((e) => e.at < '2023');
    expect(old.length).toBe(auditBefore.filter((e) => e.at < '2023').length);
    for (const entry of old) {
      expect(entry.before).toBeUndefined();
      expect(entry.after).toBeUndefined();
      expect(entry.actor).toBeTruthy();
      expect(entry.verb).toBeTruthy();
    }
    const sweep = audit.filter((e) => e.verb === 'retention.sweep');
    expect(sweep).toHaveLength(1);
    expect(sweep[0]).toMatchObject({
      actor: RETENTION_ACTOR.aadObjectId,
      after: { cutoff: '2023-11-23', meetingsDeleted: 1, actionsDeleted: 1 },
    });

    // The default seven years keeps everything of 2022.
    expect(await h.deps.meetings.listForBoard(kept.id)).toHaveLength(2);
    expect(await h.deps.actions.listForBoard(kept.id)).toHaveLength(2);

    // Run again (another instance, or the next tick): nothing more to do, nothing recorded.
    const again = await sweepRetention(h.deps, h.deps.retention);
    expect(again).toMatchObject({ meetingsDeleted: 0, actionsDeleted: 0, auditTrimmed: 0 });
    expect(
      (await h.deps.audit.listForBoard(TENANT, short.id)).filter(
        (e) => e.verb === 'retention.sweep',
      ),
    ).toHaveLength(1);

    // The board still works: the open action from 2022 is on the new meeting's log.
    const chat = { conversationId: short.conversation.id, kind: 'groupChat' as const };
    const [agenda] = await h.send(messageText(EM, chat, 'agenda'));
    expect(JSON.stringify(agenda)).toContain('review the escalation policy');
  });
});

import type { Action } from '../../src/domain/action.js';
import type { Board } from '../../src/domain/board.js';
import { actionId, tenantId } from '../../src/domain/ids.js';
import { todayIn } from '../../src/domain/parse-when.js';
import type { Reminder } from '../../src/domain/reminder.js';
import { utcDay } from '../../src/domain/reminder-policy.js';
import { aadOf, haveringBoard, member, TENANT } from './fixtures.js';
import type { TestDeps } from './test-deps.js';

const MEMBERS = 20;

export const tenantNo = (t: number) =>
  tenantId(t === 0 ? TENANT : `11111111-1111-4111-8111-${String(t).padStart(12, '0')}`);

/**
 * In each of `tenants` tenants a board of 20 members, each with a personal chat at `connectorUrl`,
 * and `count` reminders that fell due an hour before the deps' clock, shared out among the boards
 * (action `drain-<i>`, reminder `due:drain-<i>:<date>`).
 */
export const seedDueReminders = async (
  deps: TestDeps,
  options: { count: number; tenants?: number; connectorUrl: string },
): Promise<{ boards: Board[]; reminders: Reminder[] }> => {
  const tenants = options.tenants ?? 1;
  const boards: Board[] = [];
  const now = deps.clock.now();
  for (let t = 0; t < tenants; t += 1) {
    const board = haveringBoard({
      tenantId: tenantNo(t),
      members: Array.from({ length: MEMBERS }, (_, i) =>
        member(i + 1, `Member ${i + 1}`, `M${String.fromCharCode(65 + i)}`, {
          role: i === 0 ? 'chair' : i === 1 ? 'coordinator' : 'member',
        }),
      ),
    });
    await deps.boards.create(board);
    boards.push(board);
    const save = (conversationId: string, kind: 'personal' | 'groupChat', user?: string) =>
      deps.conversations.save({
        tenantId: board.tenantId,
        conversationId,
        kind,
        ...(user !== undefined && { userAadObjectId: user }),
        serviceUrl: options.connectorUrl,
        reference: {
          channelId: 'msteams',
          serviceUrl: options.connectorUrl,
          conversation: { id: conversationId },
          bot: { id: '28:quorate' },
        },
        updatedAt: now.toISOString(),
      });
    await save(board.conversation.id, 'groupChat');
    for (let n = 1; n <= MEMBERS; n += 1) await save(`a:1drain-${t}-${n}`, 'personal', aadOf(n));
  }
  const fireAt = new Date(now.getTime() - 3_600_000);
  const reminders: Reminder[] = [];
  let work: Promise<unknown>[] = [];
  for (let i = 1; i <= options.count; i += 1) {
    const board = boards[(i - 1) % tenants]!;
    const due = todayIn(now, board.rules.timeZone);
    const owner = board.members[Math.floor((i - 1) / tenants) % MEMBERS]!;
    const action: Action = {
      id: actionId(`drain-${i}`),
      boardId: board.id,
      tenantId: board.tenantId,
      number: i,
      text: `Drain action ${i}`,
      owners: [{ kind: 'member', memberId: owner.id, initials: owner.initials, name: owner.name }],
      due,
      status: 'open',
      subjectToRatification: false,
      history: [],
      createdAt: now.toISOString(),
      createdBy: aadOf(1),
      updatedAt: now.toISOString(),
      revision: 1,
    };
    const reminder: Reminder = {
      id: `due:drain-${i}:${due}`,
      tenantId: board.tenantId,
      boardId: board.id,
      kind: 'due',
      dueDay: utcDay(fireAt),
      fireAt: fireAt.toISOString(),
      localDate: due,
      actionId: action.id,
      plannedFor: due,
      daysFromDue: 0,
      status: 'pending',
      attempts: 0,
      deliveries: {},
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    reminders.push(reminder);
    work.push(deps.actions.create(action).then(() => deps.reminders.plan([reminder])));
    if (work.length >= 25) {
      await Promise.all(work);
      work = [];
    }
  }
  await Promise.all(work);
  return { boards, reminders };
};

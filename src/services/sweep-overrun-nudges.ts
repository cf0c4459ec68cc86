import type { Meeting } from '../domain/meeting.js';
import { tenantId } from '../domain/ids.js';
import { elapsedMinutes, itemDueForNudge, meetingOverrun } from '../domain/item-timing.js';
import type { OverrunNudger } from './overrun-nudge-port.js';
import type { ConversationRecord, Deps } from './ports.js';

export type OverrunNudgeDeps = Pick<Deps, 'meetings' | 'boards' | 'conversations' | 'clock'> & {
  nudger: OverrunNudger;
};

export type OverrunNudgeReport = {
  /** Meetings in progress looked at. */
  checked: number;
  /** Items claimed for a nudge this tick (each once, across ticks, restarts and instances). */
  due: number;
  /** Chairs' personal chats the nudge reached. */
  sent: number;
  /** Sends Teams refused or did not answer (403 bot blocked, 404, 5xx, no connection). */
  failed: number;
  /** Items whose board has no chair Quorate holds a personal chat with. */
  unreachable: number;
  /** Meetings whose tick failed (a storage error): the next tick tries them again. */
  errors: number;
};

/** More meetings in progress at once than any deployment holds; the rest wait for the next tick. */
const MEETINGS_PER_TICK = 200;

const chairChats = async (
  deps: OverrunNudgeDeps,
  meeting: Meeting,
): Promise<{ boardName: string; chats: ConversationRecord[] } | undefined> => {
  const board = await deps.boards.findById(meeting.tenantId, meeting.boardId);
  if (board === undefined) return undefined;
  const chats = await Promise.all(
    board.members
      .filter((m) => m.role === 'chair' && m.aadObjectId !== undefined)
      .map(async (m) => {
        const aad = m.aadObjectId ?? '';
        const home = m.reach?.homeTenantId;
        return (
          (await deps.conversations.findPersonal(board.tenantId, aad)) ??
          (home === undefined
            ? undefined
            : await deps.conversations.findPersonal(tenantId(home), aad))
        );
      }),
  );
  return {
    boardName: board.name,
    chats: chats.filter((c): c is ConversationRecord => c !== undefined),
  };
};

/**
 * One live-timing tick: for every meeting in progress whose current item has run
 * `NUDGE_AFTER_MINUTES` past its allocation, the board's chair gets one private nudge. The item is
 * claimed first (its `nudgedAt`, a conditional write that only the first tick, instance or
 * restart makes), then the nudge is sent: at most once per item, so a send Teams refuses (the
 * chair blocked the bot: 403) is reported, not retried every minute.
 */
export const sweepOverrunNudges = async (deps: OverrunNudgeDeps): Promise<OverrunNudgeReport> => {
  const now = deps.clock.now();
  const report: OverrunNudgeReport = {
    checked: 0,
    due: 0,
    sent: 0,
    failed: 0,
    unreachable: 0,
    errors: 0,
  };
  const meetings = await deps.meetings.listInProgress(MEETINGS_PER_TICK);
  report.checked = meetings.length;
  for (const meeting of meetings) {
    try {
      await nudgeChair(deps, meeting, now, report);
    } catch {
      report.errors += 1;
    }
  }
  return report;
};

const nudgeChair = async (
  deps: OverrunNudgeDeps,
  meeting: Meeting,
  now: Date,
  report: OverrunNudgeReport,
): Promise<void> => {
  const at = now.toISOString();
  const item = itemDueForNudge(meeting, now);
  if (item === undefined) return;
  let claimed = false;
  const updated = await deps.meetings.update(meeting.boardId, meeting, (m) => {
    claimed = false;
    const due = itemDueForNudge(m, now);
    if (due?.id !== item.id || due.actual === undefined) return m;
    claimed = true;
    return {
      ...m,
      agenda: m.agenda.map((i) =>
        i.id === due.id && i.actual !== undefined
          ? { ...i, actual: { ...i.actual, nudgedAt: at } }
          : i,
      ),
    };
  });
  if (!claimed) return;
  report.due += 1;
  const found = await chairChats(deps, updated);
  if (found === undefined || found.chats.length === 0) {
    report.unreachable += 1;
    return;
  }
  const overrun = meetingOverrun(updated, now);
  const nudge = {
    boardName: found.boardName,
    meetingTitle: updated.title,
    item: { number: item.number, ...(!item.confidential && { title: item.title }) },
    elapsed: elapsedMinutes(item, now) ?? 0,
    allocated: item.minutes,
    ...(overrun !== undefined && { meetingMinutesOver: overrun.minutesOver }),
  };
  for (const chat of found.chats) {
    const result = await deps.nudger.send(chat.reference, nudge);
    if (result.ok) report.sent += 1;
    else report.failed += 1;
  }
};

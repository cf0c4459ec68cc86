import type { AgendaItem, Meeting } from './meeting.js';

const closed = (item: AgendaItem, at: string): AgendaItem =>
  item.actual === undefined || item.actual.endedAt !== undefined
    ? item
    : { ...item, actual: { ...item.actual, endedAt: at } };

/** Taken now: for the first time, or again (the time already spent on it is kept). */
const opened = (item: AgendaItem, now: Date): AgendaItem => {
  const at = now.toISOString();
  const actual = item.actual;
  if (actual === undefined) return { ...item, actual: { startedAt: at } };
  if (actual.endedAt === undefined) return item;
  const spell = Date.parse(actual.endedAt) - Date.parse(actual.resumedAt ?? actual.startedAt);
  const { endedAt: _ended, ...kept } = actual;
  return {
    ...item,
    actual: {
      ...kept,
      resumedAt: at,
      earlierSeconds: (actual.earlierSeconds ?? 0) + Math.max(0, Math.round(spell / 1000)),
    },
  };
};

/**
 * Stamps live item timing onto a change of the meeting, inside the same write: the item the
 * meeting leaves (by moving on, or by ending) gets its end, the item it arrives at (by starting,
 * or by moving) its start. Only time in progress counts: a move before the meeting starts stamps
 * nothing, and the start stamps whichever item is current then.
 */
export const stampItemTimes = (before: Meeting, after: Meeting, now: Date): Meeting => {
  const wasRunning = before.status === 'in-progress';
  const isRunning = after.status === 'in-progress';
  const leaving =
    wasRunning && (!isRunning || before.currentItemId !== after.currentItemId)
      ? before.currentItemId
      : undefined;
  const arriving =
    isRunning && (!wasRunning || before.currentItemId !== after.currentItemId)
      ? after.currentItemId
      : undefined;
  if (leaving === undefined && arriving === undefined) return after;
  const at = now.toISOString();
  return {
    ...after,
    agenda: after.agenda.map((item) =>
      item.id === arriving ? opened(item, now) : item.id === leaving ? closed(item, at) : item,
    ),
  };
};

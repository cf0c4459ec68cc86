import type { OverrunNudge, OverrunNudger } from '../services/overrun-nudge-port.js';
import type { ProactiveSender } from './proactive.js';

const meetingLine = (over: number | undefined): string =>
  over === undefined
    ? ''
    : over > 0
      ? ` The meeting is running ${over} min over.`
      : over < 0
        ? ` The meeting still has ${-over} min in hand.`
        : ' The meeting is on time.';

/** The nudge as one line of text: it is a glance on a phone during the meeting, not a card. */
export const overrunNudgeText = (nudge: OverrunNudge): string => {
  const item = `Item ${nudge.item.number}${nudge.item.title === undefined ? '' : ` (${nudge.item.title})`}`;
  const over = nudge.elapsed - nudge.allocated;
  return [
    `${nudge.meetingTitle}, ${nudge.boardName}: ${item} has run ${nudge.elapsed} of ${nudge.allocated} min, ${over} min over.`,
    meetingLine(nudge.meetingMinutesOver),
    ' Type "next" in the meeting chat to move on.',
  ].join('');
};

/** Sends overrun nudges through the proactive sender (Teams service URLs only). */
export const createOverrunNudger = (send: ProactiveSender): OverrunNudger => ({
  send: (reference, nudge) => send(reference, { type: 'message', text: overrunNudgeText(nudge) }),
});

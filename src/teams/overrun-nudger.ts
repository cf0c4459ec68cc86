import type { OverrunNudge, OverrunNudger } from '../services/overrun-nudge-port.js';
import type { ProactiveSender } from './proactive.js';

/** The nudge as one line of text: it is a glance on a phone during the meeting, not a card. */
export const overrunNudgeText = (nudge: OverrunNudge): string => {
  const item = `Item ${nudge.item.number}${nudge.item.title === undefined ? '' : ` (${nudge.item.title})`}`;
  const over = nudge.elapsed - nudge.allocated;
  return [
    `${nudge.meetingTitle}, ${nudge.boardName}: ${item} has run ${nudge.elapsed} of ${nudge.allocated} min, ${over} min over.`,
    nudge.meeting === undefined ? '' : ` The meeting is ${nudge.meeting}.`,
    ' Type "next" in the meeting chat to move on.',
  ].join('');
};

/** Sends overrun nudges through the proactive sender (Teams service URLs only). */
export const createOverrunNudger = (send: ProactiveSender): OverrunNudger => ({
  send: (reference, nudge) => send(reference, { type: 'message', text: overrunNudgeText(nudge) }),
});

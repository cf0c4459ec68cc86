import type { AgendaItem, Meeting } from '../domain/meeting.js';
import {
  elapsedText,
  meetingOverrun,
  overrunMinutes,
  overrunText,
} from '../domain/item-timing.js';
import { instantTime } from '../domain/zoned-time.js';
import type { CardElement } from './card-types.js';
import { text } from './elements.js';

/**
 * An item's live timing on the agenda card while the meeting is in progress: "Started 2.07pm ·
 * 12 of 10 min" for the current item, "2.07pm–2.19pm · 12 of 10 min" for one taken already; in
 * the attention colour once it has run past its allocation. Nothing for items not yet taken.
 */
export const liveTimingLine = (
  meeting: Meeting,
  item: AgendaItem,
  now: Date | undefined,
): CardElement | undefined => {
  const actual = item.actual;
  if (now === undefined || meeting.status !== 'in-progress' || actual === undefined)
    return undefined;
  const started = instantTime(actual.startedAt, meeting.timeZone);
  const when =
    actual.endedAt === undefined
      ? `Started ${started}`
      : `${started}–${instantTime(actual.endedAt, meeting.timeZone)}`;
  const over = (overrunMinutes(item, now) ?? 0) > 0;
  return text([when, elapsedText(item, now)].filter((s) => s !== undefined).join(' · '), {
    size: 'Small',
    spacing: 'None',
    ...(over ? { color: 'Attention', weight: 'Bolder' } : { isSubtle: true }),
  });
};

/** "Running 8 min over: planned to end 3.30pm, now heading for 3.38pm", under the status line. */
export const meetingTimingLine = (meeting: Meeting, now: Date | undefined): CardElement[] => {
  if (now === undefined) return [];
  const overrun = meetingOverrun(meeting, now);
  if (overrun === undefined) return [];
  const said = overrunText(overrun);
  const planned = instantTime(overrun.plannedEnd.toISOString(), meeting.timeZone);
  const heading = instantTime(overrun.projectedEnd.toISOString(), meeting.timeZone);
  return [
    text(
      `${said.charAt(0).toUpperCase()}${said.slice(1)}: planned to end ${planned}${overrun.minutesOver === 0 ? '' : `, now heading for ${heading}`}`,
      {
        size: 'Small',
        spacing: 'None',
        ...(overrun.minutesOver > 0
          ? { color: 'Attention', weight: 'Bolder' }
          : { isSubtle: true }),
      },
    ),
  ];
};

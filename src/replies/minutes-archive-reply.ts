import { formatDayMonthYear } from '../domain/approved-minutes.js';
import type { Board } from '../domain/board.js';
import { DomainError } from '../domain/domain-error.js';
import type { Meeting } from '../domain/meeting.js';
import { formatLongDate, formatTime } from '../domain/zoned-time.js';
import { findMinutesMeeting } from '../services/find-minutes-meeting.js';
import type { ReplyContext } from './reply-context.js';
import type { Reply } from './reply.js';
import { textReply } from './reply.js';
import type { Turn } from './turn.js';

/** "13/07/22": a date as people type it after `minutes`. */
const typedDate = (date: string): string => {
  const [y, m, d] = date.split('-') as [string, string, string];
  return `${d}/${m}/${y.slice(2)}`;
};

const EXAMPLES = '"minutes 13/07/22", "minutes 13 July 2022" or "minutes last"';

/** "Executive Planning Meeting, Wednesday 13 July 2022 at 2pm (approved)". */
const named = (meeting: Meeting): string =>
  `${meeting.title}, ${formatLongDate(meeting.date)}${meeting.start === undefined ? '' : ` at ${formatTime(meeting.start)}`} (${minutesStatusOf(meeting)})`;

/** "approved at the meeting of 20 July 2022, with amendments", or "draft". */
export const minutesStatusOf = (meeting: Meeting): string => {
  const approval = meeting.minutesApproval;
  if (approval === undefined) return meeting.minutesStatus;
  return `approved at the meeting of ${formatDayMonthYear(approval.atMeetingDate)}${approval.amendments === undefined ? '' : ', with amendments'}`;
};

/**
 * The meeting `minutes <date>` names, or the answer when it names none: the nearest meetings held
 * when there was none that day, or the day's meetings with their times when there were several.
 */
export const chooseMinutesMeeting = async (
  bot: ReplyContext,
  turn: Turn,
  board: Board,
  when: string,
): Promise<Meeting | Reply> => {
  const found = await findMinutesMeeting(bot.deps, { board, when, found: turn });
  if (found === undefined)
    throw new DomainError(
      'NOT_FOUND',
      `${board.name} has not held a meeting yet: start one with "meeting start".`,
    );
  switch (found.kind) {
    case 'found':
      return found.meeting;
    case 'problem':
      return textReply(`${found.message} Ask for minutes by date: ${EXAMPLES}.`);
    case 'several': {
      const [first] = found.meetings;
      const example =
        first?.start === undefined
          ? ''
          : ` — e.g. "minutes ${typedDate(found.date)} ${formatTime(first.start)}"`;
      return textReply(
        `${board.name} met ${found.meetings.length} times on ${formatLongDate(found.date)}: ${found.meetings.map(named).join('; ')}. Which minutes do you want? Say the date with the start time${example}.`,
      );
    }
    case 'none': {
      const [first] = found.nearest;
      if (first === undefined)
        return textReply(
          `${board.name} held no meeting on ${formatLongDate(found.date)}, nor within a year of it.`,
        );
      return textReply(
        `${board.name} held no meeting on ${formatLongDate(found.date)}. The nearest: ${found.nearest.map(named).join('; ')}. Say "minutes ${typedDate(first.date)}" for the first of them.`,
      );
    }
  }
};

import { renderDidYouMeanCard } from '../cards/render-did-you-mean-card.js';
import type { Command } from '../commands/command.js';
import { canManageBoard } from '../domain/board.js';
import { todayIn } from '../domain/parse-when.js';
import type { ReplyContext } from './reply-context.js';
import type { Reply } from './reply.js';
import { cardReply } from './reply.js';
import type { Turn } from './turn.js';

/** Commands that record into the meeting in progress. */
const IN_MEETING: readonly Command['kind'][] = ['note', 'decision'];
/** Commands about a meeting's register, which need a meeting to exist (planned or in progress). */
const ON_REGISTER: readonly Command['kind'][] = [
  'attendance',
  'attendanceCodes',
  'deputy',
  'guest',
  'late',
  'left',
  'minuteTaker',
];

const ddmmyy = (date: string): string =>
  `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(2, 4)}`;

/**
 * A known command in the wrong place, answered with the command that comes first and a button
 * that runs it: a note or decision while no meeting is in progress ("meeting start", or "meeting
 * new" when none is planned), the register before any meeting exists ("meeting new", dated today,
 * to edit). Undefined when the command is in its place, or when the person could not run the fix
 * (not the chair or a coordinator): the command's own reply then says why. Reads only what the
 * command would read anyway (the turn's board and meetings, each once per turn).
 */
export const misplacedCommandReply = async (
  bot: ReplyContext,
  turn: Turn,
  command: Command,
  requestId: string,
): Promise<Reply | undefined> => {
  const inMeeting = IN_MEETING.includes(command.kind);
  if (!inMeeting && !ON_REGISTER.includes(command.kind)) return undefined;
  const resolved = await turn.board();
  if (resolved.kind !== 'board' || !canManageBoard(resolved.board, turn.actor.aadObjectId))
    return undefined;
  const board = resolved.board;
  if (inMeeting && (await turn.meeting()) !== undefined) return undefined;
  const active = await turn.activeMeeting();
  if (active !== undefined && !inMeeting) return undefined;
  const what = inMeeting ? `a ${command.kind}` : 'attendance';
  if (active !== undefined && active.status === 'planned')
    return cardReply(
      renderDidYouMeanCard({
        problem: `No meeting is in progress, so ${what} has nowhere to go. Nothing was saved. Start ${active.title} (${ddmmyy(active.date)}) first.`,
        command: 'meeting start',
        button: 'Start the meeting',
        requestId,
        after: 'Then send it again.',
      }),
    );
  if (active !== undefined) return undefined;
  return cardReply(
    renderDidYouMeanCard({
      problem: `${board.name} has no meeting planned, so ${what} has nowhere to go. Nothing was saved. Plan the meeting first: change the title, date and time as you need.`,
      command: `meeting new Board meeting on ${ddmmyy(todayIn(bot.deps.clock.now(), board.rules.timeZone))}`,
      button: 'Plan the meeting',
      requestId,
      after: inMeeting
        ? 'Then start it with "meeting start" and send it again.'
        : 'Then send it again.',
    }),
  );
};

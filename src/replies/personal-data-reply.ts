import { requestSubjectData } from '../services/request-subject-data.js';
import { withBoard } from './board-replies.js';
import { downloadLink } from './download-link.js';
import type { ReplyContext } from './reply-context.js';
import type { Reply } from './reply.js';
import { textReply } from './reply.js';
import { sendPrivately } from './restricted-answer.js';
import type { Turn } from './turn.js';

/**
 * `personal data [initials]`: a signed, 15-minute link to a JSON file of what the board holds about
 * the member. The link opens for whoever holds it, so it is only ever given in a personal chat:
 * asked in a shared chat, it goes to the asker privately.
 */
export const personalDataReply = (
  bot: ReplyContext,
  turn: Turn,
  initials?: string,
): Promise<Reply> =>
  withBoard(turn, async (board) => {
    const subject = await requestSubjectData(bot.deps, {
      board,
      actor: turn.actor,
      ...(initials !== undefined && { initials }),
    });
    const url = downloadLink(bot, board, {
      kind: 'subject.json',
      aadObjectId: turn.actor.aadObjectId,
      subject: subject.initials,
    });
    const link = textReply(
      `Personal data held for ${subject.name} (${subject.initials}) in ${board.name}: [download JSON](${url}) — membership, attendance, what they presented or recorded, their actions and their audit trail. The link works for 15 minutes; do not forward it.`,
    );
    if (turn.kind === 'personal') return link;
    return textReply(
      (await sendPrivately(bot, turn, link))
        ? `I have sent you the personal data of ${subject.initials} in our personal chat.`
        : 'Personal data is only given in a personal chat: open a chat with Quorate and ask there.',
    );
  });

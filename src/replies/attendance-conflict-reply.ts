import type { Member } from '../domain/board.js';
import type { Board } from '../domain/board.js';
import { recordFor } from '../domain/attendance.js';
import type { Meeting } from '../domain/meeting.js';
import { formatLongDate } from '../domain/zoned-time.js';
import { errorKind } from '../log.js';
import type { ReplyContext } from './reply-context.js';
import { textReply } from './reply.js';

const CODE_WORDS: Record<string, string> = {
  A: 'present',
  SD: 'sending a deputy',
  SA: 'with apologies',
  DNA: 'absent',
};

/**
 * What a member hears when their own entry did not change the register (domain/attendance-
 * precedence.ts): a deputy is already recorded for them, or the chair recorded otherwise.
 */
export const keptEntryMessage = (
  meeting: Meeting,
  kept: { member: Member; outcome: 'keep-deputy' | 'conflict' },
): string => {
  const record = recordFor(meeting.attendance, kept.member.id);
  const on = `${meeting.title} on ${formatLongDate(meeting.date)}`;
  if (kept.outcome === 'keep-deputy')
    return `Your apologies for ${on} are noted. ${record?.deputy?.name ?? 'Your deputy'} is recorded as attending for you (SD), so the register keeps that.`;
  return `The chair or a coordinator has recorded you as ${CODE_WORDS[record?.code ?? ''] ?? record?.code ?? 'otherwise'} for ${on}, so the register keeps their entry. They have been told you sent apologies; ask them to change it if it is wrong.`;
};

/**
 * Tells the chair and vice-chairs, in their personal chats with Quorate, that a member's own change
 * was not applied over theirs; when none can be reached there, the board's own conversation is
 * told. Best effort: a send that fails is logged, the member's answer stands.
 */
export const tellChairsOfConflict = async (
  bot: ReplyContext,
  board: Board,
  meeting: Meeting,
  member: Member,
): Promise<number> => {
  const record = recordFor(meeting.attendance, member.id);
  const text = `${member.name} (${member.initials}) sent apologies for ${meeting.title} on ${formatLongDate(meeting.date)}, but the register has them ${CODE_WORDS[record?.code ?? ''] ?? 'recorded otherwise'} from the chair or a coordinator, so it keeps that. To accept their apologies, type "apologies ${member.initials}".`;
  let told = 0;
  const chairs = board.members.filter(
    (m) => (m.role === 'chair' || m.role === 'vice-chair') && m.aadObjectId !== undefined,
  );
  const references: Record<string, unknown>[] = [];
  for (const chair of chairs) {
    const found = await bot.deps.conversations.findPersonal(
      board.tenantId,
      chair.aadObjectId ?? '',
    );
    if (found !== undefined) references.push(found.reference);
  }
  if (references.length === 0) {
    const channel = await bot.deps.conversations.find(board.tenantId, board.conversation.id);
    if (channel !== undefined) references.push(channel.reference);
  }
  for (const reference of references) {
    try {
      const result = await bot.post(reference, textReply(text));
      if (result.ok) told += 1;
      else
        bot.log.warn('attendance.conflict_notice_failed', { board: board.id, error: result.code });
    } catch (error) {
      bot.log.warn('attendance.conflict_notice_failed', {
        board: board.id,
        error: errorKind(error),
      });
    }
  }
  return told;
};

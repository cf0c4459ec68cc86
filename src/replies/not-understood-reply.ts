import { renderDidYouMeanCard } from '../cards/render-did-you-mean-card.js';
import { suggestCommand } from '../commands/suggest-command.js';
import type { Reply } from './reply.js';
import { cardReply, textReply } from './reply.js';

/** A message that is not a command as typed: what was wrong, and the right form when known. */
export type NotUnderstood = { message: string; usage?: string };

/**
 * The answer to a message Quorate could not read. A first word within two letters of a command
 * ("agnda", "attendence", "acton JB to …") gets the corrected command with a button that runs it;
 * anything else gets what was wrong, the right form when known, and a pointer to "help".
 */
export const notUnderstoodReply = (
  failure: NotUnderstood,
  text: string,
  requestId: string,
): Reply => {
  const suggestion = suggestCommand(text);
  if (suggestion !== undefined)
    return cardReply(
      renderDidYouMeanCard({
        problem: `I don't know "${shorten(firstWord(text))}". Nothing was done.`,
        command: suggestion,
        button: 'Run it',
        requestId,
      }),
    );
  const usage = failure.usage === undefined ? '' : `\n\nTry: **${failure.usage}**`;
  return textReply(`${failure.message}${usage}\n\nType **help** to see what I can do.`);
};

const firstWord = (text: string): string => /^\s*(\S+)/.exec(text)?.[1] ?? text;
const shorten = (text: string): string => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

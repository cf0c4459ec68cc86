import { importActions } from '../services/import-actions.js';
import { withBoard } from './board-replies.js';
import type { ReplyContext } from './reply-context.js';
import type { Reply } from './reply.js';
import { textReply } from './reply.js';
import type { Turn } from './turn.js';

const numbers = (list: readonly { number: number }[]): string =>
  list.map((a) => a.number).join(', ');

/** `actions import`: what came in, what was there already, and each row that could not be read. */
export const actionsImportReply = (bot: ReplyContext, turn: Turn, table: string): Promise<Reply> =>
  withBoard(turn, async (board) => {
    const result = await importActions(bot.deps, { board, actor: turn.actor, table });
    const same = result.already.filter((a) => a.same);
    const other = result.already.filter((a) => !a.same);
    const lines = [
      result.imported.length === 0
        ? 'No actions imported.'
        : `Imported ${result.imported.length} action${result.imported.length === 1 ? '' : 's'}: No ${numbers(result.imported)}.`,
      ...(same.length === 0 ? [] : [`Already imported, left as they are: No ${numbers(same)}.`]),
      ...(other.length === 0
        ? []
        : [
            `Not imported, as the board already has other actions with these numbers: No ${numbers(other)}.`,
          ]),
      ...(result.problems.length === 0
        ? []
        : [
            `Not imported — fix ${result.problems.length === 1 ? 'this row and send it' : 'these rows and send them'} again (rows already imported are skipped):`,
            ...result.problems.map((p) => `Line ${p.line}: ${p.message}.`),
          ]),
      ...(result.next > 1 ? [`The next action recorded will be No ${result.next}.`] : []),
    ];
    return textReply(lines.join('\n\n'));
  });

import { createHash } from 'node:crypto';
import type { Action } from '../domain/action.js';
import type { ImportedActionRow } from '../domain/action-log-table.js';
import { parseActionLog } from '../domain/action-log-table.js';
import type { Board } from '../domain/board.js';
import { isDomainError } from '../domain/domain-error.js';
import { actionId } from '../domain/ids.js';
import type { RowProblem } from '../domain/member-table.js';
import { todayIn } from '../domain/parse-when.js';
import type { Actor, Deps } from './ports.js';
import { recordChange } from './record-change.js';
import { requireManager } from './require-manager.js';
import { scheduleActionReminders } from './schedule-reminders.js';

export type ImportActionsResult = {
  imported: Action[];
  /** Rows already in the log: imported before (the same number and text), or another action. */
  already: { line: number; number: number; same: boolean }[];
  problems: RowProblem[];
  /** The number the next captured action takes. */
  next: number;
};

/** The same board and number always give the same id: importing twice cannot duplicate. */
const importedId = (board: Board, number: number): string =>
  `a-${createHash('sha256').update(`${board.id}\nimport:${number}`).digest('hex').slice(0, 24)}`;

const toAction = (board: Board, actor: Actor, row: ImportedActionRow, now: Date): Action => ({
  id: actionId(importedId(board, row.number)),
  boardId: board.id,
  tenantId: board.tenantId,
  number: row.number,
  ...(row.reference !== undefined && { reference: row.reference }),
  text: row.text,
  owners: row.owners,
  ...(row.due !== undefined && { due: row.due }),
  status: row.status,
  ...(row.status === 'closed' && { closedReason: 'Closed in the board’s earlier action log.' }),
  subjectToRatification: false,
  history: [
    {
      at: now.toISOString(),
      by: actor.aadObjectId,
      kind: 'created',
      text: 'Imported from the board’s earlier action log.',
    },
  ],
  createdAt: now.toISOString(),
  createdBy: actor.aadObjectId,
  updatedAt: now.toISOString(),
  revision: 1,
});

/**
 * Brings a board's existing action log in, so the board continues its own numbering. The counter is
 * raised past the table's highest number first (never lowered), so no capture can take a number
 * the log uses; then each good row becomes an action under its own number, with one id per number,
 * so a second import changes nothing. A bad row is reported and saved not at all.
 */
export const importActions = async (
  deps: Deps,
  input: { board: Board; actor: Actor; table: string },
): Promise<ImportActionsResult> => {
  const { board } = input;
  await requireManager(deps, board, input.actor, 'actions.import', 'import the action log');
  const now = deps.clock.now();
  const table = parseActionLog(input.table, board, todayIn(now, board.rules.timeZone));
  const counter = table.highest > 0 ? await deps.actions.raiseCounter(board.id, table.highest) : 0;
  const imported: Action[] = [];
  const already: ImportActionsResult['already'] = [];
  for (const row of table.rows) {
    const action = toAction(board, input.actor, row, now);
    const existing = await deps.actions.findByNumber(board.id, row.number);
    if (existing !== undefined) {
      already.push({ line: row.line, number: row.number, same: existing.id === action.id });
      continue;
    }
    try {
      const stored = await deps.actions.create(action);
      imported.push(stored);
      await recordChange(deps, board, input.actor, {
        verb: 'action.import',
        subject: stored.id,
        said: `action ${stored.number} imported`,
        change: { kind: 'action', before: undefined, after: stored },
        key: `import:${stored.id}`,
      });
      if (stored.status === 'open' || stored.status === 'ongoing')
        await scheduleActionReminders(deps, board, stored);
    } catch (error) {
      if (!(isDomainError(error) && error.code === 'CONFLICT')) throw error;
      already.push({ line: row.line, number: row.number, same: true });
    }
  }
  return { imported, already, problems: table.problems, next: counter + 1 };
};

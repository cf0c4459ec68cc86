import type { ActionStatus, Owner } from './action.js';
import type { Board } from './board.js';
import type { RowProblem } from './member-table.js';
import { readDuePhrase } from './due-phrase.js';
import { resolveOwners } from './resolve-owners.js';
import type { CalendarDate } from './zoned-time.js';

/** One row of a board's existing action log, read and checked. */
export type ImportedActionRow = {
  line: number;
  number: number;
  reference?: string;
  text: string;
  owners: Owner[];
  due?: CalendarDate;
  status: ActionStatus;
};

/** `highest`: the highest action number the table holds, its rows read or not. */
export type ActionLogTable = { rows: ImportedActionRow[]; problems: RowProblem[]; highest: number };

type Column = 'number' | 'reference' | 'text' | 'owner' | 'due' | 'status';

/** The layout boards keep: No | Reference | Action | Owner | Due | Status. */
const DEFAULT_COLUMNS: readonly Column[] = [
  'number',
  'reference',
  'text',
  'owner',
  'due',
  'status',
];

const HEADER_WORDS: readonly [RegExp, Column][] = [
  [/^(?:action\s*)?(?:no\.?|number|#)$/i, 'number'],
  [/^ref(?:erence)?\.?$/i, 'reference'],
  [/^(?:action|actions|description|action required)$/i, 'text'],
  [/^(?:owner|owners|lead|by whom|who|responsible)$/i, 'owner'],
  [/^(?:due|due date|deadline|by when|target date|date due)$/i, 'due'],
  [/^(?:status|rag|progress)$/i, 'status'],
];

const STATUSES: Record<string, ActionStatus> = {
  open: 'open',
  new: 'open',
  ongoing: 'ongoing',
  'in progress': 'ongoing',
  complete: 'completed',
  completed: 'completed',
  done: 'completed',
  closed: 'closed',
};

const splitCells = (line: string): string[] =>
  line
    .replace(/^\s*\|/, '')
    .replace(/\|\s*$/, '')
    .split(/\t|\|/)
    .map((c) => c.trim());

const isSeparator = (line: string): boolean => /^[\s|:\-+=]+$/.test(line);

const headerColumns = (cells: string[]): Column[] | undefined => {
  const columns = cells.map((c) => HEADER_WORDS.find(([pattern]) => pattern.test(c))?.[1]);
  if (!columns.includes('number') || !columns.includes('text')) return undefined;
  return columns.map((c, i) => c ?? (`ignored${i}` as Column));
};

const UNDATED = /^(?:|-|–|n\/?a|tbc|next meeting|at next meeting|ongoing)$/i;

/** A due cell as a date; blank, "TBC" or "next meeting" leave it undated. */
const readDue = (
  cell: string,
  today: CalendarDate,
  timeZone: string,
): { ok: true; due?: CalendarDate } | { ok: false; message: string } => {
  const text = cell
    .trim()
    .replace(/[.]$/, '')
    .replace(/^by\s+/i, '');
  if (UNDATED.test(text)) return { ok: true };
  const reading = readDuePhrase(text, today, timeZone);
  if (reading.kind === 'nextMeeting') return { ok: true };
  if (reading.kind !== 'date')
    return {
      ok: false,
      message: `the due date "${text}" cannot be read; write it like 31/03/20, 31 March 2020 or March 2020`,
    };
  return { ok: true, due: reading.date };
};

type RawRow = { line: number; cells: Map<Column, string> };

/** Cells of a wrapped line (no number) continue the row above, as pasted minutes wrap. */
const gatherRows = (text: string): { rows: RawRow[]; problems: RowProblem[] } => {
  const rows: RawRow[] = [];
  const problems: RowProblem[] = [];
  let columns: readonly Column[] = DEFAULT_COLUMNS;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || isSeparator(raw)) return;
    const cells = splitCells(raw);
    const header = headerColumns(cells);
    if (header !== undefined) {
      columns = header;
      return;
    }
    const byColumn = new Map<Column, string>();
    cells.forEach((cell, i) => {
      const column = columns[i];
      if (column !== undefined && cell !== '') byColumn.set(column, cell);
    });
    const number = byColumn.get('number');
    const previous = rows.at(-1);
    if (previous === undefined && !/^\d/.test(cells[0] ?? '') && byColumn.size < 3) return;
    if (number === undefined && previous !== undefined) {
      for (const [column, cell] of byColumn) {
        const before = previous.cells.get(column);
        previous.cells.set(column, before === undefined ? cell : `${before} ${cell}`);
      }
      return;
    }
    if (number === undefined) {
      problems.push({ line, message: 'the row has no action number (the first column)' });
      return;
    }
    rows.push({ line, cells: byColumn });
  });
  return { rows, problems };
};

/**
 * Reads a pasted action log (`No | Reference | Action | Owner | Due | Status`, tab- or
 * pipe-separated, with or without its header line). Owners are members' initials or names, or
 * people who are not members. Each bad row is reported with its line; good rows are returned.
 */
export const parseActionLog = (text: string, board: Board, today: CalendarDate): ActionLogTable => {
  const gathered = gatherRows(text);
  const problems = [...gathered.problems];
  const rows: ImportedActionRow[] = [];
  const seen = new Set<number>();
  let highest = 0;
  for (const raw of gathered.rows) {
    const say = (message: string): void => {
      problems.push({ line: raw.line, message });
    };
    const numberCell = (raw.cells.get('number') ?? '').replace(/^(?:no\.?\s*|#)/i, '');
    if (!/^\d{1,6}$/.test(numberCell) || Number(numberCell) < 1) {
      say(`"${numberCell}" is not an action number`);
      continue;
    }
    const number = Number(numberCell);
    highest = Math.max(highest, number);
    if (seen.has(number)) {
      say(`action ${number} appears twice in the table`);
      continue;
    }
    seen.add(number);
    const actionText = raw.cells.get('text') ?? '';
    if (actionText === '' || actionText.length > 2000) {
      say(`action ${number} has no text (the Action column)`);
      continue;
    }
    const owners = resolveOwners(board, raw.cells.get('owner') ?? '');
    if (!owners.ok) {
      say(`action ${number}: ${owners.problems.map((p) => p.message).join(' ')}`);
      continue;
    }
    const due = readDue(raw.cells.get('due') ?? '', today, board.rules.timeZone);
    if (!due.ok) {
      say(`action ${number}: ${due.message}`);
      continue;
    }
    const statusCell = (raw.cells.get('status') ?? 'open').toLowerCase().replace(/\s+/g, ' ');
    const status = STATUSES[statusCell.replace(/[.]$/, '')];
    if (status === undefined) {
      say(
        `action ${number}: the status "${raw.cells.get('status') ?? ''}" is not Open, Ongoing, Complete(d) or Closed`,
      );
      continue;
    }
    const reference = raw.cells.get('reference');
    rows.push({
      line: raw.line,
      number,
      ...(reference !== undefined && { reference: reference.slice(0, 100) }),
      text: actionText,
      owners: owners.owners,
      ...(due.due !== undefined && { due: due.due }),
      status,
    });
  }
  return { rows, problems, highest };
};

import type { Board, Role } from './board.js';
import { ROLES, findAgency } from './board.js';
import { INITIALS_PATTERN } from './initials.js';

export type MemberRow = {
  line: number;
  name: string;
  initials?: string;
  designation?: string;
  agencyCode?: string;
  role?: Role;
};

export type RowProblem = { line: number; message: string };

export type MemberTableResult =
  { ok: true; rows: MemberRow[] } | { ok: false; problems: RowProblem[] };

const ROLE_ALIASES: Record<string, Role> = {
  'vice chair': 'vice-chair',
  vicechair: 'vice-chair',
  advisor: 'adviser',
  'independent chair': 'chair',
  'independent scrutineer': 'scrutineer',
};

export const parseRole = (text: string): Role | undefined => {
  const key = text.trim().toLowerCase().replace(/\s+/g, ' ');
  return (ROLES as readonly string[]).includes(key) ? (key as Role) : ROLE_ALIASES[key];
};

const splitCells = (line: string): string[] => {
  const trimmed = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return trimmed.split(/\t|\|/).map((c) => c.trim());
};

const isSeparator = (line: string): boolean => /^[\s|:\-+=]+$/.test(line);

const NAME_WITH_INITIALS = /^(.*?)\s*\(([^()]*)\)\s*$/;

const parseNameCell = (cell: string): { name: string; initials?: string } | { problem: string } => {
  const match = NAME_WITH_INITIALS.exec(cell);
  if (match === null) {
    if (cell.includes('(') || cell.includes(')')) {
      return { problem: 'put initials in brackets after the name, like "Brian Boxall (BB)"' };
    }
    return { name: cell };
  }
  const initials = (match[2] ?? '').trim();
  if (/[()]/.test(match[1] ?? '')) {
    return { problem: 'put initials in brackets after the name, like "Brian Boxall (BB)"' };
  }
  if (!INITIALS_PATTERN.test(initials)) {
    return {
      problem: `"${initials}" is not initials: use 1–6 capital letters, like "Brian Boxall (BB)"`,
    };
  }
  return { name: (match[1] ?? '').trim(), initials };
};

/**
 * Reads a pasted member table: `Name (INITIALS) | designation | agency [| role]`, tab- or
 * pipe-separated, one member a line. A header row and Markdown separator rows are skipped.
 * Every bad row is reported by line number so the coordinator can fix them all at once.
 */
export const parseMemberTable = (text: string, board: Board): MemberTableResult => {
  const rows: MemberRow[] = [];
  const problems: RowProblem[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || isSeparator(raw)) return;
    const cells = splitCells(raw);
    if (rows.length === 0 && problems.length === 0 && /^name\b/i.test(cells[0] ?? '')) return;
    if (cells.length < 1 || cells.length > 4) {
      problems.push({
        line,
        message: `expected up to 4 columns (name, designation, agency, role), found ${cells.length}`,
      });
      return;
    }
    const [nameCell = '', designation = '', agencyCell = '', roleCell = ''] = cells;
    const parsedName = parseNameCell(nameCell);
    if ('problem' in parsedName) {
      problems.push({ line, message: parsedName.problem });
      return;
    }
    if (!/\p{L}/u.test(parsedName.name) || parsedName.name.length > 100) {
      problems.push({ line, message: 'the first column must be the member’s name' });
      return;
    }
    let agencyCode: string | undefined;
    if (agencyCell !== '') {
      const agency = findAgency(board, agencyCell);
      if (agency === undefined) {
        const known = board.agencies.map((a) => a.code).join(', ') || 'none yet';
        problems.push({
          line,
          message: `agency "${agencyCell}" is not on this board (known: ${known}); add it first with "agency add <CODE> <name>"`,
        });
        return;
      }
      agencyCode = agency.code;
    }
    let role: Role | undefined;
    if (roleCell !== '') {
      role = parseRole(roleCell);
      if (role === undefined) {
        problems.push({
          line,
          message: `role "${roleCell}" is not one of ${ROLES.join(', ')}`,
        });
        return;
      }
    }
    rows.push({
      line,
      name: parsedName.name.replace(/\s+/g, ' '),
      ...(parsedName.initials !== undefined && { initials: parsedName.initials }),
      ...(designation !== '' && { designation }),
      ...(agencyCode !== undefined && { agencyCode }),
      ...(role !== undefined && { role }),
    });
  });
  const seen = new Map<string, number>();
  for (const row of rows) {
    if (row.initials === undefined) continue;
    const first = seen.get(row.initials);
    if (first !== undefined) {
      problems.push({
        line: row.line,
        message: `initials ${row.initials} are also used on line ${first}`,
      });
    } else {
      seen.set(row.initials, row.line);
    }
  }
  if (rows.length === 0 && problems.length === 0) {
    problems.push({ line: 1, message: 'the table is empty' });
  }
  return problems.length > 0
    ? { ok: false, problems: problems.sort((a, b) => a.line - b.line) }
    : { ok: true, rows };
};

import type { Agency, Board } from './board.js';
import { defaultAgencies, normaliseAgencyCode } from './board.js';

/** A change to a board's agencies: the board it leaves, or why it cannot be made. */
export type AgencyChange =
  { ok: true; board: Board; changed: boolean } | { ok: false; message: string };

const refused = (message: string): AgencyChange => ({ ok: false, message });

const membersOf = (board: Board, code: string): string[] =>
  board.members.filter((m) => m.agencyCode === code).map((m) => `${m.name} (${m.initials})`);

const quoted = (code: string): RegExp =>
  new RegExp(`(['"])${code.replace(/[-&]/g, '\\$&')}\\1`, 'g');

/** Whether the quorum rule names the agency as a literal ('LA' or "LA"). */
export const ruleNamesAgency = (rule: string, code: string): boolean => quoted(code).test(rule);

/** The rule with every literal naming `from` naming `to` instead (the rule's scope follows). */
export const renameInRule = (rule: string, from: string, to: string): string =>
  rule.replace(quoted(from), (_match, quote: string) => `${quote}${to}${quote}`);

/** An agency's delegates follow it to its new code. */
const movedDelegates = (board: Board, from: string, to: string): Pick<Board, 'delegates'> =>
  board.delegates === undefined
    ? {}
    : {
        delegates: board.delegates.map((d) =>
          d.agencyCode === from ? { ...d, agencyCode: to } : d,
        ),
      };

const unknown = (board: Board, code: string): AgencyChange =>
  refused(
    `There is no agency ${code} on this board. Its agencies: ${board.agencies.map((a) => a.code).join(', ') || 'none yet'}.`,
  );

/** Removes an agency nobody belongs to; refused (naming them) while members do. */
export const removeAgency = (board: Board, rawCode: string): AgencyChange => {
  const code = normaliseAgencyCode(rawCode);
  if (!board.agencies.some((a) => a.code === code)) return unknown(board, code);
  const members = membersOf(board, code);
  if (members.length > 0)
    return refused(
      `${code} still has members: ${members.join(', ')}. Move them first with "member edit <initials> agency <CODE>", or record that they left with "member leave <initials>" and then move them.`,
    );
  if (ruleNamesAgency(board.rules.quorumRule, code))
    return refused(
      `The quorum rule names ${code}. Change the rule first ("quorum rule …"), or give the agency a new code with "agency code ${code} <NEW>".`,
    );
  return {
    ok: true,
    changed: true,
    board: {
      ...board,
      agencies: board.agencies.filter((a) => a.code !== code),
      ...(board.delegates !== undefined && {
        delegates: board.delegates.filter((d) => d.agencyCode !== code),
      }),
    },
  };
};

export const cleanAgencyName = (name: string): string => name.replace(/\s+/g, ' ').trim();

/** Gives an agency a new name; the same name again changes nothing. */
export const renameAgency = (board: Board, rawCode: string, rawName: string): AgencyChange => {
  const code = normaliseAgencyCode(rawCode);
  const name = cleanAgencyName(rawName);
  if (name === '' || name.length > 120) return refused('An agency name needs 1 to 120 characters.');
  const agency = board.agencies.find((a) => a.code === code);
  if (agency === undefined) return unknown(board, code);
  if (agency.name === name) return { ok: true, changed: false, board };
  return {
    ok: true,
    changed: true,
    board: {
      ...board,
      agencies: board.agencies.map((a) => (a.code === code ? { ...a, name } : a)),
    },
  };
};

export const AGENCY_CODE_PATTERN = /^[A-Z][A-Z0-9&-]{0,11}$/;

/**
 * Gives an agency a new code. Its members and the quorum rule's literals follow, so the board is
 * quorate under the same conditions as before. Asking again once done changes nothing.
 */
export const recodeAgency = (board: Board, rawOld: string, rawNew: string): AgencyChange => {
  const from = normaliseAgencyCode(rawOld);
  const to = normaliseAgencyCode(rawNew);
  if (!AGENCY_CODE_PATTERN.test(to))
    return refused(`"${rawNew}" is not a usable code: use letters and digits, up to 12.`);
  const hasFrom = board.agencies.some((a) => a.code === from);
  const hasTo = board.agencies.some((a) => a.code === to);
  if (!hasFrom && hasTo) return { ok: true, changed: false, board };
  if (!hasFrom) return unknown(board, from);
  if (from === to) return { ok: true, changed: false, board };
  if (hasTo)
    return refused(
      `The board already has an agency ${to}. Choose another code, or remove ${to} first.`,
    );
  return {
    ok: true,
    changed: true,
    board: {
      ...board,
      agencies: board.agencies.map((a) => (a.code === from ? { ...a, code: to } : a)),
      members: board.members.map((m) => (m.agencyCode === from ? { ...m, agencyCode: to } : m)),
      ...movedDelegates(board, from, to),
      rules: { ...board.rules, quorumRule: renameInRule(board.rules.quorumRule, from, to) },
    },
  };
};

export type StatutoryKind = 'local authority' | 'police' | 'health';

const KIND_PATTERNS: readonly [StatutoryKind, RegExp][] = [
  ['police', /police|constabulary|\bmps\b|metropolitan|\bbtp\b/i],
  ['health', /health|\bnhs\b|\bicb\b|\bccg\b|integrated care|clinical commissioning/i],
  [
    'local authority',
    /council|borough|local authority|county|city of|children.s services|\blb[a-z]{0,3}\b|\bla\b/i,
  ],
];

/** Which of the three statutory partners an agency is, read from its code and name. */
export const statutoryKindOf = (agency: Pick<Agency, 'code' | 'name'>): StatutoryKind | undefined =>
  KIND_PATTERNS.find(([, pattern]) => pattern.test(`${agency.code} ${agency.name}`))?.[0];

const DEFAULT_CODE: Record<StatutoryKind, string> = {
  'local authority': 'LA',
  police: 'POLICE',
  health: 'ICB',
};

/**
 * The default statutory agency `setup` added (LA, POLICE, ICB) of the same kind as `added`, when it
 * has no members: the board can replace it by its own code in one step.
 */
export const replaceableDefault = (board: Board, added: Agency): Agency | undefined => {
  if (!added.statutory) return undefined;
  const kind = statutoryKindOf(added);
  if (kind === undefined) return undefined;
  const code = DEFAULT_CODE[kind];
  if (code === added.code) return undefined;
  const isDefault = defaultAgencies().some((d) => d.code === code);
  const agency = board.agencies.find((a) => a.code === code && a.statutory);
  if (!isDefault || agency === undefined) return undefined;
  return membersOf(board, code).length === 0 ? agency : undefined;
};

/**
 * Replaces a default agency by the board's own one: the old code goes, the quorum rule's literals
 * name the new code. Refused while the old one has members; done again, changes nothing.
 */
export const replaceAgency = (board: Board, rawOld: string, rawNew: string): AgencyChange => {
  const from = normaliseAgencyCode(rawOld);
  const to = normaliseAgencyCode(rawNew);
  if (!board.agencies.some((a) => a.code === to)) return unknown(board, to);
  if (!board.agencies.some((a) => a.code === from)) return { ok: true, changed: false, board };
  if (from === to) return { ok: true, changed: false, board };
  const members = membersOf(board, from);
  if (members.length > 0)
    return refused(`${from} has members now: ${members.join(', ')}. It was not replaced.`);
  return {
    ok: true,
    changed: true,
    board: {
      ...board,
      agencies: board.agencies.filter((a) => a.code !== from),
      ...movedDelegates(board, from, to),
      rules: { ...board.rules, quorumRule: renameInRule(board.rules.quorumRule, from, to) },
    },
  };
};

import { Expression } from 'adaptive-expressions';
import type { Attendance } from './attendance.js';
import { codeFor, recordFor, sitsAsOfficer } from './attendance.js';
import type { Board } from './board.js';
import { deputyAuthority } from './deputy-authority.js';
import type { CalendarDate } from './zoned-time.js';

/**
 * What a quorum rule can read. Agencies are codes; a member counts for their agency when they
 * attended (A) or sent a deputy (SD).
 *
 * - `present`: initials of members who attended in person or by deputy
 * - `attended`: initials of members who attended in person
 * - `agencies`, `statutoryAgencies`: the board's agency codes
 * - `presentAgencies`: agencies represented by a member or a deputy
 * - `authorisedAgencies`: agencies represented by a member or by a deputy the agency's delegates
 *   authorise (an agency that names no delegates counts any deputy: domain/deputy-authority.ts)
 * - `memberAgencies`: agencies represented by a member in person (deputies not counted)
 * - `deputyAgencies`: agencies represented only by a deputy
 * - `chairPresent`: the chair (or a vice-chair) attended
 * - `memberCount`, `presentCount`: members on the board at that date, and present
 */
export type QuorumScope = {
  present: string[];
  attended: string[];
  agencies: string[];
  statutoryAgencies: string[];
  presentAgencies: string[];
  authorisedAgencies: string[];
  memberAgencies: string[];
  deputyAgencies: string[];
  chairPresent: boolean;
  memberCount: number;
  presentCount: number;
};

export type QuorumResult = {
  quorate: boolean;
  explanation: string;
  computed: boolean;
  ruled: boolean;
};

const unique = (values: string[]): string[] => [...new Set(values)];

export const quorumScope = (
  board: Board,
  attendance: Attendance | undefined,
  date: CalendarDate,
): QuorumScope => {
  /** Officers hold no code: they neither make a meeting quorate nor count among its members. */
  const onBoard = board.members.filter(
    (m) => !sitsAsOfficer(attendance, m) && codeFor(attendance, m, date) !== 'N/A',
  );
  const withCode = onBoard.map((m) => ({ m, code: codeFor(attendance, m, date) }));
  const present = withCode.filter((x) => x.code === 'A' || x.code === 'SD');
  const attended = withCode.filter((x) => x.code === 'A');
  const agencyOf = (xs: typeof withCode): string[] =>
    unique(xs.flatMap((x) => (x.m.agencyCode === undefined ? [] : [x.m.agencyCode])));
  const presentAgencies = agencyOf(present);
  const memberAgencies = agencyOf(attended);
  const authorised = withCode.filter(
    (x) =>
      x.code === 'A' ||
      (x.code === 'SD' &&
        deputyAuthority(board, x.m, recordFor(attendance, x.m.id)?.deputy ?? { name: '' }) !==
          'unauthorised'),
  );
  return {
    present: present.map((x) => x.m.initials),
    attended: attended.map((x) => x.m.initials),
    agencies: board.agencies.map((a) => a.code),
    statutoryAgencies: board.agencies.filter((a) => a.statutory).map((a) => a.code),
    presentAgencies,
    authorisedAgencies: agencyOf(authorised),
    memberAgencies,
    deputyAgencies: presentAgencies.filter((a) => !memberAgencies.includes(a)),
    chairPresent: attended.some((x) => x.m.role === 'chair' || x.m.role === 'vice-chair'),
    memberCount: onBoard.length,
    presentCount: present.length,
  };
};

/** adaptive-expressions types its result as `any`; read it as unknown. */
const evaluate = (
  expression: Expression,
  scope: QuorumScope,
): { value: unknown; error: string | undefined } => {
  const result = expression.tryEvaluate(scope) as { value: unknown; error: string | undefined };
  return { value: result.value, error: result.error };
};

export type RuleCheck = { ok: true } | { ok: false; message: string };

const SAMPLE: QuorumScope = {
  present: ['AA'],
  attended: ['AA'],
  agencies: ['LA'],
  statutoryAgencies: ['LA'],
  presentAgencies: ['LA'],
  authorisedAgencies: ['LA'],
  memberAgencies: ['LA'],
  deputyAgencies: [],
  chairPresent: true,
  memberCount: 1,
  presentCount: 1,
};

/** A rule is checked when it is saved: it must parse and give true or false, never at meeting time. */
export const checkQuorumRule = (rule: string): RuleCheck => {
  if (rule.trim() === '' || rule.length > 1000)
    return { ok: false, message: 'A quorum rule needs 1 to 1,000 characters.' };
  let expression: Expression;
  try {
    expression = Expression.parse(rule);
  } catch (error) {
    return {
      ok: false,
      message: `That rule does not parse: ${error instanceof Error ? (error.message.split('\n')[0] ?? '') : 'syntax error'}`,
    };
  }
  const { value, error } = evaluate(expression, SAMPLE);
  if (error !== undefined)
    return {
      ok: false,
      message: `That rule cannot be evaluated: ${String(error).split('\n')[0] ?? ''}`,
    };
  if (typeof value !== 'boolean')
    return { ok: false, message: 'A quorum rule must give true or false.' };
  return { ok: true };
};

/** Statutory agencies represented only by deputies their delegates do not authorise. */
export const unauthorisedOnly = (scope: QuorumScope): string[] =>
  scope.statutoryAgencies.filter(
    (a) => scope.presentAgencies.includes(a) && !scope.authorisedAgencies.includes(a),
  );

const agencyNames = (board: Board, codes: string[]): string =>
  codes.map((c) => board.agencies.find((a) => a.code === c)?.name ?? c).join(', ');

/**
 * Whether the meeting is quorate, always with the reason ("not quorate: Police not represented").
 * A chair's ruling overrides the computed result; both are kept.
 */
export const evaluateQuorum = (
  board: Board,
  attendance: Attendance | undefined,
  date: CalendarDate,
): QuorumResult => {
  const scope = quorumScope(board, attendance, date);
  let computed = false;
  let problem: string | undefined;
  try {
    const { value, error } = evaluate(Expression.parse(board.rules.quorumRule), scope);
    if (error !== undefined || typeof value !== 'boolean')
      problem = 'the quorum rule could not be evaluated';
    else computed = value;
  } catch {
    problem = 'the quorum rule could not be read';
  }
  const missing = scope.statutoryAgencies.filter((a) => !scope.presentAgencies.includes(a));
  const deputiesOnly = scope.statutoryAgencies.filter((a) => scope.deputyAgencies.includes(a));
  const unauthorised = unauthorisedOnly(scope);
  const unauthorisedWords =
    unauthorised.length === 0
      ? ''
      : `${agencyNames(board, unauthorised)} represented only by ${unauthorised.length === 1 ? 'an unauthorised deputy' : 'unauthorised deputies'}`;
  let explanation: string;
  if (problem !== undefined) explanation = `not quorate: ${problem}`;
  else if (computed) {
    /** A board's own rule may be met with a statutory partner absent: say so, never claim it came. */
    const represented = scope.statutoryAgencies.filter((a) => scope.presentAgencies.includes(a));
    explanation =
      scope.statutoryAgencies.length === 0
        ? 'quorate: the board’s rule is met'
        : missing.length === 0
          ? `quorate: ${agencyNames(board, scope.statutoryAgencies)} represented`
          : `quorate under the board’s rule: ${represented.length === 0 ? 'no statutory partner' : agencyNames(board, represented)} represented, ${agencyNames(board, missing)} not`;
    explanation += `${deputiesOnly.length > 0 ? ` (${agencyNames(board, deputiesOnly)} by deputy)` : ''}${unauthorisedWords === '' ? '' : `; ${unauthorisedWords}`}`;
  } else if (missing.length > 0)
    explanation = `not quorate: ${agencyNames(board, missing)} not represented${unauthorisedWords === '' ? '' : `; ${unauthorisedWords}`}`;
  else if (unauthorised.length > 0) explanation = `not quorate: ${unauthorisedWords}`;
  else if (deputiesOnly.length > 0)
    explanation = `not quorate under the board’s rule: ${agencyNames(board, deputiesOnly)} represented only by deputy`;
  else explanation = 'not quorate under the board’s rule';
  const ruling = attendance?.ruling;
  if (ruling !== undefined) {
    return {
      quorate: ruling.quorate,
      explanation: `${ruling.quorate ? 'quorate' : 'not quorate'} by the chair’s ruling: ${ruling.reason} (computed: ${explanation})`,
      computed: problem === undefined && computed,
      ruled: true,
    };
  }
  return {
    quorate: problem === undefined && computed,
    explanation,
    computed: problem === undefined && computed,
    ruled: false,
  };
};

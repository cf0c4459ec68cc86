import type { Agency, Board, Delegate, Member } from './board.js';
import { findAgency, findMemberByInitials } from './board.js';
import { delegatesOf } from './delegates.js';
import { DomainError } from './domain-error.js';
import type { MemberId } from './ids.js';

export const DELEGATE_USAGE =
  'Type "delegate <initials or name> for <agency>", e.g. "delegate LB for POLICE" or "delegate Jane Doe, Detective Superintendent for POLICE".';

const squash = (s: string): string => s.trim().replace(/\s+/g, ' ');

const memberNamed = (board: Board, who: string): Member | undefined => {
  const wanted = squash(who).toLowerCase();
  return (
    findMemberByInitials(board, wanted) ??
    board.members.find((m) => squash(m.name).toLowerCase() === wanted)
  );
};

/** "POLICE", "Police", "the police". */
export const requireAgency = (board: Board, codeOrName: string): Agency => {
  const agency =
    findAgency(board, codeOrName) ?? findAgency(board, codeOrName.replace(/^\s*the\s+/i, ''));
  if (agency === undefined)
    throw new DomainError(
      'INVALID_INPUT',
      `"${codeOrName}" is not an agency of ${board.name} (agencies: ${board.agencies.map((a) => a.code).join(', ')}).`,
    );
  return agency;
};

/**
 * The person `who` names: a member by initials or name, or someone from outside the board written
 * "Jane Doe, Detective Superintendent" or "Jane Doe (Detective Superintendent)".
 */
export const delegatePerson = (
  board: Board,
  who: string,
): { name: string; designation?: string; memberId?: MemberId; aadObjectId?: string } => {
  const member = memberNamed(board, who);
  if (member !== undefined)
    return {
      name: member.name,
      memberId: member.id,
      ...(member.designation !== undefined && { designation: member.designation }),
      ...(member.aadObjectId !== undefined && { aadObjectId: member.aadObjectId }),
    };
  const bracketed = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(who.trim());
  const comma = bracketed === null ? /^([^,]+),\s*(.+)$/.exec(who.trim()) : null;
  const match = bracketed ?? comma;
  const name = squash(match === null ? who : (match[1] ?? ''));
  const designation = match === null ? undefined : squash(match[2] ?? '');
  if (name === '' || name.length > 100 || !/\p{L}/u.test(name) || name.split(' ').length < 2)
    throw new DomainError(
      'INVALID_INPUT',
      `"${squash(who)}" is not a member's initials or name. For someone outside the board give their full name and role. ${DELEGATE_USAGE}`,
    );
  return { name, ...(designation !== undefined && designation !== '' && { designation }) };
};

const samePerson = (d: Delegate, p: { name: string; memberId?: MemberId }): boolean =>
  (p.memberId !== undefined && d.memberId === p.memberId) ||
  squash(d.name).toLowerCase() === squash(p.name).toLowerCase();

/**
 * Names a delegate of an agency. A member delegates only for their own agency (a typo naming the
 * wrong agency would otherwise authorise them silently). Naming someone already listed changes
 * nothing (`added: false`).
 */
export const addDelegate = (
  board: Board,
  input: { who: string; agency: string; at: string; by: string },
): { board: Board; delegate: Delegate; agency: Agency; added: boolean } => {
  const agency = requireAgency(board, input.agency);
  const person = delegatePerson(board, input.who);
  if (person.memberId !== undefined) {
    const member = board.members.find((m) => m.id === person.memberId);
    if (member?.agencyCode !== undefined && member.agencyCode !== agency.code)
      throw new DomainError(
        'INVALID_INPUT',
        `${member.name} (${member.initials}) sits for ${board.agencies.find((a) => a.code === member.agencyCode)?.name ?? member.agencyCode}, not ${agency.name}: a member can only be a delegate of their own agency.`,
      );
  }
  const existing = delegatesOf(board, agency.code).find((d) => samePerson(d, person));
  if (existing !== undefined) return { board, delegate: existing, agency, added: false };
  const delegate: Delegate = {
    agencyCode: agency.code,
    ...person,
    addedAt: input.at,
    addedBy: input.by,
  };
  return {
    board: { ...board, delegates: [...(board.delegates ?? []), delegate] },
    delegate,
    agency,
    added: true,
  };
};

/** Takes someone off an agency's delegates; someone not listed is refused with those who are. */
export const removeDelegate = (
  board: Board,
  input: { who: string; agency: string },
): { board: Board; delegate: Delegate; agency: Agency } => {
  const agency = requireAgency(board, input.agency);
  const listed = delegatesOf(board, agency.code);
  const member = memberNamed(board, input.who);
  const wanted = { name: member?.name ?? input.who, ...(member && { memberId: member.id }) };
  const delegate = listed.find((d) => samePerson(d, wanted));
  if (delegate === undefined)
    throw new DomainError(
      'INVALID_INPUT',
      listed.length === 0
        ? `${agency.name} has no delegates named.`
        : `"${squash(input.who)}" is not a delegate of ${agency.name} (delegates: ${listed.map((d) => d.name).join(', ')}).`,
    );
  return {
    board: { ...board, delegates: (board.delegates ?? []).filter((d) => d !== delegate) },
    delegate,
    agency,
  };
};

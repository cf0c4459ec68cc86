import type { Board, Member, Role } from './board.js';
import { findMemberByInitials, MANAGING_ROLES, normaliseAgencyCode } from './board.js';
import type { CalendarDate } from './zoned-time.js';
import { addDays } from './zoned-time.js';

/** A change to one member: the board it leaves and the member as changed, or why not. */
export type MemberChange =
  { ok: true; board: Board; member: Member; changed: boolean } | { ok: false; message: string };

const refused = (message: string): MemberChange => ({ ok: false, message });

const noSuchMember = (initials: string): MemberChange =>
  refused(
    `No member has the initials ${initials.toUpperCase()}. Type "members" to see everyone’s initials.`,
  );

const replaceMember = (board: Board, member: Member): Board => ({
  ...board,
  members: board.members.map((m) => (m.id === member.id ? member : m)),
});

const stillRun = (board: Board): boolean =>
  board.members.some((m) => MANAGING_ROLES.includes(m.role) && m.memberUntil === undefined);

const NOBODY_TO_RUN =
  'The board would have no chair, vice-chair or coordinator left: give someone that role first ("member edit <initials> role coordinator").';

/**
 * Records that a member left on `date`: from that date every meeting is N/A for them (register,
 * history, yearly report), and earlier ones keep their codes. Leaving again on the same date changes
 * nothing; another date corrects it.
 */
export const leaveMember = (board: Board, initials: string, date: CalendarDate): MemberChange => {
  const member = findMemberByInitials(board, initials);
  if (member === undefined) return noSuchMember(initials);
  const until = addDays(date, -1);
  if (member.memberFrom !== undefined && member.memberFrom > until)
    return refused(
      `${member.name} (${member.initials}) became a member on ${member.memberFrom}: they cannot leave before that.`,
    );
  if (member.memberUntil === until) return { ok: true, board, member, changed: false };
  const next: Member = { ...member, memberUntil: until };
  const after = replaceMember(board, next);
  if (MANAGING_ROLES.includes(member.role) && !stillRun(after)) return refused(NOBODY_TO_RUN);
  return { ok: true, board: after, member: next, changed: true };
};

/** Takes a member who left back on the board: meetings after they left count for them again. */
export const rejoinMember = (board: Board, initials: string): MemberChange => {
  const member = findMemberByInitials(board, initials);
  if (member === undefined) return noSuchMember(initials);
  if (member.memberUntil === undefined) return { ok: true, board, member, changed: false };
  const { memberUntil: _left, ...rest } = member;
  const next: Member = rest;
  return { ok: true, board: replaceMember(board, next), member: next, changed: true };
};

export type MemberEdit = {
  name?: string;
  designation?: string;
  agencyCode?: string;
  role?: Role;
  /** Officer ("in attendance", never coded) or member (holds a code); see domain/officers.ts. */
  sitsAs?: 'member' | 'officer';
};

/**
 * Corrects a member's name, designation, agency or role, or whether they sit as an officer; their
 * initials and history stay.
 */
export const editMember = (board: Board, initials: string, edit: MemberEdit): MemberChange => {
  const member = findMemberByInitials(board, initials);
  if (member === undefined) return noSuchMember(initials);
  const name = edit.name?.replace(/\s+/g, ' ').trim();
  if (name !== undefined && (name === '' || name.length > 120))
    return refused('A name needs 1 to 120 characters.');
  const designation = edit.designation?.replace(/\s+/g, ' ').trim();
  if (designation !== undefined && designation.length > 200)
    return refused('A designation needs 200 characters at most.');
  const agencyCode =
    edit.agencyCode === undefined ? undefined : normaliseAgencyCode(edit.agencyCode);
  if (agencyCode !== undefined && !board.agencies.some((a) => a.code === agencyCode))
    return refused(
      `There is no agency ${agencyCode} on this board. Add it first with "agency add ${agencyCode} <name>", or use one of: ${board.agencies.map((a) => a.code).join(', ') || 'none yet'}.`,
    );
  const next: Member = {
    ...member,
    ...(name !== undefined && { name }),
    ...(designation !== undefined && { designation }),
    ...(agencyCode !== undefined && { agencyCode }),
    ...(edit.role !== undefined && { role: edit.role }),
    ...(edit.sitsAs !== undefined && { sitsAs: edit.sitsAs }),
  };
  if (designation === '') delete next.designation;
  const changed = JSON.stringify(next) !== JSON.stringify(member);
  if (!changed) return { ok: true, board, member, changed: false };
  const after = replaceMember(board, next);
  if (!stillRun(after)) return refused(NOBODY_TO_RUN);
  return { ok: true, board: after, member: next, changed: true };
};

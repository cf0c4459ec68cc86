import type { Board, Member } from './board.js';
import type { MemberId } from './ids.js';
import { memberId } from './ids.js';
import { uniqueInitials } from './initials.js';
import type { MemberRow, RowProblem } from './member-table.js';

/** A person in a Teams conversation; `id` is the Teams user id (MRI) that mentions carry. */
/** `guest`: Teams lists them as a guest (B2B) of the tenant (`userRole: 'guest'`). */
export type RosterPerson = {
  aadObjectId: string;
  name: string;
  email?: string;
  id?: string;
  guest?: boolean;
};

/** A guest's account kind, kept on the member (see MemberReach). */
const guestReach = (member: Member, person: RosterPerson): Partial<Member> =>
  person.guest === true && member.reach?.account === undefined
    ? { reach: { ...member.reach, account: 'guest' } }
    : {};

const sameName = (a: string, b: string): boolean =>
  a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Adds the people of a Teams roster who are not yet members, and links members imported by name
 * to their Entra id. Nobody is removed: a roster is who is in the chat, not who is on the board.
 */
export const mergeRoster = (
  board: Board,
  roster: readonly RosterPerson[],
  newId: () => string,
): { board: Board; added: Member[]; linked: Member[] } => {
  const members = [...board.members];
  const added: Member[] = [];
  const linked: Member[] = [];
  const taken = new Set(members.map((m) => m.initials));
  for (const person of roster) {
    const aad = person.aadObjectId.toLowerCase();
    if (members.some((m) => m.aadObjectId?.toLowerCase() === aad)) continue;
    const byName = members.findIndex(
      (m) => m.aadObjectId === undefined && sameName(m.name, person.name),
    );
    const existing = byName >= 0 ? members[byName] : undefined;
    if (existing !== undefined) {
      const updated: Member = {
        ...existing,
        aadObjectId: person.aadObjectId,
        ...(person.email !== undefined && existing.email === undefined && { email: person.email }),
        ...guestReach(existing, person),
      };
      members[byName] = updated;
      linked.push(updated);
      continue;
    }
    const initials = uniqueInitials(person.name, taken);
    taken.add(initials);
    const member: Member = {
      id: memberId(newId()),
      name: person.name,
      initials,
      role: 'member',
      aadObjectId: person.aadObjectId,
      ...(person.email !== undefined && { email: person.email }),
      deputies: [],
      ...(person.guest === true && { reach: { account: 'guest' as const } }),
    };
    members.push(member);
    added.push(member);
  }
  return { board: { ...board, members }, added, linked };
};

export type MemberImportResult =
  | { ok: true; board: Board; added: Member[]; updated: Member[] }
  | { ok: false; problems: RowProblem[] };

/**
 * Applies parsed table rows: a row whose name matches a member updates that member, any other row
 * adds one. All rows are checked before anything changes, so a bad table changes nothing.
 */
export const applyMemberImport = (
  board: Board,
  rows: readonly MemberRow[],
  newId: () => string,
): MemberImportResult => {
  const members = [...board.members];
  const problems: RowProblem[] = [];
  const added: Member[] = [];
  const updated: Member[] = [];
  const touched = new Set<MemberId>();
  for (const row of rows) {
    const index = members.findIndex((m) => sameName(m.name, row.name));
    const current = index >= 0 ? members[index] : undefined;
    const holder =
      row.initials === undefined
        ? undefined
        : members.find((m) => m.initials === row.initials && m.id !== current?.id);
    if (holder !== undefined && !touched.has(holder.id)) {
      problems.push({
        line: row.line,
        message: `initials ${row.initials} already belong to ${holder.name}; choose others`,
      });
      continue;
    }
    const taken = new Set(members.filter((m) => m.id !== current?.id).map((m) => m.initials));
    const initials = row.initials ?? current?.initials ?? uniqueInitials(row.name, taken);
    const fields = {
      name: row.name,
      initials,
      ...(row.designation !== undefined && { designation: row.designation }),
      ...(row.agencyCode !== undefined && { agencyCode: row.agencyCode }),
    };
    if (current !== undefined) {
      const next: Member = { ...current, ...fields, role: row.role ?? current.role };
      members[index] = next;
      touched.add(next.id);
      updated.push(next);
    } else {
      const next: Member = {
        id: memberId(newId()),
        ...fields,
        role: row.role ?? 'member',
        deputies: [],
      };
      members.push(next);
      touched.add(next.id);
      added.push(next);
    }
  }
  const initialsCount = new Map<string, number>();
  for (const m of members) initialsCount.set(m.initials, (initialsCount.get(m.initials) ?? 0) + 1);
  for (const row of rows) {
    const member = members.find((m) => sameName(m.name, row.name));
    if (member !== undefined && (initialsCount.get(member.initials) ?? 0) > 1) {
      problems.push({ line: row.line, message: `initials ${member.initials} would be used twice` });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, board: { ...board, members }, added, updated };
};

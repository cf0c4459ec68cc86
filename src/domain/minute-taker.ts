import type { Member } from './board.js';

/**
 * Whether `minuteTaker` (as `minute-taker <name>` recorded it) names this member, by full name or
 * initials: the meeting's minute-taker is "in attendance" as an officer, never coded.
 */
export const isMinuteTaker = (
  minuteTaker: string | undefined,
  member: Pick<Member, 'name' | 'initials'>,
): boolean => {
  if (minuteTaker === undefined) return false;
  const wanted = minuteTaker.replace(/\s+/g, ' ').trim().toLowerCase();
  return wanted === member.name.toLowerCase() || wanted === member.initials.toLowerCase();
};

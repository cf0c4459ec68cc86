import type { Member, Role } from './board.js';

/**
 * Officers serve the board (coordinators, advisers, the business unit, the minute-taker): minutes
 * list them "in attendance", never with an attendance code, and they are never DNA. Members hold
 * an attendance code. The role decides unless `member edit` set `sitsAs`.
 */
export const OFFICER_ROLES: readonly Role[] = ['coordinator', 'adviser'];

export const isOfficer = (member: Pick<Member, 'role' | 'sitsAs'>): boolean =>
  member.sitsAs === undefined ? OFFICER_ROLES.includes(member.role) : member.sitsAs === 'officer';

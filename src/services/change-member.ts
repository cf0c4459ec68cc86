import type { Board, Member } from '../domain/board.js';
import { DomainError } from '../domain/domain-error.js';
import type { MemberChange, MemberEdit } from '../domain/member-changes.js';
import { editMember, leaveMember, rejoinMember } from '../domain/member-changes.js';
import type { CalendarDate } from '../domain/zoned-time.js';
import type { Actor, Deps } from './ports.js';
import { recordChange } from './record-change.js';
import { requireManager } from './require-manager.js';

export type MemberUpdate =
  | { kind: 'leave'; initials: string; on: CalendarDate }
  | { kind: 'rejoin'; initials: string }
  | { kind: 'edit'; initials: string; edit: MemberEdit };

const apply = (board: Board, update: MemberUpdate): MemberChange => {
  switch (update.kind) {
    case 'leave':
      return leaveMember(board, update.initials, update.on);
    case 'rejoin':
      return rejoinMember(board, update.initials);
    case 'edit':
      return editMember(board, update.initials, update.edit);
  }
};

const said = (update: MemberUpdate, member: Member): string => {
  switch (update.kind) {
    case 'leave':
      return `${member.initials} recorded as leaving on ${update.on}`;
    case 'rejoin':
      return `${member.initials} rejoined`;
    case 'edit':
      return `${member.initials}’s details edited`;
  }
};

/**
 * Records a member leaving or rejoining, or corrects their details (chair, vice-chair and
 * coordinators). Checked again on the board as stored at write time; a change already made changes
 * nothing and is not audited again.
 */
export const changeMember = async (
  deps: Deps,
  input: { board: Board; actor: Actor; update: MemberUpdate },
): Promise<{ board: Board; member: Member; changed: boolean }> => {
  const verb = `member.${input.update.kind}`;
  await requireManager(deps, input.board, input.actor, verb, 'change the board’s members');
  const first = apply(input.board, input.update);
  if (!first.ok) throw new DomainError('INVALID_INPUT', first.message);
  if (!first.changed) return { board: input.board, member: first.member, changed: false };
  let before = input.board;
  let outcome: MemberChange = first;
  const board = await deps.boards.update(input.board.tenantId, input.board.id, (current) => {
    before = current;
    outcome = apply(current, input.update);
    if (!outcome.ok || !outcome.changed) return current;
    return { ...outcome.board, updatedAt: deps.clock.now().toISOString() };
  });
  const done = outcome as MemberChange;
  if (!done.ok) throw new DomainError('INVALID_INPUT', done.message);
  if (!done.changed) return { board, member: done.member, changed: false };
  await recordChange(deps, board, input.actor, {
    verb,
    subject: board.id,
    said: said(input.update, done.member),
    change: { kind: 'board', before, after: board },
  });
  return { board, member: done.member, changed: true };
};

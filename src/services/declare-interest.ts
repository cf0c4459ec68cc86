import type { Board, Member } from '../domain/board.js';
import { findMemberByAad, findMemberByInitials } from '../domain/board.js';
import { DomainError } from '../domain/domain-error.js';
import { findItem } from '../domain/find-item.js';
import type { Interest } from '../domain/interest.js';
import { declareInterest, interestsOf } from '../domain/interest.js';
import type { AgendaItem, Meeting } from '../domain/meeting.js';
import { requireMeeting } from './find-active-meeting.js';
import type { FoundMeetings } from './found-meetings.js';
import type { Actor, Deps } from './ports.js';
import { recordChange } from './record-change.js';
import { requireManager } from './require-manager.js';

export const INTEREST_USAGE =
  'Type "interest <initials or name> <item> <what the interest is>", e.g. "interest KC 3 Director of the provider under review".';

/** A member by initials ("KC") or full name ("Korkor Ceasar"), either case. */
export const findMemberNamed = (board: Board, who: string): Member | undefined => {
  const wanted = who.trim().replace(/\s+/g, ' ').toLowerCase();
  return (
    findMemberByInitials(board, wanted) ??
    board.members.find((m) => m.name.replace(/\s+/g, ' ').toLowerCase() === wanted)
  );
};

/** The member a declaration is about, or a refusal with the usage. */
export const requireMemberNamed = (board: Board, who: string): Member => {
  const member = findMemberNamed(board, who);
  if (member === undefined)
    throw new DomainError(
      'INVALID_INPUT',
      `"${who}" is not the initials or name of a member of ${board.name}. ${INTEREST_USAGE}`,
    );
  return member;
};

/** A declaration is a sentence or two: at most 1,000 characters. */
export const requireDeclarationLength = (text: string): void => {
  if (text.length > 1000)
    throw new DomainError(
      'INVALID_INPUT',
      'That declaration is too long (1,000 characters at most): say what the interest is in a sentence or two.',
    );
};

export type DeclaredInterest = { meeting: Meeting; interest: Interest; item: AgendaItem };

/**
 * `interest <who> <item> <text>`: a member declares their own interest; the chair, vice-chairs and
 * coordinators record anyone's. Audited as a change of the meeting so `undo` takes it back; a
 * repeat of the same message (`key`) records nothing twice.
 */
export const recordInterest = async (
  deps: Deps,
  input: {
    board: Board;
    actor: Actor;
    who: string;
    item: string;
    text: string;
    key?: string;
    found?: FoundMeetings;
  },
): Promise<DeclaredInterest> => {
  const { board, actor } = input;
  const member = requireMemberNamed(board, input.who);
  const text = input.text.trim();
  if (text === '')
    throw new DomainError('INVALID_INPUT', `Say what the interest is. ${INTEREST_USAGE}`);
  requireDeclarationLength(text);
  const own = findMemberByAad(board, actor.aadObjectId)?.id === member.id;
  if (!own)
    await requireManager(
      deps,
      board,
      actor,
      'interest.declare',
      `record another member's declaration of interest (you can declare your own)`,
    );
  const meeting = await requireMeeting(deps, board, undefined, input.found);
  const item = findItem(meeting, input.item);
  if (item === undefined)
    throw new DomainError(
      'INVALID_INPUT',
      `There is no item "${input.item}" on the agenda of ${meeting.title} (items: ${meeting.agenda.map((i) => i.number).join(', ')}). ${INTEREST_USAGE}`,
    );
  const repeated = (m: Meeting): Interest | undefined =>
    input.key === undefined ? undefined : interestsOf(m).find((i) => i.key === input.key);
  const already = repeated(meeting);
  if (already !== undefined) return { meeting, interest: already, item };
  const id = deps.ids.next();
  let before = meeting;
  const saved = await deps.meetings.update(board.id, meeting, (m) => {
    before = m;
    return declareInterest(m, {
      id,
      member,
      item,
      text,
      at: deps.clock.now().toISOString(),
      by: actor.name,
      ...(input.key !== undefined && { key: input.key }),
    });
  });
  const interest = repeated(saved) ?? interestsOf(saved).find((i) => i.id === id);
  if (interest === undefined) throw new Error('The declaration of interest was not saved.');
  if (before !== saved)
    await recordChange(deps, board, actor, {
      verb: 'interest.declare',
      subject: `${saved.id}/${interest.id}`,
      said: `interest declared by ${member.initials} at item ${item.number}`,
      change: { kind: 'meeting', before, after: saved },
      ...(input.key !== undefined && { key: input.key }),
    });
  return { meeting: saved, interest, item };
};

/** `interest item on|off`: whether new meetings get a standing "Declarations of interest" item. */
export const setInterestsItem = async (
  deps: Deps,
  input: { board: Board; actor: Actor; on: boolean },
): Promise<Board> => {
  await requireManager(
    deps,
    input.board,
    input.actor,
    'interest.item',
    'change the standing items of new meetings',
  );
  const before = input.board;
  const board = await deps.boards.update(before.tenantId, before.id, (b) => ({
    ...b,
    rules: { ...b.rules, interestsItem: input.on },
    updatedAt: deps.clock.now().toISOString(),
  }));
  await recordChange(deps, board, input.actor, {
    verb: 'interest.item',
    subject: board.id,
    said: `standing item "Declarations of interest" turned ${input.on ? 'on' : 'off'}`,
    change: { kind: 'board', before, after: board },
  });
  return board;
};

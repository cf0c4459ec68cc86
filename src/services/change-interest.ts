import type { Board } from '../domain/board.js';
import { findMemberByAad } from '../domain/board.js';
import { DomainError } from '../domain/domain-error.js';
import { findItem } from '../domain/find-item.js';
import type { Interest } from '../domain/interest.js';
import { changeInterest, interestsAt } from '../domain/interest.js';
import type { AgendaItem, Meeting } from '../domain/meeting.js';
import { requireDeclarationLength, requireMemberNamed } from './declare-interest.js';
import { requireMeeting } from './find-active-meeting.js';
import type { FoundMeetings } from './found-meetings.js';
import type { Actor, Deps } from './ports.js';
import { recordChange } from './record-change.js';
import { requireManager } from './require-manager.js';

export type ChangedInterest = { meeting: Meeting; interest: Interest; item: AgendaItem };

/**
 * `interest remove KC 3` / `interest edit KC 3 <new wording>`: the member's latest declaration at
 * the item is taken off or reworded — by the member, or by the chair or a coordinator. Audited as a
 * change of the meeting, so `undo` puts it back; saying it again changes nothing more.
 */
export const changeDeclaredInterest = async (
  deps: Deps,
  input: {
    board: Board;
    actor: Actor;
    who: string;
    item: string;
    text?: string;
    found?: FoundMeetings;
  },
): Promise<ChangedInterest & { changed: boolean }> => {
  const { board, actor } = input;
  const member = requireMemberNamed(board, input.who);
  const text = input.text?.trim();
  if (text !== undefined) requireDeclarationLength(text);
  const verb = text === undefined ? 'interest.remove' : 'interest.edit';
  if (findMemberByAad(board, actor.aadObjectId)?.id !== member.id)
    await requireManager(
      deps,
      board,
      actor,
      verb,
      `change another member's declaration of interest`,
    );
  const meeting = await requireMeeting(deps, board, undefined, input.found);
  const item = findItem(meeting, input.item);
  if (item === undefined)
    throw new DomainError(
      'INVALID_INPUT',
      `There is no item "${input.item}" on the agenda of ${meeting.title} (items: ${meeting.agenda.map((i) => i.number).join(', ')}).`,
    );
  const interest = interestsAt(meeting, item.id)
    .filter((i) => i.memberId === member.id)
    .at(-1);
  if (interest === undefined) {
    if (text === undefined)
      throw new DomainError(
        'NOT_FOUND',
        `${member.initials} (${member.name}) has no declaration of interest at item ${item.number} of ${meeting.title}: nothing to remove.`,
      );
    throw new DomainError(
      'NOT_FOUND',
      `${member.initials} (${member.name}) has no declaration of interest at item ${item.number} of ${meeting.title}. To declare one: "interest ${member.initials} ${item.number} <what the interest is>".`,
    );
  }
  if (text !== undefined && text === interest.text)
    return { meeting, interest, item, changed: false };
  let before = meeting;
  const at = deps.clock.now().toISOString();
  const saved = await deps.meetings.update(board.id, meeting, (m) => {
    before = m;
    return interestsAt(m, item.id).some((i) => i.id === interest.id)
      ? changeInterest(m, interest.id, { ...(text !== undefined && { text }), at })
      : m;
  });
  if (before !== saved)
    await recordChange(deps, board, actor, {
      verb,
      subject: `${saved.id}/${interest.id}`,
      said: `interest of ${member.initials} at item ${item.number} ${text === undefined ? 'removed' : 'reworded'}`,
      change: { kind: 'meeting', before, after: saved },
    });
  return { meeting: saved, interest, item, changed: before !== saved };
};

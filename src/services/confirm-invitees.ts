import type { Board } from '../domain/board.js';
import type { RosterPerson } from '../domain/board-members.js';
import { mergeRoster } from '../domain/board-members.js';
import type { Meeting } from '../domain/meeting.js';
import type { FoundMeetings } from './found-meetings.js';
import type { Actor, Deps } from './ports.js';
import { recordChange } from './record-change.js';
import { recordGuest } from './record-guest.js';
import { requireManager } from './require-manager.js';

export type InviteeDecision = 'member' | 'guest' | 'neither';

export type ConfirmInviteesResult = {
  board: Board;
  members: RosterPerson[];
  guests: RosterPerson[];
  /** Guests chosen while the board has no meeting in progress or planned: nothing to record them at. */
  guestsWithoutMeeting: RosterPerson[];
  meeting?: Meeting;
};

/** Invitees of a meeting chat who are not members yet (and not the person setting it up). */
export const inviteesToPropose = (
  board: Board,
  roster: readonly RosterPerson[],
  actorAad: string,
): RosterPerson[] =>
  roster.filter(
    (p) =>
      p.aadObjectId.toLowerCase() !== actorAad.toLowerCase() &&
      !board.members.some((m) => m.aadObjectId?.toLowerCase() === p.aadObjectId.toLowerCase()),
  );

/**
 * Applies the coordinator's choice for each invitee of a meeting chat: members join the board,
 * guests are recorded "also in attendance" at the board's current meeting. Only people still in the
 * chat's roster are taken (the card's data names them, and card data is never trusted). A second
 * click changes nothing: members are added once, a guest recorded once.
 */
export const confirmInvitees = async (
  deps: Deps,
  input: {
    board: Board;
    actor: Actor;
    roster: readonly RosterPerson[];
    decisions: ReadonlyMap<string, InviteeDecision>;
    found: FoundMeetings;
  },
): Promise<ConfirmInviteesResult> => {
  await requireManager(deps, input.board, input.actor, 'board.invitees', 'add people to the board');
  const decided = (choice: InviteeDecision): RosterPerson[] =>
    input.roster.filter((p) => input.decisions.get(p.aadObjectId.toLowerCase()) === choice);
  const members = decided('member');
  let board = input.board;
  if (members.length > 0) {
    let before = input.board;
    let added = 0;
    board = await deps.boards.update(input.board.tenantId, input.board.id, (current) => {
      before = current;
      const merged = mergeRoster(current, members, () => deps.ids.next());
      added = merged.added.length + merged.linked.length;
      return added === 0 ? current : { ...merged.board, updatedAt: deps.clock.now().toISOString() };
    });
    if (added > 0)
      await recordChange(deps, board, input.actor, {
        verb: 'board.invitees',
        subject: board.id,
        said: `${added} invitee${added === 1 ? '' : 's'} added as members`,
        change: { kind: 'board', before, after: board },
      });
  }
  const guests = decided('guest').filter(
    (p) => !board.members.some((m) => m.aadObjectId?.toLowerCase() === p.aadObjectId.toLowerCase()),
  );
  let meeting = guests.length === 0 ? undefined : await input.found.activeMeeting();
  if (meeting === undefined) return { board, members, guests: [], guestsWithoutMeeting: guests };
  for (const guest of guests) {
    const recorded = meeting.attendance?.guests.some(
      (g) => g.aadObjectId?.toLowerCase() === guest.aadObjectId.toLowerCase(),
    );
    if (recorded === true) continue;
    meeting = await recordGuest(deps, {
      board,
      actor: input.actor,
      meetingId: meeting.id,
      person: guest.name,
      aadObjectId: guest.aadObjectId,
    });
  }
  return { board, members, guests, guestsWithoutMeeting: [], meeting };
};

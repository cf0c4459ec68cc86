import type { ConversationKind } from '../domain/board.js';
import type { RosterPerson } from '../domain/board-members.js';
import type { TenantId } from '../domain/ids.js';
import type { Actor } from '../services/ports.js';
import type { FoundMeetings } from '../services/found-meetings.js';
import type { BoardResolution } from '../services/resolve-board.js';
import type { MeetingDetails } from './meeting-details.js';

/** Who sent a turn and from where: read once from the activity, never from card data. */
export type TurnIdentity = {
  tenantId: TenantId;
  conversationId: string;
  kind: ConversationKind;
  teamId?: string;
  meetingId?: string;
  serviceUrl: string;
  actor: Actor;
};

/**
 * One turn as the replies see it, with no Teams SDK type: who and where (the identity), the board
 * it is about and that board's meeting in progress or next (each read at most once per turn, on
 * first use), and the Teams-side readers the turn builder (teams/build-turn.ts) binds to the
 * activity. `meeting()` and `activeMeeting()` are of the board `board()` resolves (undefined
 * without one), as the turn began: a reply that changed the meeting uses the meeting it got back.
 */
export type Turn = TurnIdentity &
  FoundMeetings & {
    /** The board of this conversation, or of the sender when unambiguous; read once per turn. */
    board(): Promise<BoardResolution>;
    /** The people of this conversation; throws when Teams will not tell. */
    roster(): Promise<RosterPerson[]>;
    /** What Teams says of the meeting whose chat this is (undefined where it will not say). */
    meetingDetails?(): Promise<MeetingDetails | undefined>;
  };

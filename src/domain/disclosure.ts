import type { Action } from './action.js';
import type { Attendance } from './attendance.js';
import type { Board } from './board.js';
import type { AgendaItem, Meeting } from './meeting.js';

/**
 * Who will be able to read an output. A board's channel or group chat (meeting chat included) can
 * hold people who are not entitled to restricted items (guests, staff, later joiners), so it is
 * never a restricted audience; nor is a compose-box insert, which can land in any chat.
 */
export type Audience =
  /** A board member reading privately: their personal chat, the restricted minutes, CSV. */
  | { kind: 'member' }
  /** The board's channel, group chat or meeting chat. */
  | { kind: 'board-chat' }
  /** A guest or other non-member reading privately: only the items they were invited for. */
  | { kind: 'guest'; itemIds: readonly string[]; actionIds?: readonly string[] }
  /** A card inserted from the compose box (message extension): any chat at all. */
  | { kind: 'insert' }
  /** The public version of the minutes (and its CSV). */
  | { kind: 'public' };

/** The board's rule that may open confidential items to its own chat. */
export type DisclosurePolicy = { boardChatMayShowConfidential: boolean };

export type ContentKind = 'item' | 'note' | 'decision' | 'action' | 'paper' | 'attendance-for-item';

export type Content = {
  kind: ContentKind;
  confidential: boolean;
  /** The agenda item it belongs to (a guest sees the items they were invited for). */
  itemId?: string;
  /** An action's id (its owner, even a non-member, may read it). */
  actionId?: string;
};

/**
 * `show` as it is; `redact`: its place is kept ("Confidential item", the action's number and
 * owners) but not its words; `omit`: left out altogether (the item's place already says it exists).
 */
export type Disclosure = 'show' | 'redact' | 'omit';

export const CONFIDENTIAL_TITLE = 'Confidential item';
export const REDACTED_TEXT = 'Confidential item — see the restricted minutes';
export const NOT_FOR_PUBLICATION = 'Confidential item — not for publication';

const entitled = (content: Content, audience: Audience, policy: DisclosurePolicy): boolean => {
  switch (audience.kind) {
    case 'member':
      return true;
    case 'board-chat':
      return policy.boardChatMayShowConfidential;
    case 'guest':
      return (
        (content.itemId !== undefined && audience.itemIds.includes(content.itemId)) ||
        (content.actionId !== undefined && (audience.actionIds ?? []).includes(content.actionId))
      );
    case 'insert':
    case 'public':
      return false;
  }
};

/**
 * The one rule: whether a piece of content may be shown to an audience. Content that is not
 * confidential is shown to everyone. Confidential content is shown only to the restricted
 * audience (members privately; a guest for the items they were invited for; an action's owner for
 * that action; the board's chat only where the board's policy says so). Elsewhere an item and an
 * action keep their place, redacted; what was said under a confidential item is left out.
 */
export const disclosureOf = (
  content: Content,
  audience: Audience,
  policy: DisclosurePolicy,
): Disclosure => {
  if (!content.confidential || entitled(content, audience, policy)) return 'show';
  switch (content.kind) {
    case 'item':
    case 'action':
      return 'redact';
    case 'note':
    case 'decision':
    case 'paper':
    case 'attendance-for-item':
      return 'omit';
  }
};

export const isRestrictedAudience = (audience: Audience): boolean => audience.kind === 'member';

const redactedWords = (audience: Audience): string =>
  audience.kind === 'public' ? NOT_FOR_PUBLICATION : REDACTED_TEXT;

/** An action raised under a confidential item is confidential unless the chair said otherwise. */
export const isConfidentialAction = (
  action: Pick<Action, 'confidential' | 'itemId'>,
  confidentialItemIds: ReadonlySet<string> = new Set(),
): boolean =>
  action.confidential ?? (action.itemId !== undefined && confidentialItemIds.has(action.itemId));

export const confidentialItemIdsOf = (meetings: readonly Meeting[]): Set<string> =>
  new Set(meetings.flatMap((m) => m.agenda.filter((i) => i.confidential).map((i) => i.id)));

const discloseItem = (
  item: AgendaItem,
  audience: Audience,
  policy: DisclosurePolicy,
): AgendaItem => {
  const about = { confidential: item.confidential, itemId: item.id };
  if (disclosureOf({ ...about, kind: 'item' }, audience, policy) === 'show') return item;
  const keep = (kind: ContentKind): boolean =>
    disclosureOf({ ...about, kind }, audience, policy) === 'show';
  const anything = item.notes.length + item.decisions.length > 0;
  return {
    ...item,
    title: CONFIDENTIAL_TITLE,
    papers: keep('paper') ? item.papers : [],
    notes: keep('note')
      ? item.notes
      : anything
        ? [
            {
              id: `${item.id}:redacted`,
              text: redactedWords(audience),
              at: item.notes[0]?.at ?? item.decisions[0]?.at ?? '',
              by: '',
              subjectToRatification: false,
            },
          ]
        : [],
    decisions: keep('decision') ? item.decisions : [],
  };
};

/** Guests record the item they came for by its number. */
const discloseAttendance = (
  attendance: Attendance,
  hiddenNumbers: ReadonlySet<string>,
): Attendance => ({
  ...attendance,
  guests: attendance.guests.map((g) => {
    if (g.forItem === undefined || !hiddenNumbers.has(g.forItem)) return g;
    const { forItem: _forItem, ...rest } = g;
    return rest;
  }),
});

/**
 * A meeting as an audience may see it: confidential items keep their number and place, titled
 * "Confidential item", with their papers, notes, decisions and guests "for item" left out (one
 * line says something was recorded). Every card and export renders the result of this, never the
 * stored meeting, when it leaves the restricted audience.
 */
export const discloseMeeting = (
  meeting: Meeting,
  audience: Audience,
  policy: DisclosurePolicy,
): Meeting => {
  if (!meeting.agenda.some((i) => i.confidential)) return meeting;
  const agenda = meeting.agenda.map((item) => discloseItem(item, audience, policy));
  const hidden = new Set(
    meeting.agenda
      .filter(
        (i) =>
          disclosureOf(
            { kind: 'attendance-for-item', confidential: i.confidential, itemId: i.id },
            audience,
            policy,
          ) !== 'show',
      )
      .map((i) => i.number),
  );
  /** A declaration of interest at a confidential item is restricted like the item's notes. */
  const byId = new Map(meeting.agenda.map((i) => [i.id, i]));
  const interests = meeting.interests?.filter((interest) => {
    const item = byId.get(interest.itemId);
    return (
      item === undefined ||
      disclosureOf(
        { kind: 'note', confidential: item.confidential, itemId: item.id },
        audience,
        policy,
      ) === 'show'
    );
  });
  return {
    ...meeting,
    agenda,
    ...(meeting.attendance !== undefined && {
      attendance: discloseAttendance(meeting.attendance, hidden),
    }),
    ...(interests !== undefined && { interests }),
  };
};

/**
 * An action as an audience may see it: a confidential one keeps its number, reference, owners,
 * due date and status; its words and every update are replaced.
 */
export const discloseAction = (
  action: Action,
  audience: Audience,
  policy: DisclosurePolicy,
  confidentialItemIds: ReadonlySet<string> = new Set(),
): Action => {
  const content: Content = {
    kind: 'action',
    confidential: isConfidentialAction(action, confidentialItemIds),
    ...(action.itemId !== undefined && { itemId: action.itemId }),
    actionId: action.id,
  };
  if (disclosureOf(content, audience, policy) === 'show') return action;
  const { closedReason: _closedReason, ...rest } = action;
  return {
    ...rest,
    text: redactedWords(audience),
    history: action.history.map((e) => {
      const { text: _text, ...event } = e;
      return event;
    }),
  };
};

export const disclosePolicyOf = (rules: {
  summariesIncludeConfidential: boolean;
}): DisclosurePolicy => ({ boardChatMayShowConfidential: rules.summariesIncludeConfidential });

/**
 * The audience of a reply: anything said in a chat (channel, group chat, meeting chat) can be read
 * by everyone there; a personal chat by its one person — a member, or else a guest entitled to the
 * items they were invited for and the actions they own.
 */
export const audienceOf = (
  board: Board,
  viewer: { inPersonalChat: boolean; aadObjectId: string },
  guestOf: { itemIds?: readonly string[]; actionIds?: readonly string[] } = {},
): Audience => {
  if (!viewer.inPersonalChat) return { kind: 'board-chat' };
  if (board.members.some((m) => m.aadObjectId === viewer.aadObjectId)) return { kind: 'member' };
  return {
    kind: 'guest',
    itemIds: guestOf.itemIds ?? [],
    ...(guestOf.actionIds !== undefined && { actionIds: guestOf.actionIds }),
  };
};

/** The rule bound to one audience, board and set of meetings: what every renderer is handed. */
export type DisclosureView = {
  audience: Audience;
  meeting: (meeting: Meeting) => Meeting;
  action: (action: Action) => Action;
};

/**
 * One audience's view of a board's content. `meetings` are those whose confidential items older
 * actions (stored before the flag existed) may belong to.
 */
export const disclosureView = (
  audience: Audience,
  rules: { summariesIncludeConfidential: boolean },
  meetings: readonly Meeting[] = [],
): DisclosureView => {
  const policy = disclosePolicyOf(rules);
  const confidentialItems = confidentialItemIdsOf(meetings);
  return {
    audience,
    meeting: (meeting) => discloseMeeting(meeting, audience, policy),
    action: (action) => discloseAction(action, audience, policy, confidentialItems),
  };
};

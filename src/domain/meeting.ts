import type { Attendance } from './attendance.js';
import { DomainError } from './domain-error.js';
import type { BoardId, MeetingId, MemberId, TenantId } from './ids.js';
import type { CalendarDate, WallTime } from './zoned-time.js';
import { addDays, addMinutes, zonedToUtc } from './zoned-time.js';

export type MeetingStatus = 'planned' | 'in-progress' | 'closed';
export type MinutesStatus = 'draft' | 'approved';
export type ItemKind = 'standing' | 'decision' | 'discussion' | 'information';
export type StandingKind = 'welcome' | 'previous-minutes' | 'aob' | 'next-meeting';

export type Presenter = { name: string; initials?: string; memberId?: MemberId };

export type Paper = {
  id: string;
  title: string;
  link: string;
  submittedAt: string;
  submittedBy: string;
  /** Submitted after the paper deadline; left off the pack unless the chair accepts it. */
  late: boolean;
  decision?: 'accepted' | 'rejected';
};

/** A note or a decision recorded against an agenda item. */
export type Entry = {
  id: string;
  text: string;
  at: string;
  by: string;
  /** Recorded while the meeting was not quorate: needs ratification. */
  subjectToRatification: boolean;
};

export type AgendaItem = {
  id: string;
  /** "1", "2a", "2.1"; standing items carry a label ("Minutes", "AOB"). */
  number: string;
  title: string;
  presenters: Presenter[];
  minutes: number;
  kind: ItemKind;
  standing?: StandingKind;
  confidential: boolean;
  papers: Paper[];
  notes: Entry[];
  decisions: Entry[];
  /** Sub-items ("2a", "2.1") follow their parent and keep their suffix when it is renumbered. */
  parentId?: string;
  suffix?: string;
};

export type MinutesOutcome = {
  outcome: 'approved' | 'approved-with-amendments' | 'not-approved';
  text?: string;
  at: string;
  by: string;
};

export type Meeting = {
  id: MeetingId;
  boardId: BoardId;
  tenantId: TenantId;
  title: string;
  date: CalendarDate;
  start?: WallTime;
  end?: WallTime;
  timeZone: string;
  /** UTC instant of the start (midnight when no time is known); orders meetings. */
  startsAt: string;
  venue?: string;
  online?: { chatId?: string; meetingId?: string; joinUrl?: string };
  status: MeetingStatus;
  minutesStatus: MinutesStatus;
  agenda: AgendaItem[];
  currentItemId?: string;
  previousMeetingId?: MeetingId;
  /** The outcome, recorded in this meeting, for the previous meeting's minutes. */
  previousMinutes?: MinutesOutcome;
  nextMeeting?: { meetingId: MeetingId; date: CalendarDate; start?: WallTime; end?: WallTime };
  startedAt?: string;
  endedAt?: string;
  createdAt: string;
  updatedAt: string;
  /** Increases with every change: cards carry it to spot stale clicks. */
  revision: number;
  attendance?: Attendance;
  /** The last move or removal, so a repeated confirmation gets the same answer. */
  lastAgendaChange?: AgendaChangeRecord;
};

/** One item whose number a change of the agenda moves. */
export type ItemRenumbering = {
  itemId: string;
  title: string;
  confidential: boolean;
  from: string;
  to: string;
};

export type StructuralEdit = 'up' | 'down' | 'remove';

/**
 * A move or removal that would renumber items, put to the chair. `before` and `after` fingerprint
 * the agenda as shown and as it would be: the confirmation applies to that agenda only.
 */
export type RenumberProposal = {
  meetingId: string;
  op: StructuralEdit;
  item: { id: string; number: string; title: string; confidential: boolean };
  renumbered: ItemRenumbering[];
  before: string;
  after: string;
};

export type AgendaChangeRecord = {
  /** The agenda's shape after the change (see `agendaShape`). */
  after: string;
  op: StructuralEdit;
  item: { id: string; number: string; title: string; confidential: boolean };
  renumbered: ItemRenumbering[];
};

export const STANDING_LABELS: Record<StandingKind, string> = {
  welcome: 'Welcome',
  'previous-minutes': 'Minutes',
  aob: 'AOB',
  'next-meeting': 'Next meeting',
};

const STANDING_TITLES: Record<StandingKind, string> = {
  welcome: 'Welcome, introductions and apologies',
  'previous-minutes': 'Minutes of the previous meeting, action log and matters arising',
  aob: 'Any other business',
  'next-meeting': 'Date of next meeting',
};

const STANDING_MINUTES: Record<StandingKind, number> = {
  welcome: 5,
  'previous-minutes': 10,
  aob: 5,
  'next-meeting': 2,
};

const TRAILING: readonly StandingKind[] = ['aob', 'next-meeting'];

const standingItem = (kind: StandingKind, id: string): AgendaItem => ({
  id,
  number: STANDING_LABELS[kind],
  title: STANDING_TITLES[kind],
  presenters: [],
  minutes: STANDING_MINUTES[kind],
  kind: 'standing',
  standing: kind,
  confidential: false,
  papers: [],
  notes: [],
  decisions: [],
});

export const startsAtOf = (
  date: CalendarDate,
  start: WallTime | undefined,
  timeZone: string,
): string => zonedToUtc(date, start ?? '00:00', timeZone).toISOString();

export type NewMeeting = {
  id: MeetingId;
  boardId: BoardId;
  tenantId: TenantId;
  title: string;
  date: CalendarDate;
  start?: WallTime;
  end?: WallTime;
  timeZone: string;
  venue?: string;
  previousMeetingId?: MeetingId;
  now: Date;
  newId: () => string;
};

/** A planned meeting with the four standing items every board meeting has. */
export const newMeeting = (input: NewMeeting): Meeting => {
  const now = input.now.toISOString();
  return {
    id: input.id,
    boardId: input.boardId,
    tenantId: input.tenantId,
    title: input.title,
    date: input.date,
    ...(input.start !== undefined && { start: input.start }),
    ...(input.end !== undefined && { end: input.end }),
    timeZone: input.timeZone,
    startsAt: startsAtOf(input.date, input.start, input.timeZone),
    ...(input.venue !== undefined && { venue: input.venue }),
    status: 'planned',
    minutesStatus: 'draft',
    agenda: (['welcome', 'previous-minutes', 'aob', 'next-meeting'] as const).map((k) =>
      standingItem(k, input.newId()),
    ),
    ...(input.previousMeetingId !== undefined && { previousMeetingId: input.previousMeetingId }),
    createdAt: now,
    updatedAt: now,
    revision: 1,
  };
};

/**
 * The same meeting on another day or at another time: agenda, papers and attendance stay with it.
 * A new date without a time keeps the old times; a new start without an end drops the old end.
 */
export const movedMeeting = (
  meeting: Meeting,
  when: { date: CalendarDate; start?: WallTime; end?: WallTime },
  now: Date,
): Meeting => {
  const { start: oldStart, end: oldEnd, ...rest } = meeting;
  const start = when.start ?? oldStart;
  const end = when.end ?? (when.start === undefined ? oldEnd : undefined);
  return {
    ...rest,
    date: when.date,
    ...(start !== undefined && { start }),
    ...(end !== undefined && { end }),
    startsAt: startsAtOf(when.date, start, meeting.timeZone),
    updatedAt: now.toISOString(),
  };
};

const RECORDED = 'already has notes, decisions or actions recorded';
const OUT_OF_ORDER = 'To take an item out of order, say "item ‹number›".';

/**
 * Gives top-level items 1, 2, 3… in order and sub-items their parent's number plus suffix. Items in
 * `pinned` keep the number they have (their notes, decisions and action references cite it); the
 * others take the lowest number after the item before them. Refuses an order the pinned numbers
 * cannot follow rather than renumber a recorded item.
 */
export const numberAgenda = (
  items: readonly AgendaItem[],
  pinned: ReadonlyMap<string, string> = new Map(),
): AgendaItem[] => {
  const tops = items.filter((i) => i.standing === undefined && i.parentId === undefined);
  const numbers = new Map<string, string>();
  let last = 0;
  let lastPinned: AgendaItem | undefined;
  tops.forEach((item, index) => {
    const kept = pinned.get(item.id);
    if (kept !== undefined) {
      if (Number(kept) <= last) {
        const earlier = lastPinned?.number ?? '';
        throw new DomainError(
          'CONFLICT',
          `Items ${kept} and ${earlier} both have notes, decisions or actions recorded and keep their numbers, so item ${earlier} cannot go before item ${kept}. ${OUT_OF_ORDER}`,
        );
      }
      last = Number(kept);
      lastPinned = item;
      numbers.set(item.id, kept);
      return;
    }
    const next = tops.slice(index + 1).find((t) => pinned.has(t.id));
    const nextNumber = next === undefined ? undefined : pinned.get(next.id);
    if (nextNumber !== undefined && Number(nextNumber) <= last + 1) {
      throw new DomainError(
        'CONFLICT',
        `Item ${nextNumber} ${RECORDED} and keeps its number, so no number is left for ${item.number === '' ? 'a new item' : `item ${item.number}`} before it. ${OUT_OF_ORDER}`,
      );
    }
    last += 1;
    numbers.set(item.id, String(last));
  });
  return items.map((item) => {
    if (item.standing !== undefined) return item;
    if (item.parentId === undefined)
      return { ...item, number: numbers.get(item.id) ?? item.number };
    return { ...item, number: `${numbers.get(item.parentId) ?? '?'}${item.suffix ?? ''}` };
  });
};

/**
 * Items whose numbers are on the record: notes, decisions, actions captured under them
 * (`actionItemIds`: their references read "dd.mm.yy ref <item>.<n>"), and attendance noted
 * against them ("attending for item 3", "arrived at item 2").
 */
export const recordedItemIds = (
  meeting: Meeting,
  actionItemIds: Iterable<string> = [],
): Set<string> => {
  const recorded = new Set<string>(actionItemIds);
  const attendance = meeting.attendance;
  const cited = new Set<string>([
    ...(attendance?.guests ?? []).flatMap((g) => (g.forItem === undefined ? [] : [g.forItem])),
    ...(attendance?.records ?? []).flatMap((r) =>
      [r.late?.atItem, r.leftEarly?.atItem].filter((n): n is string => n !== undefined),
    ),
  ]);
  for (const item of meeting.agenda) {
    if (item.notes.length > 0 || item.decisions.length > 0 || cited.has(item.number))
      recorded.add(item.id);
  }
  return recorded;
};

/** Numbers that must not change: recorded items, and the parents of recorded sub-items. */
const pinnedNumbers = (meeting: Meeting, recorded: ReadonlySet<string>): Map<string, string> => {
  const pinned = new Map<string, string>();
  for (const item of meeting.agenda) {
    if (!recorded.has(item.id) || item.standing !== undefined) continue;
    const top =
      item.parentId === undefined ? item : meeting.agenda.find((i) => i.id === item.parentId);
    if (top !== undefined) pinned.set(top.id, top.number);
  }
  return pinned;
};

/** Which items, present before and after, change number. */
export const renumberingOf = (before: Meeting, after: Meeting): ItemRenumbering[] =>
  before.agenda.flatMap((old) => {
    const now = after.agenda.find((i) => i.id === old.id);
    return now === undefined || now.number === old.number
      ? []
      : [
          {
            itemId: old.id,
            title: old.title,
            confidential: old.confidential,
            from: old.number,
            to: now.number,
          },
        ];
  });

/**
 * Once a meeting has started, people hold its numbers (the printed agenda, "item 3", minutes in
 * progress): any renumbering is put to the chair first. A planned agenda is still a draft.
 */
export const renumberingNeedsConfirmation = (
  meeting: Meeting,
  renumbered: readonly ItemRenumbering[],
): boolean => meeting.status !== 'planned' && renumbered.length > 0;

/** The agenda's order and numbers, to tell whether a confirmation still matches it. */
export const agendaShape = (meeting: Meeting): string =>
  meeting.agenda.map((i) => `${i.id}=${i.number}`).join('|');

const norm = (ref: string): string => ref.trim().toLowerCase().replace(/\.$/, '');

const STANDING_ALIASES: Record<string, StandingKind> = {
  welcome: 'welcome',
  apologies: 'welcome',
  minutes: 'previous-minutes',
  'previous minutes': 'previous-minutes',
  'action log': 'previous-minutes',
  aob: 'aob',
  'any other business': 'aob',
  next: 'next-meeting',
  'next meeting': 'next-meeting',
  'date of next meeting': 'next-meeting',
};

/** An item by its number ("2", "2a"), its label ("AOB", "minutes") or its id. */
export const findItem = (meeting: Meeting, ref: string): AgendaItem | undefined => {
  const wanted = norm(ref);
  const standing = STANDING_ALIASES[wanted];
  return meeting.agenda.find(
    (item) =>
      norm(item.number) === wanted ||
      item.id === ref ||
      (standing !== undefined && item.standing === standing),
  );
};

export const requireItem = (meeting: Meeting, ref: string): AgendaItem => {
  const item = findItem(meeting, ref);
  if (item === undefined) {
    const numbers = meeting.agenda.map((i) => i.number).join(', ');
    throw new DomainError(
      'INVALID_INPUT',
      `There is no item "${ref}" on the agenda of ${meeting.title}. Items: ${numbers}.`,
    );
  }
  return item;
};

export const SUB_ITEM = /^(\d+)([a-z]|(?:\.\d+)+)$/i;

export type NewItem = {
  title: string;
  presenters: Presenter[];
  minutes?: number;
  kind?: ItemKind;
  confidential?: boolean;
  /** "2a" or "2.1" makes a sub-item of item 2. */
  number?: string;
};

/**
 * Adds an item after the last numbered item, so before "any other business" (or after its parent
 * and siblings for a sub-item). Either way it takes a number no other item had: nothing is
 * renumbered, which is what a chair adding an item mid-meeting expects.
 */
export const addAgendaItem = (
  meeting: Meeting,
  input: NewItem,
  id: string,
  recorded: ReadonlySet<string> = recordedItemIds(meeting),
): { meeting: Meeting; item: AgendaItem; renumbered: ItemRenumbering[] } => {
  const title = input.title.trim();
  if (title === '' || title.length > 200)
    throw new DomainError('INVALID_INPUT', 'An agenda item needs a title of 1 to 200 characters.');
  if (
    input.minutes !== undefined &&
    (!Number.isInteger(input.minutes) || input.minutes < 1 || input.minutes > 480)
  ) {
    throw new DomainError('INVALID_INPUT', 'Give the time in whole minutes, between 1 and 480.');
  }
  const item: AgendaItem = {
    id,
    number: '',
    title,
    presenters: input.presenters,
    minutes: input.minutes ?? 15,
    kind: input.kind ?? 'discussion',
    confidential: input.confidential ?? false,
    papers: [],
    notes: [],
    decisions: [],
  };
  const agenda = [...meeting.agenda];
  if (input.number !== undefined) {
    const match = SUB_ITEM.exec(input.number);
    const parent =
      match === null
        ? undefined
        : meeting.agenda.find(
            (i) => i.standing === undefined && i.parentId === undefined && i.number === match[1],
          );
    if (match === null || parent === undefined) {
      throw new DomainError(
        'INVALID_INPUT',
        `"${input.number}" is not a sub-item of an existing item: use a form like 2a or 2.1 after item 2 exists.`,
      );
    }
    const suffix = (match[2] ?? '').toLowerCase();
    if (meeting.agenda.some((i) => i.parentId === parent.id && i.suffix === suffix)) {
      throw new DomainError('CONFLICT', `Item ${input.number} is already on the agenda.`);
    }
    let at = agenda.findIndex((i) => i.id === parent.id) + 1;
    while (at < agenda.length && agenda[at]?.parentId === parent.id) at += 1;
    agenda.splice(at, 0, { ...item, parentId: parent.id, suffix });
  } else {
    const lastNumbered = agenda.map((i) => i.standing === undefined).lastIndexOf(true);
    const trailing = agenda.findIndex(
      (i) => i.standing !== undefined && TRAILING.includes(i.standing),
    );
    const at = lastNumbered >= 0 ? lastNumbered + 1 : trailing < 0 ? agenda.length : trailing;
    agenda.splice(at, 0, item);
  }
  const numbered = numberAgenda(agenda, pinnedNumbers(meeting, recorded));
  const after = { ...meeting, agenda: numbered };
  return {
    meeting: after,
    item: numbered.find((i) => i.id === id) ?? item,
    renumbered: renumberingOf(meeting, after),
  };
};

/**
 * Removes an item (and its sub-items); standing items can be removed too. An item with anything
 * recorded stays; the items after it close up, except recorded ones, which keep their numbers.
 */
export const removeAgendaItem = (
  meeting: Meeting,
  ref: string,
  recorded: ReadonlySet<string> = recordedItemIds(meeting),
): { meeting: Meeting; removed: AgendaItem; renumbered: ItemRenumbering[] } => {
  const item = requireItem(meeting, ref);
  const going = meeting.agenda.filter((i) => i.id === item.id || i.parentId === item.id);
  const held = going.find((i) => recorded.has(i.id));
  if (held !== undefined) {
    throw new DomainError(
      'CONFLICT',
      `Item ${held.number} ${RECORDED}, so it stays on the agenda.`,
    );
  }
  const agenda = numberAgenda(
    meeting.agenda.filter((i) => !going.includes(i)),
    pinnedNumbers(meeting, recorded),
  );
  const currentItemId = meeting.currentItemId === item.id ? undefined : meeting.currentItemId;
  const { currentItemId: _drop, ...rest } = meeting;
  const after: Meeting = { ...rest, agenda, ...(currentItemId !== undefined && { currentItemId }) };
  return { meeting: after, removed: item, renumbered: renumberingOf(meeting, after) };
};

/** Paper deadline: `days` before the meeting's start, in the board's zone. */
export const paperDeadline = (meeting: Meeting, days: number): Date =>
  zonedToUtc(addDays(meeting.date, -days), meeting.start ?? '00:00', meeting.timeZone);

export const isPaperLate = (meeting: Meeting, days: number, submittedAt: Date): boolean =>
  submittedAt.getTime() > paperDeadline(meeting, days).getTime();

/** When each item is planned to start, from the meeting's start and each item's minutes. */
export const plannedStarts = (meeting: Meeting): Map<string, WallTime> => {
  const starts = new Map<string, WallTime>();
  if (meeting.start === undefined) return starts;
  let clock = meeting.start;
  for (const item of meeting.agenda) {
    starts.set(item.id, clock);
    clock = addMinutes(clock, item.minutes);
  }
  return starts;
};

export const currentItem = (meeting: Meeting): AgendaItem | undefined =>
  meeting.agenda.find((i) => i.id === meeting.currentItemId);

/**
 * Moves the meeting to an item, or to the next one. `fromItemId` is the current item the clicked
 * card showed: when the meeting has already moved on, nothing moves (two chairs clicking "next"
 * at once move it by one); `arrived` says the meeting is where that click asked to go.
 */
export const moveToItem = (
  meeting: Meeting,
  target: { ref: string } | { next: true; fromItemId?: string },
): { meeting: Meeting; moved: boolean; arrived?: boolean } => {
  if (meeting.status === 'closed')
    throw new DomainError('CONFLICT', `${meeting.title} has ended; its agenda no longer moves.`);
  let item: AgendaItem | undefined;
  if ('ref' in target) {
    item = requireItem(meeting, target.ref);
  } else {
    if (target.fromItemId !== undefined && target.fromItemId !== (meeting.currentItemId ?? '')) {
      /** The click's own move already happened (Teams resent it, or its answer was lost). */
      const from =
        target.fromItemId === '' ? -1 : meeting.agenda.findIndex((i) => i.id === target.fromItemId);
      const arrived =
        (from >= 0 || target.fromItemId === '') &&
        meeting.agenda[from + 1]?.id === meeting.currentItemId;
      return { meeting, moved: false, ...(arrived && { arrived }) };
    }
    const index = meeting.agenda.findIndex((i) => i.id === meeting.currentItemId);
    item = meeting.agenda[index + 1];
    if (item === undefined)
      throw new DomainError('CONFLICT', 'This is the last item on the agenda.');
  }
  if (item.id === meeting.currentItemId) return { meeting, moved: false };
  return { meeting: { ...meeting, currentItemId: item.id }, moved: true };
};

/** The item notes and decisions go to: the current one, or the first item when none is current. */
export const recordingItem = (meeting: Meeting): AgendaItem => {
  const item = currentItem(meeting) ?? meeting.agenda[0];
  if (item === undefined)
    throw new DomainError('CONFLICT', 'The agenda is empty: add an item first.');
  return item;
};

export const addEntry = (
  meeting: Meeting,
  kind: 'note' | 'decision',
  entry: Entry,
  itemId: string,
): Meeting => {
  const text = entry.text.trim();
  if (text === '')
    throw new DomainError(
      'INVALID_INPUT',
      `Write the ${kind} after the word, e.g. "${kind} The MoU was agreed".`,
    );
  if (text.length > 4000)
    throw new DomainError('INVALID_INPUT', `That ${kind} is too long (4,000 characters at most).`);
  return {
    ...meeting,
    agenda: meeting.agenda.map((item) =>
      item.id !== itemId
        ? item
        : kind === 'note'
          ? { ...item, notes: [...item.notes, { ...entry, text }] }
          : { ...item, decisions: [...item.decisions, { ...entry, text }] },
    ),
  };
};

export const startMeetingNow = (meeting: Meeting, now: Date): Meeting => {
  if (meeting.status === 'in-progress') return meeting;
  if (meeting.status === 'closed')
    throw new DomainError('CONFLICT', `${meeting.title} has already ended.`);
  const first = meeting.agenda[0];
  return {
    ...meeting,
    status: 'in-progress',
    startedAt: now.toISOString(),
    ...(meeting.currentItemId === undefined && first !== undefined && { currentItemId: first.id }),
  };
};

export const endMeetingNow = (meeting: Meeting, now: Date): Meeting => {
  if (meeting.status === 'closed') return meeting;
  return { ...meeting, status: 'closed', endedAt: now.toISOString() };
};

/**
 * The meeting commands act on: the one in progress, else the next planned one (today or later),
 * else the earliest planned one in the past (boards importing their history hold them in order).
 */
export const activeMeeting = (
  meetings: readonly Meeting[],
  today: CalendarDate,
): Meeting | undefined => {
  const inProgress = meetings.find((m) => m.status === 'in-progress');
  if (inProgress !== undefined) return inProgress;
  const planned = [...meetings]
    .filter((m) => m.status === 'planned')
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return planned.find((m) => m.date >= today) ?? planned[0];
};

/** The meeting before `meeting` (by start), if any. */
export const previousMeeting = (
  meetings: readonly Meeting[],
  meeting: Meeting,
): Meeting | undefined =>
  [...meetings]
    .filter((m) => m.startsAt < meeting.startsAt && m.id !== meeting.id)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    .at(-1);

/** Renames an item (standing items too: boards word them their own way). */
export const renameAgendaItem = (meeting: Meeting, itemId: string, title: string): Meeting => {
  const trimmed = title.trim();
  if (trimmed === '' || trimmed.length > 200)
    throw new DomainError('INVALID_INPUT', 'An agenda item needs a title of 1 to 200 characters.');
  requireItem(meeting, itemId);
  return {
    ...meeting,
    agenda: meeting.agenda.map((i) => (i.id === itemId ? { ...i, title: trimmed } : i)),
  };
};

/**
 * Moves an item one place up or down among its siblings (top-level items, or the sub-items of one
 * parent); sub-items travel with their parent. Numbers follow the new order, except that recorded
 * items keep theirs: a move that would need to renumber one is refused.
 */
export const moveAgendaItem = (
  meeting: Meeting,
  itemId: string,
  direction: 'up' | 'down',
  recorded: ReadonlySet<string> = recordedItemIds(meeting),
): { meeting: Meeting; renumbered: ItemRenumbering[] } => {
  const item = requireItem(meeting, itemId);
  const edge = (): never => {
    throw new DomainError(
      'CONFLICT',
      `Item ${item.number} is already ${direction === 'up' ? 'first' : 'last'}.`,
    );
  };
  const changed = (agenda: AgendaItem[]) => {
    const after = { ...meeting, agenda: numberAgenda(agenda, pinnedNumbers(meeting, recorded)) };
    return { meeting: after, renumbered: renumberingOf(meeting, after) };
  };
  if (item.parentId === undefined) {
    const blocks: AgendaItem[][] = [];
    for (const i of meeting.agenda) {
      if (i.parentId !== undefined && blocks.length > 0) blocks.at(-1)?.push(i);
      else blocks.push([i]);
    }
    const index = blocks.findIndex((b) => b[0]?.id === item.id);
    const target = direction === 'up' ? index - 1 : index + 1;
    if (target < 0 || target >= blocks.length) return edge();
    const swapped = [...blocks];
    [swapped[index], swapped[target]] = [
      swapped[target] as AgendaItem[],
      swapped[index] as AgendaItem[],
    ];
    return changed(swapped.flat());
  }
  const siblings = meeting.agenda.filter((i) => i.parentId === item.parentId);
  const index = siblings.findIndex((i) => i.id === item.id);
  const other = siblings[direction === 'up' ? index - 1 : index + 1];
  if (other === undefined) return edge();
  const held = [item, other].find((i) => recorded.has(i.id));
  if (held !== undefined) {
    throw new DomainError(
      'CONFLICT',
      `Item ${held.number} ${RECORDED} and keeps its number, so items ${item.number} and ${other.number} cannot change places. ${OUT_OF_ORDER}`,
    );
  }
  return changed(
    meeting.agenda.map((i) =>
      i.id === item.id
        ? { ...other, suffix: item.suffix }
        : i.id === other.id
          ? { ...item, suffix: other.suffix }
          : i,
    ),
  );
};

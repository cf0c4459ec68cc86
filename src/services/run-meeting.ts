import type { Board } from '../domain/board.js';
import { DomainError } from '../domain/domain-error.js';
import type { AgendaItem, Entry, Meeting, MinutesOutcome } from '../domain/meeting.js';
import { addEntry, recordingItem } from '../domain/add-entry.js';
import { formatDayMonthYear } from '../domain/approved-minutes.js';
import { requireItem } from '../domain/find-item.js';
import { moveToItem } from '../domain/move-to-item.js';
import { stampItemTimes } from '../domain/stamp-item-times.js';
import { requireActiveMeeting, requireBoardMeeting } from './find-active-meeting.js';
import type { FoundMeetings } from './found-meetings.js';
import type { Actor, Deps } from './ports.js';
import { needsRatification, unauthorisedAgenciesNow } from './meeting-quorum.js';
import { applyMinutesOutcome } from './approve-previous-minutes.js';
import { recordAudit } from './record-audit.js';
import { recordChange } from './record-change.js';
import { requireManager } from './require-manager.js';

const target = (
  deps: Deps,
  board: Board,
  meetingId: string | undefined,
  found: FoundMeetings | undefined,
): Promise<Meeting> =>
  meetingId === undefined
    ? requireActiveMeeting(deps, board, found)
    : requireBoardMeeting(deps, board, meetingId);

/**
 * `item <n>`, `next`, and the agenda card's "Next item". A card click carries the item it showed
 * as current: if the meeting has moved on since, nothing moves and the caller gets the current
 * state (so two chairs clicking at once move it by one).
 */
export const moveMeeting = async (
  deps: Deps,
  input: {
    board: Board;
    actor: Actor;
    to: { ref: string } | { next: true; fromItemId?: string };
    meetingId?: string;
    /** The meetings the turn found: the active one is not read again. */
    found?: FoundMeetings;
  },
): Promise<{ meeting: Meeting; moved: boolean; arrived: boolean }> => {
  const { board } = input;
  await requireManager(deps, board, input.actor, 'agenda.move', 'move the meeting between items');
  const current = await target(deps, board, input.meetingId, input.found);
  let moved = false;
  let arrived = false;
  const meeting = await deps.meetings.update(board.id, current, (m) => {
    const result = moveToItem(m, input.to);
    moved = result.moved;
    arrived = result.arrived === true;
    if (!result.moved) return m;
    const now = deps.clock.now();
    /** The item left gets its end and the item taken its start, in this same write. */
    return { ...stampItemTimes(m, result.meeting, now), updatedAt: now.toISOString() };
  });
  const fromItemId = 'next' in input.to ? input.to.fromItemId : undefined;
  /** A click's move is audited once, however often it is delivered or its answer is lost. */
  if (moved || arrived)
    await recordAudit(deps, board, input.actor, {
      verb: 'agenda.move',
      subject: `${meeting.id}/${meeting.currentItemId ?? ''}`,
      outcome: 'done',
      /** The move's own write stamped updatedAt: a repeat that finds it records nothing new. */
      ...(fromItemId !== undefined && { key: `${meeting.id}:moved:${meeting.updatedAt}` }),
    });
  return { meeting, moved, arrived };
};

/**
 * `note …` and `decision …` against the current item. `requestId` makes a resubmitted dialog or
 * card (Teams retries invokes) record the entry once.
 */
export const recordMeetingEntry = async (
  deps: Deps,
  input: {
    board: Board;
    actor: Actor;
    kind: 'note' | 'decision';
    text: string;
    meetingId?: string;
    /** The meetings the turn found: the active one is not read again. */
    found?: FoundMeetings;
    item?: string;
    requestId?: string;
  },
): Promise<{ meeting: Meeting; item: AgendaItem; created: boolean; entry?: Entry }> => {
  const { board } = input;
  await requireManager(deps, board, input.actor, `meeting.${input.kind}`, `record ${input.kind}s`);
  const current = await target(deps, board, input.meetingId, input.found);
  if (current.status === 'closed')
    throw new DomainError('CONFLICT', `${current.title} has ended; its record is closed.`);
  const itemId =
    input.item === undefined ? recordingItem(current).id : requireItem(current, input.item).id;
  const entryId = input.requestId ?? deps.ids.next();
  const now = deps.clock.now();
  let created = false;
  let before: Meeting = current;
  const meeting = await deps.meetings.update(board.id, current, (m) => {
    const already = m.agenda.some((i) =>
      [...i.notes, ...i.decisions].some((e) => e.id === entryId),
    );
    /** A retry of this very write (its answer lost) finds the entry: it is still this call's. */
    if (!already) created = true;
    if (already) return m;
    before = m;
    const unauthorisedFor = input.kind === 'decision' ? unauthorisedAgenciesNow(board, m) : [];
    return {
      ...addEntry(
        m,
        input.kind,
        {
          id: entryId,
          text: input.text,
          at: now.toISOString(),
          by: input.actor.aadObjectId,
          subjectToRatification: needsRatification(board, m),
          ...(unauthorisedFor.length > 0 && { unauthorisedFor }),
        },
        itemId,
      ),
      updatedAt: now.toISOString(),
    };
  });
  const item = requireItem(meeting, itemId);
  await recordChange(deps, board, input.actor, {
    verb: `meeting.${input.kind}`,
    subject: `${meeting.id}/${itemId}`,
    said: `${input.kind} added on ${item.kind === 'standing' ? item.number : `item ${item.number}`}`,
    change: { kind: 'meeting', before, after: meeting },
    /** A resubmitted dialog records its entry, and its audit entry, once. */
    ...(input.requestId !== undefined && { key: `${meeting.id}:entry:${entryId}` }),
  });
  const entry = [...item.notes, ...item.decisions].find((e) => e.id === entryId);
  return { meeting, item, created, ...(entry !== undefined && { entry }) };
};

const OUTCOME_SAID: Record<MinutesOutcome['outcome'], string> = {
  approved: 'approved',
  'approved-with-amendments': 'approved with amendments',
  'not-approved': 'not approved',
};

/**
 * `minutes approved [with amendments: …]` / `minutes not approved [reason]`: recorded in this
 * meeting, and the previous meeting's minutes become approved (amendments kept) and frozen
 * (services/approve-previous-minutes.ts).
 */
export const recordMinutesOutcome = async (
  deps: Deps,
  input: {
    board: Board;
    actor: Actor;
    outcome: MinutesOutcome['outcome'];
    text?: string;
    meetingId?: string;
    /** The meetings the turn found: the active one is not read again. */
    found?: FoundMeetings;
  },
): Promise<{ meeting: Meeting; previous?: Meeting }> => {
  const { board } = input;
  await requireManager(
    deps,
    board,
    input.actor,
    'minutes.outcome',
    'record whether the minutes were approved',
  );
  const current = await target(deps, board, input.meetingId, input.found);
  if (input.outcome === 'approved-with-amendments' && (input.text ?? '').trim() === '') {
    throw new DomainError(
      'INVALID_INPUT',
      'Write the amendments: "minutes approved with amendments: <text>".',
    );
  }
  const now = deps.clock.now().toISOString();
  const outcome: MinutesOutcome = {
    outcome: input.outcome,
    ...(input.text !== undefined && input.text.trim() !== '' && { text: input.text.trim() }),
    at: now,
    by: input.actor.aadObjectId,
  };
  const earlier =
    current.previousMeetingId === undefined
      ? undefined
      : await applyMinutesOutcome(deps, {
          board,
          approving: current,
          previousMeetingId: current.previousMeetingId,
          outcome,
        });
  const previous = earlier?.after;
  let before: Meeting = current;
  const meeting = await deps.meetings.update(board.id, current, (m) => {
    before = m;
    return { ...m, previousMinutes: outcome, updatedAt: now };
  });
  /** One change of two meetings: `undo` takes the outcome and the approval back together. */
  await recordChange(deps, board, input.actor, {
    verb: 'minutes.outcome',
    subject: meeting.id,
    said: `minutes of ${previous === undefined ? 'the previous meeting' : formatDayMonthYear(previous.date)} ${OUTCOME_SAID[input.outcome]}`,
    change: { kind: 'meeting', before, after: meeting },
    ...(earlier !== undefined && { companion: { kind: 'meeting', ...earlier } }),
  });
  return { meeting, ...(previous !== undefined && { previous }) };
};

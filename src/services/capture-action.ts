import { createHash } from 'node:crypto';
import type { Action } from '../domain/action.js';
import type { Mention, OwnerProblem } from '../domain/resolve-owners.js';
import { actionReference } from '../domain/action.js';
import { DUE_FROM_MEETING, dueAtCapture } from '../domain/date-from-meeting.js';
import { resolveOwners } from '../domain/resolve-owners.js';
import type { ChosenDue, DueQuestion } from '../domain/action-capture.js';
import { parseCapture } from '../domain/action-capture.js';
import { asapDaysOf, DUE_ASAP } from '../domain/asap-rule.js';
import type { Board } from '../domain/board.js';
import { findMemberByAad, managersSentence } from '../domain/board.js';
import { DomainError } from '../domain/domain-error.js';
import { actionId } from '../domain/ids.js';
import { currentItem } from '../domain/meeting.js';
import { todayIn } from '../domain/parse-when.js';
import { requireBoardMeeting } from './find-active-meeting.js';
import type { FoundMeetings } from './found-meetings.js';
import { findMeetingsOnce } from './found-meetings.js';
import type { Actor, Deps, NumberedAction } from './ports.js';
import { needsRatification } from './meeting-quorum.js';
import type { ChangeInput } from './record-change.js';
import { changeEntryOf, recordChange } from './record-change.js';
import { refuse } from './refuse.js';
import { scheduleActionReminders } from './schedule-reminders.js';

export type CaptureInput = {
  board: Board;
  actor: Actor;
  /** `<owners> to <text> [by <date>]` */
  spec: string;
  mentions?: readonly Mention[];
  /** A dialog may name the meeting; otherwise the meeting in progress, if any, gives the reference. */
  meetingId?: string;
  /** The meetings the turn found: the one in progress is not read again. */
  found?: FoundMeetings;
  /** Makes a retried capture (Teams resends invokes) record the action once. */
  requestId?: string;
  /**
   * A person's answer to the date question: the spec's text is then taken as written (no date is
   * looked for in it), and the action is due on this date, or at the next meeting.
   */
  due?: ChosenDue;
  /** The item the question was asked under (checked against the meeting). */
  itemId?: string;
};

/** A date to ask for: nothing was saved. Carries what the answer needs to capture. */
export type CaptureQuestion = {
  ask: DueQuestion;
  owners: string;
  text: string;
  meetingId?: string;
  itemId?: string;
};

export type CaptureResult =
  | { ok: true; action: Action; created: boolean }
  | { ok: false; problems: OwnerProblem[] | { token: string; message: string }[] }
  | { ok: false; question: CaptureQuestion };

const idFor = (board: Board, requestId: string): string =>
  `a-${createHash('sha256').update(`${board.id}\n${requestId}`).digest('hex').slice(0, 24)}`;

/**
 * One audit entry per action, however often the capture is retried: a retry after a lost answer
 * (the action saved, the audit not) completes it; a retry after both saved adds nothing.
 */
const captureChange = (action: Action): ChangeInput => ({
  verb: 'action.capture',
  subject: action.id,
  said: `action ${action.number} recorded`,
  change: { kind: 'action', before: undefined, after: action },
  key: `${action.id}:capture`,
});

/**
 * Captures an action: owners settled first (unknown initials come back with a suggestion and
 * nothing is saved), then a race-free board number and, in a running meeting, the minute reference
 * "dd.mm.yy ref <item>.<n>". Any member of the board may capture. With no date given, it is due at
 * the next meeting: that meeting's date is stored at once when it is known; otherwise the action is
 * undated until the next meeting is set, and its owners are asked for a date meanwhile.
 */
export const captureAction = async (deps: Deps, input: CaptureInput): Promise<CaptureResult> => {
  const { board } = input;
  if (findMemberByAad(board, input.actor.aadObjectId) === undefined) {
    await refuse(deps, board, input.actor, {
      verb: 'action.capture',
      subject: board.id,
      message: `Only members of ${board.name} can record its actions. Ask ${managersSentence(board)} to add you.`,
    });
  }
  const id = actionId(
    input.requestId === undefined ? deps.ids.next() : idFor(board, input.requestId),
  );
  const now = deps.clock.now();
  const today = todayIn(now, board.rules.timeZone);
  const found = input.found ?? findMeetingsOnce(deps, board);
  const meeting =
    input.meetingId !== undefined
      ? await requireBoardMeeting(deps, board, input.meetingId)
      : await found.meeting();
  const next = await found.nextMeeting(meeting);
  const parsed = parseCapture(
    input.spec,
    meeting?.date ?? today,
    board.rules.timeZone,
    next?.date,
    {
      asapDays: asapDaysOf(board),
      literal: input.due !== undefined,
    },
  );
  if (!parsed.ok) throw new DomainError('INVALID_INPUT', parsed.message);
  /** A guest of the meeting can own an action by initials or name, as an outside owner. */
  const owners = resolveOwners(board, parsed.parts.owners, input.mentions, {
    guests: meeting?.attendance?.guests ?? [],
  });
  if (!owners.ok) return { ok: false, problems: owners.problems };
  const asked =
    input.itemId === undefined ? undefined : meeting?.agenda.find((i) => i.id === input.itemId);
  const item = asked ?? (meeting === undefined ? undefined : (currentItem(meeting) ?? undefined));
  if (parsed.parts.ask !== undefined && input.due === undefined)
    return {
      ok: false,
      question: {
        ask: parsed.parts.ask,
        owners: parsed.parts.owners,
        text: parsed.parts.text,
        ...(meeting !== undefined && { meetingId: meeting.id }),
        ...(item !== undefined && meeting?.status === 'in-progress' && { itemId: item.id }),
      },
    };
  const itemKey =
    meeting !== undefined && item !== undefined && meeting.status === 'in-progress'
      ? `${meeting.id}_${item.id}`
      : undefined;
  const chosen = input.due;
  const due = dueAtCapture(
    chosen === undefined
      ? parsed.parts
      : chosen.kind === 'date'
        ? { due: chosen.date, dueAtNextMeeting: false }
        : { dueAtNextMeeting: true },
    next,
  );
  const asap = chosen === undefined && parsed.parts.asap === true;
  const build = ({ number, ordinal }: NumberedAction): Action => ({
    id,
    boardId: board.id,
    tenantId: board.tenantId,
    number,
    ...(itemKey !== undefined &&
      meeting !== undefined &&
      item !== undefined && {
        reference: actionReference(meeting.date, item.number, ordinal ?? 1),
        meetingId: meeting.id,
        itemId: item.id,
      }),
    text: parsed.parts.text,
    owners: owners.owners,
    ...due,
    status: 'open',
    subjectToRatification: itemKey !== undefined && needsRatification(board, meeting),
    /** Raised under a confidential item: restricted like it (domain/disclosure.ts). */
    ...(itemKey !== undefined && item?.confidential === true && { confidential: true }),
    history: [
      {
        at: now.toISOString(),
        by: input.actor.aadObjectId,
        kind: 'created',
        ...(due.dueMeetingId !== undefined && { to: due.due, text: DUE_FROM_MEETING.capture }),
        ...(asap && { to: due.due, text: DUE_ASAP }),
      },
    ],
    createdAt: now.toISOString(),
    createdBy: input.actor.aadObjectId,
    updatedAt: now.toISOString(),
    revision: 1,
  });
  /**
   * The action and its audit entry are stored together (one batch); a retried capture finds its
   * action stored, and its audit entry (by its key) and reminders are completed.
   */
  const { action, created, audited } = await deps.actions.createNumbered(
    build,
    board.id,
    itemKey,
    (stored) => changeEntryOf(deps, board, input.actor, captureChange(stored)),
  );
  if (!audited) await recordChange(deps, board, input.actor, captureChange(action));
  await scheduleActionReminders(deps, board, action);
  return { ok: true, action, created };
};

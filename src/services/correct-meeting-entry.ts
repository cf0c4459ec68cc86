import type { Board } from '../domain/board.js';
import type { CorrectedEntry, EntryCorrection, EntryRef } from '../domain/correct-entry.js';
import { correctEntry, correctionSaid } from '../domain/correct-entry.js';
import type { EntryKind } from '../domain/entry-numbers.js';
import type { Meeting } from '../domain/meeting.js';
import { requireBoardMeeting } from './find-active-meeting.js';
import { findEntriesMeeting } from './find-entries-meeting.js';
import type { FoundMeetings } from './found-meetings.js';
import type { Actor, Deps } from './ports.js';
import { recordChange } from './record-change.js';
import { requireAmender } from './require-amender.js';
import { requireManager } from './require-manager.js';

export type EntryCorrectionOutcome = {
  meeting: Meeting;
  said: string;
  /** Nothing changed: a repeated message or click, or the entry already read so. */
  repeated: boolean;
  corrected?: CorrectedEntry;
};

/**
 * `note edit|remove|move <n> …` (and `decision …`), and the agenda card's edit menu: chair,
 * vice-chairs and coordinators; once a later meeting approved the minutes, the chair alone, and the
 * change is an amendment (services/require-amender.ts). `key` (the chat
 * message's id) makes a repeated message change nothing twice, even "note remove last"; a card
 * names the entry by id, so a second click finds it corrected or gone and changes nothing.
 */
export const correctMeetingEntry = async (
  deps: Deps,
  input: {
    board: Board;
    actor: Actor;
    kind: EntryKind;
    ref: EntryRef;
    correction: EntryCorrection;
    meetingId?: string;
    found?: FoundMeetings;
    key?: string;
  },
): Promise<EntryCorrectionOutcome> => {
  const { board, kind, correction } = input;
  await requireManager(
    deps,
    board,
    input.actor,
    `${kind}.${correction.op}`,
    'correct notes and decisions',
  );
  const target =
    input.meetingId === undefined
      ? await findEntriesMeeting(deps, board, input.found)
      : await requireBoardMeeting(deps, board, input.meetingId);
  await requireAmender(deps, {
    board,
    actor: input.actor,
    meeting: target,
    verb: `${kind}.${correction.op}`,
  });
  let before: Meeting = target;
  let outcome: { corrected?: CorrectedEntry; said: string; repeated: boolean } = {
    said: '',
    repeated: true,
  };
  const meeting = await deps.meetings.update(board.id, target, (m) => {
    before = m;
    if (input.key !== undefined && m.lastEntryChange?.key === input.key) {
      outcome = { said: m.lastEntryChange.said, repeated: true };
      return m;
    }
    const gone =
      typeof input.ref === 'object' &&
      'entryId' in input.ref &&
      correction.op === 'remove' &&
      !m.agenda.some((i) =>
        (kind === 'note' ? i.notes : i.decisions).some(
          (e) => typeof input.ref === 'object' && 'entryId' in input.ref && e.id === input.ref.entryId,
        ),
      );
    if (gone) {
      outcome = { said: `That ${kind} was removed already`, repeated: true };
      return m;
    }
    const corrected = correctEntry(m, { kind, ref: input.ref, correction });
    const said = correctionSaid(corrected, correction.op);
    outcome = { corrected, said, repeated: !corrected.changed };
    if (!corrected.changed) return m;
    return {
      ...corrected.meeting,
      ...(input.key !== undefined && { lastEntryChange: { key: input.key, said } }),
      updatedAt: deps.clock.now().toISOString(),
    };
  });
  if (!outcome.repeated)
    await recordChange(deps, board, input.actor, {
      verb: `${kind}.${correction.op}`,
      subject: `${meeting.id}/${outcome.corrected?.number ?? ''}`,
      said: outcome.said,
      change: { kind: 'meeting', before, after: meeting },
      key: `${meeting.id}:r${meeting.revision}`,
    });
  return { meeting, ...outcome };
};

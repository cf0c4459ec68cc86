import { formatDayMonthYear } from '../domain/approved-minutes.js';
import type { Board, Member } from '../domain/board.js';
import { findMemberByAad } from '../domain/board.js';
import type { Meeting } from '../domain/meeting.js';
import { todayIn } from '../domain/parse-when.js';
import type { Actor, Deps } from './ports.js';
import { refuse } from './refuse.js';

/** Who may amend approved minutes: the chair, and a vice-chair (who chairs in the chair's place). */
const AMENDING_ROLES: readonly Member['role'][] = ['chair', 'vice-chair'];

const isCurrent = (member: Member, today: string): boolean =>
  member.memberUntil === undefined || member.memberUntil >= today;

/** Whether a later meeting approved the meeting's minutes (older records: by its status alone). */
export const minutesApproved = (meeting: Pick<Meeting, 'minutesStatus' | 'minutesApproval'>) =>
  meeting.minutesApproval !== undefined || meeting.minutesStatus === 'approved';

/**
 * Approved minutes are the board's record: only the chair (or a vice-chair) changes them after
 * approval, and each change is audited as an amendment (services/record-change.ts). Coordinators,
 * who correct drafts, are refused, and the refusal is audited under `verb`.
 */
export const requireAmender = async (
  deps: Pick<Deps, 'audit' | 'clock'>,
  input: { board: Board; actor: Actor; meeting: Meeting; verb: string },
): Promise<void> => {
  const { board, actor, meeting } = input;
  if (!minutesApproved(meeting)) return;
  const today = todayIn(deps.clock.now(), board.rules.timeZone);
  const member = findMemberByAad(board, actor.aadObjectId);
  if (member !== undefined && AMENDING_ROLES.includes(member.role) && isCurrent(member, today))
    return;
  const chairs = board.members
    .filter((m) => AMENDING_ROLES.includes(m.role) && isCurrent(m, today))
    .map((m) => `${m.name} (${m.initials})`);
  await refuse(deps, board, actor, {
    verb: input.verb,
    subject: meeting.id,
    message: `The minutes of ${meeting.title} on ${formatDayMonthYear(meeting.date)} are approved: they are the record now. Only the chair${chairs.length === 0 ? '' : ` (${chairs.join(', ')})`} can amend them, and each amendment is recorded against the approved minutes.`,
  });
};

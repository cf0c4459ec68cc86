import type { Attendance, AttendanceRecord } from '../domain/attendance.js';
import { isMemberOn, recordFor, setRecord, sitsAsOfficer } from '../domain/attendance.js';
import { attendancePrecedence } from '../domain/attendance-precedence.js';
import type { Agency, Board, Delegate, Member } from '../domain/board.js';
import { canManageBoard, findMemberByAad } from '../domain/board.js';
import { delegatesOf } from '../domain/delegates.js';
import { DomainError } from '../domain/domain-error.js';
import type { Meeting } from '../domain/meeting.js';
import { forecastQuorum } from '../domain/quorum-forecast.js';
import { formatLongDate } from '../domain/zoned-time.js';
import { changeRegister } from './change-register.js';
import { requireBoardMeeting } from './find-active-meeting.js';
import type { Actor, Deps } from './ports.js';
import { refuse } from './refuse.js';
import type { DeputySpec } from './send-apologies.js';
import { checkDeputy } from './send-apologies.js';

export type ForecastAskAnswer = { kind: 'attend' } | { kind: 'deputy'; deputy: DeputySpec };

/** What an answer came to, in words for the card that was clicked. */
export type ForecastAskOutcome =
  | { kind: 'recorded'; said: string; meeting: Meeting }
  | { kind: 'unchanged'; said: string; meeting: Meeting };

/** The delegate the clicker is, by their Entra id or as the member a delegate entry names. */
const delegateOf = (board: Board, agency: Agency, actor: Actor): Delegate | undefined => {
  const aad = actor.aadObjectId.toLowerCase();
  const member = findMemberByAad(board, aad);
  return delegatesOf(board, agency.code).find(
    (d) =>
      d.aadObjectId?.toLowerCase() === aad ||
      (member !== undefined && d.memberId !== undefined && d.memberId === member.id),
  );
};

/** The agency's absent member a deputy attends for: apologies first, then those marked absent. */
const absentMember = (board: Board, meeting: Meeting, agency: Agency): Member | undefined => {
  const members = board.members.filter(
    (m) => m.agencyCode === agency.code && isMemberOn(m, meeting.date) && !sitsAsOfficer(meeting.attendance, m),
  );
  const code = (m: Member): string | undefined => recordFor(meeting.attendance, m.id)?.code;
  return members.find((m) => code(m) === 'SA') ?? members.find((m) => code(m) === 'DNA');
};

const coveredSaying = (board: Board, meeting: Meeting, agency: Agency): string | undefined => {
  const outlook = forecastQuorum(board, meeting).agencies.find((a) => a.code === agency.code);
  if (outlook === undefined || outlook.status === 'missing') return undefined;
  if (outlook.status === 'member')
    return `${agency.name} is covered: ${outlook.expected.map((m) => `${m.name} (${m.initials})`).join(', ')} expected.`;
  return `${agency.name} is covered: ${outlook.deputies.map((d) => `${d.name} attending for ${d.forMember.initials}`).join(', ')}.`;
};

/**
 * A delegate's answer to "Police has no one attending — attend, or name a deputy". "I'll attend"
 * from a delegate who is the agency's member withdraws their own apologies (they are expected
 * again); from anyone else it records them as the deputy attending for the agency's absent member.
 * "Name a deputy" records SD with that deputy, as `deputy … for …` would, as the delegate's entry
 * (source `member`: the chair's entry still wins, except that apologies plus a deputy is SD). Only
 * the agency's delegates, the chair, vice-chairs and coordinators may answer; the card names the
 * meeting and agency, both checked against the clicker's board. An agency already covered (another
 * delegate answered first, or the same click again) changes nothing and says who covers it.
 */
export const answerForecastAsk = async (
  deps: Pick<Deps, 'meetings' | 'clock' | 'audit'>,
  input: {
    board: Board;
    actor: Actor;
    meetingId: string;
    agencyCode: string;
    answer: ForecastAskAnswer;
  },
): Promise<ForecastAskOutcome> => {
  const { board, actor } = input;
  const agency = board.agencies.find(
    (a) => a.code.toUpperCase() === input.agencyCode.toUpperCase(),
  );
  if (agency === undefined)
    throw new DomainError('NOT_FOUND', `${board.name} has no agency ${input.agencyCode} now.`);
  const delegate = delegateOf(board, agency, actor);
  if (delegate === undefined && !canManageBoard(board, actor.aadObjectId))
    return refuse(deps, board, actor, {
      verb: input.answer.kind === 'attend' ? 'forecast.attend' : 'forecast.deputy',
      subject: input.meetingId,
      message: `Only the people authorised to decide for ${agency.name}, the chair or a coordinator can answer this.`,
    });
  const deputy = input.answer.kind === 'deputy' ? checkDeputy(input.answer.deputy) : undefined;
  const meeting = await requireBoardMeeting(deps, board, input.meetingId);
  if (meeting.status !== 'planned')
    throw new DomainError(
      'CONFLICT',
      `${meeting.title} on ${formatLongDate(meeting.date)} has ${meeting.status === 'closed' ? 'been held' : 'started'}: the chair records attendance now.`,
    );
  const self = findMemberByAad(board, actor.aadObjectId);
  const selfIsAgencyMember = self?.agencyCode === agency.code && deputy === undefined;
  if (deputy === undefined && delegate === undefined && !selfIsAgencyMember)
    throw new DomainError(
      'INVALID_INPUT',
      `Only someone authorised to decide for ${agency.name} attends for it: use "Name a deputy" to record who is coming.`,
    );
  const attender = delegate?.name ?? self?.name ?? '';
  let said = '';
  let changed = false;
  const change = (a: Attendance, m: Meeting, now: string): Attendance => {
    changed = false;
    const covered = coveredSaying(board, { ...m, attendance: a }, agency);
    if (covered !== undefined) {
      said = covered;
      return a;
    }
    if (selfIsAgencyMember && self !== undefined) {
      const own = recordFor(a, self.id);
      if (own === undefined) {
        said = `You are expected at ${m.title}.`;
        return a;
      }
      if (attendancePrecedence(own, { code: 'A', source: 'member' }) !== 'apply') {
        said = `The chair recorded ${own.code === 'SA' ? 'apologies' : 'an absence'} for you; ask them to change it.`;
        return a;
      }
      changed = true;
      said = `Your apologies are withdrawn: you are expected at ${m.title} on ${formatLongDate(m.date)}.`;
      return { ...a, records: a.records.filter((r) => r.memberId !== self.id) };
    }
    const absent = absentMember(board, { ...m, attendance: a }, agency);
    if (absent === undefined) {
      said = `${agency.name} has no member on ${board.name} to attend for; ask the chair to add one.`;
      return a;
    }
    const person: DeputySpec = deputy ?? {
      name: attender,
      ...(delegate?.designation !== undefined && { designation: delegate.designation }),
    };
    const record: AttendanceRecord = {
      memberId: absent.id,
      code: 'SD',
      deputy: {
        ...person,
        ...(deputy === undefined && { aadObjectId: actor.aadObjectId }),
        ...(delegate !== undefined && {
          nominatedBy: { name: delegate.name, aadObjectId: actor.aadObjectId },
        }),
      },
      source: 'member',
      at: now,
    };
    const next = setRecord(a, record);
    if (next === a) {
      said = `The chair’s entry for ${absent.name} (${absent.initials}) stands; ask them to change it.`;
      return a;
    }
    changed = true;
    said = `${person.name}${person.designation === undefined ? '' : ` (${person.designation})`} will attend for ${absent.name} (${absent.initials}) on ${formatLongDate(m.date)}.`;
    return next;
  };
  const saved = await changeRegister(deps, {
    board,
    actor,
    meeting,
    verb: deputy === undefined ? 'forecast.attend' : 'forecast.deputy',
    said: `${agency.code} covered for ${formatLongDate(meeting.date)}`,
    change,
  });
  return { kind: changed ? 'recorded' : 'unchanged', said, meeting: saved };
};

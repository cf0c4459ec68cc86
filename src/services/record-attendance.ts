import type { Attendance, AttendanceCode } from '../domain/attendance.js';
import {
  closeAttendance,
  emptyAttendance,
  isMemberOn,
  parsePersonSpec,
  recordFor,
  setRecord,
} from '../domain/attendance.js';
import type { Board, Member } from '../domain/board.js';
import {
  canManageBoard,
  findMemberByAad,
  findMemberByInitials,
  managersSentence,
} from '../domain/board.js';
import { DomainError } from '../domain/domain-error.js';
import type { Meeting } from '../domain/meeting.js';
import { findItem } from '../domain/find-item.js';
import { checkQuorumRule } from '../domain/quorum.js';
import { requireActiveMeeting, requireBoardMeeting } from './find-active-meeting.js';
import type { Actor, Deps } from './ports.js';
import { recordAudit } from './record-audit.js';
import { requireManager } from './require-manager.js';

const membersByInitials = (board: Board, initials: readonly string[]): Member[] => {
  const unknown = initials.filter((i) => findMemberByInitials(board, i) === undefined);
  if (unknown.length > 0) {
    throw new DomainError(
      'INVALID_INPUT',
      `${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not initials of members of ${board.name}. Type "members" to see them.`,
    );
  }
  return initials.map((i) => findMemberByInitials(board, i) as Member);
};

const targetMeeting = (
  deps: Deps,
  board: Board,
  meetingId: string | undefined,
): Promise<Meeting> =>
  meetingId === undefined
    ? requireActiveMeeting(deps, board)
    : requireBoardMeeting(deps, board, meetingId);

/** Read-modify-write of a meeting's register; closed meetings can still be corrected by the chair. */
const updateRegister = async (
  deps: Deps,
  board: Board,
  meeting: Meeting,
  change: (attendance: Attendance, meeting: Meeting) => Attendance,
): Promise<Meeting> =>
  deps.meetings.update(board.id, meeting.id, (m) => {
    const before = m.attendance ?? emptyAttendance();
    const after = change(before, m);
    return after === before
      ? m
      : { ...m, attendance: after, updatedAt: deps.clock.now().toISOString() };
  });

/**
 * `present`, `apologies`, `absent` for members by initials (chair and coordinators), or a member's
 * own apologies (no initials), which they can send before the meeting from their personal chat.
 */
export const recordCodes = async (
  deps: Deps,
  input: {
    board: Board;
    actor: Actor;
    code: Extract<AttendanceCode, 'A' | 'SA' | 'DNA'>;
    initials: string[];
    meetingId?: string;
  },
): Promise<{ meeting: Meeting; members: Member[] }> => {
  const { board, actor } = input;
  const self = findMemberByAad(board, actor.aadObjectId);
  const own =
    input.initials.length === 0 ||
    (input.initials.length === 1 &&
      self !== undefined &&
      input.initials[0]?.toUpperCase() === self.initials.toUpperCase());
  if (!(own && input.code === 'SA' && self !== undefined))
    await requireManager(deps, board, actor, 'attendance.record', 'record attendance for others');
  const members =
    input.initials.length === 0 && self !== undefined
      ? [self]
      : membersByInitials(board, input.initials);
  if (members.length === 0)
    throw new DomainError('INVALID_INPUT', 'Give the members’ initials, e.g. "present BB LB RS".');
  const meeting = await targetMeeting(deps, board, input.meetingId);
  const now = deps.clock.now().toISOString();
  const source = canManageBoard(board, actor.aadObjectId) ? 'chair' : 'member';
  const saved = await updateRegister(deps, board, meeting, (attendance, m) =>
    members.reduce(
      (a, member) =>
        isMemberOn(member, m.date)
          ? setRecord(a, { memberId: member.id, code: input.code, source, at: now })
          : a,
      attendance,
    ),
  );
  await recordAudit(deps, board, actor, {
    verb: 'attendance.record',
    subject: saved.id,
    outcome: 'done',
    after: { code: input.code, members: members.map((m) => m.id) },
  });
  return { meeting: saved, members };
};

/** `deputy <name> [(<designation>)] for <initials>`: SD, the deputy "attending for" the member. */
export const recordDeputy = async (
  deps: Deps,
  input: {
    board: Board;
    actor: Actor;
    person: string;
    forInitials: string;
    meetingId?: string;
    aadObjectId?: string;
  },
): Promise<{
  meeting: Meeting;
  member: Member;
  deputy: { name: string; designation?: string };
}> => {
  const { board, actor } = input;
  const [member] = membersByInitials(board, [input.forInitials]);
  if (member === undefined)
    throw new DomainError('INVALID_INPUT', 'Say whom the deputy attends for.');
  if (member.aadObjectId?.toLowerCase() !== actor.aadObjectId.toLowerCase())
    await requireManager(deps, board, actor, 'attendance.deputy', 'record deputies for others');
  const deputy = parsePersonSpec(input.person);
  const meeting = await targetMeeting(deps, board, input.meetingId);
  const now = deps.clock.now().toISOString();
  const saved = await updateRegister(deps, board, meeting, (a) =>
    setRecord(
      { ...a, visitors: a.visitors.filter((v) => v.aadObjectId !== input.aadObjectId) },
      {
        memberId: member.id,
        code: 'SD',
        deputy: {
          ...deputy,
          ...(input.aadObjectId !== undefined && { aadObjectId: input.aadObjectId }),
        },
        source: 'chair',
        at: now,
      },
    ),
  );
  await recordAudit(deps, board, actor, {
    verb: 'attendance.deputy',
    subject: saved.id,
    outcome: 'done',
    after: { member: member.id },
  });
  return { meeting: saved, member, deputy };
};

/** `guest <name> [(<designation>)] [for item <item>]`: "also in attendance". */
export const recordGuest = async (
  deps: Deps,
  input: {
    board: Board;
    actor: Actor;
    person: string;
    forItem?: string;
    meetingId?: string;
    aadObjectId?: string;
  },
): Promise<Meeting> => {
  const { board, actor } = input;
  await requireManager(deps, board, actor, 'attendance.guest', 'record guests');
  const person = parsePersonSpec(input.person);
  const meeting = await targetMeeting(deps, board, input.meetingId);
  const item = input.forItem === undefined ? undefined : findItem(meeting, input.forItem);
  if (input.forItem !== undefined && item === undefined)
    throw new DomainError('INVALID_INPUT', `There is no item "${input.forItem}" on the agenda.`);
  const id = deps.ids.next();
  const saved = await updateRegister(deps, board, meeting, (a) => ({
    ...a,
    visitors: a.visitors.filter((v) => v.aadObjectId !== input.aadObjectId),
    guests: [
      ...a.guests.filter((g) => g.name.toLowerCase() !== person.name.toLowerCase()),
      {
        id,
        ...person,
        ...(item !== undefined && { forItem: item.number }),
        ...(input.aadObjectId !== undefined && { aadObjectId: input.aadObjectId }),
      },
    ],
  }));
  await recordAudit(deps, board, actor, {
    verb: 'attendance.guest',
    subject: saved.id,
    outcome: 'done',
  });
  return saved;
};

/**
 * Live participant events from the Teams meeting: members present are marked attended (a hint the
 * chair confirms; never over what a person recorded); anyone else waits for the chair as a visitor.
 */
export const applyParticipantEvents = async (
  deps: Deps,
  input: {
    board: Board;
    meeting: Meeting;
    joined: { aadObjectId: string; name: string }[];
    left: { aadObjectId: string }[];
  },
): Promise<{ meeting: Meeting; newVisitors: { aadObjectId: string; name: string }[] }> => {
  const { board } = input;
  const now = deps.clock.now().toISOString();
  let newVisitors: { aadObjectId: string; name: string }[] = [];
  const saved = await updateRegister(deps, board, input.meeting, (attendance, m) => {
    let a = attendance;
    newVisitors = [];
    for (const person of input.joined) {
      const member = findMemberByAad(board, person.aadObjectId);
      if (member !== undefined) {
        if (isMemberOn(member, m.date) && recordFor(a, member.id)?.code !== 'A')
          a = setRecord(a, { memberId: member.id, code: 'A', source: 'event', at: now });
        continue;
      }
      const known =
        a.visitors.some((v) => v.aadObjectId === person.aadObjectId) ||
        a.guests.some((g) => g.aadObjectId === person.aadObjectId) ||
        a.records.some((r) => r.deputy?.aadObjectId === person.aadObjectId);
      if (!known) {
        a = { ...a, visitors: [...a.visitors, { ...person, joinedAt: now }] };
        newVisitors.push(person);
      }
    }
    return a;
  });
  return { meeting: saved, newVisitors };
};

/** When a meeting closes: no record → DNA; outside membership → N/A (apologies already are SA). */
export const closeRegister = (board: Board, meeting: Meeting, now: string): Meeting => ({
  ...meeting,
  attendance: closeAttendance(board, meeting.attendance ?? emptyAttendance(), meeting.date, now),
});

/** `quorum rule <expression>`: checked when saved, with the parser's message; nothing saved if bad. */
export const setQuorumRule = async (
  deps: Deps,
  input: { board: Board; actor: Actor; rule: string },
): Promise<Board> => {
  await requireManager(deps, input.board, input.actor, 'quorum.rule', 'change the quorum rule');
  const check = checkQuorumRule(input.rule);
  if (!check.ok) throw new DomainError('INVALID_INPUT', `${check.message} Nothing was saved.`);
  const board = await deps.boards.update(input.board.tenantId, input.board.id, (b) => ({
    ...b,
    rules: { ...b.rules, quorumRule: input.rule.trim() },
    updatedAt: deps.clock.now().toISOString(),
  }));
  await recordAudit(deps, board, input.actor, {
    verb: 'quorum.rule',
    subject: board.id,
    outcome: 'done',
  });
  return board;
};

/** The chair's ruling on quorum (kept beside the computed result), and who ratifies. */
export const recordQuorumRuling = async (
  deps: Deps,
  input: {
    board: Board;
    actor: Actor;
    quorate?: boolean;
    reason?: string;
    ratifier?: string;
    meetingId?: string;
  },
): Promise<Meeting> => {
  const { board, actor } = input;
  const member = findMemberByAad(board, actor.aadObjectId);
  if (
    member === undefined ||
    !(member.role === 'chair' || member.role === 'vice-chair' || member.role === 'coordinator')
  ) {
    await recordAudit(deps, board, actor, {
      verb: 'quorum.ruling',
      subject: board.id,
      outcome: 'refused',
    });
    throw new DomainError('FORBIDDEN', `Only ${managersSentence(board)} can rule on quorum.`);
  }
  const meeting = await targetMeeting(deps, board, input.meetingId);
  const now = deps.clock.now().toISOString();
  const saved = await updateRegister(deps, board, meeting, (a) => ({
    ...a,
    ...(input.quorate !== undefined && {
      ruling: {
        quorate: input.quorate,
        reason: input.reason ?? '',
        by: actor.aadObjectId,
        at: now,
      },
    }),
    ...(input.ratifier !== undefined && { ratifier: input.ratifier }),
  }));
  await recordAudit(deps, board, actor, {
    verb: 'quorum.ruling',
    subject: saved.id,
    outcome: 'done',
  });
  return saved;
};

/** The register card's "Save": one code per member, as chosen; only changed entries are written. */
export const saveRegister = async (
  deps: Deps,
  input: { board: Board; actor: Actor; meetingId: string; codes: Record<string, AttendanceCode> },
): Promise<Meeting> => {
  const { board, actor } = input;
  await requireManager(deps, board, actor, 'attendance.record', 'record attendance for others');
  const meeting = await requireBoardMeeting(deps, board, input.meetingId);
  const now = deps.clock.now().toISOString();
  const saved = await updateRegister(deps, board, meeting, (attendance, m) => {
    let a = attendance;
    for (const member of board.members) {
      const code = input.codes[member.id];
      if (code === undefined || !isMemberOn(member, m.date)) continue;
      const existing = recordFor(a, member.id);
      if (existing?.code === code && existing.source !== 'event') continue;
      a = setRecord(a, {
        ...(existing ?? {}),
        memberId: member.id,
        code,
        source: 'chair',
        at: now,
      });
    }
    return a;
  });
  await recordAudit(deps, board, actor, {
    verb: 'attendance.record',
    subject: saved.id,
    outcome: 'done',
  });
  return saved;
};

/** `minute-taker <name or initials>`: who takes the notes, shown in the register and the minutes. */
export const recordMinuteTaker = async (
  deps: Deps,
  input: { board: Board; actor: Actor; name: string },
): Promise<Meeting> => {
  const { board, actor } = input;
  await requireManager(deps, board, actor, 'attendance.minuteTaker', 'name the minute-taker');
  const member = findMemberByInitials(board, input.name);
  const name =
    member === undefined ? parsePersonSpec(input.name).name : `${member.name} (${member.initials})`;
  const meeting = await requireActiveMeeting(deps, board);
  const saved = await updateRegister(deps, board, meeting, (a) =>
    a.minuteTaker === name ? a : { ...a, minuteTaker: name },
  );
  await recordAudit(deps, board, actor, {
    verb: 'attendance.minuteTaker',
    subject: saved.id,
    outcome: 'done',
  });
  return saved;
};

/**
 * `late <initials> [at item <item>]` and `left <initials> [at item <item>]`: attended, arriving late
 * or leaving early, at the item named or the current one. Other details of the record are kept.
 */
export const recordTiming = async (
  deps: Deps,
  input: {
    board: Board;
    actor: Actor;
    kind: 'late' | 'left';
    initials: string;
    atItem?: string;
    meetingId?: string;
  },
): Promise<{ meeting: Meeting; member: Member }> => {
  const { board, actor, kind } = input;
  const verb = kind === 'late' ? 'attendance.late' : 'attendance.left';
  await requireManager(
    deps,
    board,
    actor,
    verb,
    kind === 'late' ? 'record late arrivals' : 'record early departures',
  );
  const [member] = membersByInitials(board, [input.initials]);
  if (member === undefined)
    throw new DomainError(
      'INVALID_INPUT',
      kind === 'late' ? 'Say who arrived late.' : 'Say who left early.',
    );
  const meeting = await targetMeeting(deps, board, input.meetingId);
  const item = input.atItem === undefined ? undefined : findItem(meeting, input.atItem);
  if (input.atItem !== undefined && item === undefined) {
    throw new DomainError('INVALID_INPUT', `There is no item "${input.atItem}" on the agenda.`);
  }
  const atItem = item?.number ?? meeting.agenda.find((i) => i.id === meeting.currentItemId)?.number;
  const when = atItem === undefined ? {} : { atItem };
  const now = deps.clock.now().toISOString();
  const saved = await updateRegister(deps, board, meeting, (a) => {
    const existing = recordFor(a, member.id);
    return setRecord(a, {
      ...(existing ?? {}),
      memberId: member.id,
      code: 'A',
      ...(kind === 'late' ? { late: when } : { leftEarly: when }),
      source: 'chair',
      at: now,
    });
  });
  await recordAudit(deps, board, actor, {
    verb,
    subject: saved.id,
    outcome: 'done',
    after: { member: member.id },
  });
  return { meeting: saved, member };
};

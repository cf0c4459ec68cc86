import type { Action, ActionEvent } from '../domain/action.js';
import type { AttendanceRecord, Guest } from '../domain/attendance.js';
import type { Board, Member } from '../domain/board.js';
import { findMemberByAad } from '../domain/board.js';
import type { Entry, Meeting } from '../domain/meeting.js';
import type { DownloadGrant } from './download-links.js';
import type { AuditEntry, Deps } from './ports.js';

/** Who may see a member's data: the member, and the board's chair, vice-chairs and coordinators. */
export const maySeeSubject = (requester: Member, subject: Member): boolean =>
  requester.id === subject.id ||
  requester.role === 'chair' ||
  requester.role === 'vice-chair' ||
  requester.role === 'coordinator';

type MeetingPart = {
  meeting: { title: string; date: string; status: string };
  attendance?: Omit<AttendanceRecord, 'memberId'>;
  deputisedFor?: { initials: string; name: string }[];
  guest?: Omit<Guest, 'id'>[];
  presented?: string[];
  notesRecorded?: { item: string; text: string; at: string }[];
  decisionsRecorded?: { item: string; text: string; at: string }[];
  papersSent?: { item: string; title: string; submittedAt: string }[];
};

type ActionPart = {
  number: number;
  reference?: string;
  text: string;
  status: string;
  due?: string;
  /** Why the action is here: owned by the person, or only touched by them. */
  as: 'owner' | 'contributor';
  history: ActionEvent[];
};

export type SubjectData = {
  about: string;
  generatedAt: string;
  board: { name: string };
  member: Omit<Member, 'id'>;
  /** The agencies they are named a delegate of (absent: none). */
  delegateOf?: { agencyCode: string; addedAt: string }[];
  meetings: MeetingPart[];
  actions: ActionPart[];
  auditTrail: Pick<AuditEntry, 'at' | 'verb' | 'outcome' | 'subject'>[];
};

const mine = (entries: Entry[], aad: string | undefined, item: string) =>
  entries.filter((e) => aad !== undefined && e.by === aad).map((e) => ({ item, ...pick(e) }));
const pick = (e: Entry): { text: string; at: string } => ({ text: e.text, at: e.at });

const meetingPart = (board: Board, meeting: Meeting, member: Member): MeetingPart | undefined => {
  const aad = member.aadObjectId?.toLowerCase();
  const attendance = meeting.attendance?.records.find((r) => r.memberId === member.id);
  const deputised = (meeting.attendance?.records ?? []).filter(
    (r) => aad !== undefined && r.deputy?.aadObjectId?.toLowerCase() === aad,
  );
  const guest = (meeting.attendance?.guests ?? []).filter(
    (g) => aad !== undefined && g.aadObjectId?.toLowerCase() === aad,
  );
  const part: MeetingPart = {
    meeting: { title: meeting.title, date: meeting.date, status: meeting.status },
  };
  if (attendance !== undefined) {
    const { memberId: _id, ...rest } = attendance;
    part.attendance = rest;
  }
  if (deputised.length > 0)
    part.deputisedFor = deputised.flatMap((r) => {
      const absent = board.members.find((m) => m.id === r.memberId);
      return absent === undefined ? [] : [{ initials: absent.initials, name: absent.name }];
    });
  if (guest.length > 0) part.guest = guest.map(({ id: _id, ...rest }) => rest);
  const presented = meeting.agenda
    .filter((i) =>
      i.presenters.some((p) => p.memberId === member.id || p.initials === member.initials),
    )
    .map((i) => `${i.number} ${i.title}`);
  if (presented.length > 0) part.presented = presented;
  const notes = meeting.agenda.flatMap((i) => mine(i.notes, aad, i.number));
  const decisions = meeting.agenda.flatMap((i) => mine(i.decisions, aad, i.number));
  const papers = meeting.agenda.flatMap((i) =>
    i.papers
      .filter((p) => aad !== undefined && p.submittedBy.toLowerCase() === aad)
      .map((p) => ({ item: i.number, title: p.title, submittedAt: p.submittedAt })),
  );
  if (notes.length > 0) part.notesRecorded = notes;
  if (decisions.length > 0) part.decisionsRecorded = decisions;
  if (papers.length > 0) part.papersSent = papers;
  return Object.keys(part).length > 1 ? part : undefined;
};

const actionPart = (action: Action, member: Member): ActionPart | undefined => {
  const aad = member.aadObjectId?.toLowerCase();
  const owner = action.owners.some(
    (o) =>
      (o.kind === 'member' && o.memberId === member.id) ||
      (aad !== undefined && o.aadObjectId?.toLowerCase() === aad),
  );
  const touched = aad !== undefined && action.history.some((e) => e.by.toLowerCase() === aad);
  if (!owner && !touched) return undefined;
  return {
    number: action.number,
    ...(action.reference !== undefined && { reference: action.reference }),
    text: action.text,
    status: action.status,
    ...(action.due !== undefined && { due: action.due }),
    as: owner ? 'owner' : 'contributor',
    history: owner ? action.history : action.history.filter((e) => e.by.toLowerCase() === aad),
  };
};

const delegateOf = (board: Board, subject: Member): Pick<SubjectData, 'delegateOf'> => {
  const named = (board.delegates ?? []).filter((d) => d.memberId === subject.id);
  return named.length === 0
    ? {}
    : { delegateOf: named.map((d) => ({ agencyCode: d.agencyCode, addedAt: d.addedAt })) };
};

/**
 * Subject access: everything this board holds about one member — the membership record,
 * attendance and deputising, what they presented, recorded or sent, the actions they own or
 * touched, and the audit trail of what they did — as JSON. Served for a valid grant whose holder
 * is that member, or the board's chair, a vice-chair or a coordinator.
 */
export const exportSubjectData = async (
  deps: Pick<Deps, 'boards' | 'meetings' | 'actions' | 'audit' | 'clock'>,
  grant: DownloadGrant,
): Promise<{ fileName: string; json: string } | undefined> => {
  const board = await deps.boards.findById(grant.tenantId, grant.boardId);
  if (board === undefined || grant.subject === undefined) return undefined;
  const requester = findMemberByAad(board, grant.aadObjectId);
  const subject = board.members.find((m) => m.initials === grant.subject);
  if (requester === undefined || subject === undefined) return undefined;
  if (!maySeeSubject(requester, subject)) return undefined;
  const [meetings, actions, audit] = await Promise.all([
    deps.meetings.listForBoard(board.id),
    deps.actions.listOfPerson(board.id, {
      memberId: subject.id,
      ...(subject.aadObjectId !== undefined && { aadObjectId: subject.aadObjectId }),
    }),
    deps.audit.listForBoard(board.tenantId, board.id),
  ]);
  const aad = subject.aadObjectId?.toLowerCase();
  const { id: _id, ...member } = subject;
  const data: SubjectData = {
    about: `Personal data held by Quorate for ${subject.name} (${subject.initials}) in ${board.name}`,
    generatedAt: deps.clock.now().toISOString(),
    board: { name: board.name },
    member,
    ...delegateOf(board, subject),
    meetings: meetings.flatMap((m) => meetingPart(board, m, subject) ?? []),
    actions: actions.flatMap((a) => actionPart(a, subject) ?? []),
    auditTrail: audit
      .filter((e) => aad !== undefined && e.actor.toLowerCase() === aad)
      .map((e) => ({ at: e.at, verb: e.verb, outcome: e.outcome, subject: e.subject })),
  };
  return {
    fileName: `${subject.initials}-personal-data.json`,
    json: `${JSON.stringify(data, null, 2)}\n`,
  };
};

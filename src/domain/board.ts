import type { BoardId, MemberId, TenantId } from './ids.js';
import type { MemberReach } from './reachability.js';
import type { ReminderPolicy } from './reminder-policy.js';
import { DEFAULT_REMINDER_POLICY } from './reminder-policy.js';

export const ROLES = [
  'chair',
  'vice-chair',
  'coordinator',
  'member',
  'adviser',
  'scrutineer',
] as const;
export type Role = (typeof ROLES)[number];

export type Agency = {
  code: string;
  name: string;
  /** Statutory partners (LA, police, health; education where the board decides) decide quorum. */
  statutory: boolean;
};

export type Member = {
  id: MemberId;
  name: string;
  /** Unique in the board: the minutes refer to people by initials ("RS", "EF/KW/PG"). */
  initials: string;
  designation?: string;
  agencyCode?: string;
  role: Role;
  aadObjectId?: string;
  email?: string;
  /** Calendar dates (yyyy-mm-dd); a meeting outside the range is N/A for the member. */
  memberFrom?: string;
  memberUntil?: string;
  deputies: string[];
  /**
   * Member (holds an attendance code) or officer ("in attendance", never coded, never DNA);
   * absent: the role decides (domain/officers.ts).
   */
  sitsAs?: 'member' | 'officer';
  /** How Quorate can reach them in Teams, learnt from their activities and from Teams' answers. */
  reach?: MemberReach;
};

/** Someone authorised to decide for an agency: a member, or a named non-member with designation. */
export type Delegate = {
  agencyCode: string;
  memberId?: MemberId;
  name: string;
  designation?: string;
  aadObjectId?: string;
  addedAt: string;
  addedBy: string;
};

export type ConversationKind = 'personal' | 'channel' | 'groupChat' | 'meeting';

export type BoardConversation = {
  /** Normalised conversation id (no `;messageid=` suffix). */
  id: string;
  kind: ConversationKind;
  teamId?: string;
  serviceUrl?: string;
};

export type BoardRules = {
  /** Adaptive Expressions rule; evaluated over the quorum scope. */
  quorumRule: string;
  paperDeadlineDays: number;
  timeZone: string;
  retentionYears: number;
  summariesIncludeConfidential: boolean;
  /** Absent: the defaults (7 and 1 days before, on the day, weekly while overdue). */
  reminders?: ReminderPolicy;
  /** Days after the meeting an "ASAP" action is due; absent: 7 (domain/asap-rule.ts). */
  asapDays?: number;
  /** New meetings get a standing "Declarations of interest" item; absent: no. */
  interestsItem?: boolean;
};

/** An owner or presenter a reminder could not reach in Teams (the coordinators' list). */
export type UnreachablePerson = {
  /** Entra id, or `name:<name>` for someone Quorate cannot address. */
  key: string;
  name: string;
  /** A ReachReason code (older entries may say forbidden or not-found). */
  reason: string;
  at: string;
};

export type Board = {
  id: BoardId;
  tenantId: TenantId;
  name: string;
  conversation: BoardConversation;
  agencies: Agency[];
  members: Member[];
  rules: BoardRules;
  /** People reminders could not reach, newest first; cleared when one reaches them. */
  unreachable?: UnreachablePerson[];
  /** Per agency, the people authorised to decide for it (domain/delegates.ts). */
  delegates?: Delegate[];
  createdAt: string;
  createdBy: string;
  updatedAt: string;
};

/**
 * The rule boards had before delegates (issue 21): every statutory partner represented by a member
 * or any deputy. Boards created before then keep it (it is stored with the board) until the chair
 * changes it; `quorum rule any deputy` sets it again.
 */
export const ANY_DEPUTY_QUORUM_RULE = 'all(statutoryAgencies, a, contains(presentAgencies, a))';

/**
 * The default for new boards: every statutory partner represented by a member or by a deputy its
 * delegates authorise (Working Together 2023: a deputy who is not authorised cannot bind the
 * agency). An agency with no delegates named counts any deputy (domain/deputy-authority.ts).
 */
export const DEFAULT_QUORUM_RULE = 'all(statutoryAgencies, a, contains(authorisedAgencies, a))';

export const defaultRules = (): BoardRules => ({
  quorumRule: DEFAULT_QUORUM_RULE,
  paperDeadlineDays: 7,
  timeZone: 'Europe/London',
  retentionYears: 7,
  summariesIncludeConfidential: false,
});

/** The three statutory partners of a safeguarding children partnership (Working Together 2023). */
export const defaultAgencies = (): Agency[] => [
  { code: 'LA', name: 'Local authority', statutory: true },
  { code: 'POLICE', name: 'Police', statutory: true },
  { code: 'ICB', name: 'Integrated care board (health)', statutory: true },
];

export const reminderPolicyOf = (board: Board): ReminderPolicy =>
  board.rules.reminders ?? DEFAULT_REMINDER_POLICY;

export const MANAGING_ROLES: readonly Role[] = ['chair', 'vice-chair', 'coordinator'];

export const findMemberByAad = (
  board: Board,
  aadObjectId: string | undefined,
): Member | undefined =>
  aadObjectId === undefined
    ? undefined
    : board.members.find((m) => m.aadObjectId?.toLowerCase() === aadObjectId.toLowerCase());

export const findMemberByInitials = (board: Board, initials: string): Member | undefined =>
  board.members.find((m) => m.initials.toUpperCase() === initials.toUpperCase());

/** Chairs, vice-chairs and coordinators run the board: setup, members, agendas, minutes. */
/**
 * Whether the person is the chair, a vice-chair or a coordinator; given `today`, one who has left
 * the board (`member leave`) before it no longer is.
 */
export const canManageBoard = (
  board: Board,
  aadObjectId: string | undefined,
  today?: string,
): boolean => {
  const member = findMemberByAad(board, aadObjectId);
  if (member === undefined || !MANAGING_ROLES.includes(member.role)) return false;
  return today === undefined || member.memberUntil === undefined || member.memberUntil >= today;
};

/** Chair first, then vice-chairs, then coordinators: the order people are named in refusals. */
export const managersOf = (board: Board): Member[] =>
  board.members
    .filter((m) => MANAGING_ROLES.includes(m.role))
    .sort((a, b) => MANAGING_ROLES.indexOf(a.role) - MANAGING_ROLES.indexOf(b.role));

/** "Only the chair or a coordinator can do that: Brian Boxall (BB), Elisabeth Major (EM)." */
export const managersSentence = (board: Board): string => {
  const names = managersOf(board).map((m) => `${m.name} (${m.initials})`);
  return names.length === 0 ? 'the chair or a coordinator' : names.join(', ');
};

export const normaliseAgencyCode = (code: string): string => code.trim().toUpperCase();

export const findAgency = (board: Board, codeOrName: string): Agency | undefined => {
  const wanted = codeOrName.trim().toLowerCase();
  return (
    board.agencies.find((a) => a.code.toLowerCase() === wanted) ??
    board.agencies.find((a) => a.name.toLowerCase() === wanted)
  );
};

/** Adds an agency or, when the code exists, renames it and sets its statutory flag. */
export const upsertAgency = (board: Board, agency: Agency): Board => {
  const code = normaliseAgencyCode(agency.code);
  const next = { ...agency, code };
  const exists = board.agencies.some((a) => a.code === code);
  return {
    ...board,
    agencies: exists
      ? board.agencies.map((a) => (a.code === code ? next : a))
      : [...board.agencies, next],
  };
};

import type { CommandKind } from './command.js';
import { FURTHER_CATALOGUES } from './further-catalogues.js';

export type CommandGroup =
  | 'Getting started'
  | 'Board and members'
  | 'Meetings and agenda'
  | 'Running the meeting'
  | 'Actions'
  | 'Attendance and quorum'
  | 'Summaries, minutes and reports';

export type CatalogueEntry = {
  kind: CommandKind;
  usage: string;
  summary: string;
  group: CommandGroup;
  /** Only the chair, vice-chair and coordinators may run it. */
  managersOnly: boolean;
  /** Usable before the conversation has a board. */
  withoutBoard: boolean;
};

/** The public chat contract (DESIGN.md §3) as far as it is built; `help` is rendered from it. */
export const COMMAND_CATALOGUE: readonly CatalogueEntry[] = [
  {
    kind: 'help',
    usage: 'help',
    summary: 'What you can ask Quorate here',
    group: 'Getting started',
    managersOnly: false,
    withoutBoard: true,
  },
  {
    kind: 'setup',
    usage: 'setup [<board name>]',
    summary: 'Set up the board for this conversation, with its members from the chat',
    group: 'Getting started',
    managersOnly: true,
    withoutBoard: true,
  },
  {
    kind: 'members',
    usage: 'members',
    summary: 'The board’s members by agency, with initials and roles',
    group: 'Board and members',
    managersOnly: false,
    withoutBoard: false,
  },
  {
    kind: 'membersImport',
    usage:
      'members import  (then paste: Name (INITIALS) | designation | agency [| role]; one per line, or ; between)',
    summary: 'Add or update members from a pasted table',
    group: 'Board and members',
    managersOnly: true,
    withoutBoard: false,
  },
  {
    kind: 'agencyAdd',
    usage: 'agency add <CODE> <name> [statutory]',
    summary: 'Add a partner agency, or rename one',
    group: 'Board and members',
    managersOnly: true,
    withoutBoard: false,
  },
  {
    kind: 'meetingNew',
    usage: 'meeting new <title> on <date> [<start>[-<end>]] [at <venue>]',
    summary: 'Plan a meeting, with the standing agenda items',
    group: 'Meetings and agenda',
    managersOnly: true,
    withoutBoard: false,
  },
  {
    kind: 'meetingMove',
    usage: 'meeting move <date> [<start>[-<end>]]',
    summary: 'Move the next planned meeting; actions due at it move too',
    group: 'Meetings and agenda',
    managersOnly: true,
    withoutBoard: false,
  },
  {
    kind: 'agenda',
    usage: 'agenda',
    summary: 'The agenda of the current or next meeting',
    group: 'Meetings and agenda',
    managersOnly: false,
    withoutBoard: false,
  },
  {
    kind: 'agendaAdd',
    usage: 'agenda add [<2a>] <title> [by <initials or names>] [<N> min] [confidential]',
    summary: 'Add an item (before any other business)',
    group: 'Meetings and agenda',
    managersOnly: true,
    withoutBoard: false,
  },
  {
    kind: 'agendaRemove',
    usage: 'agenda remove <item>',
    summary: 'Remove an item, standing items included',
    group: 'Meetings and agenda',
    managersOnly: true,
    withoutBoard: false,
  },
  {
    kind: 'paper',
    usage: 'paper <item> <title> <link>',
    summary: 'Attach a paper to an item (late after the paper deadline)',
    group: 'Meetings and agenda',
    managersOnly: false,
    withoutBoard: false,
  },
  {
    kind: 'undo',
    usage: 'undo',
    summary:
      'Revert your last change on this board (24 hours); in a meeting, the chair and coordinators revert its latest change',
    group: 'Running the meeting',
    managersOnly: false,
    withoutBoard: false,
  },
  {
    kind: 'papers',
    usage: 'papers',
    summary: 'Late and missing papers of the next meeting',
    group: 'Meetings and agenda',
    managersOnly: false,
    withoutBoard: false,
  },
  {
    kind: 'nextMeeting',
    usage: 'next meeting <date> [<start>[-<end>]]',
    summary: 'Set the date of the next meeting',
    group: 'Meetings and agenda',
    managersOnly: true,
    withoutBoard: false,
  },
  {
    kind: 'meetingStart',
    usage: 'meeting start  |  meeting end',
    summary: 'Start or end the meeting',
    group: 'Running the meeting',
    managersOnly: true,
    withoutBoard: false,
  },
  {
    kind: 'item',
    usage: 'item <item>  |  next',
    summary: 'Move the meeting to an item, or the next one',
    group: 'Running the meeting',
    managersOnly: true,
    withoutBoard: false,
  },
  {
    kind: 'note',
    usage: 'note <text>',
    summary: 'Record a note against the current item',
    group: 'Running the meeting',
    managersOnly: true,
    withoutBoard: false,
  },
  {
    kind: 'decision',
    usage: 'decision <text>  (or: agreed <text>)',
    summary: 'Record a decision against the current item',
    group: 'Running the meeting',
    managersOnly: true,
    withoutBoard: false,
  },
  {
    kind: 'minutesApproved',
    usage: 'minutes approved [with amendments: <text>]  |  minutes not approved [<reason>]',
    summary: 'Record the outcome for the previous meeting’s minutes',
    group: 'Running the meeting',
    managersOnly: true,
    withoutBoard: false,
  },
  {
    kind: 'actionCapture',
    usage: 'action <owners> to <text> [by <date>]',
    summary:
      'Record an action: owners by initials (RS, EF/KW), @mention or name; due at the next meeting unless dated',
    group: 'Actions',
    managersOnly: false,
    withoutBoard: false,
  },
  {
    kind: 'actions',
    usage: 'actions [open|overdue|mine|all|<initials>|meeting <date>]',
    summary: 'The action log, filtered',
    group: 'Actions',
    managersOnly: false,
    withoutBoard: false,
  },
  {
    kind: 'actionUpdate',
    usage: 'update <n> <text>  |  done <n> [<text>]',
    summary:
      'Give an update on action n ("… revised date 31/03/20" also revises its due date), or mark it complete (owners, chair, coordinators)',
    group: 'Actions',
    managersOnly: false,
    withoutBoard: false,
  },
  {
    kind: 'actionDue',
    usage: 'due <n> <date>  |  assign <n> <owners>',
    summary: 'Revise the due date (the old one is kept) or reassign',
    group: 'Actions',
    managersOnly: true,
    withoutBoard: false,
  },
  {
    kind: 'actionClose',
    usage: 'close <n> <reason>  |  reopen <n>',
    summary: 'Close an action that was dropped or superseded, or reopen it',
    group: 'Actions',
    managersOnly: true,
    withoutBoard: false,
  },
  {
    kind: 'actionConfidential',
    usage: 'action <n> confidential  |  action <n> not confidential',
    summary:
      'Restrict an action to members (those raised under a confidential item are), or open it',
    group: 'Actions',
    managersOnly: true,
    withoutBoard: false,
  },
  {
    kind: 'attendance',
    usage: 'attendance',
    summary: 'The register with codes, deputies, guests and the quorum',
    group: 'Attendance and quorum',
    managersOnly: false,
    withoutBoard: false,
  },
  {
    kind: 'attendanceCodes',
    usage: 'present <initials…>  |  apologies [<initials…>]  |  absent <initials…>',
    summary: 'Record attendance; members send their own apologies with "apologies"',
    group: 'Attendance and quorum',
    managersOnly: false,
    withoutBoard: false,
  },
  {
    kind: 'deputy',
    usage: 'deputy <name> [(<designation>)] for <initials>',
    summary: 'Someone attends for a member (SD)',
    group: 'Attendance and quorum',
    managersOnly: false,
    withoutBoard: false,
  },
  {
    kind: 'guest',
    usage: 'guest <name> [(<designation>)] [for item <item>]',
    summary: 'Also in attendance',
    group: 'Attendance and quorum',
    managersOnly: true,
    withoutBoard: false,
  },
  {
    kind: 'late',
    usage:
      'late <initials> [at item <item>]  |  left <initials> [at item <item>]  |  minute-taker <name>',
    summary: 'A late arrival, an early departure, who takes the notes',
    group: 'Attendance and quorum',
    managersOnly: true,
    withoutBoard: false,
  },
  {
    kind: 'quorum',
    usage:
      'quorum  |  quorum rule <expression>|default|any deputy  |  quorum ruling quorate|not quorate <reason>',
    summary:
      'Is the meeting quorate, and why; the board’s rule ("default": every statutory partner by a member or an authorised deputy; "any deputy": the rule boards set up before delegates keep); the chair’s ruling',
    group: 'Attendance and quorum',
    managersOnly: false,
    withoutBoard: false,
  },
  {
    kind: 'ratifier',
    usage: 'ratify by <initials or name>',
    summary: 'Who ratifies what a non-quorate meeting decided',
    group: 'Attendance and quorum',
    managersOnly: true,
    withoutBoard: false,
  },
  {
    kind: 'history',
    usage: 'history',
    summary: 'The attendance table of the last meetings',
    group: 'Attendance and quorum',
    managersOnly: false,
    withoutBoard: false,
  },
  {
    kind: 'summary',
    usage: 'summary  |  summary post',
    summary:
      'The meeting’s summary card: attendance, quorum, decisions and actions; "post" puts it in the board’s channel',
    group: 'Summaries, minutes and reports',
    managersOnly: false,
    withoutBoard: false,
  },
  {
    kind: 'minutes',
    usage: 'minutes',
    summary: 'The minutes of the current or last meeting as a Word document (.docx)',
    group: 'Summaries, minutes and reports',
    managersOnly: false,
    withoutBoard: false,
  },
  {
    kind: 'report',
    usage: 'report [<year>]',
    summary:
      'Annual report figures for a year from April (2026 or 2026-27): attendance by agency, actions raised and completed',
    group: 'Summaries, minutes and reports',
    managersOnly: false,
    withoutBoard: false,
  },
  {
    kind: 'personalData',
    usage: 'personal data [<initials>]',
    summary:
      'Everything this board holds about you (the chair and coordinators: about a member), as a JSON download for a subject access request',
    group: 'Summaries, minutes and reports',
    managersOnly: false,
    withoutBoard: false,
  },
  ...FURTHER_CATALOGUES,
];

/**
 * A usage line for chat: Teams (and the playground) read `<word>` as an HTML tag and drop it, so
 * placeholders are shown in ‹single guillemets›.
 */
export const displayUsage = (usage: string): string => usage.replace(/</g, '‹').replace(/>/g, '›');

export const usageOf = (kind: CommandKind): string =>
  displayUsage(COMMAND_CATALOGUE.find((e) => e.kind === kind)?.usage ?? kind);

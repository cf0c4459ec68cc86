import type { CommandKind } from './command.js';

/** Catalogue entries (command-catalogue.ts) of Teams meetings as boards schedule them (issue 21). */
type MeetingLinkEntry = {
  kind: CommandKind;
  usage: string;
  summary: string;
  group: 'Meetings and agenda' | 'Attendance and quorum';
  managersOnly: boolean;
  withoutBoard: boolean;
};

export const MEETING_LINK_CATALOGUE: readonly MeetingLinkEntry[] = [
  {
    kind: 'meetingLink',
    usage: 'meeting link',
    summary:
      'In a Teams meeting’s chat (one scheduled in Outlook): link it to the board meeting planned that day, so attendance, the agenda card and commands work here',
    group: 'Meetings and agenda',
    managersOnly: true,
    withoutBoard: true,
  },
  {
    kind: 'attendanceReport',
    usage: 'attendance report',
    summary:
      'After a linked Teams meeting: compare Teams’ attendance report with the register and record the members it missed',
    group: 'Attendance and quorum',
    managersOnly: true,
    withoutBoard: false,
  },
];

/** How `meeting link` is typed in a meeting chat, where the bot is @mentioned. */
export const MEETING_CHAT_LINK_USAGE = '"@Quorate meeting link"';

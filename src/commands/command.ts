import type { EntryCorrection } from '../domain/correct-entry.js';

export type Command =
  | { kind: 'help' }
  | { kind: 'setup'; name?: string }
  | { kind: 'members' }
  | { kind: 'membersImport'; table: string }
  | { kind: 'agencyAdd'; code: string; name: string; statutory: boolean }
  | { kind: 'agencyRemove'; code: string }
  | { kind: 'agencyRename'; code: string; name: string }
  | { kind: 'agencyCode'; from: string; to: string }
  | { kind: 'memberLeave'; initials: string; on?: string }
  | { kind: 'memberRejoin'; initials: string }
  | {
      kind: 'memberEdit';
      initials: string;
      name?: string;
      designation?: string;
      agency?: string;
      role?: string;
      sitsAs?: 'member' | 'officer';
    }
  | { kind: 'actionsImport'; table: string }
  | { kind: 'meetingNew'; spec: string }
  | { kind: 'meetingMove'; spec: string }
  | { kind: 'meetingStart' }
  | { kind: 'meetingEnd' }
  | { kind: 'meetingLink' }
  | { kind: 'attendanceReport' }
  | { kind: 'nextMeeting'; spec: string }
  | { kind: 'agenda' }
  | {
      kind: 'agendaAdd';
      title: string;
      number?: string;
      presenters?: string;
      minutes?: number;
      confidential: boolean;
    }
  | { kind: 'agendaRemove'; item: string }
  | { kind: 'paper'; item: string; title: string; link: string }
  | { kind: 'papers' }
  | { kind: 'undo' }
  | { kind: 'item'; item: string }
  | { kind: 'next' }
  | { kind: 'note'; text: string }
  | { kind: 'decision'; text: string }
  | { kind: 'minutesApproved'; amendments?: string }
  | { kind: 'minutesNotApproved'; reason?: string }
  | { kind: 'actionCapture'; spec: string }
  /** "JB to send the report": an action written without the word, offered before it is saved. */
  | { kind: 'actionOffer'; spec: string }
  | { kind: 'actions'; filter: string }
  /** `revisedDate`: the update revises the due date ("revised date 31/03/20"); `text` may be empty. */
  | { kind: 'actionUpdate'; number: number; text: string; revisedDate?: string }
  | { kind: 'actionDone'; number: number; text?: string }
  | { kind: 'actionReopen'; number: number }
  | { kind: 'actionClose'; number: number; reason: string }
  | { kind: 'actionConfidential'; number: number; confidential: boolean }
  | { kind: 'actionDue'; number: number; date: string }
  | { kind: 'actionAssign'; number: number; owners: string }
  | { kind: 'attendance' }
  | { kind: 'attendanceCodes'; code: 'A' | 'SA' | 'DNA'; initials: string[] }
  | { kind: 'deputy'; person: string; forInitials: string }
  | { kind: 'guest'; person: string; forItem?: string }
  | { kind: 'interest'; who: string; item: string; text: string }
  | { kind: 'interestItem'; on: boolean }
  | { kind: 'interestRemove'; who: string; item: string }
  | { kind: 'interestEdit'; who: string; item: string; text: string }
  | { kind: 'late'; initials: string; atItem?: string }
  | { kind: 'left'; initials: string; atItem?: string }
  | { kind: 'minuteTaker'; name: string }
  | { kind: 'quorum' }
  | { kind: 'quorumForecast' }
  | { kind: 'ownApologies'; date?: string; deputy?: { name: string; designation?: string } }
  | { kind: 'quorumRule'; rule: string }
  | { kind: 'quorumRuling'; quorate: boolean; reason: string }
  | { kind: 'ratifier'; name: string }
  | { kind: 'history' }
  | { kind: 'summary'; post: boolean }
  /** `when`: a date or "last" (domain/read-minutes-date.ts); absent, the current or last meeting. */
  | { kind: 'minutes'; when?: string }
  | { kind: 'report'; year?: string }
  | { kind: 'personalData'; initials?: string }
  | { kind: 'notes' }
  | {
      kind: 'entryCorrection';
      entry: 'note' | 'decision';
      ref: number | 'last';
      correction: EntryCorrection;
    }
  | { kind: 'actionDelete'; number: number; reason: string }
  | { kind: 'actionMove'; number: number; item: string }
  | { kind: 'actionEdit'; number: number; text: string }
  | { kind: 'itemEdit'; item: string; title?: string; presenters?: string; minutes?: number }
  | { kind: 'guestRemove'; name: string }
  | { kind: 'deputyRemove'; forInitials: string }
  | { kind: 'delegate'; who: string; agency: string }
  | { kind: 'delegateRemove'; who: string; agency: string }
  | { kind: 'delegates'; agency?: string };

export type CommandKind = Command['kind'];

export type ParseResult =
  { ok: true; command: Command } | { ok: false; message: string; usage?: string };

/** A message read as `command`. */
export const parsed = (command: Command): ParseResult => ({ ok: true, command });

/** A message that is not a command: what was wrong and, when known, the right form. */
export const parseFailure = (message: string, usage?: string): ParseResult =>
  usage === undefined ? { ok: false, message } : { ok: false, message, usage };

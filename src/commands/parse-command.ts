import type { ParseResult } from './command.js';
import { parsed, parseFailure } from './command.js';
import { usageOf } from './command-catalogue.js';
import { parseActionChange } from './parse-action-change.js';
import { parseAgendaAdd } from './parse-agenda-add.js';
import { parseAgencyCommand } from './parse-agency-command.js';
import { parseMemberCommand } from './parse-member-command.js';
import { parseActionsImport } from './parse-actions-import.js';
import {
  parseAttendanceCodes,
  parseDeputy,
  parseGuest,
  parseTiming,
} from './parse-attendance-command.js';
import { parseMinutesCommand } from './parse-minutes-command.js';
import { parseActionCorrection } from './parse-action-correction.js';
import { parseEntryCorrection } from './parse-entry-correction.js';
import { parseItemEdit } from './parse-item-edit.js';
import { parseRegisterRemoval } from './parse-register-removal.js';
import { parseQuorumCommand } from './parse-quorum-command.js';
import { parseInterest } from './parse-interest.js';
import { parseDelegateCommand } from './parse-delegate-command.js';
import { INITIALS_PATTERN } from '../domain/initials.js';
import { isCommandWord } from './command-words.js';
import { normaliseMinuteForms } from './normalise-minute-forms.js';

const AGENCY_CODE = /^[A-Za-z][A-Za-z0-9&-]{0,11}$/;

/** "2026" is the year that starts in April 2026: 2026-27 (so is "2026/27"). */
const reportingYear = (word: string | undefined): string | undefined =>
  word === undefined || !/^\d{4}$/.test(word)
    ? word?.replace(/^(\d{4})\/(\d{2})$/, '$1-$2')
    : `${word}-${String((Number(word.slice(2)) + 1) % 100).padStart(2, '0')}`;

/**
 * Reads one chat message (bot mention already removed) as a command. Never throws: anything it
 * cannot read comes back with what was wrong and the right form.
 */
export const parseCommand = (rawText: string): ParseResult => {
  const form = normaliseMinuteForms(rawText.replace(/\u00a0/g, ' ').trim(), isCommandWord);
  if (form.kind === 'offer') return parsed({ kind: 'actionOffer', spec: form.spec });
  const text = form.text.trim();
  const firstLineEnd = text.indexOf('\n');
  const firstLine = (firstLineEnd < 0 ? text : text.slice(0, firstLineEnd)).trim();
  const rest = firstLineEnd < 0 ? '' : text.slice(firstLineEnd + 1);
  const words = firstLine.split(/\s+/).filter((w) => w.length > 0);
  const headWord = words[0] ?? '';
  const head = headWord.toLowerCase();
  /** Everything after the command word, on all lines. */
  const args = text.slice(headWord.length).trim();
  const second = (words[1] ?? '').toLowerCase();

  switch (head) {
    case '':
      return parseFailure('I did not get a command.');
    case 'help':
    case '?':
      return parsed({ kind: 'help' });
    case 'setup': {
      const name = firstLine.slice(headWord.length).trim();
      if (name.length > 120)
        return parseFailure(
          'That board name is too long (120 characters at most).',
          usageOf('setup'),
        );
      return parsed(name === '' ? { kind: 'setup' } : { kind: 'setup', name });
    }
    case 'members':
      if (words.length === 1) return parsed({ kind: 'members' });
      if (second === 'import') {
        const inline = firstLine.split(/\s+/).slice(2).join(' ');
        // Clients that send on Enter (or drop line breaks) can separate rows with ";" on one line.
        const rows =
          rest.trim() === '' && inline.includes('|') ? inline.split(/\s*;\s*/) : [inline];
        const table = [...rows, rest].filter((p) => p.trim() !== '').join('\n');
        if (table.trim() === '') {
          return parseFailure(
            'Paste the table on the lines after "members import".',
            usageOf('membersImport'),
          );
        }
        return parsed({ kind: 'membersImport', table });
      }
      return parseFailure(
        `"members ${words[1] ?? ''}" is not a command.`,
        `${usageOf('members')}  or  ${usageOf('membersImport')}`,
      );
    case 'agency': {
      if (second !== 'add') return parseAgencyCommand(words);
      const code = words[2] ?? '';
      if (!AGENCY_CODE.test(code)) {
        return parseFailure(
          code === ''
            ? 'Give the agency a short code.'
            : `"${code}" is not a usable code: use letters and digits, up to 12.`,
          usageOf('agencyAdd'),
        );
      }
      let nameWords = words.slice(3);
      const statutory = nameWords.at(-1)?.toLowerCase() === 'statutory';
      if (statutory) nameWords = nameWords.slice(0, -1);
      const name = nameWords.join(' ').trim();
      if (name === '')
        return parseFailure(`Give agency ${code.toUpperCase()} a name.`, usageOf('agencyAdd'));
      return parsed({ kind: 'agencyAdd', code: code.toUpperCase(), name, statutory });
    }
    case 'member':
      return parseMemberCommand(firstLine);
    case 'meeting': {
      if (second === 'new') {
        const spec = words.slice(2).join(' ');
        if (!/\son\s/i.test(` ${spec} `) || spec.trim() === '') {
          return parseFailure('Give the meeting a title and a date.', usageOf('meetingNew'));
        }
        return parsed({ kind: 'meetingNew', spec });
      }
      if (second === 'move') {
        const spec = words.slice(2).join(' ');
        if (spec === '')
          return parseFailure('Give the meeting’s new date.', usageOf('meetingMove'));
        return parsed({ kind: 'meetingMove', spec });
      }
      if (second === 'link' && words.length === 2) return parsed({ kind: 'meetingLink' });
      if (second === 'start' && words.length === 2) return parsed({ kind: 'meetingStart' });
      if (second === 'end' && words.length === 2) return parsed({ kind: 'meetingEnd' });
      return parseFailure(
        `"${firstLine}" is not a meeting command.`,
        `${usageOf('meetingNew')}  or  ${usageOf('meetingStart')}`,
      );
    }
    case 'next':
      if (words.length === 1) return parsed({ kind: 'next' });
      if (second === 'meeting') {
        const spec = words.slice(2).join(' ');
        if (spec === '')
          return parseFailure('Give the date of the next meeting.', usageOf('nextMeeting'));
        return parsed({ kind: 'nextMeeting', spec });
      }
      return parseFailure(
        `"${firstLine}" is not a command.`,
        `next  or  ${usageOf('nextMeeting')}`,
      );
    case 'agenda':
      if (words.length === 1) return parsed({ kind: 'agenda' });
      if (second === 'add') return parseAgendaAdd(words.slice(2).join(' '));
      if (second === 'remove') {
        const item = words.slice(2).join(' ');
        if (item === '') return parseFailure('Say which item to remove.', usageOf('agendaRemove'));
        return parsed({ kind: 'agendaRemove', item });
      }
      return parseFailure(
        `"${firstLine}" is not an agenda command.`,
        `agenda  or  ${usageOf('agendaAdd')}`,
      );
    case 'paper': {
      const link = words.at(-1) ?? '';
      if (words.length < 4 || !/^https?:\/\/\S+$/i.test(link)) {
        return parseFailure(
          'Give the item, the paper’s title and a link starting with https://.',
          usageOf('paper'),
        );
      }
      return parsed({
        kind: 'paper',
        item: words[1] ?? '',
        title: words.slice(2, -1).join(' '),
        link,
      });
    }
    case 'papers':
      return parsed({ kind: 'papers' });
    case 'undo':
      return args === ''
        ? parsed({ kind: 'undo' })
        : parseFailure(
            '"undo" takes nothing after it: it reverts your last change.',
            usageOf('undo'),
          );
    case 'item': {
      if (second === 'edit') return parseItemEdit(words.slice(2).join(' '));
      const item = words.slice(1).join(' ');
      if (item === '')
        return parseFailure('Say which item, e.g. "item 2" or "item AOB".', usageOf('item'));
      return parsed({ kind: 'item', item });
    }
    case 'notes':
      if (words.length === 1) return parsed({ kind: 'notes' });
      return parseFailure(`"${firstLine}" is not a command.`, usageOf('notes'));
    case 'note': {
      const correction = parseEntryCorrection('note', args);
      if (correction !== undefined) return correction;
      if (args === '')
        return parseFailure('Write the note after the word "note".', usageOf('note'));
      return parsed({ kind: 'note', text: args });
    }
    case 'decision':
    case 'agreed': {
      const body = args.replace(/^[:\s-]+/, '').trim();
      const correction = parseEntryCorrection('decision', body);
      if (correction !== undefined) return correction;
      if (body === '')
        return parseFailure('Write the decision after the word.', usageOf('decision'));
      return parsed({ kind: 'decision', text: body });
    }
    case 'minutes':
      return parseMinutesCommand(args, firstLine);
    case 'action': {
      if (args === '') return parseFailure('Say who does what.', usageOf('actionCapture'));
      const correction = parseActionCorrection(args);
      if (correction !== undefined) return correction;
      const marking = /^(?:#|no\.?\s*)?(\d{1,6})\s+(not\s+)?confidential$/i.exec(args);
      if (marking !== null)
        return parsed({
          kind: 'actionConfidential',
          number: Number(marking[1]),
          confidential: marking[2] === undefined,
        });
      return parsed({ kind: 'actionCapture', spec: args });
    }
    case 'actions':
      if (second === 'import') return parseActionsImport(firstLine, rest);
      return parsed({ kind: 'actions', filter: words.slice(1).join(' ') });
    case 'update':
    case 'done':
    case 'reopen':
    case 'close':
    case 'due':
    case 'assign':
      return parseActionChange(head, args);
    case 'attendance':
    case 'register':
      if (head === 'attendance' && second === 'report' && words.length === 2)
        return parsed({ kind: 'attendanceReport' });
      return parsed({ kind: 'attendance' });
    case 'present':
      return parseAttendanceCodes('present', args);
    case 'apologies':
      return parseAttendanceCodes('apologies', args);
    case 'absent':
      return parseAttendanceCodes('absent', args);
    case 'deputy':
      return parseRegisterRemoval('deputy', firstLine) ?? parseDeputy(firstLine);
    case 'delegate':
    case 'delegates':
      return parseDelegateCommand(firstLine);
    case 'guest':
      return parseRegisterRemoval('guest', firstLine) ?? parseGuest(firstLine);
    case 'interest':
      return parseInterest(args);
    case 'late':
      return parseTiming('late', firstLine);
    case 'left':
      return parseTiming('left', firstLine);
    case 'minute-taker':
    case 'minutetaker': {
      const name = firstLine.slice(headWord.length).trim();
      if (name === '') return parseFailure('Say who takes the minutes.', usageOf('late'));
      return parsed({ kind: 'minuteTaker', name });
    }
    case 'quorum':
      return parseQuorumCommand(text, firstLine);
    case 'ratify': {
      const match = /^ratify\s+(?:by\s+)?(.+)$/i.exec(firstLine);
      if (match === null || /^by$/i.test((match[1] ?? '').trim()))
        return parseFailure('Say who ratifies.', usageOf('ratifier'));
      return parsed({ kind: 'ratifier', name: (match[1] ?? '').trim() });
    }
    case 'history':
      return parsed({ kind: 'history' });
    case 'summary':
      if (words.length === 1) return parsed({ kind: 'summary', post: false });
      if (second === 'post' && words.length === 2) return parsed({ kind: 'summary', post: true });
      return parseFailure(`"${firstLine}" is not a summary command.`, usageOf('summary'));
    case 'personal': {
      if (second !== 'data' || words.length > 3)
        return parseFailure(`"${firstLine}" is not a command I know.`, usageOf('personalData'));
      const initials = words[2]?.toUpperCase();
      if (initials === undefined) return parsed({ kind: 'personalData' });
      if (!INITIALS_PATTERN.test(initials))
        return parseFailure(
          `"${words[2]}" is not a member's initials, like RS.`,
          usageOf('personalData'),
        );
      return parsed({ kind: 'personalData', initials });
    }
    case 'report': {
      const year = reportingYear(words[1]);
      if (year === undefined) return parsed({ kind: 'report' });
      if (
        !/^\d{4}-\d{2}$/.test(year) ||
        Number(year.slice(5)) !== (Number(year.slice(2, 4)) + 1) % 100
      ) {
        return parseFailure(
          `"${year}" is not a reporting year: write it like 2022-23 (April to March).`,
          usageOf('report'),
        );
      }
      return parsed({ kind: 'report', year });
    }
    default:
      return parseFailure(
        `I don't know "${firstLine.length > 40 ? `${firstLine.slice(0, 40)}…` : firstLine}".`,
      );
  }
};

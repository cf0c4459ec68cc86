import type { ParseResult } from './command.js';
import { usageOf } from './command-catalogue.js';
import { INITIALS_PATTERN } from '../domain/initials.js';

const fail = (message: string, usage?: string): ParseResult =>
  usage === undefined ? { ok: false, message } : { ok: false, message, usage };

const ITEM_NUMBER = /^\d+(?:[a-z]|(?:\.\d+)+)?$/i;

/** `agenda add [<2a>] <title> [by <presenters>] [<N> min] [confidential]`, read from the end. */
const parseAgendaAdd = (spec: string): ParseResult => {
  let rest = spec.trim();
  let confidential = false;
  let minutes: number | undefined;
  let presenters: string | undefined;
  let number: string | undefined;
  const conf = /\s*\(?\bconfidential\)?\s*$/i.exec(rest);
  if (conf !== null) {
    confidential = true;
    rest = rest.slice(0, conf.index).trim();
  }
  const mins = /\s*\b(\d{1,3})\s*(?:min|mins|minutes)\.?\s*$/i.exec(rest);
  if (mins !== null) {
    minutes = Number(mins[1]);
    rest = rest.slice(0, mins.index).trim();
  }
  const by = /(?:^|\s+)by\s+(.+)$/i.exec(rest);
  if (by !== null) {
    presenters = (by[1] ?? '').trim();
    rest = rest.slice(0, by.index).trim();
  }
  const first = rest.split(/\s+/)[0] ?? '';
  if (ITEM_NUMBER.test(first) && rest.includes(' ')) {
    number = first.replace(/\.$/, '');
    rest = rest.slice(first.length).trim();
  }
  if (rest === '') return fail('Give the item a title.', usageOf('agendaAdd'));
  return {
    ok: true,
    command: {
      kind: 'agendaAdd',
      title: rest,
      confidential,
      ...(number !== undefined && { number }),
      ...(presenters !== undefined && { presenters }),
      ...(minutes !== undefined && { minutes }),
    },
  };
};

const ACTION_NUMBER = /^(?:#|no\.?\s*|action\s+)?(\d{1,6})\b\s*/i;

const CHANGE_USAGE: Record<string, Parameters<typeof usageOf>[0]> = {
  update: 'actionUpdate',
  done: 'actionUpdate',
  reopen: 'actionClose',
  close: 'actionClose',
  due: 'actionDue',
  assign: 'actionDue',
};

/** `update <n> <text>`, `done <n> [<text>]`, `reopen <n>`, `close <n> <reason>`, `due <n> <date>`, `assign <n> <owners>`. */
const parseActionChange = (verb: string, rest: string): ParseResult => {
  const usage = usageOf(CHANGE_USAGE[verb] ?? 'actionUpdate');
  const match = ACTION_NUMBER.exec(rest);
  if (match === null) return fail(`Say which action, by its number: "${verb} 15 …".`, usage);
  const number = Number(match[1]);
  const body = rest.slice(match[0].length).trim();
  switch (verb) {
    case 'update':
      return body === ''
        ? fail('Write the update after the number.', usage)
        : { ok: true, command: { kind: 'actionUpdate', number, text: body } };
    case 'done':
      return {
        ok: true,
        command:
          body === '' ? { kind: 'actionDone', number } : { kind: 'actionDone', number, text: body },
      };
    case 'reopen':
      return { ok: true, command: { kind: 'actionReopen', number } };
    case 'close':
      return body === ''
        ? fail('Give the reason for closing it.', usage)
        : { ok: true, command: { kind: 'actionClose', number, reason: body } };
    case 'due':
      return body === ''
        ? fail('Give the new due date.', usage)
        : { ok: true, command: { kind: 'actionDue', number, date: body } };
    default:
      return body === ''
        ? fail('Say who the new owners are.', usage)
        : { ok: true, command: { kind: 'actionAssign', number, owners: body } };
  }
};

const AGENCY_CODE = /^[A-Za-z][A-Za-z0-9&-]{0,11}$/;

/**
 * Reads one chat message (bot mention already removed) as a command. Never throws: anything it
 * cannot read comes back with what was wrong and the right form.
 */
export const parseCommand = (rawText: string): ParseResult => {
  const text = rawText.replace(/\u00a0/g, ' ').trim();
  const firstLineEnd = text.indexOf('\n');
  const firstLine = (firstLineEnd < 0 ? text : text.slice(0, firstLineEnd)).trim();
  const rest = firstLineEnd < 0 ? '' : text.slice(firstLineEnd + 1);
  const words = firstLine.split(/\s+/).filter((w) => w.length > 0);
  const head = (words[0] ?? '').toLowerCase();
  const second = (words[1] ?? '').toLowerCase();

  switch (head) {
    case '':
      return fail('I did not get a command.');
    case 'help':
    case '?':
      return { ok: true, command: { kind: 'help' } };
    case 'setup': {
      const name = firstLine.slice(words[0]?.length ?? 0).trim();
      if (name.length > 120)
        return fail('That board name is too long (120 characters at most).', usageOf('setup'));
      return { ok: true, command: name === '' ? { kind: 'setup' } : { kind: 'setup', name } };
    }
    case 'members':
      if (words.length === 1) return { ok: true, command: { kind: 'members' } };
      if (second === 'import') {
        const inline = firstLine.split(/\s+/).slice(2).join(' ');
        // Clients that send on Enter (or drop line breaks) can separate rows with ";" on one line.
        const rows =
          rest.trim() === '' && inline.includes('|') ? inline.split(/\s*;\s*/) : [inline];
        const table = [...rows, rest].filter((p) => p.trim() !== '').join('\n');
        if (table.trim() === '') {
          return fail(
            'Paste the table on the lines after "members import".',
            usageOf('membersImport'),
          );
        }
        return { ok: true, command: { kind: 'membersImport', table } };
      }
      return fail(
        `"members ${words[1] ?? ''}" is not a command.`,
        `${usageOf('members')}  or  ${usageOf('membersImport')}`,
      );
    case 'agency': {
      if (second !== 'add')
        return fail('Agencies are added with "agency add".', usageOf('agencyAdd'));
      const code = words[2] ?? '';
      if (!AGENCY_CODE.test(code)) {
        return fail(
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
        return fail(`Give agency ${code.toUpperCase()} a name.`, usageOf('agencyAdd'));
      return {
        ok: true,
        command: { kind: 'agencyAdd', code: code.toUpperCase(), name, statutory },
      };
    }
    case 'meeting': {
      if (second === 'new') {
        const spec = firstLine.split(/\s+/).slice(2).join(' ');
        if (!/\son\s/i.test(` ${spec} `) || spec.trim() === '') {
          return fail('Give the meeting a title and a date.', usageOf('meetingNew'));
        }
        return { ok: true, command: { kind: 'meetingNew', spec } };
      }
      if (second === 'move') {
        const spec = firstLine.split(/\s+/).slice(2).join(' ');
        if (spec === '') return fail('Give the meeting’s new date.', usageOf('meetingMove'));
        return { ok: true, command: { kind: 'meetingMove', spec } };
      }
      if (second === 'start' && words.length === 2)
        return { ok: true, command: { kind: 'meetingStart' } };
      if (second === 'end' && words.length === 2)
        return { ok: true, command: { kind: 'meetingEnd' } };
      return fail(
        `"${firstLine}" is not a meeting command.`,
        `${usageOf('meetingNew')}  or  ${usageOf('meetingStart')}`,
      );
    }
    case 'next':
      if (words.length === 1) return { ok: true, command: { kind: 'next' } };
      if (second === 'meeting') {
        const spec = firstLine.split(/\s+/).slice(2).join(' ');
        if (spec === '') return fail('Give the date of the next meeting.', usageOf('nextMeeting'));
        return { ok: true, command: { kind: 'nextMeeting', spec } };
      }
      return fail(`"${firstLine}" is not a command.`, `next  or  ${usageOf('nextMeeting')}`);
    case 'agenda':
      if (words.length === 1) return { ok: true, command: { kind: 'agenda' } };
      if (second === 'add') return parseAgendaAdd(firstLine.split(/\s+/).slice(2).join(' '));
      if (second === 'remove') {
        const item = words.slice(2).join(' ');
        if (item === '') return fail('Say which item to remove.', usageOf('agendaRemove'));
        return { ok: true, command: { kind: 'agendaRemove', item } };
      }
      return fail(
        `"${firstLine}" is not an agenda command.`,
        `agenda  or  ${usageOf('agendaAdd')}`,
      );
    case 'paper': {
      const link = words.at(-1) ?? '';
      if (words.length < 4 || !/^https?:\/\/\S+$/i.test(link)) {
        return fail(
          'Give the item, the paper’s title and a link starting with https://.',
          usageOf('paper'),
        );
      }
      return {
        ok: true,
        command: { kind: 'paper', item: words[1] ?? '', title: words.slice(2, -1).join(' '), link },
      };
    }
    case 'papers':
      return { ok: true, command: { kind: 'papers' } };
    case 'item': {
      const item = words.slice(1).join(' ');
      if (item === '') return fail('Say which item, e.g. "item 2" or "item AOB".', usageOf('item'));
      return { ok: true, command: { kind: 'item', item } };
    }
    case 'note': {
      const body = text.slice(words[0]?.length ?? 0).trim();
      if (body === '') return fail('Write the note after the word "note".', usageOf('note'));
      return { ok: true, command: { kind: 'note', text: body } };
    }
    case 'decision':
    case 'agreed': {
      const body = text
        .slice(words[0]?.length ?? 0)
        .replace(/^[:\s-]+/, '')
        .trim();
      if (body === '') return fail('Write the decision after the word.', usageOf('decision'));
      return { ok: true, command: { kind: 'decision', text: body } };
    }
    case 'minutes': {
      const after = text.slice(words[0]?.length ?? 0).trim();
      if (after === '') return { ok: true, command: { kind: 'minutes' } };
      const approved = /^approved\b\s*(?:(?:with\s+)?amendments?\s*:?\s*([\s\S]*))?$/i.exec(after);
      if (approved !== null) {
        const amendments = approved[1]?.trim();
        if (/amend/i.test(after) && (amendments === undefined || amendments === '')) {
          return fail('Write the amendments after "with amendments:".', usageOf('minutesApproved'));
        }
        return {
          ok: true,
          command:
            amendments === undefined || amendments === ''
              ? { kind: 'minutesApproved' }
              : { kind: 'minutesApproved', amendments },
        };
      }
      const notApproved = /^not\s+approved\b\s*:?\s*([\s\S]*)$/i.exec(after);
      if (notApproved !== null) {
        const reason = notApproved[1]?.trim();
        return {
          ok: true,
          command:
            reason === undefined || reason === ''
              ? { kind: 'minutesNotApproved' }
              : { kind: 'minutesNotApproved', reason },
        };
      }
      return fail(`"${firstLine}" is not a minutes command.`, usageOf('minutesApproved'));
    }
    case 'action': {
      const spec = text.slice(words[0]?.length ?? 0).trim();
      if (spec === '') return fail('Say who does what.', usageOf('actionCapture'));
      const marking = /^(?:#|no\.?\s*)?(\d{1,6})\s+(not\s+)?confidential$/i.exec(spec);
      if (marking !== null)
        return {
          ok: true,
          command: {
            kind: 'actionConfidential',
            number: Number(marking[1]),
            confidential: marking[2] === undefined,
          },
        };
      return { ok: true, command: { kind: 'actionCapture', spec } };
    }
    case 'actions':
      return { ok: true, command: { kind: 'actions', filter: words.slice(1).join(' ') } };
    case 'update':
    case 'done':
    case 'reopen':
    case 'close':
    case 'due':
    case 'assign':
      return parseActionChange(head, text.slice(words[0]?.length ?? 0).trim());
    case 'attendance':
    case 'register':
      return { ok: true, command: { kind: 'attendance' } };
    case 'present':
    case 'apologies':
    case 'absent': {
      const initials = text
        .slice(words[0]?.length ?? 0)
        .split(/[\s,/]+/)
        .map((w) => w.trim().toUpperCase())
        .filter((w) => w !== '' && w !== 'AND');
      if (head !== 'apologies' && initials.length === 0)
        return fail(
          `Give the members’ initials, e.g. "${head} BB LB RS".`,
          usageOf('attendanceCodes'),
        );
      return {
        ok: true,
        command: {
          kind: 'attendanceCodes',
          code: head === 'present' ? 'A' : head === 'apologies' ? 'SA' : 'DNA',
          initials,
        },
      };
    }
    case 'deputy': {
      const match = /^deputy\s+(.+?)\s+for\s+([A-Za-z0-9]{1,6})\s*$/i.exec(firstLine);
      if (match === null) return fail('Say who attends for whom.', usageOf('deputy'));
      return {
        ok: true,
        command: {
          kind: 'deputy',
          person: match[1] ?? '',
          forInitials: (match[2] ?? '').toUpperCase(),
        },
      };
    }
    case 'guest': {
      const match = /^guest\s+(.+?)(?:\s+for\s+item\s+(\S+))?\s*$/i.exec(firstLine);
      if (match === null || (match[1] ?? '').trim() === '')
        return fail('Give the guest’s name.', usageOf('guest'));
      return {
        ok: true,
        command: {
          kind: 'guest',
          person: match[1] ?? '',
          ...(match[2] !== undefined && { forItem: match[2] }),
        },
      };
    }
    case 'late': {
      const match = /^late\s+([A-Za-z0-9]{1,6})(?:\s+at\s+item\s+(\S+))?\s*$/i.exec(firstLine);
      if (match === null) return fail('Say who arrived late, by initials.', usageOf('late'));
      return {
        ok: true,
        command: {
          kind: 'late',
          initials: (match[1] ?? '').toUpperCase(),
          ...(match[2] !== undefined && { atItem: match[2] }),
        },
      };
    }
    case 'left': {
      const match =
        /^left\s+([A-Za-z0-9]{1,6})(?:\s+(?:early\s+)?(?:at|after)\s+item\s+(\S+))?\s*$/i.exec(
          firstLine,
        );
      if (match === null) return fail('Say who left early, by initials.', usageOf('late'));
      return {
        ok: true,
        command: {
          kind: 'left',
          initials: (match[1] ?? '').toUpperCase(),
          ...(match[2] !== undefined && { atItem: match[2] }),
        },
      };
    }
    case 'minute-taker':
    case 'minutetaker': {
      const name = firstLine.slice(words[0]?.length ?? 0).trim();
      if (name === '') return fail('Say who takes the minutes.', usageOf('late'));
      return { ok: true, command: { kind: 'minuteTaker', name } };
    }
    case 'quorum': {
      if (words.length === 1) return { ok: true, command: { kind: 'quorum' } };
      if (second === 'rule') {
        const rule = text.slice(text.toLowerCase().indexOf('rule') + 4).trim();
        if (rule === '') return fail('Write the rule after "quorum rule".', usageOf('quorum'));
        return { ok: true, command: { kind: 'quorumRule', rule } };
      }
      if (second === 'ruling') {
        const match = /^quorum\s+ruling\s+(not\s+quorate|quorate)\b\s*:?\s*(.*)$/i.exec(firstLine);
        if (match === null || (match[2] ?? '').trim() === '')
          return fail('Say "quorate" or "not quorate" and why.', usageOf('quorum'));
        return {
          ok: true,
          command: {
            kind: 'quorumRuling',
            quorate: !/^not/i.test(match[1] ?? ''),
            reason: (match[2] ?? '').trim(),
          },
        };
      }
      return fail(`"${firstLine}" is not a quorum command.`, usageOf('quorum'));
    }
    case 'ratify': {
      const match = /^ratify\s+(?:by\s+)?(.+)$/i.exec(firstLine);
      if (match === null || /^by$/i.test((match[1] ?? '').trim()))
        return fail('Say who ratifies.', usageOf('ratifier'));
      return { ok: true, command: { kind: 'ratifier', name: (match[1] ?? '').trim() } };
    }
    case 'history':
      return { ok: true, command: { kind: 'history' } };
    case 'summary':
      if (words.length === 1) return { ok: true, command: { kind: 'summary', post: false } };
      if (second === 'post' && words.length === 2)
        return { ok: true, command: { kind: 'summary', post: true } };
      return fail(`"${firstLine}" is not a summary command.`, usageOf('summary'));
    case 'personal': {
      if (second !== 'data' || words.length > 3)
        return fail(`"${firstLine}" is not a command I know.`, usageOf('personalData'));
      const initials = words[2]?.toUpperCase();
      if (initials === undefined) return { ok: true, command: { kind: 'personalData' } };
      if (!INITIALS_PATTERN.test(initials))
        return fail(`"${words[2]}" is not a member's initials, like RS.`, usageOf('personalData'));
      return { ok: true, command: { kind: 'personalData', initials } };
    }
    case 'report': {
      const year = words[1];
      if (year === undefined) return { ok: true, command: { kind: 'report' } };
      if (
        !/^\d{4}-\d{2}$/.test(year) ||
        Number(year.slice(5)) !== (Number(year.slice(2, 4)) + 1) % 100
      ) {
        return fail(
          `"${year}" is not a reporting year: write it like 2022-23 (April to March).`,
          usageOf('report'),
        );
      }
      return { ok: true, command: { kind: 'report', year } };
    }
    default:
      return fail(
        `I don't know "${firstLine.length > 40 ? `${firstLine.slice(0, 40)}…` : firstLine}".`,
      );
  }
};

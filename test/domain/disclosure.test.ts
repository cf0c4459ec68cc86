import { describe, expect, it } from 'vitest';
import type { Action } from '../../src/domain/action.js';
import type { Audience, Content, ContentKind, Disclosure } from '../../src/domain/disclosure.js';
import {
  CONFIDENTIAL_TITLE,
  discloseAction,
  discloseMeeting,
  disclosureOf,
  isConfidentialAction,
  NOT_FOR_PUBLICATION,
  REDACTED_TEXT,
} from '../../src/domain/disclosure.js';
import { actionId, boardId, meetingId, tenantId } from '../../src/domain/ids.js';
import type { Meeting } from '../../src/domain/meeting.js';
import { newMeeting } from '../../src/domain/new-meeting.js';

const closed = { boardChatMayShowConfidential: false };
const open = { boardChatMayShowConfidential: true };

const member: Audience = { kind: 'member' };
const chat: Audience = { kind: 'board-chat' };
const insert: Audience = { kind: 'insert' };
const publicMinutes: Audience = { kind: 'public' };
const guestFor = (...itemIds: string[]): Audience => ({ kind: 'guest', itemIds });

const KINDS: ContentKind[] = ['item', 'note', 'decision', 'action', 'paper', 'attendance-for-item'];
const restrictedAs: Record<ContentKind, Disclosure> = {
  item: 'redact',
  action: 'redact',
  note: 'omit',
  decision: 'omit',
  paper: 'omit',
  'attendance-for-item': 'omit',
};

describe('disclosureOf: one rule for every content and audience', () => {
  const rows: [string, Audience, typeof closed, boolean, 'show' | 'restricted'][] = [
    ['not confidential, board chat', chat, closed, false, 'show'],
    ['not confidential, insert', insert, closed, false, 'show'],
    ['not confidential, public minutes', publicMinutes, closed, false, 'show'],
    ['not confidential, guest for another item', guestFor('other'), closed, false, 'show'],
    ['confidential, member privately', member, closed, true, 'show'],
    ['confidential, board chat', chat, closed, true, 'restricted'],
    ['confidential, board chat of a board that allows it', chat, open, true, 'show'],
    ['confidential, compose-box insert', insert, closed, true, 'restricted'],
    [
      'confidential, compose-box insert even when the board chat may show it',
      insert,
      open,
      true,
      'restricted',
    ],
    ['confidential, public minutes', publicMinutes, closed, true, 'restricted'],
    [
      'confidential, public minutes even when the board chat may show it',
      publicMinutes,
      open,
      true,
      'restricted',
    ],
    ['confidential, guest invited for the item', guestFor('it1'), closed, true, 'show'],
    ['confidential, guest invited for another item', guestFor('it2'), closed, true, 'restricted'],
  ];
  for (const [name, audience, policy, confidential, expected] of rows)
    for (const kind of KINDS)
      it(`${name}: ${kind}`, () => {
        const content: Content = { kind, confidential, itemId: 'it1' };
        expect(disclosureOf(content, audience, policy)).toBe(
          expected === 'show' ? 'show' : restrictedAs[kind],
        );
      });

  it("an action's owner reads their own confidential action, and no other", () => {
    const owner: Audience = { kind: 'guest', itemIds: [], actionIds: ['a1'] };
    const base = { kind: 'action' as const, confidential: true, itemId: 'it1' };
    expect(disclosureOf({ ...base, actionId: 'a1' }, owner, closed)).toBe('show');
    expect(disclosureOf({ ...base, actionId: 'a2' }, owner, closed)).toBe('redact');
  });
});

let n = 0;
const ids = (): string => `i${(n += 1)}`;
const at = new Date('2026-11-24T10:00:00Z');

const entry = (text: string) => ({
  id: `e${(n += 1)}`,
  text,
  at: at.toISOString(),
  by: 'aad-1',
  subjectToRatification: false,
});

const meetingWithConfidentialItem = (): { meeting: Meeting; itemId: string } => {
  const meeting = newMeeting({
    id: meetingId('m1'),
    boardId: boardId('b1'),
    tenantId: tenantId('t1'),
    title: 'Executive',
    date: '2026-11-24',
    timeZone: 'Europe/London',
    now: at,
    newId: ids,
  });
  const template = meeting.agenda[0];
  if (template === undefined) throw new Error('no standing items');
  const { standing: _standing, ...plain } = template;
  const secret = {
    ...plain,
    id: 'it1',
    number: '2',
    title: 'Child R rapid review',
    kind: 'decision' as const,
    confidential: true,
    notes: [entry('SECRET note on Child R')],
    decisions: [entry('Child R to proceed to a CSPR')],
    papers: [
      {
        id: 'p1',
        title: 'Child R chronology',
        link: 'https://x/p',
        submittedAt: at.toISOString(),
        submittedBy: 'aad-1',
        late: false,
      },
    ],
  };
  const open = { ...plain, id: 'it2', number: '3', title: 'Neglect strategy', confidential: false };
  return {
    meeting: {
      ...meeting,
      agenda: [...meeting.agenda, secret, open],
      attendance: {
        records: [],
        visitors: [],
        guests: [
          { id: 'g1', name: 'Sam Worker', forItem: '2' },
          { id: 'g2', name: 'Visitor', forItem: '3' },
        ],
      },
    },
    itemId: 'it1',
  };
};

describe('discloseMeeting', () => {
  it('keeps a confidential item in place, titled "Confidential item", and leaves out what was said', () => {
    const { meeting, itemId } = meetingWithConfidentialItem();
    const seen = discloseMeeting(meeting, chat, closed);
    const item = seen.agenda.find((i) => i.id === itemId);
    const original = meeting.agenda.find((i) => i.id === itemId);
    expect(item?.number).toBe(original?.number);
    expect(item?.title).toBe(CONFIDENTIAL_TITLE);
    expect(item?.decisions).toEqual([]);
    expect(item?.papers).toEqual([]);
    expect(item?.notes.map((x) => x.text)).toEqual([REDACTED_TEXT]);
    expect(seen.attendance?.guests.map((g) => g.forItem)).toEqual([undefined, '3']);
    expect(JSON.stringify(seen)).not.toMatch(/Child R|SECRET/);
    expect(seen.agenda.map((i) => i.title)).toContain('Neglect strategy');
  });

  it('the public minutes say "not for publication"', () => {
    const { meeting, itemId } = meetingWithConfidentialItem();
    const item = discloseMeeting(meeting, publicMinutes, closed).agenda.find(
      (i) => i.id === itemId,
    );
    expect(item?.notes.map((x) => x.text)).toEqual([NOT_FOR_PUBLICATION]);
  });

  it('members see the meeting as it is; a board that allows it, in its chat too', () => {
    const { meeting } = meetingWithConfidentialItem();
    expect(discloseMeeting(meeting, member, closed)).toEqual(meeting);
    expect(discloseMeeting(meeting, chat, open)).toEqual(meeting);
  });
});

const action = (overrides: Partial<Action> = {}): Action => ({
  id: actionId('a1'),
  boardId: boardId('b1'),
  tenantId: tenantId('t1'),
  number: 7,
  reference: '24.11.26 ref 2.1',
  itemId: 'it1',
  text: 'Write to Child R’s school',
  owners: [{ kind: 'member', initials: 'JB', name: 'Jo Bloggs' }] as Action['owners'],
  due: '2026-12-18',
  status: 'ongoing',
  subjectToRatification: false,
  history: [{ at: at.toISOString(), by: 'aad-1', kind: 'update', text: 'Child R letter drafted' }],
  createdAt: at.toISOString(),
  createdBy: 'aad-1',
  updatedAt: at.toISOString(),
  revision: 2,
  ...overrides,
});

describe('discloseAction', () => {
  it('an action raised under a confidential item keeps number, reference, owners and due, not its words', () => {
    const seen = discloseAction(action({ confidential: true }), chat, closed);
    expect(seen).toMatchObject({ number: 7, reference: '24.11.26 ref 2.1', due: '2026-12-18' });
    expect(seen.text).toBe(REDACTED_TEXT);
    expect(JSON.stringify(seen)).not.toMatch(/Child R/);
  });
  it('older actions follow their item', () => {
    expect(isConfidentialAction(action(), new Set(['it1']))).toBe(true);
    expect(isConfidentialAction(action(), new Set(['other']))).toBe(false);
    expect(discloseAction(action(), insert, closed, new Set(['it1'])).text).toBe(REDACTED_TEXT);
  });
  it('the chair may mark one not confidential', () => {
    expect(
      discloseAction(action({ confidential: false }), insert, closed, new Set(['it1'])).text,
    ).toMatch(/Child R/);
  });
  it('members see it as it is', () => {
    const a = action({ confidential: true });
    expect(discloseAction(a, member, closed)).toBe(a);
  });
});

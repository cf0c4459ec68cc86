import { describe, expect, it } from 'vitest';
import type { Board } from '../../src/domain/board.js';
import type { PartedDocument } from '../../src/domain/document-parts.js';
import { diffParts } from '../../src/domain/document-parts.js';
import { memberId } from '../../src/domain/ids.js';
import type { Entry, Meeting } from '../../src/domain/meeting.js';
import { mergeOrder, revertParts } from '../../src/domain/revert-parts.js';
import { withdrawAction } from '../../src/domain/withdraw-action.js';
import { actionOf } from '../support/action-fixture.js';
import { aadOf, haveringBoard, plannedMeeting } from '../support/fixtures.js';

const meeting = plannedMeeting();
const [welcome, minutes] = meeting.agenda;
if (welcome === undefined || minutes === undefined) throw new Error('standing items');
const entry = (id: string, text: string): Entry => ({
  id,
  text,
  at: '2022-07-13T10:00:00.000Z',
  by: aadOf(1),
  subjectToRatification: false,
});
/** The meeting with `change` applied to one item. */
const onItem = (m: Meeting, itemId: string, change: (i: Meeting['agenda'][number]) => object) => ({
  ...m,
  agenda: m.agenda.map((i) => (i.id === itemId ? { ...i, ...change(i) } : i)),
});
const withNote = (m: Meeting, itemId: string, e: Entry): Meeting =>
  onItem(m, itemId, (i) => ({ notes: [...i.notes, e] }));
const m = (document: Meeting): PartedDocument => ({ kind: 'meeting', document });
const b = (document: Board): PartedDocument => ({ kind: 'board', document });

const n1 = entry('n1', 'Welcome and introductions');
const n2 = entry('n2', 'Apologies noted');
const n3 = entry('n3', 'Minutes agreed as accurate');
const base = withNote(withNote(meeting, welcome.id, n1), welcome.id, n2);
const board = haveringBoard();

type Case = {
  name: string;
  before: PartedDocument;
  after: PartedDocument;
  /** Someone else's change after, applied to `after` before the undo. */
  since?: (doc: PartedDocument) => PartedDocument;
  /** The document the undo should give, or 'conflict' / 'unchanged'. */
  expected: PartedDocument | 'conflict' | 'unchanged';
  /** The keys the audit keeps (sorted). */
  keys: string[];
};

const cases: Case[] = [
  {
    name: 'a note added is removed',
    before: m(base),
    after: m(withNote(base, welcome.id, n3)),
    expected: m(base),
    keys: ['entry:n3', `order:notes:${welcome.id}`],
  },
  {
    name: 'a note added is removed though another was added after it (order merged)',
    before: m(base),
    after: m(withNote(base, welcome.id, n3)),
    since: (d) => m(withNote(d.document as Meeting, welcome.id, entry('n4', 'later'))),
    expected: m(withNote(base, welcome.id, entry('n4', 'later'))),
    keys: ['entry:n3', `order:notes:${welcome.id}`],
  },
  {
    name: 'a note edited gets its text back',
    before: m(base),
    after: m(onItem(base, welcome.id, () => ({ notes: [n1, { ...n2, text: 'Apologies: RS' }] }))),
    expected: m(base),
    keys: ['entry:n2'],
  },
  {
    name: 'a note edited, then edited again by someone else, is a conflict',
    before: m(base),
    after: m(onItem(base, welcome.id, () => ({ notes: [n1, { ...n2, text: 'Apologies: RS' }] }))),
    since: () =>
      m(onItem(base, welcome.id, () => ({ notes: [n1, { ...n2, text: 'Apologies: RS, LB' }] }))),
    expected: 'conflict',
    keys: ['entry:n2'],
  },
  {
    name: 'a note moved to another item goes back to its place',
    before: m(base),
    after: m(
      withNote(
        onItem(base, welcome.id, () => ({ notes: [n2] })),
        minutes.id,
        n1,
      ),
    ),
    expected: m(base),
    keys: ['entry:n1', `order:notes:${minutes.id}`, `order:notes:${welcome.id}`],
  },
  {
    name: 'a note removed comes back in its place, after a note added since',
    before: m(base),
    after: m(onItem(base, welcome.id, () => ({ notes: [n2] }))),
    since: (d) => m(withNote(d.document as Meeting, welcome.id, n3)),
    expected: m(withNote(base, welcome.id, n3)),
    keys: ['entry:n1', `order:notes:${welcome.id}`],
  },
  {
    name: 'an agenda item removed comes back with its notes, at its place',
    before: m(base),
    after: m({ ...base, agenda: base.agenda.filter((i) => i.id !== welcome.id) }),
    expected: m(base),
    keys: [
      'entry:n1',
      'entry:n2',
      `item:${welcome.id}`,
      'order:item',
      `order:decisions:${welcome.id}`,
      `order:notes:${welcome.id}`,
    ],
  },
  {
    name: 'the register: a code set is put back, the row of another member kept',
    before: m({ ...base, attendance: { records: [], guests: [], visitors: [] } }),
    after: m({
      ...base,
      attendance: {
        records: [{ memberId: memberId('m1'), code: 'SA', source: 'chair', at: 'x' }],
        guests: [],
        visitors: [],
      },
    }),
    since: (d) => {
      const doc = d.document as Meeting;
      const records = doc.attendance?.records ?? [];
      return m({
        ...doc,
        attendance: {
          records: [...records, { memberId: memberId('m2'), code: 'A', source: 'member', at: 'y' }],
          guests: [],
          visitors: [],
        },
      });
    },
    expected: m({
      ...base,
      attendance: {
        records: [{ memberId: memberId('m2'), code: 'A', source: 'member', at: 'y' }],
        guests: [],
        visitors: [],
      },
    }),
    keys: ['order:record', 'record:m1'],
  },
  {
    name: 'a register created by the change is taken away again',
    before: m(base),
    after: m({
      ...base,
      attendance: { records: [], guests: [{ id: 'g1', name: 'Ann Guest' }], visitors: [] },
    }),
    expected: m(base),
    keys: ['guest:g1', 'order:guest', 'order:record', 'order:visitor'],
  },
  {
    name: 'a guest recorded is taken off while people joining the meeting since stay',
    before: m({ ...base, attendance: { records: [], guests: [], visitors: [] } }),
    after: m({
      ...base,
      attendance: { records: [], guests: [{ id: 'g1', name: 'Ann Guest' }], visitors: [] },
    }),
    since: (d) => {
      const doc = d.document as Meeting;
      const joined = { aadObjectId: aadOf(40), name: 'Visitor', joinedAt: 'z' };
      return m({ ...doc, attendance: { ...doc.attendance!, visitors: [joined] } });
    },
    expected: m({
      ...base,
      attendance: {
        records: [],
        guests: [],
        visitors: [{ aadObjectId: aadOf(40), name: 'Visitor', joinedAt: 'z' }],
      },
    }),
    keys: ['guest:g1', 'order:guest'],
  },
  {
    name: 'the current item moved back',
    before: m({ ...base, status: 'in-progress', currentItemId: welcome.id }),
    after: m({ ...base, status: 'in-progress', currentItemId: minutes.id }),
    expected: m({ ...base, status: 'in-progress', currentItemId: welcome.id }),
    keys: ['meeting.currentItemId'],
  },
  {
    name: 'nothing to revert when it was undone already',
    before: m(base),
    after: m(withNote(base, welcome.id, n3)),
    since: () => m(base),
    expected: 'unchanged',
    keys: ['entry:n3', `order:notes:${welcome.id}`],
  },
  {
    name: 'an agency added is removed; a member added since stays',
    before: b(board),
    after: b({
      ...board,
      agencies: [...board.agencies, { code: 'LBH', name: 'Havering', statutory: true }],
    }),
    since: (d) => {
      const doc = d.document as Board;
      return b({ ...doc, members: doc.members.slice(1) });
    },
    expected: b({ ...board, members: board.members.slice(1) }),
    keys: ['agency:LBH', 'order:agency'],
  },
  {
    name: 'members imported are removed',
    before: b({ ...board, members: board.members.slice(0, 2) }),
    after: b(board),
    expected: b({ ...board, members: board.members.slice(0, 2) }),
    keys: [...board.members.slice(2).map((x) => `member:${x.id}`), 'order:member'].sort(),
  },
  {
    name: 'a member edited by someone else since is a conflict',
    before: b(board),
    after: b({
      ...board,
      members: board.members.map((x, i) => (i === 0 ? { ...x, designation: 'Chair' } : x)),
    }),
    since: (d) => {
      const doc = d.document as Board;
      return b({
        ...doc,
        members: doc.members.map((x, i) => (i === 0 ? { ...x, designation: 'Vice' } : x)),
      });
    },
    expected: 'conflict',
    keys: [`member:${board.members[0]?.id ?? ''}`],
  },
  {
    name: 'an action withdrawn is open again, its history as it was',
    before: { kind: 'action', document: actionOf(board, { status: 'ongoing' }) },
    after: {
      kind: 'action',
      document: withdrawAction(actionOf(board, { status: 'ongoing' }), {
        at: '2026-11-24T10:00:00.000Z',
        by: aadOf(1),
        reason: 'undone',
      }),
    },
    expected: {
      kind: 'action',
      document: {
        ...actionOf(board, { status: 'ongoing' }),
        revision: 2,
        updatedAt: '2026-11-24T10:00:00.000Z',
      },
    },
    keys: ['action.status', 'action.withdrawn', 'history:0'],
  },
];

describe('document parts: what a change keeps and how undo puts it back', () => {
  it.each(cases)('$name', ({ before, after, since, expected, keys }) => {
    const changes = diffParts(before, after);
    expect(changes.map((c) => c.key).sort()).toEqual([...keys].sort());
    const current = since === undefined ? after : since(after);
    const result = revertParts(current, changes);
    if (expected === 'conflict' || expected === 'unchanged') {
      expect(result.kind).toBe(expected);
      return;
    }
    expect(result).toEqual({ kind: 'reverted', document: expected.document });
  });

  it('keeps a created document whole as parts that had no value before', () => {
    const action = actionOf(board);
    const changes = diffParts(undefined, { kind: 'action', document: action });
    expect(changes.every((c) => !('before' in c))).toBe(true);
    expect(changes.find((c) => c.key === 'action.text')?.after).toBe(action.text);
  });

  it('records nothing when nothing changed (key order aside)', () => {
    const reordered = JSON.parse(JSON.stringify(base)) as Meeting;
    expect(diffParts(m(base), m({ ...reordered }))).toEqual([]);
  });

  it.each([
    { current: ['a', 'b', 'c'], before: ['a', 'b'], after: ['a', 'b', 'c'], out: ['a', 'b'] },
    { current: ['b', 'c'], before: ['a', 'b'], after: ['b'], out: ['a', 'b', 'c'] },
    { current: ['c', 'b'], before: ['a', 'b'], after: ['b'], out: ['c', 'a', 'b'] },
    { current: ['b', 'a'], before: ['a', 'b'], after: ['b', 'a'], out: ['a', 'b'] },
    { current: ['b', 'a', 'x'], before: ['a', 'b'], after: ['b', 'a'], out: ['b', 'a', 'x'] },
  ])('merges order $current back from $after to $before', ({ current, before, after, out }) => {
    expect(mergeOrder(current, before, after)).toEqual(out);
  });
});

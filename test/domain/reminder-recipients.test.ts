import { describe, expect, it } from 'vitest';
import type { Action, Owner } from '../../src/domain/action.js';
import type { Board, Member } from '../../src/domain/board.js';
import { actionId, meetingId } from '../../src/domain/ids.js';
import type { AgendaItem, Meeting } from '../../src/domain/meeting.js';
import type { Reminder, ReminderKind } from '../../src/domain/reminder.js';
import type { ReminderDecision, ReminderFacts } from '../../src/domain/reminder-recipients.js';
import { reminderRecipients } from '../../src/domain/reminder-recipients.js';
import { actionOf } from '../support/action-fixture.js';
import { aadOf, haveringBoard, member } from '../support/fixtures.js';

const TODAY = '2026-11-23';
const DUE = '2026-11-20';
const OTHER_TENANT = '22222222-2222-4222-8222-222222222222';

const board = haveringBoard();
/** Members of the reference board by initials: BB chair, RS and others members, EM coordinator. */
const m = (initials: string): Member => {
  const found = board.members.find((x) => x.initials === initials);
  if (found === undefined) throw new Error(initials);
  return found;
};
/** A member owner as captured: the sweep finds their Entra id on the board's member. */
const ownerOf = (who: Member): Owner => ({
  kind: 'member',
  memberId: who.id,
  initials: who.initials,
  name: who.name,
});
const withMembers = (members: Member[]): Board => ({ ...board, members });
const withRoles = (roles: Record<string, Member['role']>): Board =>
  withMembers(board.members.map((x) => ({ ...x, role: roles[x.initials] ?? 'member' })));

const action = (overrides: Partial<Action> = {}): Action =>
  actionOf(board, { owners: [ownerOf(m('RS'))], due: DUE, ...overrides });

const reminder = (kind: ReminderKind, overrides: Partial<Reminder> = {}): Reminder => ({
  id: `r-${kind}`,
  tenantId: board.tenantId,
  boardId: board.id,
  kind,
  dueDay: TODAY,
  fireAt: `${TODAY}T09:00:00.000Z`,
  localDate: TODAY,
  status: 'claimed',
  attempts: 0,
  deliveries: {},
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-01T09:00:00.000Z',
  ...(kind !== 'digest' && kind !== 'papers' && { actionId: actionId('a-1') }),
  ...(kind !== 'digest' && kind !== 'papers' && kind !== 'ask-date' && { plannedFor: DUE }),
  ...overrides,
});

const item = (number: string, overrides: Partial<AgendaItem> = {}): AgendaItem => ({
  id: `i-${number}`,
  number,
  title: `Item ${number}`,
  presenters: [],
  minutes: 10,
  kind: 'discussion',
  confidential: false,
  papers: [],
  notes: [],
  decisions: [],
  ...overrides,
});

const MEETING_DATE = '2026-12-07';
const meeting = (overrides: Partial<Meeting> = {}): Meeting => ({
  id: meetingId('mt-1'),
  boardId: board.id,
  tenantId: board.tenantId,
  title: 'Executive Planning Meeting',
  date: MEETING_DATE,
  start: '10:00',
  timeZone: 'Europe/London',
  startsAt: `${MEETING_DATE}T10:00:00.000Z`,
  status: 'planned',
  minutesStatus: 'draft',
  agenda: [
    item('Welcome', {
      standing: 'welcome',
      presenters: [{ name: 'Brian Boxall', memberId: m('BB').id }],
    }),
    item('2', { presenters: [{ name: 'Robert South', initials: 'RS', memberId: m('RS').id }] }),
    item('3', {
      presenters: [
        { name: 'Robert South', initials: 'RS', memberId: m('RS').id },
        { name: 'Dr Amara Guest', initials: 'AG' },
      ],
    }),
    item('4', {
      presenters: [{ name: 'Korkor Ceasar', initials: 'KC', memberId: m('KC').id }],
      papers: [
        {
          id: 'p',
          title: 'Report',
          link: 'https://x/p',
          submittedAt: '2026-11-20T09:00:00Z',
          submittedBy: aadOf(4),
          late: false,
        },
      ],
    }),
  ],
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-01T09:00:00.000Z',
  revision: 1,
  ...overrides,
});

const facts = (r: Reminder, overrides: Partial<ReminderFacts> = {}): ReminderFacts => ({
  reminder: r,
  board,
  today: TODAY,
  ...overrides,
});

/** A decision as `key → message kind` lines, or `cancel: <outcome>`. */
const told = (decision: ReminderDecision): string[] =>
  decision.kind === 'cancel'
    ? [`cancel: ${decision.outcome}`]
    : decision.recipients.map((r) => `${r.key} → ${r.message.kind}`);

const aad = (initials: string): string => m(initials).aadObjectId ?? '';

describe('reminderRecipients: who an action reminder goes to, for each owner reminder kind', () => {
  const guest = member(20, 'Gill Guest', 'GG', { reach: { account: 'guest' } });
  const federated = member(21, 'Fran Fed', 'FF', {
    reach: { account: 'external', homeTenantId: OTHER_TENANT },
  });
  const noAad = member(22, 'Nia Noid', 'NN', { aadObjectId: undefined });
  const extended = withMembers([...board.members, guest, federated, noAad]);
  const cases: [string, Partial<Action>, Board, string[]][] = [
    ['a member owner', {}, board, [`owner:${aad('RS')} → action-reminder`]],
    [
      'the chair as owner',
      { owners: [ownerOf(m('BB'))] },
      board,
      [`owner:${aad('BB')} → action-reminder`],
    ],
    [
      'two owners, each told',
      { owners: [ownerOf(m('RS')), ownerOf(m('KC'))] },
      board,
      [`owner:${aad('RS')} → action-reminder`, `owner:${aad('KC')} → action-reminder`],
    ],
    [
      'a guest member owner',
      { owners: [ownerOf(guest)] },
      extended,
      [`owner:${aadOf(20)} → action-reminder`],
    ],
    [
      'a member signing in through another organisation',
      { owners: [ownerOf(federated)] },
      extended,
      [`owner:${aadOf(21)} → action-reminder`],
    ],
    [
      'an outside owner with an Entra id',
      {
        owners: [{ kind: 'external', name: 'Pat Outside', initials: 'PO', aadObjectId: aadOf(30) }],
      },
      board,
      [`owner:${aadOf(30)} → action-reminder`],
    ],
    [
      'an outside owner known by name only (goes to the board chat)',
      { owners: [{ kind: 'external', name: 'Pat Outside', initials: 'PO' }] },
      board,
      ['name:Pat Outside → action-reminder'],
    ],
    [
      'a member whose Entra id was captured with the action only',
      { owners: [{ ...ownerOf(noAad), aadObjectId: aadOf(22) }] },
      extended,
      [`owner:${aadOf(22)} → action-reminder`],
    ],
    [
      'a member owner with no Entra id: by name',
      { owners: [ownerOf(noAad)] },
      extended,
      ['name:Nia Noid → action-reminder'],
    ],
    [
      'an agency owner: its members on the board',
      { owners: [{ kind: 'agency', code: 'POLICE', name: 'Police', initials: 'POLICE' }] },
      board,
      [`owner:${aad('LB')} → action-reminder`],
    ],
    [
      'an agency owner with no member on the board: the coordinators',
      { owners: [{ kind: 'agency', code: 'PROB', name: 'Probation', initials: 'PROB' }] },
      board,
      [`owner:${aad('EM')} → action-reminder`],
    ],
    [
      'a group owner ("the Business Unit"): the coordinators',
      { owners: [{ kind: 'group', name: 'Business Unit', initials: 'Business Unit' }] },
      board,
      [`owner:${aad('EM')} → action-reminder`],
    ],
    [
      'a member who owns it and is in an owning agency: told once',
      {
        owners: [
          ownerOf(m('LB')),
          { kind: 'agency', code: 'POLICE', name: 'Police', initials: 'POLICE' },
        ],
      },
      board,
      [`owner:${aad('LB')} → action-reminder`],
    ],
    [
      'a confidential action: the same people',
      { confidential: true },
      board,
      [`owner:${aad('RS')} → action-reminder`],
    ],
  ];
  for (const kind of ['before', 'due', 'overdue'] as const) {
    it.each(cases)(`${kind}: %s`, (_name, change, b, expected) => {
      expect(
        told(reminderRecipients(facts(reminder(kind), { board: b, action: action(change) }))),
      ).toEqual(expected);
    });
  }
  it.each(cases)('ask-date (undated action): %s', (_name, change, b, expected) => {
    const undated = action({ ...change, due: undefined });
    expect(
      told(reminderRecipients(facts(reminder('ask-date'), { board: b, action: undated }))),
    ).toEqual(expected);
  });

  it('says what the owner may do and when they were last reached; home tenant for federated owners', () => {
    const reached = { at: '2026-11-16T09:00:00.000Z', route: 'personal' as const };
    const b = withMembers([
      ...board.members.map((x) =>
        x.initials === 'RS' ? { ...x, reach: { lastReached: reached } } : x,
      ),
      federated,
    ]);
    const decision = reminderRecipients(
      facts(reminder('due'), {
        board: b,
        action: action({ owners: [ownerOf(m('RS')), ownerOf(m('BB')), ownerOf(federated)] }),
        nextMeeting: MEETING_DATE,
      }),
    );
    if (decision.kind !== 'send') throw new Error('expected a send');
    const [rs, bb, ff] = decision.recipients;
    expect(rs?.message).toMatchObject({
      kind: 'action-reminder',
      canManage: false,
      lastReached: reached,
      nextMeeting: MEETING_DATE,
      today: TODAY,
    });
    expect(rs?.homeTenantId).toBeUndefined();
    expect(bb?.message).toMatchObject({ canManage: true });
    expect(bb?.message).not.toHaveProperty('lastReached');
    expect(ff?.homeTenantId).toBe(OTHER_TENANT);
  });

  it('carries a confidential action as it is: the board-chat route redacts it, not the plan', () => {
    const decision = reminderRecipients(
      facts(reminder('due'), { action: action({ confidential: true }) }),
    );
    expect(decision.kind === 'send' && decision.recipients[0]?.message).toMatchObject({
      action: { confidential: true, text: 'Draft the letter to schools' },
    });
  });
});

describe('reminderRecipients: an action reminder that no longer applies is cancelled', () => {
  it.each<[string, Reminder, Action | undefined, string]>([
    ['action deleted', reminder('due'), undefined, 'action-gone'],
    ['action completed', reminder('due'), action({ status: 'completed' }), 'action-completed'],
    ['action closed', reminder('overdue'), action({ status: 'closed' }), 'action-closed'],
    ['due date moved', reminder('before'), action({ due: '2026-12-01' }), 'due-changed'],
    [
      'escalation after the due date moved',
      reminder('escalation'),
      action({ due: '2026-12-01' }),
      'due-changed',
    ],
    ['asked for a date, now dated', reminder('ask-date'), action(), 'dated'],
    ['ongoing is still open', reminder('due'), action({ status: 'ongoing' }), ''],
  ])('%s', (_name, r, a, outcome) => {
    const decision = reminderRecipients(facts(r, a === undefined ? {} : { action: a }));
    expect(decision.kind === 'cancel' ? decision.outcome : '').toBe(outcome);
  });
});

describe('reminderRecipients: escalation goes to the chair and coordinators', () => {
  const noAadCoordinator = member(23, 'Cora Noid', 'CN', {
    role: 'coordinator',
    aadObjectId: undefined,
  });
  it.each<[string, Board, string[]]>([
    ['chair and coordinator', board, [`escalation:${aad('BB')}`, `escalation:${aad('EM')}`]],
    ['no coordinator: the chair', withRoles({ BB: 'chair' }), [`escalation:${aad('BB')}`]],
    [
      'no chair: the coordinators',
      withRoles({ EM: 'coordinator', TC: 'coordinator' }),
      [`escalation:${aad('TC')}`, `escalation:${aad('EM')}`],
    ],
    [
      'neither: whoever runs the board (vice-chair)',
      withRoles({ LB: 'vice-chair' }),
      [`escalation:${aad('LB')}`],
    ],
    ['nobody runs the board: nobody', withRoles({}), []],
    [
      'a coordinator with no Entra id is left out',
      withMembers([...board.members, noAadCoordinator]),
      [`escalation:${aad('BB')}`, `escalation:${aad('EM')}`],
    ],
  ])('%s', (_name, b, keys) => {
    const decision = reminderRecipients(
      facts(reminder('escalation'), { board: b, action: action() }),
    );
    expect(told(decision)).toEqual(keys.map((k) => `${k} → escalation`));
  });

  it('also for a confidential action, and never to the owner', () => {
    const decision = reminderRecipients(
      facts(reminder('escalation'), { action: action({ confidential: true }) }),
    );
    expect(told(decision)).not.toContain(`owner:${aad('RS')} → action-reminder`);
    expect(told(decision)).toEqual([
      `escalation:${aad('BB')} → escalation`,
      `escalation:${aad('EM')} → escalation`,
    ]);
  });
});

describe('reminderRecipients: the weekly digest goes to the coordinators when there is something in it', () => {
  const overdue = action();
  const undated = action({ id: actionId('a-2'), number: 16, due: undefined });
  const notYet = action({ id: actionId('a-3'), number: 17, due: '2026-12-01' });
  const done = action({ id: actionId('a-4'), number: 18, status: 'completed' });
  const missed = {
    key: aadOf(3),
    name: 'Robert South',
    reason: 'blocked',
    at: '2026-11-20T09:00:00.000Z',
  };
  it.each<[string, Board, Action[], string[]]>([
    ['an overdue action', board, [overdue, notYet, done], [`digest:${aad('EM')}`]],
    ['an undated action', board, [undated], [`digest:${aad('EM')}`]],
    [
      'only someone unreachable',
      { ...board, unreachable: [missed] },
      [notYet],
      [`digest:${aad('EM')}`],
    ],
    ['nothing overdue, undated or unreachable: no digest', board, [notYet, done], []],
    ['no coordinator: the chair', withRoles({ BB: 'chair' }), [overdue], [`digest:${aad('BB')}`]],
    [
      'two coordinators, not the chair',
      withRoles({ BB: 'chair', EM: 'coordinator', JP: 'coordinator' }),
      [overdue],
      [`digest:${aad('JP')}`, `digest:${aad('EM')}`],
    ],
  ])('%s', (_name, b, actions, keys) => {
    const decision = reminderRecipients(facts(reminder('digest'), { board: b, actions }));
    expect(told(decision)).toEqual(keys.map((k) => `${k} → digest`));
  });

  it('lists overdue and undated actions, and each overdue owner once with when they were last reached', () => {
    const reached = { at: '2026-11-16T09:00:00.000Z', route: 'channel' as const };
    const b = withMembers(
      board.members.map((x) =>
        x.initials === 'RS' ? { ...x, reach: { lastReached: reached } } : x,
      ),
    );
    const second = action({
      id: actionId('a-5'),
      owners: [ownerOf(m('RS')), { kind: 'external', name: 'Pat Outside', initials: 'PO' }],
    });
    const decision = reminderRecipients(
      facts(reminder('digest'), {
        board: b,
        actions: [overdue, second, undated, notYet],
        nextMeeting: MEETING_DATE,
      }),
    );
    if (decision.kind !== 'send') throw new Error('expected a send');
    expect(decision.recipients[0]?.message).toMatchObject({
      kind: 'digest',
      overdue: [{ id: 'a-1' }, { id: 'a-5' }],
      undated: [{ id: 'a-2' }],
      owners: [{ name: 'Robert South (RS)', lastReached: reached }, { name: 'Pat Outside' }],
      nextMeeting: MEETING_DATE,
    });
  });
});

describe('reminderRecipients: missing papers chase presenters and tell the coordinators', () => {
  const papers = reminder('papers', { meetingId: meetingId('mt-1'), plannedFor: MEETING_DATE });
  it.each<[string, Meeting | undefined, Board, string[]]>([
    ['meeting deleted', undefined, board, ['cancel: meeting-gone']],
    ['meeting moved', meeting({ date: '2026-12-14' }), board, ['cancel: meeting-changed']],
    ['meeting already held', meeting({ status: 'closed' }), board, ['cancel: meeting-changed']],
    [
      'every paper in',
      meeting({
        agenda: [
          item('4', {
            presenters: [{ name: 'KC', memberId: m('KC').id }],
            papers: [
              {
                id: 'p',
                title: 'R',
                link: 'https://x',
                submittedAt: '2026-11-20T09:00:00Z',
                submittedBy: aadOf(4),
                late: false,
              },
            ],
          }),
        ],
      }),
      board,
      [],
    ],
    [
      'a member presenter missing two papers, a guest presenter, a standing item left out',
      meeting(),
      board,
      [`presenter:${aad('RS')} → papers-presenter`, `papers:${aad('EM')} → papers-coordinator`],
    ],
    [
      'no coordinator: the chair hears',
      meeting(),
      withRoles({ BB: 'chair' }),
      [`presenter:${aad('RS')} → papers-presenter`, `papers:${aad('BB')} → papers-coordinator`],
    ],
  ])('%s', (_name, mt, b, expected) => {
    expect(
      told(
        reminderRecipients(facts(papers, { board: b, ...(mt !== undefined && { meeting: mt }) })),
      ),
    ).toEqual(expected);
  });

  it('each presenter hears of their own items; the coordinators of all, with the deadline', () => {
    const decision = reminderRecipients(facts(papers, { meeting: meeting() }));
    if (decision.kind !== 'send') throw new Error('expected a send');
    expect(decision.recipients.map((r) => r.message)).toMatchObject([
      {
        kind: 'papers-presenter',
        items: [
          { number: '2', title: 'Item 2' },
          { number: '3', title: 'Item 3' },
        ],
        deadline: '2026-11-30',
      },
      {
        kind: 'papers-coordinator',
        missing: [
          { number: '2', presenters: 'RS' },
          { number: '3', presenters: 'RS/AG' },
        ],
        deadline: '2026-11-30',
      },
    ]);
  });
});

describe('reminderRecipients: notices', () => {
  const notice = (n: NonNullable<Reminder['notice']>) =>
    reminder('notice', { notice: n, plannedFor: undefined });
  const proposed = action({
    proposedDue: { date: '2026-12-04', by: aad('RS'), at: '2026-11-22T09:00:00.000Z' },
  });
  it.each<[string, Reminder, Action | undefined, Board, string[]]>([
    [
      'a proposed date: chair and coordinators',
      notice({ kind: 'proposal', by: aad('RS'), date: '2026-12-04' }),
      proposed,
      board,
      [`proposal:${aad('BB')} → proposal`, `proposal:${aad('EM')} → proposal`],
    ],
    [
      'a proposal already decided',
      notice({ kind: 'proposal', by: aad('RS'), date: '2026-12-04' }),
      action(),
      board,
      ['cancel: already-decided'],
    ],
    [
      'a proposal replaced by another date',
      notice({ kind: 'proposal', by: aad('RS'), date: '2026-12-04' }),
      action({
        proposedDue: { date: '2026-12-11', by: aad('RS'), at: '2026-11-22T10:00:00.000Z' },
      }),
      board,
      ['cancel: already-decided'],
    ],
    [
      'the decision: to whoever proposed',
      notice({
        kind: 'proposal-decided',
        by: aad('BB'),
        to: aad('RS').toUpperCase(),
        accepted: true,
        date: '2026-12-04',
      }),
      action(),
      board,
      [`decided:${aad('RS')} → proposal-decided`],
    ],
    [
      'the decision, proposer no longer a member: nobody',
      notice({
        kind: 'proposal-decided',
        by: aad('BB'),
        to: aadOf(99),
        accepted: false,
        date: '2026-12-04',
      }),
      action(),
      board,
      [],
    ],
    [
      '"not mine": the coordinators',
      notice({ kind: 'not-mine', by: aad('RS') }),
      action(),
      board,
      [`not-mine:${aad('EM')} → not-mine`],
    ],
    [
      '"not mine", no coordinator: the chair',
      notice({ kind: 'not-mine', by: aad('RS') }),
      action(),
      withRoles({ BB: 'chair' }),
      [`not-mine:${aad('BB')} → not-mine`],
    ],
    [
      'the action deleted',
      notice({ kind: 'not-mine', by: aad('RS') }),
      undefined,
      board,
      ['cancel: action-gone'],
    ],
  ])('%s', (_name, r, a, b, expected) => {
    expect(
      told(reminderRecipients(facts(r, { board: b, ...(a !== undefined && { action: a }) }))),
    ).toEqual(expected);
  });

  it('names who said "not mine", or "An owner" when they are not a member', () => {
    const named = reminderRecipients(
      facts(notice({ kind: 'not-mine', by: aad('RS') }), { action: action() }),
    );
    const unnamed = reminderRecipients(
      facts(notice({ kind: 'not-mine', by: aadOf(99) }), { action: action() }),
    );
    expect(named.kind === 'send' && named.recipients[0]?.message).toMatchObject({
      ownerName: 'Robert South (RS)',
    });
    expect(unnamed.kind === 'send' && unnamed.recipients[0]?.message).toMatchObject({
      ownerName: 'An owner',
    });
  });

  it('tells the proposer whether it was accepted and the date', () => {
    const decided = reminderRecipients(
      facts(
        notice({
          kind: 'proposal-decided',
          by: aad('BB'),
          to: aad('RS'),
          accepted: false,
          date: '2026-12-04',
        }),
        { action: action() },
      ),
    );
    expect(decided.kind === 'send' && decided.recipients[0]?.message).toMatchObject({
      accepted: false,
      date: '2026-12-04',
    });
  });
});

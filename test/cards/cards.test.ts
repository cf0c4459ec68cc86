import { describe, expect, it } from 'vitest';
import type { AdaptiveCard } from '../../src/cards/card-types.js';
import { COMMAND_CATALOGUE } from '../../src/commands/command-catalogue.js';
import { renderHelpCard } from '../../src/cards/render-help-card.js';
import { renderMembersCard } from '../../src/cards/render-members-card.js';
import {
  renderMembersImportDialogCard,
  renderSetupDialogCard,
} from '../../src/cards/render-setup-dialog-card.js';
import {
  renderBoardExistsCard,
  renderSetupResultCard,
} from '../../src/cards/render-setup-result-card.js';
import { Verbs } from '../../src/cards/verbs.js';
import { renderAgendaCard } from '../../src/cards/render-agenda-card.js';
import {
  renderEntryDialogCard,
  renderItemDialogCard,
  renderMinutesDialogCard,
} from '../../src/cards/render-meeting-dialog-cards.js';
import { renderPapersCard } from '../../src/cards/render-papers-card.js';
import { renderSummaryCard } from '../../src/cards/render-summary-card.js';
import type { Action } from '../../src/domain/action.js';
import type { QuorumResult } from '../../src/domain/quorum.js';
import { boardId, meetingId, tenantId } from '../../src/domain/ids.js';
import { addAgendaItem } from '../../src/domain/add-agenda-item.js';
import { addEntry } from '../../src/domain/add-entry.js';
import { newMeeting } from '../../src/domain/new-meeting.js';
import { startMeetingNow } from '../../src/domain/start-meeting-now.js';
import { haveringBoard } from '../support/fixtures.js';
import { discloseMeeting } from '../../src/domain/disclosure.js';
import { cardProblems, verbsOf } from '../support/validate-card.js';

const board = haveringBoard();
let seq = 0;
const planned = newMeeting({
  id: meetingId('m1'),
  boardId: boardId('b1'),
  tenantId: tenantId('t1'),
  title: 'Executive Planning Meeting',
  date: '2022-07-13',
  start: '14:00',
  end: '15:00',
  timeZone: 'Europe/London',
  venue: 'MS Teams',
  now: new Date('2022-07-01T00:00:00Z'),
  newId: () => `i${(seq += 1)}`,
});
const withItem = addAgendaItem(
  planned,
  { title: 'Budget', presenters: [{ name: 'Brian Boxall', initials: 'BB' }], confidential: true },
  'budget',
).meeting;
const running = addEntry(
  {
    ...startMeetingNow(withItem, new Date()),
    previousMeetingId: meetingId('m0'),
    agenda: withItem.agenda.map((i) =>
      i.id === 'budget'
        ? {
            ...i,
            papers: [
              {
                id: 'p1',
                title: 'Budget paper',
                link: 'https://example.org/b.pdf',
                submittedAt: '',
                submittedBy: '',
                late: true,
              },
            ],
          }
        : i,
    ),
  },
  'decision',
  { id: 'd1', text: 'Agreed', at: '', by: '', subjectToRatification: true },
  'budget',
);

export /** The meeting as a board's chat may see it. */
const inTheChat = (m: typeof running) =>
  discloseMeeting(m, { kind: 'board-chat' }, { boardChatMayShowConfidential: false });

const ALL_CARDS: [string, AdaptiveCard][] = [
  [
    'help, no board',
    renderHelpCard({ canManage: true, inPersonalChat: false, entries: COMMAND_CATALOGUE }),
  ],
  [
    'help, member',
    renderHelpCard({
      boardName: board.name,
      canManage: false,
      inPersonalChat: true,
      entries: COMMAND_CATALOGUE,
    }),
  ],
  [
    'help, manager',
    renderHelpCard({
      boardName: board.name,
      canManage: true,
      inPersonalChat: false,
      entries: COMMAND_CATALOGUE,
    }),
  ],
  ['members, manager', renderMembersCard(board, { canManage: true, message: 'Imported: 1 added' })],
  ['members, member', renderMembersCard(board, { canManage: false })],
  ['setup dialog', renderSetupDialogCard('Exec', 'problem')],
  ['import dialog', renderMembersImportDialogCard(['Line 2: bad'], 'x')],
  [
    'setup result',
    renderSetupResultCard({ board, created: true, added: 7, linked: 0, rosterRead: false }),
  ],
  ['board exists', renderBoardExistsCard(board)],
  ['agenda, planned, manager', renderAgendaCard({ board, meeting: planned, canManage: true })],
  [
    'agenda, running, manager',
    renderAgendaCard({
      board,
      meeting: running,
      canManage: true,
      previous: planned,
      message: 'Now: 1 Budget',
    }),
  ],
  [
    'agenda, running, member, redacted',
    renderAgendaCard({ board, meeting: inTheChat(running), canManage: false }),
  ],
  ['papers, manager', renderPapersCard(board, running, true)],
  ['entry dialog', renderEntryDialogCard(running, 'problem', 'req-1')],
  ['item dialog', renderItemDialogCard(running)],
  ['minutes dialog', renderMinutesDialogCard(running, 'problem')],
];

describe('cards', () => {
  it.each(ALL_CARDS)('%s is a valid Adaptive Card 1.5', (_name, card) => {
    expect(cardProblems(card)).toEqual([]);
  });

  it('uses only declared verbs', () => {
    const declared = new Set<string>(Object.values(Verbs));
    const used = ALL_CARDS.flatMap(([, card]) => verbsOf(card));
    expect(used.filter((v) => !declared.has(v))).toEqual([]);
  });

  it('shows placeholders as ‹word›, which Teams does not swallow as HTML', () => {
    const help = JSON.stringify(ALL_CARDS[2]?.[1]);
    expect(help).toContain('action ‹owners› to ‹text› [by ‹date›]');
    expect(help).not.toMatch(/<[a-z]/);
  });

  it('help lists only what the person may use', () => {
    const memberHelp = JSON.stringify(ALL_CARDS[1]?.[1]);
    expect(memberHelp).toContain('members');
    expect(memberHelp).not.toContain('agency add');
    const noBoard = JSON.stringify(ALL_CARDS[0]?.[1]);
    expect(noBoard).toContain('setup');
    expect(noBoard).not.toContain('members import');
  });

  it('redacts confidential items where asked', () => {
    const redacted = JSON.stringify(
      renderAgendaCard({ board, meeting: inTheChat(running), canManage: false }),
    );
    expect(redacted).toContain('Confidential item');
    expect(redacted).not.toContain('Budget');
  });

  it('members are grouped by agency, statutory partners first', () => {
    const body = JSON.stringify(renderMembersCard(board, { canManage: false }));
    const order = [
      'Local authority (LA)',
      'Police (POLICE)',
      'Integrated care board (health) (ICB)',
      'Education (EDU)',
    ].map((t) => body.indexOf(t));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('the summary titles standing items once and marks finished actions', () => {
    const minutes = running.agenda.find((i) => i.standing === 'previous-minutes')!;
    const held = addEntry(
      running,
      'decision',
      { id: 'd1', text: 'Minutes agreed', at: '', by: '', subjectToRatification: false },
      minutes.id,
    );
    const action = (n: number, status: Action['status']): Action =>
      ({
        number: n,
        text: `task ${n}`,
        owners: [{ kind: 'external', name: 'Robert South', initials: 'RS' }],
        status,
      }) as unknown as Action;
    const json = JSON.stringify(
      renderSummaryCard({
        board,
        meeting: held,
        quorum: { quorate: true, explanation: 'quorate' } as unknown as QuorumResult,
        actions: [action(1, 'completed'), action(2, 'open'), action(3, 'closed')],
        forChannel: false,
        canPost: false,
      }),
    );
    expect(json).toContain('**Minutes of the previous meeting, action log and matters arising**');
    expect(json).not.toContain('Minutes Minutes');
    /** Owners by name (issue 20); an undated action is due at the next meeting. */
    expect(json).toContain('Robert South (RS) to task 1 — **completed**');
    expect(json).toContain('Robert South (RS) to task 2 — by the next meeting"');
    expect(json).toContain('Robert South (RS) to task 3 — closed');
  });
});

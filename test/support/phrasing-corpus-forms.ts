import type { Command } from '../../src/commands/command.js';

/**
 * What a line should get: understood as a command (an action with its owners, text and due date),
 * or a question (the one-tap offer, which member, did you mean), or a refusal that says the right
 * form. Owners: a member by initials, `Name (not a member)`, `agency:CODE`, `group:Name`.
 */
export type Outcome =
  | { understood: Command }
  | { understood: 'action'; owners: string[]; text: string; due: string }
  | { asks: 'offer'; owners: string[] }
  | { asks: 'owner'; about: string[] }
  | { asks: 'did-you-mean'; command: string }
  | { asks: 'date'; text: string }
  | { refused: string };

export type CorpusLine = {
  text: string;
  expected: Outcome;
  /** Where the line's wording comes from. */
  source: 'havering-2022' | 'london-2009' | 'annual-report-2013' | 'uk-minutes';
  /** Also sent through the real routes (test/teams/phrasing-corpus-forms-routes.test.ts). */
  route?: true;
};

const act = (owners: string[], text: string, due = 'next meeting'): Outcome => ({
  understood: 'action',
  owners,
  text,
  due,
});
const offer = (...owners: string[]): Outcome => ({ asks: 'offer', owners });
const ask = (...about: string[]): Outcome => ({ asks: 'owner', about });
const mean = (command: string): Outcome => ({ asks: 'did-you-mean', command });
const cmd = (command: Command): Outcome => ({ understood: command });
const note = (text: string): Outcome => cmd({ kind: 'note', text });
const decision = (text: string): Outcome => cmd({ kind: 'decision', text });

const H = 'havering-2022' as const;
const L = 'london-2009' as const;
const R = 'annual-report-2013' as const;
const U = 'uk-minutes' as const;

export const CORPUS_LINES: readonly CorpusLine[] = [
  // The prefixes minutes use.
  {
    source: L,
    route: true,
    text: 'ACTION: CC to update the group at the next meeting.',
    expected: act(['CC'], 'update the group at the next meeting.'),
  },
  {
    source: H,
    text: "Action: RS to comment re Education's place at the HSCP as statutory Partner",
    expected: act(['RS'], "comment re Education's place at the HSCP as statutory Partner"),
  },
  {
    source: H,
    route: true,
    text: 'Action - KC to begin discussion on a Tri-Borough sharing of information using existing structures if possible.',
    expected: act(
      ['KC'],
      'begin discussion on a Tri-Borough sharing of information using existing structures if possible.',
    ),
  },
  {
    source: H,
    text: 'action: Shakira Gordon to attend next meeting & liaise with LB',
    expected: act(['Shakira Gordon (not a member)'], 'attend next meeting & liaise with LB'),
  },
  {
    source: L,
    text: 'Action – TMT to share the safeguarding workplan for health with the Board',
    expected: act(['TMT'], 'share the safeguarding workplan for health with the Board'),
  },
  {
    source: L,
    text: 'ACTION - SH to report back from the Serious Case Reviews sub-committee',
    expected: act(['SH'], 'report back from the Serious Case Reviews sub-committee'),
  },
  {
    source: L,
    text: 'Action point: AG to circulate details of the Hydra training courses',
    expected: act(['AG'], 'circulate details of the Hydra training courses'),
  },
  {
    source: U,
    text: 'ACTION: PG to draft letter by 10/08/22',
    expected: act(['PG'], 'draft letter', '2022-08-10'),
  },
  {
    source: U,
    text: 'Action - RS to comment on the proposal by 24/08/22',
    expected: act(['RS'], 'comment on the proposal', '2022-08-24'),
  },
  {
    source: L,
    route: true,
    text: 'Note: The notes of the last meeting were circulated and agreed',
    expected: note('The notes of the last meeting were circulated and agreed'),
  },
  {
    source: L,
    text: 'Note - CC took the group through the London Board update paper',
    expected: note('CC took the group through the London Board update paper'),
  },
  {
    source: H,
    text: 'NOTE: LB stressed the need for this approach across Barking & Dagenham and Redbridge too.',
    expected: note(
      'LB stressed the need for this approach across Barking & Dagenham and Redbridge too.',
    ),
  },
  {
    source: H,
    text: 'note: KC emphasised a few learning topics done well and repeated during the week',
    expected: note('KC emphasised a few learning topics done well and repeated during the week'),
  },
  {
    source: H,
    text: 'Note – EM highlighted training cancellations in the table below.',
    expected: note('EM highlighted training cancellations in the table below.'),
  },
  {
    source: H,
    route: true,
    text: 'Decision: The group agreed for the cancellation charge to be levied.',
    expected: decision('The group agreed for the cancellation charge to be levied.'),
  },
  {
    source: H,
    text: "Agreed: the Memorandum of Understanding, subject to RS' views",
    expected: decision("the Memorandum of Understanding, subject to RS' views"),
  },
  {
    source: H,
    text: 'Agreed - minutes of the June meeting without amendment',
    expected: decision('minutes of the June meeting without amendment'),
  },
  {
    source: H,
    text: 'AGREED: Education to become the fourth statutory partner',
    expected: decision('Education to become the fourth statutory partner'),
  },
  {
    source: L,
    text: 'Decision - the toolkit pilot to continue while the Home Office reconsiders',
    expected: decision('the toolkit pilot to continue while the Home Office reconsiders'),
  },
  {
    source: U,
    text: 'DECISION: terms of reference approved',
    expected: decision('terms of reference approved'),
  },
  {
    source: H,
    route: true,
    text: 'Apologies: JP',
    expected: cmd({ kind: 'attendanceCodes', code: 'SA', initials: ['JP'] }),
  },
  {
    source: H,
    text: 'Present: BB, LB, RS, KC, TC, EM',
    expected: cmd({
      kind: 'attendanceCodes',
      code: 'A',
      initials: ['BB', 'LB', 'RS', 'KC', 'TC', 'EM'],
    }),
  },
  {
    source: U,
    text: 'Apologies - MJ and PR',
    expected: cmd({ kind: 'attendanceCodes', code: 'SA', initials: ['MJ', 'PR'] }),
  },

  // Actions written without the word: offered on a one-tap card.
  {
    source: H,
    route: true,
    text: "RS to comment re Education's place at the HSCP as statutory Partner",
    expected: offer('RS'),
  },
  {
    source: H,
    text: 'KC to begin discussion on a Tri-Borough sharing of information',
    expected: offer('KC'),
  },
  { source: L, text: 'CC to update the group at the next meeting', expected: offer('CC') },
  {
    source: H,
    route: true,
    text: 'TC & EM to engage the clusters on representation',
    expected: offer('TC', 'EM'),
  },
  { source: U, route: true, text: 'Jacqui to send the report', expected: offer('JB') },
  {
    source: U,
    text: 'JB to send the report to the Development & Practice Group',
    expected: offer('JB'),
  },
  {
    source: U,
    text: 'EF/KW/PG to draft the terms of reference',
    expected: offer('EF', 'Kim Walsh (not a member)', 'PG'),
  },
  {
    source: U,
    text: 'Business Unit to circulate the notes with the agenda',
    expected: offer('group:Business Unit'),
  },
  {
    source: R,
    route: true,
    text: 'The Business Unit to book the venue for the development day',
    expected: offer('group:Business Unit'),
  },
  { source: H, text: 'Police to share the HMICFRS report', expected: offer('agency:POLICE') },
  {
    source: U,
    text: 'Chair to write to the DfE about the MacAlister Review',
    expected: offer('BB'),
  },
  { source: H, text: 'Trevor to take forward the ESP suggestions', expected: offer('TC') },
  { source: H, text: 'Elisabeth to book the training venue', expected: offer('EM') },
  {
    source: L,
    text: 'Cheryl to raise the national referral mechanism with the Home Office',
    expected: offer('CC'),
  },
  {
    source: L,
    text: 'TMT to share the workplan for health with the Board',
    expected: offer('TMT'),
  },
  {
    source: L,
    text: 'SH and AG to consider a media toolkit for LA communications teams',
    expected: offer('SH', 'AG'),
  },
  {
    source: U,
    text: 'KW to circulate the early help dataset',
    expected: offer('Kim Walsh (not a member)'),
  },
  {
    source: R,
    text: 'Quality and Effectiveness Group to scrutinise the performance framework',
    expected: offer('group:Quality and Effectiveness Group'),
  },
  {
    source: H,
    route: true,
    text: 'Shakira Gordon to attend next meeting & liaise with LB',
    expected: mean('action Shakira Gordon to attend next meeting & liaise with LB'),
  },
  { source: U, text: 'Paul to review the escalation policy', expected: ask('Paul → PG|PR') },
  {
    source: H,
    text: 'CK to begin discussion on a Tri-Borough sharing of information',
    expected: ask('CK → KC'),
  },
  {
    source: U,
    text: 'ZZ to circulate the minutes',
    expected: { refused: `I don't know "ZZ to circulate the minutes"` },
  },

  // Owners as people name them.
  {
    source: U,
    route: true,
    text: 'action Development & Practice Group to review the threshold document',
    expected: act(['group:Development & Practice Group'], 'review the threshold document'),
  },
  {
    source: U,
    text: 'action the Business Unit to circulate the revised terms of reference',
    expected: act(['group:Business Unit'], 'circulate the revised terms of reference'),
  },
  {
    source: U,
    text: 'action the Safeguarding Business Unit to update the website',
    expected: act(['group:Safeguarding Business Unit'], 'update the website'),
  },
  {
    source: H,
    route: true,
    text: 'action Police to consider how they can capitalise on the local training programme',
    expected: act(
      ['agency:POLICE'],
      'consider how they can capitalise on the local training programme',
    ),
  },
  {
    source: H,
    text: 'action MPS to share the letter on the Engage phase',
    expected: act(['agency:POLICE'], 'share the letter on the Engage phase'),
  },
  {
    source: L,
    text: 'action Met Police to offer Hydra training places to boroughs',
    expected: act(['agency:POLICE'], 'offer Hydra training places to boroughs'),
  },
  {
    source: H,
    text: 'action Education to nominate a representative for the Executive',
    expected: act(['agency:EDU'], 'nominate a representative for the Executive'),
  },
  {
    source: L,
    text: 'action Probation to report on Integrated Offender Management',
    expected: act(['agency:PROB'], 'report on Integrated Offender Management'),
  },
  {
    source: U,
    route: true,
    text: 'action Jacqui to send the report',
    expected: act(['JB'], 'send the report'),
  },
  {
    source: U,
    text: 'action Burke to send the audit findings',
    expected: act(['JB'], 'send the audit findings'),
  },
  {
    source: H,
    text: "action Korkor to share the ICS Adult Safeguarding Lead's details",
    expected: act(['KC'], "share the ICS Adult Safeguarding Lead's details"),
  },
  {
    source: H,
    text: 'action Lewis to write to the CEOs about the joint VAWG approach',
    expected: act(['LB'], 'write to the CEOs about the joint VAWG approach'),
  },
  {
    source: U,
    text: 'action the Chair to write to the Minister',
    expected: act(['BB'], 'write to the Minister'),
  },
  {
    source: H,
    route: true,
    text: 'action "Shakira Gordon" to attend next meeting',
    expected: act(['Shakira Gordon (not a member)'], 'attend next meeting'),
  },
  {
    source: H,
    text: "action 'RS' to confirm the ICB Place Based structure",
    expected: act(['RS'], 'confirm the ICB Place Based structure'),
  },
  {
    source: H,
    text: 'action “Korkor Ceasar” to add Sect 3 Chief Nurse ICB to the Memo',
    expected: act(['KC'], 'add Sect 3 Chief Nurse ICB to the Memo'),
  },
  {
    source: U,
    route: true,
    text: 'action EF/KW/PG to draft the terms of reference',
    expected: act(['EF', 'Kim Walsh (not a member)', 'PG'], 'draft the terms of reference'),
  },
  {
    source: R,
    text: 'action RS and the Business Unit to prepare the annual report',
    expected: act(['RS', 'group:Business Unit'], 'prepare the annual report'),
  },
  {
    source: H,
    text: 'action LB/Police to review professional decision making',
    expected: act(['LB', 'agency:POLICE'], 'review professional decision making'),
  },
  {
    source: R,
    text: 'action Quality and Effectiveness Group to audit child protection plans',
    expected: act(['group:Quality and Effectiveness Group'], 'audit child protection plans'),
  },
  {
    source: R,
    text: 'action CSE Working Group to deliver the CSE action plan',
    expected: act(['group:CSE Working Group'], 'deliver the CSE action plan'),
  },
  {
    source: R,
    text: "action Children's Services to lead on the early help strategy",
    expected: act(["group:Children's Services"], 'lead on the early help strategy'),
  },
  {
    source: R,
    text: 'action Training and Development Working Group to develop the e-learning package',
    expected: act(
      ['group:Training and Development Working Group'],
      'develop the e-learning package',
    ),
  },
  {
    source: H,
    text: 'action Barbara Nicholls to confirm the sign-off by the Adults Board',
    expected: act(['Barbara Nicholls (not a member)'], 'confirm the sign-off by the Adults Board'),
  },
  {
    source: H,
    text: 'action BN to confirm the Memo with the Chairs of local strategic groups',
    expected: act(
      ['Barbara Nicholls (not a member)'],
      'confirm the Memo with the Chairs of local strategic groups',
    ),
  },
  {
    source: H,
    text: 'action TC & EM to take forward the ESP suggestions',
    expected: act(['TC', 'EM'], 'take forward the ESP suggestions'),
  },
  {
    source: L,
    text: 'action Simon Hart to consider a media toolkit',
    expected: act(['SH'], 'consider a media toolkit'),
  },
  {
    source: L,
    text: 'action Trish to update the group on health engagement',
    expected: act(['TMT'], 'update the group on health engagement'),
  },
  {
    source: L,
    text: 'action Morris-Thompson to share the health workplan',
    expected: act(['TMT'], 'share the health workplan'),
  },
  {
    source: L,
    text: 'action CC, SH and AG to meet before the next Board',
    /** Which board's next meeting: this one's, or the Board this group reports to? */
    expected: { asks: 'date', text: 'meet' },
  },
  {
    source: H,
    text: 'action KC and the ICB to confirm the Place Based structure',
    expected: act(['KC', 'agency:ICB'], 'confirm the Place Based structure'),
  },

  {
    source: H,
    route: true,
    text: "Action 2: RS to comment re Education's place at the HSCP as statutory Partner",
    expected: offer('RS'),
  },
  {
    source: H,
    text: 'Action 1. Shakira Gordon to attend next meeting & liaise with LB',
    expected: mean('action Shakira Gordon to attend next meeting & liaise with LB'),
  },
  {
    source: H,
    text: 'Action 3: KC to begin discussion on a Tri-Borough sharing of information',
    expected: offer('KC'),
  },
  {
    source: H,
    text: 'action Robert South (LBH) to comment on the proposal',
    expected: act(['RS'], 'comment on the proposal'),
  },
  {
    source: U,
    text: 'action Jane Smith (Head of Service) to attend the next meeting for RS',
    expected: act(['Jane Smith (not a member)'], 'attend the next meeting for RS'),
  },
  {
    source: R,
    text: 'action All partners to complete the section 11 audit',
    expected: act(['group:All partners'], 'complete the section 11 audit'),
  },
  {
    source: H,
    text: 'action Chairs of local strategic groups to sign the Memo',
    expected: act(['group:Chairs of local strategic groups'], 'sign the Memo'),
  },
  {
    source: U,
    text: 'action the Local Authority to confirm the funding contribution',
    expected: act(['agency:LA'], 'confirm the funding contribution'),
  },
  {
    source: U,
    text: 'action Health to confirm the named GP arrangements',
    expected: act(['agency:ICB'], 'confirm the named GP arrangements'),
  },
  {
    source: R,
    text: 'action Schools to return the section 11 audit',
    expected: act(['agency:EDU'], 'return the section 11 audit'),
  },
  {
    source: U,
    text: 'action ALL to read the Working Together consultation',
    expected: ask('ALL → ?'),
  },
  {
    source: U,
    text: 'EM/Business Unit to circulate the dates of future meetings',
    expected: offer('EM', 'group:Business Unit'),
  },

  // Owners Quorate will not guess: asked.
  {
    source: H,
    route: true,
    text: 'action CK to begin discussion on a Tri-Borough sharing of information',
    expected: ask('CK → KC'),
  },
  {
    source: U,
    route: true,
    text: 'action Paul to review the escalation policy',
    expected: ask('Paul → PG|PR'),
  },
  { source: H, text: 'action Shakira to attend next meeting', expected: ask('Shakira → ?') },
  {
    source: L,
    text: 'action NSPCC to share the sexual exploitation resources',
    expected: ask('NSPCC → ?'),
  },
  { source: H, text: 'action BX to chair the next meeting', expected: ask('BX → BB') },
  { source: U, text: 'action Paul and LB to visit the MASH', expected: ask('Paul → PG|PR') },
  {
    source: U,
    text: 'action Green to update the risk register',
    expected: act(['PG'], 'update the risk register'),
  },

  // Did you mean.
  { source: U, route: true, text: 'agnda', expected: mean('agenda') },
  { source: U, text: 'attendence', expected: mean('attendance') },
  {
    source: U,
    route: true,
    text: 'acton JB to send the report',
    expected: mean('action JB to send the report'),
  },
  { source: U, text: 'sumary', expected: mean('summary') },
  { source: U, text: 'apologys JP', expected: mean('apologies JP') },
  { source: U, text: 'minuets approved', expected: mean('minutes approved') },
  { source: U, text: 'quorom', expected: mean('quorum') },
  {
    source: U,
    text: 'decison the group agreed the MoU',
    expected: mean('decision the group agreed the MoU'),
  },
  { source: U, text: 'acions overdue', expected: mean('actions overdue') },
  { source: U, text: 'histroy', expected: mean('history') },
  {
    source: U,
    text: 'Noted the report from the Met',
    expected: mean('note the report from the Met'),
  },

  // Commands as boards use them.
  { source: R, text: 'report 2026', expected: cmd({ kind: 'report', year: '2026-27' }) },
  { source: R, text: 'report 2012-13', expected: cmd({ kind: 'report', year: '2012-13' }) },
  { source: U, text: 'summary post', expected: cmd({ kind: 'summary', post: true }) },
  { source: H, text: 'minutes approved', expected: cmd({ kind: 'minutesApproved' }) },
  {
    source: H,
    text: 'minutes approved with amendments: add Sect 3 Chief Nurse ICB',
    expected: cmd({ kind: 'minutesApproved', amendments: 'add Sect 3 Chief Nurse ICB' }),
  },
  {
    source: H,
    text: 'late TC at item 2',
    expected: cmd({ kind: 'late', initials: 'TC', atItem: '2' }),
  },
  {
    source: U,
    text: 'deputy Jane Smith (Head of Service) for RS',
    expected: cmd({ kind: 'deputy', person: 'Jane Smith (Head of Service)', forInitials: 'RS' }),
  },
  {
    source: H,
    text: 'guest Barbara Nicholls (Director of Adults Services) for item 1',
    expected: cmd({
      kind: 'guest',
      person: 'Barbara Nicholls (Director of Adults Services)',
      forItem: '1',
    }),
  },
  { source: H, text: 'ratify by RS', expected: cmd({ kind: 'ratifier', name: 'RS' }) },
  {
    source: H,
    text: 'next meeting 10/08/22 2-3pm',
    expected: cmd({ kind: 'nextMeeting', spec: '10/08/22 2-3pm' }),
  },
  {
    source: U,
    text: 'meeting strat',
    expected: { refused: '"meeting strat" is not a meeting command.' },
  },
  {
    source: U,
    text: 'Welcome to the meeting',
    expected: { refused: `I don't know "Welcome to the meeting"` },
  },
];

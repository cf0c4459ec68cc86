/**
 * Due-date and update phrasing as boards write it: the wording of the reference minutes
 * (../shared/reference/: Havering Executive 13 July 2022, London Board 4 February 2009, the Havering
 * LSCB annual report 2012-13) and of ordinary UK minute-taking. Read on Wednesday 13 July 2022, the
 * Havering Executive's meeting; its next meeting is Wednesday 10 August 2022.
 *
 * Expected: `due` (a date Quorate is sure of), `next` (due at the next meeting: no date, or "next
 * meeting"), `asap` (due after the board's ASAP days), `asks` (a date it is not sure of: asked,
 * with this guess, `null` for none). `text` is what the action says once the date is taken out.
 */
export type Expected =
  | { due: string; text: string }
  | { next: true; text: string }
  | { asap: true; text: string }
  | { asks: string | null; text: string };

export type CaptureLine = readonly [line: string, expected: Expected];

export const CAPTURE_LINES: readonly CaptureLine[] = [
  // The Havering Executive, 13 July 2022, as minuted.
  [
    'Shakira Gordon to attend next meeting & liaise with LB',
    { next: true, text: 'attend next meeting & liaise with LB' },
  ],
  [
    "RS to comment re Education's place at the HSCP as statutory Partner, and decide re TC attending the monthly Executive.",
    {
      next: true,
      text: "comment re Education's place at the HSCP as statutory Partner, and decide re TC attending the monthly Executive.",
    },
  ],
  [
    'KC to begin discussion on a Tri-Borough sharing of information using existing structures if possible.',
    {
      next: true,
      text: 'begin discussion on a Tri-Borough sharing of information using existing structures if possible.',
    },
  ],
  [
    'CC to update the group at the next meeting.',
    { next: true, text: 'update the group at the next meeting.' },
  ],
  [
    'EM to circulate the training cancellation figures by end of January',
    { due: '2023-01-31', text: 'circulate the training cancellation figures' },
  ],
  [
    'BB to finalise the Memorandum of Understanding by next meeting',
    { next: true, text: 'finalise the Memorandum of Understanding' },
  ],
  [
    'LB to write to the CEOs re the joint VAWG approach ASAP',
    { asap: true, text: 'write to the CEOs re the joint VAWG approach' },
  ],
  [
    'TC to take forward representation between HSCP, ESP and Clusters by the end of the month',
    { due: '2022-07-31', text: 'take forward representation between HSCP, ESP and Clusters' },
  ],
  [
    'KC to add Sect 3 Chief Nurse ICB to the Memo by 31st',
    { asks: '2022-07-31', text: 'add Sect 3 Chief Nurse ICB to the Memo' },
  ],
  [
    'EM to levy the cancellation charge by 1st September',
    { due: '2022-09-01', text: 'levy the cancellation charge' },
  ],
  [
    'RS to confirm the ICB Place Based structure by Friday',
    { due: '2022-07-15', text: 'confirm the ICB Place Based structure' },
  ],
  [
    'KC to share themes from SARs, Rapid Reviews & CSPRs within 2 weeks',
    { due: '2022-07-27', text: 'share themes from SARs, Rapid Reviews & CSPRs' },
  ],
  [
    'EM to prepare for the 16 days of activism by November',
    { due: '2022-11-30', text: 'prepare for the 16 days of activism' },
  ],
  [
    'LB to report back on the HMICFRS Engage phase by March 2023',
    { due: '2023-03-31', text: 'report back on the HMICFRS Engage phase' },
  ],
  [
    "BB to seek RS' views on the Memorandum by the end of the week",
    { due: '2022-07-15', text: "seek RS' views on the Memorandum" },
  ],
  [
    'CK to facilitate Tri-Borough meetings before the next meeting',
    { next: true, text: 'facilitate Tri-Borough meetings' },
  ],
  [
    'EM to circulate revised priorities / timescales by 31/08/22',
    { due: '2022-08-31', text: 'circulate revised priorities / timescales' },
  ],
  [
    'LB to share the HMICFRS report for 2021-22 (due to be published in August)',
    { next: true, text: 'share the HMICFRS report for 2021-22 (due to be published in August)' },
  ],
  [
    'BB to present the Document agreed by Chairs of local strategic groups',
    { next: true, text: 'present the Document agreed by Chairs of local strategic groups' },
  ],
  [
    'TC to confirm which schools are covered by the Education Strategic Partnership',
    {
      next: true,
      text: 'confirm which schools are covered by the Education Strategic Partnership',
    },
  ],
  [
    'LB to consider how Police can capitalise in local training programme by September 2022',
    { due: '2022-09-30', text: 'consider how Police can capitalise in local training programme' },
  ],
  [
    'KC to confirm the ICS Adult Safeguarding Lead start date by August',
    { due: '2022-08-31', text: 'confirm the ICS Adult Safeguarding Lead start date' },
  ],
  [
    'LB to agree the joint approach with Barking & Dagenham and Redbridge by the end of the quarter',
    { due: '2022-09-30', text: 'agree the joint approach with Barking & Dagenham and Redbridge' },
  ],
  [
    'KC to bring the health dataset by the next Board meeting',
    { asks: '2022-08-10', text: 'bring the health dataset' },
  ],
  // The London Board, 4 February 2009, and the Havering LSCB annual report 2012-13.
  [
    'CC to confirm the national referral mechanism before 1st April 2009',
    { due: '2009-03-31', text: 'confirm the national referral mechanism' },
  ],
  [
    'SH to share the SCR guidance work plan by early February',
    { asks: '2023-02-07', text: 'share the SCR guidance work plan' },
  ],
  [
    'TMT to report on the internal review of health engagement by mid-January',
    { asks: '2023-01-15', text: 'report on the internal review of health engagement' },
  ],
  [
    'AG to circulate the Hydra training dates within the next month',
    { asks: '2022-08-31', text: 'circulate the Hydra training dates' },
  ],
  [
    'PR to raise the Baby P review with LSCBs in 10 days',
    { due: '2022-07-23', text: 'raise the Baby P review with LSCBs' },
  ],
  [
    'RS to provide an update on the threshold document launched in April 2012',
    { next: true, text: 'provide an update on the threshold document launched in April 2012' },
  ],
  [
    'JB to publish the next newsletter by the end of the year',
    { due: '2022-12-31', text: 'publish the next newsletter' },
  ],
  [
    'EM to update the performance framework by the end of the financial year',
    { due: '2023-03-31', text: 'update the performance framework' },
  ],
  [
    'KC to circulate the MASH health data no later than 31 August',
    { due: '2022-08-31', text: 'circulate the MASH health data' },
  ],
  [
    'JB to ensure the CDOP leaflet is sent to parents within a week',
    { due: '2022-07-20', text: 'ensure the CDOP leaflet is sent to parents' },
  ],
  [
    'EM to report to the board bi-monthly on the quality of referrals',
    { next: true, text: 'report to the board bi-monthly on the quality of referrals' },
  ],
  [
    'JB to provide the Section 11 audit returns by 30 September 2022',
    { due: '2022-09-30', text: 'provide the Section 11 audit returns' },
  ],
  [
    'EM to address the newsletter in the next year',
    { next: true, text: 'address the newsletter in the next year' },
  ],
  [
    'RS to develop the Safeguarding Performance and Quality Framework within 2013',
    { asks: '2013-12-31', text: 'develop the Safeguarding Performance and Quality Framework' },
  ],
  // Ordinary UK minute-taking.
  ['PG to draft letter by 10/08/22', { due: '2022-08-10', text: 'draft letter' }],
  [
    'EF/KW/PG to revise the deadline by end of March 2020',
    { due: '2020-03-31', text: 'revise the deadline' },
  ],
  ['KC to decide by consensus by Friday', { due: '2022-07-15', text: 'decide by consensus' }],
  [
    'KC to agree the approach by consensus',
    { next: true, text: 'agree the approach by consensus' },
  ],
  [
    'LB to send the report by the LSCB deadline',
    { next: true, text: 'send the report by the LSCB deadline' },
  ],
  [
    "EM to chase agencies for training data in two weeks' time",
    { due: '2022-07-27', text: 'chase agencies for training data' },
  ],
  [
    'LB to confirm police attendance at the training programme by next week',
    { asks: '2022-07-22', text: 'confirm police attendance at the training programme' },
  ],
  [
    'BB to write to Barbara Nicholls by next Friday',
    { asks: '2022-07-22', text: 'write to Barbara Nicholls' },
  ],
  [
    'EM to book the venue for the development day by 15th',
    { asks: '2022-07-15', text: 'book the venue for the development day' },
  ],
  [
    'RS to respond to the MacAlister Review urgently',
    { asap: true, text: 'respond to the MacAlister Review' },
  ],
  ['LB to brief the Commissioner immediately', { asap: true, text: 'brief the Commissioner' }],
  [
    'KC to send the CDOP leaflet to parents as soon as possible',
    { asap: true, text: 'send the CDOP leaflet to parents' },
  ],
  [
    'TC to urgently review attendance at child protection conferences',
    { asap: true, text: 'urgently review attendance at child protection conferences' },
  ],
  [
    'EM to circulate the minutes within 10 working days',
    { asks: '2022-07-27', text: 'circulate the minutes' },
  ],
  ['JB to return the audit tool by tomorrow', { due: '2022-07-14', text: 'return the audit tool' }],
  [
    'RS to sign off the business plan by the summer',
    { asks: null, text: 'sign off the business plan' },
  ],
  [
    'EM to arrange the Safeguarding Week evaluation before Christmas',
    { asks: '2022-12-25', text: 'arrange the Safeguarding Week evaluation' },
  ],
  ['JB to report on CAF uptake by half term', { asks: null, text: 'report on CAF uptake' }],
  [
    "TC to confirm Education's response by Q3",
    { asks: '2022-12-31', text: "confirm Education's response" },
  ],
  [
    'EM to circulate the Terms of Reference - end of January',
    { due: '2023-01-31', text: 'circulate the Terms of Reference' },
  ],
  [
    'JB to review the threshold document, 31/10/22',
    { due: '2022-10-31', text: 'review the threshold document' },
  ],
  ['LB to confirm dates (by 31st)', { asks: '2022-07-31', text: 'confirm dates' }],
  [
    'PG to circulate the action log, next steps to be agreed',
    { next: true, text: 'circulate the action log, next steps to be agreed' },
  ],
  [
    'KC to send apologies to the ESP on behalf of 3 agencies',
    { next: true, text: 'send apologies to the ESP on behalf of 3 agencies' },
  ],
  [
    'BB to chair the development day in October 2022',
    { next: true, text: 'chair the development day in October 2022' },
  ],
  [
    'EM to ask partners to confirm attendance within their agencies',
    { next: true, text: 'ask partners to confirm attendance within their agencies' },
  ],
  [
    'TC to ensure schools respond within timescales',
    { next: true, text: 'ensure schools respond within timescales' },
  ],
  ['EM to invite Shakira Gordon by email', { next: true, text: 'invite Shakira Gordon by email' }],
  [
    'KC to liaise with the Designated Doctor by phone before the end of the month',
    { due: '2022-07-31', text: 'liaise with the Designated Doctor by phone' },
  ],
  [
    'EM to send out the agenda seven days before the meeting',
    { next: true, text: 'send out the agenda seven days before the meeting' },
  ],
  [
    'RS to decide re TC attending the monthly Executive by the next meeting',
    { next: true, text: 'decide re TC attending the monthly Executive' },
  ],
  [
    'JB to update the action log by close of play Friday',
    { asks: '2022-07-15', text: 'update the action log' },
  ],
  [
    'LB to confirm the MOPAC contact by w/c 25 July',
    { asks: '2022-07-25', text: 'confirm the MOPAC contact' },
  ],
  [
    'EM to collate single agency training data by 30th September',
    { due: '2022-09-30', text: 'collate single agency training data' },
  ],
  [
    'KC to confirm the cluster leads by Sept',
    { due: '2022-09-30', text: 'confirm the cluster leads' },
  ],
  [
    'BB to write to the Chief Nurse by 31.08.22',
    { due: '2022-08-31', text: 'write to the Chief Nurse' },
  ],
  [
    'TC to circulate the ESP minutes by 5pm Friday',
    { due: '2022-07-15', text: 'circulate the ESP minutes' },
  ],
  ['LB to confirm by Friday 29th July', { due: '2022-07-29', text: 'confirm' }],
  [
    'EM to circulate the notes by Friday 30th July',
    { asks: '2022-07-30', text: 'circulate the notes' },
  ],
  [
    'JB to chase outstanding returns within a fortnight',
    { due: '2022-07-27', text: 'chase outstanding returns' },
  ],
  [
    'KC to present the CDOP annual report within 6 weeks',
    { due: '2022-08-24', text: 'present the CDOP annual report' },
  ],
  [
    'RS to report on LAC placement stability within three months',
    { due: '2022-10-13', text: 'report on LAC placement stability' },
  ],
  ['EM to draft the annual report by 31/02/23', { asks: null, text: 'draft the annual report' }],
  ['PG to confirm the venue by the 3rd', { asks: '2022-08-03', text: 'confirm the venue' }],
  [
    'EM to circulate the newsletter by the end of next month',
    { due: '2022-08-31', text: 'circulate the newsletter' },
  ],
  ['LB to send the data by the end of next week', { due: '2022-07-22', text: 'send the data' }],
  [
    'KC to circulate the dataset by next month',
    { asks: '2022-08-31', text: 'circulate the dataset' },
  ],
  ['JB to complete the audit by 2023', { asks: '2023-12-31', text: 'complete the audit' }],
  [
    'EM to agree the date of the development day by the year end',
    { asks: '2023-03-31', text: 'agree the date of the development day' },
  ],
  [
    'RS to raise at the ESP by the beginning of September',
    { asks: '2022-09-01', text: 'raise at the ESP' },
  ],
  ['TC to report back by late August', { asks: '2022-08-31', text: 'report back' }],
  ['BB to sign the MoU by Wednesday', { asks: '2022-07-13', text: 'sign the MoU' }],
  [
    'EM to circulate the action log by today',
    { due: '2022-07-13', text: 'circulate the action log' },
  ],
  ['KC to respond by return', { next: true, text: 'respond by return' }],
  ['JB to provide figures by agency', { next: true, text: 'provide figures by agency' }],
  ['LB to share the findings by area', { next: true, text: 'share the findings by area' }],
  [
    'EM to arrange training to be delivered by the LSCB trainer',
    { next: true, text: 'arrange training to be delivered by the LSCB trainer' },
  ],
  ['TC to email heads by the end of term', { asks: null, text: 'email heads' }],
  ['KC to confirm by 31 March at the latest', { due: '2023-03-31', text: 'confirm' }],
  ['RS to agree the budget by end-March', { due: '2023-03-31', text: 'agree the budget' }],
  [
    'EM to check by whom it may be approved',
    { next: true, text: 'check by whom it may be approved' },
  ],
  ['JB to send the report by 31 May', { due: '2023-05-31', text: 'send the report' }],
  ['JB to circulate the paper by May 2023', { due: '2023-05-31', text: 'circulate the paper' }],
  // Found trying it as a minute-taker.
  [
    'LB to write to the CEOs on the VAWG approach asap.',
    { asap: true, text: 'write to the CEOs on the VAWG approach' },
  ],
  ['EM to book the room by Tues', { due: '2022-07-19', text: 'book the room' }],
  [
    'KC to circulate, by the end of the week, the revised memo',
    { due: '2022-07-15', text: 'circulate the revised memo' },
  ],
  [
    'KC to report by Friday, having consulted the LSCB',
    { due: '2022-07-15', text: 'report, having consulted the LSCB' },
  ],
  ['BB to agree by the Executive on 10th August', { asks: '2022-08-10', text: 'agree' }],
  ['TC to take forward by the autumn term', { asks: null, text: 'take forward' }],
  [
    'EM to circulate minutes within 5 days of the meeting',
    { asks: '2022-07-18', text: 'circulate minutes' },
  ],
  [
    'TC to take this forward with the ESP by 31 Aug',
    { due: '2022-08-31', text: 'take this forward with the ESP' },
  ],
  [
    'KC to circulate the MoU by Monday 1st August',
    { due: '2022-08-01', text: 'circulate the MoU' },
  ],
];

/** Update lines: `revised` (the new due date, or "next meeting"), `asks` (nothing saved), or `plain` (an update only). */
export type UpdateExpected =
  { revised: string; text: string } | { asks: string | null } | { plain: true };

export const UPDATE_LINES: readonly (readonly [line: string, expected: UpdateExpected])[] = [
  ['update 1 revised to March 2020', { revised: '2020-03-31', text: '' }],
  ['update 2 the deadline to be revised to March 2020', { revised: '2020-03-31', text: '' }],
  ['update 3 Revised date: 31.03.20', { revised: '2020-03-31', text: '' }],
  [
    'update 3 progress delayed, revised date 31/03/20',
    { revised: '2020-03-31', text: 'progress delayed' },
  ],
  [
    'update 4 Draft circulated. New date 31/03/23',
    { revised: '2023-03-31', text: 'Draft circulated.' },
  ],
  ['update 5 new deadline end of January', { revised: '2023-01-31', text: '' }],
  ['update 5 date revised to the next meeting', { revised: 'next meeting', text: '' }],
  ['update 6 revised date by 31st', { asks: '2022-07-31' }],
  ['update 6 Policy revised and circulated to partners', { plain: true }],
  ['update 7 The revised threshold document was launched in April', { plain: true }],
  ['update 7 revised due date - 30 September 2022', { revised: '2022-09-30', text: '' }],
  [
    'update 8 Awaiting sign-off; revised date end of August',
    { revised: '2022-08-31', text: 'Awaiting sign-off' },
  ],
  ['update 9 deadline extended to 30/09/22 at the request of health', { asks: '2022-09-30' }],
  ['update 9 new date: next week', { asks: '2022-07-22' }],
  [
    'update 10 Chased with health colleagues; new deadline within 2 weeks',
    { revised: '2022-07-27', text: 'Chased with health colleagues' },
  ],
];

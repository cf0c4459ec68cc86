import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AdaptiveCard } from '../../src/cards/card-types.js';
import { Verbs } from '../../src/cards/verbs.js';
import type { Board } from '../../src/domain/board.js';
import type { Meeting } from '../../src/domain/meeting.js';
import { graphAttendanceReader } from '../../src/teams/graph-attendance-reader.js';
import type { GraphDouble } from '../../doubles/graph-double.js';
import { startGraphDouble } from '../../doubles/graph-double.js';
import { aadOf, TENANT } from '../support/fixtures.js';
import type { Harness, Person, Where } from '../support/teams-harness.js';
import {
  cardOf,
  createHarness,
  executeInvoke,
  groupChat,
  messageText,
  person,
  personalChat,
  proactiveSent,
  teamsActivity,
  textOf,
} from '../support/teams-harness.js';
import { cardProblems } from '../support/validate-card.js';

const BB = person(1, 'Brian Boxall');
const LB = person(2, 'Lewis Basford');
const RS = person(3, 'Robert South');
const KC = person(4, 'Korkor Ceasar');
const TC = person(5, 'Trevor Cook');
const JP = person(6, 'Jenny Pearce');
const EM = person(7, 'Elisabeth Major');
const PEOPLE = [BB, LB, RS, KC, TC, JP, EM];

const MEMBERS = [
  'members import',
  'Brian Boxall (BB) | SAB Independent Chair LBH | IND | chair',
  'Lewis Basford (LB) | Detective Superintendent, Public Protection East Area, BCU, MPS | POLICE',
  'Robert South (RS) | Director Children’s Services LBH | LA',
  'Korkor Ceasar (KC) | Associate Director for Safeguarding Children NEL CCG | ICB',
  'Trevor Cook (TC) | Assistant Director Education, LBH | EDU',
  'Jenny Pearce (JP) | Independent Scrutineer | IND | scrutineer',
].join('\n');

const STARTS = new Date('2022-07-13T13:00:00.000Z');
const JOIN_URL = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_outlook%40thread.v2/0';

let h: Harness;
let graph: GraphDouble;
beforeAll(async () => {
  graph = await startGraphDouble();
});
/** A database of its own per test: who chairs how many boards matters here. */
beforeEach(async () => {
  graph.reset();
  h = await createHarness({
    attendanceReports: graphAttendanceReader({
      baseUrl: graph.url,
      token: () => Promise.resolve('app-only-token'),
    }),
  });
  h.roster.push(...PEOPLE.map((p) => ({ aadObjectId: aadOf(p.n), name: p.name })));
});
afterAll(() => graph.close());

const say = async (where: Where, text: string, who: Person = EM): Promise<string> =>
  textOf(await h.send(messageText(who, where, text)));

/** A board set up in its own group chat, with the July meeting planned there. */
const newBoard = async (name = 'Havering Safeguarding Children Partnership Executive') => {
  const chat = groupChat();
  await say(chat, `setup ${name}`);
  await say(chat, 'agency add IND Independent');
  await say(chat, 'agency add EDU Education');
  await say(chat, MEMBERS);
  expect(
    await say(chat, 'meeting new Executive Planning Meeting on 13/07/22 2-3pm at MS Teams'),
  ).toContain('Meeting planned');
  const board = (await h.deps.boards.findByConversation(TENANT, chat.conversationId))!;
  return { chat, board };
};

/** The chat of a meeting scheduled in Outlook: Teams ids it `19:meeting_…`; no board was set up there. */
const outlookMeeting = (): { chat: Where; teamsMeetingId: string; graphMeetingId: string } => {
  const tag = Math.random().toString(16).slice(2);
  return {
    chat: { conversationId: `19:meeting_${tag}@thread.v2`, kind: 'groupChat' },
    teamsMeetingId: `MCMxOTptZWV0aW5nXz${tag}`,
    graphMeetingId: `MSpkYzE3Njc0Yy0${tag}`,
  };
};

/** getMeetingInfo for that meeting, as Teams answers it. */
const scheduled = (
  m: ReturnType<typeof outlookMeeting>,
  organizer: Person,
  title = 'HSCP Executive Planning Meeting',
): void => {
  Object.assign(h.meetingDetails, {
    title,
    startsAt: STARTS,
    joinUrl: JOIN_URL,
    organizerAadObjectId: aadOf(organizer.n),
    graphMeetingId: m.graphMeetingId,
  });
};

/** An activity in the meeting chat carries the meeting in channelData, as Teams sends it. */
const inMeeting = (
  m: ReturnType<typeof outlookMeeting>,
  activity: Partial<Activity>,
): Partial<Activity> => ({
  ...activity,
  channelData: { tenant: { id: TENANT }, meeting: { id: m.teamsMeetingId } },
});

const sayIn = async (m: ReturnType<typeof outlookMeeting>, text: string, who: Person = EM) =>
  textOf(await h.send(inMeeting(m, messageText(who, m.chat, text))));

const meetingEvent = (
  m: ReturnType<typeof outlookMeeting>,
  name: 'meetingStart' | 'meetingEnd',
  value: Record<string, unknown>,
) =>
  inMeeting(
    m,
    teamsActivity(BB, m.chat, { type: 'event', name: `application/vnd.microsoft.${name}`, value }),
  );

const participants = (
  m: ReturnType<typeof outlookMeeting>,
  name: 'meetingParticipantJoin' | 'meetingParticipantLeave',
  people: Person[],
) =>
  inMeeting(
    m,
    teamsActivity(BB, m.chat, {
      type: 'event',
      name: `application/vnd.microsoft.${name}`,
      value: {
        members: people.map((p) => ({
          user: { id: `29:user-${p.n}`, aadObjectId: aadOf(p.n), name: p.name },
          meeting: { inMeeting: name.endsWith('Join'), role: 'Attendee' },
        })),
      },
    }),
  );

const julyMeeting = async (board: Board): Promise<Meeting> =>
  (await h.deps.meetings.listOnDay(board.id, '2022-07-13'))[0]!;

const codes = (board: Board, meeting: Meeting): Record<string, string> =>
  Object.fromEntries(
    (meeting.attendance?.records ?? []).map((r) => [
      board.members.find((mb) => mb.id === r.memberId)!.initials,
      r.code,
    ]),
  );

const startValue = {
  MeetingType: 'Scheduled',
  Title: 'Executive Planning Meeting',
  StartTime: '2022-07-13T13:00:04.000Z',
  JoinUrl: JOIN_URL,
};

describe('a Teams meeting scheduled in Outlook, linked to the board meeting', () => {
  it('is linked by the chair with "meeting link"; the agenda is posted there and commands act on the board', async () => {
    const { board } = await newBoard();
    const m = outlookMeeting();
    m.teamsMeetingId = `${m.teamsMeetingId}a`;
    scheduled(m, BB);
    expect(await sayIn(m, 'agenda')).toContain('There is no board here yet');

    const [linked] = await h.send(inMeeting(m, messageText(BB, m.chat, 'meeting link')));
    const card = cardOf(linked) as AdaptiveCard;
    expect(cardProblems(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain(
      'Linked this Teams meeting to Havering Safeguarding Children Partnership Executive: Executive Planning Meeting, Wednesday 13 July 2022 at 2pm (matched by date and title).',
    );
    expect((await h.deps.boards.findByConversation(TENANT, m.chat.conversationId))?.id).toBe(
      board.id,
    );
    expect((await julyMeeting(board)).online).toEqual({
      chatId: m.chat.conversationId,
      meetingId: m.teamsMeetingId,
      joinUrl: JOIN_URL,
      organizerAadObjectId: aadOf(BB.n),
      graphMeetingId: m.graphMeetingId,
    });

    expect(await sayIn(m, 'agenda add Training by EM 15 min')).toContain('Added item 1');
    expect((await julyMeeting(board)).agenda.map((i) => i.title)).toContain('Training');
    expect(await sayIn(m, 'meeting link', BB)).toContain('already linked');
    const links = (await h.deps.audit.listForBoard(TENANT, board.id)).filter(
      (e) => e.verb === 'meeting.link',
    );
    expect(links).toHaveLength(1);
    expect(links[0]?.actor).toBe(aadOf(BB.n));
  });

  it('is refused to a member who runs no board, and said to be for meeting chats elsewhere', async () => {
    await newBoard();
    const m = outlookMeeting();
    scheduled(m, BB);
    expect(await sayIn(m, 'meeting link', RS)).toContain(
      'Only a board’s chair or a coordinator can link a Teams meeting',
    );
    expect(await h.deps.boards.findByConversation(TENANT, m.chat.conversationId)).toBeUndefined();
    expect(await say(groupChat(), 'meeting link', BB)).toContain('works in a Teams meeting’s chat');
  });

  it('asks someone who runs several boards which one, on a card; a second click changes nothing', async () => {
    const first = await newBoard('Havering Safeguarding Adults Board');
    const second = await newBoard('Havering Children’s Partnership Executive');
    const m = outlookMeeting();
    scheduled(m, EM);
    const [choice] = await h.send(inMeeting(m, messageText(EM, m.chat, 'meeting link')));
    const card = cardOf(choice) as AdaptiveCard;
    expect(cardProblems(card)).toEqual([]);
    const buttons = (card.actions ?? []) as unknown as {
      title: string;
      data: Record<string, unknown>;
    }[];
    const pick = buttons.find((b) => b.title === 'Havering Children’s Partnership Executive')!;
    expect(pick.data).toEqual({ boardId: second.board.id, verb: Verbs.meetingLink });
    expect(buttons.map((b) => b.title)).toContain('Havering Safeguarding Adults Board');

    const [clicked] = await h.send(
      inMeeting(m, executeInvoke(EM, m.chat, Verbs.meetingLink, pick.data)),
    );
    expect(JSON.stringify(cardOf(clicked))).toContain(
      'Linked this Teams meeting to Havering Children’s Partnership Executive',
    );
    const [again] = await h.send(
      inMeeting(m, executeInvoke(EM, m.chat, Verbs.meetingLink, pick.data)),
    );
    expect(JSON.stringify(cardOf(again))).toContain('already linked');
    const other = buttons.find((b) => b.title === 'Havering Safeguarding Adults Board')!;
    const [refused] = await h.send(
      inMeeting(m, executeInvoke(EM, m.chat, Verbs.meetingLink, other.data)),
    );
    expect(JSON.stringify(refused?.value)).toContain('already belongs to another board');
    expect((await h.deps.boards.findByConversation(TENANT, m.chat.conversationId))?.id).toBe(
      second.board.id,
    );
    expect((await julyMeeting(first.board)).online).toBeUndefined();
  });

  it('is linked by the meeting start when its organiser chairs the board and date and title match', async () => {
    const { board } = await newBoard();
    const unmatched = outlookMeeting();
    scheduled(unmatched, BB, 'Budget catch-up');
    const [told] = await h.send(
      meetingEvent(unmatched, 'meetingStart', { ...startValue, Title: 'Budget catch-up' }),
    );
    expect(textOf([told!])).toContain('"@Quorate meeting link"');

    const m = outlookMeeting();
    scheduled(m, BB);
    const [started] = await h.send(meetingEvent(m, 'meetingStart', startValue));
    const text = JSON.stringify(cardOf(started));
    expect(text).toContain(
      'Linked this Teams meeting to Havering Safeguarding Children Partnership Executive',
    );
    expect(text).toContain('The meeting has started.');
    expect((await julyMeeting(board)).status).toBe('in-progress');
    expect((await h.deps.boards.findByConversation(TENANT, m.chat.conversationId))?.id).toBe(
      board.id,
    );
  });

  it('takes participant events that arrive twice or out of order once', async () => {
    const { board } = await newBoard();
    const m = outlookMeeting();
    scheduled(m, BB);
    await h.send(meetingEvent(m, 'meetingStart', startValue));
    await h.send(participants(m, 'meetingParticipantJoin', [BB, LB]));
    const once = await julyMeeting(board);
    expect(codes(board, once)).toEqual({ BB: 'A', LB: 'A' });

    await h.send(participants(m, 'meetingParticipantJoin', [BB, LB]));
    expect((await julyMeeting(board)).revision).toBe(once.revision);

    // KC's leave overtakes her join; then the join arrives twice.
    await h.send(participants(m, 'meetingParticipantLeave', [KC]));
    await h.send(participants(m, 'meetingParticipantJoin', [KC]));
    const joined = await julyMeeting(board);
    await h.send(participants(m, 'meetingParticipantJoin', [KC]));
    await h.send(participants(m, 'meetingParticipantLeave', [KC]));
    const after = await julyMeeting(board);
    expect(codes(board, after)).toEqual({ BB: 'A', LB: 'A', KC: 'A' });
    expect(after.revision).toBe(joined.revision);
    expect(after.attendance?.visitors).toEqual([]);
  });
});

describe('Teams’ attendance report after a linked meeting', () => {
  it('pre-fills the register from join events and, on the chair’s confirmation, from the report', async () => {
    const { board } = await newBoard();
    const m = outlookMeeting();
    scheduled(m, BB);
    await say(personalChat(BB), 'help', BB);
    expect(
      JSON.stringify(
        cardOf((await h.send(inMeeting(m, messageText(BB, m.chat, 'meeting link'))))[0]),
      ),
    ).toContain('Linked this Teams meeting');

    await h.send(meetingEvent(m, 'meetingStart', startValue));
    await h.send(participants(m, 'meetingParticipantJoin', [BB, LB, EM]));
    graph.reports.set(`${aadOf(BB.n)}/${m.graphMeetingId}`, [
      {
        id: 'report-1',
        meetingStartDateTime: '2022-07-13T13:00:04Z',
        meetingEndDateTime: '2022-07-13T14:02:00Z',
        records: [BB, LB, RS, TC, JP, EM].map((p) => ({
          identity: { id: aadOf(p.n), displayName: p.name },
          emailAddress: null,
        })),
      },
    ]);
    const sentBefore = proactiveSent.length;
    const [ended] = await h.send(
      meetingEvent(m, 'meetingEnd', { ...startValue, EndTime: '2022-07-13T14:02:00.000Z' }),
    );
    expect(JSON.stringify(cardOf(ended))).toContain(
      'Teams’ attendance report shows 3 more: the chair has a card to confirm them.',
    );
    const proposal = proactiveSent
      .slice(sentBefore)
      .map((s) => cardOf(s.activity) as AdaptiveCard)
      .find((c) => JSON.stringify(c).includes('attendance report shows'))!;
    expect(cardProblems(proposal)).toEqual([]);
    expect(JSON.stringify(proposal)).toContain(
      "Teams' attendance report shows 3 more people: RS, TC, JP — record them as attended?",
    );
    const closed = await julyMeeting(board);
    expect(codes(board, closed)).toMatchObject({
      BB: 'A',
      LB: 'A',
      RS: 'DNA',
      TC: 'DNA',
      JP: 'DNA',
      KC: 'DNA',
    });

    const data = (proposal.actions?.[0] as unknown as { data: Record<string, unknown> }).data;
    const [refused] = await h.send(executeInvoke(RS, personalChat(RS), Verbs.reportConfirm, data));
    expect(JSON.stringify(refused?.value)).toContain('Only');
    const [confirmed] = await h.send(
      executeInvoke(BB, personalChat(BB), Verbs.reportConfirm, data),
    );
    expect(JSON.stringify(cardOf(confirmed))).toContain(
      'Recorded as attended from Teams’ attendance report: RS, TC, JP.',
    );
    const recorded = await julyMeeting(board);
    expect(codes(board, recorded)).toMatchObject({
      BB: 'A',
      LB: 'A',
      RS: 'A',
      TC: 'A',
      JP: 'A',
      KC: 'DNA',
    });

    const [twice] = await h.send(executeInvoke(BB, personalChat(BB), Verbs.reportConfirm, data));
    expect(JSON.stringify(cardOf(twice))).toContain('Nothing to record');
    expect((await julyMeeting(board)).revision).toBe(recorded.revision);
    const audited = (await h.deps.audit.listForBoard(TENANT, board.id)).filter(
      (e) => e.verb === 'register.report' && e.outcome === 'done',
    );
    expect(audited).toHaveLength(1);

    expect(await sayIn(m, 'attendance report', BB)).toContain(
      'shows nobody the register does not already have',
    );
    expect(graph.requests.every((r) => r.authorization === 'Bearer app-only-token')).toBe(true);
  });

  it('says when the report is not written yet, and when Teams will not let Quorate read it', async () => {
    await newBoard();
    const m = outlookMeeting();
    scheduled(m, BB);
    await h.send(inMeeting(m, messageText(BB, m.chat, 'meeting link')));
    await h.send(meetingEvent(m, 'meetingStart', startValue));
    const [ended] = await h.send(
      meetingEvent(m, 'meetingEnd', { ...startValue, EndTime: '2022-07-13T14:02:00.000Z' }),
    );
    expect(JSON.stringify(cardOf(ended))).toContain('type \\"attendance report\\" here then');
    expect(await sayIn(m, 'attendance report', BB)).toContain(
      'no attendance report for this meeting yet',
    );
    graph.reports.set(`${aadOf(BB.n)}/${m.graphMeetingId}`, []);
    graph.fault = () => ({ status: 403 });
    expect(await sayIn(m, 'attendance report', BB)).toContain('would not let Quorate read');
    graph.fault = () => undefined;
    expect(await sayIn(m, 'attendance report', RS)).toContain('Only');
  });
});

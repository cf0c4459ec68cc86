import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeConnector } from '../../doubles/fake-connector.js';
import { startFakeConnector } from '../../doubles/fake-connector.js';
import type { GraphDouble } from '../../doubles/graph-double.js';
import { startGraphDouble } from '../../doubles/graph-double.js';
import { Verbs } from '../../src/cards/verbs.js';
import { aadOf, TENANT } from '../support/fixtures.js';
import { postActivity } from '../support/http-client.js';
import type { SendingApp } from '../support/sending-app.js';
import { startSendingApp } from '../support/sending-app.js';
import type { Harness, Person, Where } from '../support/teams-harness.js';
import {
  createHarness,
  executeInvoke,
  groupChat,
  messageText,
  person,
  personalChat,
  teamsActivity,
} from '../support/teams-harness.js';

const BB = person(1, 'Brian Boxall');
const LB = person(2, 'Lewis Basford');
const RS = person(3, 'Robert South');
const TC = person(5, 'Trevor Cook');
const JP = person(6, 'Jenny Pearce');
const EM = person(7, 'Elisabeth Major');

const TEAMS_MEETING_ID = 'MCMxOTptZWV0aW5nX091dGxvb2tTY2hlZHVsZWRAdGhyZWFkLnYy';
const GRAPH_MEETING_ID = 'MSo1ZjFhMmIzYy0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMGIqMCoqMTk6bWVldGluZw';
const CHAT: Where = { conversationId: '19:meeting_OutlookScheduled@thread.v2', kind: 'groupChat' };
const JOIN_URL =
  'https://teams.microsoft.com/l/meetup-join/19%3ameeting_OutlookScheduled%40thread.v2/0';

let h: Harness;
let connector: FakeConnector;
let graph: GraphDouble;
let sending: SendingApp;
beforeAll(async () => {
  [connector, graph] = await Promise.all([startFakeConnector(), startGraphDouble()]);
  h = await createHarness();
  h.roster.push(
    ...[BB, LB, RS, person(4, 'Korkor Ceasar'), TC, JP, EM].map((p) => ({
      aadObjectId: aadOf(p.n),
      name: p.name,
    })),
  );
  sending = await startSendingApp(h.deps, { env: { GRAPH_BASE_URL: graph.url } });
});
afterAll(async () => {
  await sending.close();
  await Promise.all([connector.close(), graph.close()]);
});

/** Through the app's own HTTP endpoint; its replies go to the Bot Connector double. */
const post = async (activity: Partial<Activity>) => {
  const answer = await postActivity(sending.app.port, { ...activity, serviceUrl: connector.url });
  expect(answer.status).toBeLessThan(300);
  return answer;
};
const inMeeting = (activity: Partial<Activity>): Partial<Activity> => ({
  ...activity,
  channelData: { tenant: { id: TENANT }, meeting: { id: TEAMS_MEETING_ID } },
});
const event = (name: string, value: Record<string, unknown>): Partial<Activity> =>
  inMeeting(
    teamsActivity(BB, CHAT, { type: 'event', name: `application/vnd.microsoft.${name}`, value }),
  );
const joined = (people: Person[]) =>
  event('meetingParticipantJoin', {
    members: people.map((p) => ({
      user: { id: `29:user-${p.n}`, aadObjectId: aadOf(p.n), name: p.name },
      meeting: { inMeeting: true, role: 'Attendee' },
    })),
  });
const deliveredTo = (conversationId: string): string =>
  JSON.stringify(connector.delivered.filter((d) => d.conversationId === conversationId));

describe('an Outlook-scheduled Teams meeting, through the app as app.ts composes it', () => {
  it('is linked with "meeting link", pre-fills the register from joins and from the attendance report', async () => {
    const board = groupChat();
    for (const text of [
      'setup Havering Safeguarding Children Partnership Executive',
      'agency add IND Independent',
      'agency add EDU Education',
      [
        'members import',
        'Brian Boxall (BB) | SAB Independent Chair LBH | IND | chair',
        'Lewis Basford (LB) | Detective Superintendent, Public Protection East Area, BCU, MPS | POLICE',
        'Robert South (RS) | Director Children’s Services LBH | LA',
        'Korkor Ceasar (KC) | Associate Director for Safeguarding Children NEL CCG | ICB',
        'Trevor Cook (TC) | Assistant Director Education, LBH | EDU',
        'Jenny Pearce (JP) | Independent Scrutineer | IND | scrutineer',
      ].join('\n'),
      'meeting new Executive Planning Meeting on 13/07/22 2-3pm at MS Teams',
    ])
      await h.send(messageText(EM, board, text));
    // The chair has talked to Quorate before: the proposal can reach their personal chat.
    await post(messageText(BB, personalChat(BB), 'help'));
    connector.meetings.set(TEAMS_MEETING_ID, {
      details: {
        id: TEAMS_MEETING_ID,
        msGraphResourceId: GRAPH_MEETING_ID,
        scheduledStartTime: '2022-07-13T13:00:00Z',
        scheduledEndTime: '2022-07-13T14:00:00Z',
        joinUrl: JOIN_URL,
        title: 'HSCP Executive Planning Meeting',
        type: 'Scheduled',
      },
      conversation: { id: CHAT.conversationId, isGroup: true, conversationType: 'groupChat' },
      organizer: { id: '29:user-1', aadObjectId: aadOf(BB.n), tenantId: TENANT },
    });

    await post(inMeeting(messageText(BB, CHAT, 'meeting link')));
    expect(deliveredTo(CHAT.conversationId)).toContain(
      'Linked this Teams meeting to Havering Safeguarding Children Partnership Executive: Executive Planning Meeting, Wednesday 13 July 2022 at 2pm (matched by date and title).',
    );

    await post(
      event('meetingStart', {
        MeetingType: 'Scheduled',
        Title: 'HSCP Executive Planning Meeting',
        Id: TEAMS_MEETING_ID,
        JoinUrl: JOIN_URL,
        StartTime: '2022-07-13T13:00:04.000Z',
      }),
    );
    await post(joined([BB, LB]));
    await post(joined([LB]));
    graph.reports.set(`${aadOf(BB.n)}/${GRAPH_MEETING_ID}`, [
      {
        id: 'b0f5e7c1-report',
        meetingStartDateTime: '2022-07-13T13:00:04.512Z',
        meetingEndDateTime: '2022-07-13T14:02:11.048Z',
        records: [BB, LB, RS, TC, JP].map((p) => ({
          identity: { id: aadOf(p.n), displayName: p.name, tenantId: TENANT },
          emailAddress: null,
        })),
      },
    ]);
    await post(
      event('meetingEnd', {
        MeetingType: 'Scheduled',
        Title: 'HSCP Executive Planning Meeting',
        Id: TEAMS_MEETING_ID,
        JoinUrl: JOIN_URL,
        EndTime: '2022-07-13T14:02:00.000Z',
      }),
    );
    const chairChat = personalChat(BB).conversationId;
    expect(deliveredTo(chairChat)).toContain(
      "Teams' attendance report shows 3 more people: RS, TC, JP — record them as attended?",
    );
    const proposal = connector.delivered
      .filter((d) => d.conversationId === chairChat)
      .map((d) => JSON.stringify(d.activity))
      .find((a) => a.includes(Verbs.reportConfirm))!;
    const data = JSON.parse(
      /"verb":"register\.report\.confirm","data":(\{[^}]*\})/.exec(proposal)![1]!,
    ) as Record<string, unknown>;
    const clicked = await post(executeInvoke(BB, personalChat(BB), Verbs.reportConfirm, data));
    expect(clicked.body).toContain(
      'Recorded as attended from Teams’ attendance report: RS, TC, JP.',
    );
    const again = await post(executeInvoke(BB, personalChat(BB), Verbs.reportConfirm, data));
    expect(again.body).toContain('Nothing to record');

    const stored = (await h.deps.boards.findByConversation(TENANT, CHAT.conversationId))!;
    const [meeting] = await h.deps.meetings.listOnDay(stored.id, '2022-07-13');
    const codes = Object.fromEntries(
      (meeting?.attendance?.records ?? []).map((r) => [
        stored.members.find((m) => m.id === r.memberId)!.initials,
        r.code,
      ]),
    );
    expect(codes).toMatchObject({ BB: 'A', LB: 'A', RS: 'A', TC: 'A', JP: 'A', KC: 'DNA' });
    expect(meeting?.online).toMatchObject({
      chatId: CHAT.conversationId,
      graphMeetingId: GRAPH_MEETING_ID,
      organizerAadObjectId: aadOf(BB.n),
    });
    // A local run has no token: the double was asked without one.
    expect(graph.requests.length).toBeGreaterThan(0);
    expect(graph.requests.every((r) => r.authorization === undefined)).toBe(true);
  });
});

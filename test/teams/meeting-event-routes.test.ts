import type { Activity } from 'botbuilder';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AdaptiveCard } from '../../src/cards/card-types.js';
import { Verbs } from '../../src/cards/verbs.js';
import { aadOf, TENANT } from '../support/fixtures.js';
import type { Harness, Where } from '../support/teams-harness.js';
import {
  cardOf,
  createHarness,
  executeInvoke,
  messageText,
  person,
  teamsActivity,
  textOf,
} from '../support/teams-harness.js';
import { cardProblems } from '../support/validate-card.js';

const EM = person(7, 'Elisabeth Major');
const TEAMS_MEETING_ID =
  'MCMxOTptZWV0aW5nX05qQTNZVEkwWkRjdE9UQmlNQzAwTUdZeUxXSXlNalF0TkRrd1lUTmtOelF6TVRjMEB0aHJlYWQudjI=';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  h.roster.push({ aadObjectId: aadOf(7), name: 'Elisabeth Major' });
});

const meetingChat = (): Where => ({
  conversationId: `19:meeting_${Math.random().toString(16).slice(2)}@thread.v2`,
  kind: 'groupChat',
});

/** A meeting event as Teams sends it to a bot in the meeting chat (PascalCase value). */
const meetingEvent = (
  where: Where,
  name: 'meetingStart' | 'meetingEnd',
  value: Record<string, unknown>,
): Partial<Activity> => {
  const base = teamsActivity(EM, where, {
    type: 'event',
    name: `application/vnd.microsoft.${name}`,
    value,
  });
  return { ...base, channelData: { tenant: { id: TENANT }, meeting: { id: TEAMS_MEETING_ID } } };
};

const startValue = {
  MeetingType: 'Scheduled',
  Title: 'Executive Planning Meeting',
  Id: TEAMS_MEETING_ID,
  JoinUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0',
  StartTime: '2022-07-13T13:00:04.000Z',
};

const say = async (where: Where, text: string): Promise<string> =>
  textOf(await h.send(messageText(EM, where, text)));

describe('Teams meeting start and end events', () => {
  it('start and end the board meeting of that day and post the agenda card in the meeting chat', async () => {
    const chat = meetingChat();
    await say(chat, 'setup Executive');
    await say(chat, 'meeting new Executive Planning Meeting on 13/07/22 2-3pm');
    const started = await h.send(meetingEvent(chat, 'meetingStart', startValue));
    const card = cardOf(started[0]) as AdaptiveCard;
    expect(cardProblems(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain('The meeting has started.');
    const board = (await h.deps.boards.findByConversation(TENANT, chat.conversationId))!;
    const [meeting] = await h.deps.meetings.listForBoard(board.id);
    expect(meeting).toMatchObject({
      status: 'in-progress',
      online: {
        chatId: chat.conversationId,
        meetingId: TEAMS_MEETING_ID,
        joinUrl: startValue.JoinUrl,
      },
    });

    const again = await h.send(meetingEvent(chat, 'meetingStart', startValue));
    expect(JSON.stringify(cardOf(again[0]))).toContain('In progress');

    const ended = await h.send(
      meetingEvent(chat, 'meetingEnd', { ...startValue, EndTime: '2022-07-13T14:02:00.000Z' }),
    );
    expect(JSON.stringify(cardOf(ended[0]))).toContain('The meeting has ended.');
    expect((await h.deps.meetings.findById(board.id, meeting!.id))?.status).toBe('closed');
  });

  it('offer a board meeting when none is planned that day, created and started by a click', async () => {
    const chat = meetingChat();
    await say(chat, 'setup Executive');
    const [offer] = await h.send(
      meetingEvent(chat, 'meetingStart', { ...startValue, Title: undefined }),
    );
    const card = cardOf(offer) as AdaptiveCard;
    expect(cardProblems(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain('Executive Planning Meeting (from getMeetingInfo)');
    const action = card.actions?.[0] as unknown as { data: Record<string, unknown> };
    expect(action.data).toEqual({
      title: 'Executive Planning Meeting (from getMeetingInfo)',
      date: '2022-07-13',
      time: '14:00',
      verb: Verbs.meetingFromEvent,
    });
    const [reply] = await h.send(executeInvoke(EM, chat, Verbs.meetingFromEvent, action.data));
    expect(JSON.stringify(cardOf(reply))).toContain('Board meeting started.');
    // A repeat (Teams resends) answers the same and creates nothing more.
    const [again] = await h.send(executeInvoke(EM, chat, Verbs.meetingFromEvent, action.data));
    expect(JSON.stringify(cardOf(again))).toContain('Board meeting started.');
    const board = (await h.deps.boards.findByConversation(TENANT, chat.conversationId))!;
    const meetings = await h.deps.meetings.listForBoard(board.id);
    expect(meetings.map((m) => [m.title, m.date, m.start, m.status])).toEqual([
      ['Executive Planning Meeting (from getMeetingInfo)', '2022-07-13', '14:00', 'in-progress'],
    ]);
  });

  it('a click whose meeting was created but not started (its answer lost) starts that meeting', async () => {
    const chat = meetingChat();
    await say(chat, 'setup Executive');
    // The first click's create landed; its start did not.
    await say(
      chat,
      'meeting new Executive Planning Meeting (from getMeetingInfo) on 13/07/22 2-3pm',
    );
    const data = {
      title: 'Executive Planning Meeting (from getMeetingInfo)',
      date: '2022-07-13',
      time: '14:00',
    };
    const [retry] = await h.send(executeInvoke(EM, chat, Verbs.meetingFromEvent, data));
    expect(JSON.stringify(cardOf(retry))).toContain('Board meeting started.');
    const board = (await h.deps.boards.findByConversation(TENANT, chat.conversationId))!;
    const meetings = await h.deps.meetings.listForBoard(board.id);
    expect(meetings.map((m) => m.status)).toEqual(['in-progress']);
    await say(chat, 'meeting end');
    const [late] = await h.send(executeInvoke(EM, chat, Verbs.meetingFromEvent, data));
    expect(JSON.stringify(late?.value)).toContain('already exists');
  });

  it('say how to set up a board when the meeting chat has none, and change nothing', async () => {
    const chat = meetingChat();
    const replies = await h.send(meetingEvent(chat, 'meetingStart', startValue));
    expect(textOf(replies)).toContain('this meeting chat has no board');
    expect(await h.deps.boards.findByConversation(TENANT, chat.conversationId)).toBeUndefined();
  });

  it('ignore a malformed payload safely', async () => {
    const chat = meetingChat();
    await say(chat, 'setup Executive');
    const replies = await h.send(
      meetingEvent(chat, 'meetingStart', { Title: 42, StartTime: 'not a date' }),
    );
    expect(JSON.stringify(cardOf(replies[0]))).toContain('has no meeting planned that day');
  });
});

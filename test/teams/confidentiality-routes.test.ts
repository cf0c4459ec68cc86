import { beforeAll, describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/commands/parse-command.js';
import { aadOf, TENANT } from '../support/fixtures.js';
import type { Harness, Person, Where } from '../support/teams-harness.js';
import {
  createHarness,
  messageText,
  person,
  personalChat,
  proactiveSent,
  teamsActivity,
} from '../support/teams-harness.js';

/** Issue 16's report, as a coordinator played it in a channel board. */
const RC = person(7, 'Ruth Collins');
const LB = person(2, 'Lewis Basford');
const channel: Where = { conversationId: '19:conf-channel@thread.tacv2', kind: 'channel' };

let h: Harness;
const say = async (text: string, who: Person = RC, where: Where = channel): Promise<string> =>
  JSON.stringify(await h.send(messageText(who, where, text)));

beforeAll(async () => {
  h = await createHarness();
  h.roster.push(
    { aadObjectId: aadOf(7), name: 'Ruth Collins' },
    { aadObjectId: aadOf(2), name: 'Lewis Basford' },
  );
  await say('setup Northfield SCP Executive');
  await say(
    [
      'members import',
      'Brian Boxall (BB) | Independent Chair | LA | chair',
      'Lewis Basford (LB) | Detective Superintendent | POLICE',
      'Robert South (RS) | Director Children’s Services | LA',
    ].join('\n'),
  );
  await say('help', RC, personalChat(RC));
  await say('meeting new Executive on 24/11/26 10:00-12:00');
  await say('agenda add Child R rapid review confidential');
  await say('agenda add Neglect strategy');
  await say('meeting start');
});

describe('a confidential item in a channel board', () => {
  it('the repro: nothing confidential reaches the channel; the chair gets the full summary privately', async () => {
    expect(await say('item 1')).toContain('Now: 1 Confidential item');
    const recorded = await say('decision Child R to proceed to a CSPR');
    expect(recorded).toContain('Decision recorded under item 1 (Confidential item)');
    expect(recorded).not.toContain('Child R');
    await say('action RS to write to Child R’s school by 01/12/26');
    await say('item 2');
    await say('decision The neglect strategy was agreed');
    await say('meeting end');
    proactiveSent.length = 0;
    const answer = await say('summary post');
    expect(answer).not.toContain('Child R');
    expect(answer).toContain('Posted to the board’s channel (confidential items left out).');
    expect(answer).toContain('I have sent you the full summary in our personal chat.');
    const [posted, privately] = proactiveSent;
    expect(posted?.reference).toMatchObject({ conversation: { id: channel.conversationId } });
    const channelCard = JSON.stringify(posted?.activity);
    expect(channelCard).not.toContain('Child R');
    expect(channelCard).toContain('Confidential item — see the restricted minutes');
    expect(channelCard).toContain('The neglect strategy was agreed');
    expect(privately?.reference).toMatchObject({
      conversation: { id: personalChat(RC).conversationId },
    });
    expect(JSON.stringify(privately?.activity)).toContain('Child R to proceed to a CSPR');
    expect(JSON.stringify(privately?.activity)).toContain('write to Child R’s school');
  });

  it('summary and actions typed in the channel by any member show no confidential words', async () => {
    for (const text of ['summary', 'actions', 'actions all', 'agenda', 'minutes'])
      expect(await say(text, LB)).not.toContain('Child R');
  });

  it('searchBoard inserts the action redacted', async () => {
    for (const value of ['', 'Child R', 'school', 'RS']) {
      const [found] = await h.send(
        teamsActivity(LB, personalChat(LB), {
          type: 'invoke',
          name: 'composeExtension/query',
          value: {
            commandId: 'searchBoard',
            parameters: [{ name: 'searchText', value }],
            queryOptions: { skip: 0, count: 25 },
          },
        }),
      );
      expect(JSON.stringify(found?.value).replace(/"searchText"[^}]*/g, '')).not.toMatch(
        /Child R’s school|CSPR/,
      );
    }
  });

  it('the chair can mark an action raised under a confidential item not confidential, and back', async () => {
    const board = (await h.deps.boards.findByConversation(TENANT, channel.conversationId))!;
    const [action] = await h.deps.actions.listForBoard(board.id);
    expect(action?.confidential).toBe(true);
    expect(await say(`action ${action!.number} not confidential`, LB)).not.toContain('Child R');
    expect((await h.deps.actions.findById(board.id, action!.id))?.confidential).toBe(true);
    const opened = await say(`action ${action!.number} not confidential`);
    expect(opened).toContain('write to Child R’s school');
    expect(await say('actions', LB)).toContain('write to Child R’s school');
    await say(`action ${action!.number} confidential`);
    expect(await say('actions', LB)).not.toContain('Child R');
    const history = (await h.deps.actions.findById(board.id, action!.id))!.history;
    expect(history.filter((e) => e.kind === 'confidential').map((e) => e.to)).toEqual([
      'open',
      'confidential',
    ]);
  });

  it('reads the marking command and nothing else as it', () => {
    expect(parseCommand('action 7 not confidential')).toMatchObject({
      ok: true,
      command: { kind: 'actionConfidential', number: 7, confidential: false },
    });
    expect(parseCommand('action #7 confidential')).toMatchObject({
      ok: true,
      command: { kind: 'actionConfidential', number: 7, confidential: true },
    });
    expect(parseCommand('action RS to keep this confidential')).toMatchObject({
      ok: true,
      command: { kind: 'actionCapture' },
    });
  });
});

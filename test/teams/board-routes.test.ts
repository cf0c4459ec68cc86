import { beforeAll, describe, expect, it } from 'vitest';
import { Verbs } from '../../src/cards/verbs.js';
import { aadOf, TENANT } from '../support/fixtures.js';
import type { Harness } from '../support/teams-harness.js';
import {
  cardOf,
  createHarness,
  executeInvoke,
  groupChat,
  messageText,
  person,
  personalChat,
  submitMessage,
  taskInvoke,
  teamsActivity,
  textOf,
} from '../support/teams-harness.js';
import { cardProblems } from '../support/validate-card.js';
import type { AdaptiveCard } from '../../src/cards/card-types.js';

const EM = person(7, 'Elisabeth Major');
const BB = person(1, 'Brian Boxall');
const RS = person(3, 'Robert South');

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  h.roster.push(
    { aadObjectId: aadOf(1), name: 'Brian Boxall' },
    { aadObjectId: aadOf(3), name: 'Robert South' },
    { aadObjectId: aadOf(7), name: 'Elisabeth Major' },
  );
});

describe('chat commands', () => {
  it('help in a chat without a board offers setup, as a valid card', async () => {
    const [reply] = await h.send(messageText(EM, groupChat(), 'help'));
    const card = cardOf(reply) as AdaptiveCard;
    expect(cardProblems(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain('Set up a board here');
  });

  it('setup, members, agency add and members import work end to end through Cosmos', async () => {
    const chat = groupChat();
    const setup = await h.send(messageText(EM, chat, 'setup Executive Planning Meeting'));
    expect(textOf(setup)).toContain('Board \\"Executive Planning Meeting\\" is set up');
    const agency = await h.send(messageText(EM, chat, 'agency add IND Independent'));
    expect(textOf(agency)).toContain('Added IND — Independent, a partner agency (not statutory)');
    const imported = await h.send(
      messageText(
        EM,
        chat,
        'members import\nBrian Boxall (BB) | SAB Independent Chair LBH | IND | chair\nKorkor Ceasar (KC) | Associate Director | ICB',
      ),
    );
    expect(textOf(imported)).toContain('Imported: 1 added, 1 updated.');
    const [members] = await h.send(messageText(RS, chat, 'members'));
    const card = JSON.stringify(cardOf(members));
    expect(card).toContain('**Brian Boxall** (BB) · Chair');
    expect(card).toContain('**Korkor Ceasar** (KC)');
    expect(card).not.toContain('Import members');
    const stored = await h.deps.boards.findByConversation(TENANT, chat.conversationId);
    expect(stored?.members.map((m) => m.initials).sort()).toEqual(['BB', 'EM', 'KC', 'RS']);
  });

  it('a bad table is reported by line and nothing is saved', async () => {
    const chat = groupChat();
    await h.send(messageText(EM, chat, 'setup Exec'));
    const before = await h.deps.boards.findByConversation(TENANT, chat.conversationId);
    const reply = await h.send(
      messageText(EM, chat, 'members import\nGood One (GO) | x | LA\nBad (bb) | y | LA'),
    );
    expect(textOf(reply)).toContain('Nothing was saved');
    expect(textOf(reply)).toContain('Line 2: "bb" is not initials');
    expect(await h.deps.boards.findByConversation(TENANT, chat.conversationId)).toEqual(before);
  });

  it('members who do not run the board are refused politely, naming who can', async () => {
    const chat = groupChat();
    await h.send(messageText(EM, chat, 'setup Exec'));
    expect(textOf(await h.send(messageText(RS, chat, 'agency add EDU Education')))).toContain(
      'Only Elisabeth Major (EM) can add or change agencies.',
    );
    expect(textOf(await h.send(messageText(RS, chat, 'setup Renamed')))).toContain(
      'Only Elisabeth Major (EM) can change its setup.',
    );
  });

  it('setup again offers to add the chat’s people, never a second board', async () => {
    const chat = groupChat();
    await h.send(messageText(EM, chat, 'setup Exec'));
    const again = await h.send(messageText(EM, chat, 'setup'));
    expect(textOf(again)).toContain('This conversation already has a board');
  });

  it('unknown and malformed commands get a one-line answer with the help hint', async () => {
    expect(textOf(await h.send(messageText(EM, groupChat(), 'make tea')))).toBe(
      'I don\'t know "make tea".\n\nType **help** to see what I can do.',
    );
    expect(textOf(await h.send(messageText(EM, groupChat(), 'agency add')))).toContain(
      'Try: **agency add ‹CODE› ‹name› [statutory]**',
    );
  });

  it('in personal chat, board commands find the board the person belongs to', async () => {
    const chat = groupChat();
    await h.send(messageText(EM, chat, 'setup Personal Lookup Board'));
    const outsider = person(99, 'Out Sider');
    expect(
      textOf(await h.send(messageText(outsider, personalChat(outsider), 'members'))),
    ).toContain('There is no board here yet');
    expect(textOf(await h.send(messageText(RS, personalChat(RS), 'members')))).toContain(
      'Personal Lookup Board',
    );
    expect(textOf(await h.send(messageText(RS, personalChat(RS), 'setup My Board')))).toContain(
      'A board belongs to a channel or group chat',
    );
  });

  it('stores the conversation reference of personal chats for reminders', async () => {
    await h.send(messageText(BB, personalChat(BB), 'help'));
    const stored = await h.deps.conversations.findPersonal(TENANT, aadOf(1));
    expect(stored).toMatchObject({
      kind: 'personal',
      conversationId: 'a:1personal-1',
      serviceUrl: 'https://smba.trafficmanager.net/uk/',
    });
  });
});

describe('cards and dialogs', () => {
  it('Action.Execute "show members" answers with the current card; the Submit fallback sends it', async () => {
    const chat = groupChat();
    await h.send(messageText(EM, chat, 'setup Exec'));
    const [invoke] = await h.send(executeInvoke(RS, chat, Verbs.membersShow));
    expect(invoke?.type).toBe('invokeResponse');
    expect(JSON.stringify(cardOf(invoke))).toContain('Members of Exec');
    const [message] = await h.send(submitMessage(RS, chat, { verb: Verbs.membersShow }));
    expect(JSON.stringify(cardOf(message))).toContain('Members of Exec');
  });

  it('card data cannot choose the board: identity and scope come from the activity', async () => {
    const chat = groupChat();
    await h.send(messageText(EM, chat, 'setup Exec'));
    const [invoke] = await h.send(
      executeInvoke(RS, groupChat(), Verbs.syncRoster, { boardId: 'b-anything', tenantId: TENANT }),
    );
    expect(JSON.stringify(invoke?.value)).toContain('There is no board here yet');
  });

  it('the setup dialog opens, refuses an empty name, and creates the board on submit', async () => {
    const chat = groupChat();
    const [fetch] = await h.send(taskInvoke(EM, chat, 'task/fetch', { verb: Verbs.setupOpen }));
    expect(cardProblems(cardOf(fetch) as AdaptiveCard)).toEqual([]);
    const [refused] = await h.send(
      taskInvoke(EM, chat, 'task/submit', { verb: Verbs.setupSubmit, name: ' ' }),
    );
    expect(JSON.stringify(cardOf(refused))).toContain(
      'Give the board a name of 1 to 120 characters.',
    );
    const submitted = await h.send(
      taskInvoke(EM, chat, 'task/submit', {
        verb: Verbs.setupSubmit,
        name: 'Quality & Effectiveness Group',
        statutory: 'false',
      }),
    );
    expect(textOf(submitted)).toContain('Quality & Effectiveness Group');
    const board = await h.deps.boards.findByConversation(TENANT, chat.conversationId);
    expect(board?.agencies).toEqual([]);
  });

  it('the import dialog keeps the table and shows the problems when a row is bad', async () => {
    const chat = groupChat();
    await h.send(messageText(EM, chat, 'setup Exec'));
    const [invoke] = await h.send(
      taskInvoke(EM, chat, 'task/submit', {
        verb: Verbs.membersImportSubmit,
        table: 'Bad (bb) | x | LA',
      }),
    );
    const card = JSON.stringify(cardOf(invoke));
    expect(card).toContain('Line 1:');
    expect(card).toContain('Bad (bb) | x | LA');
    const ok = await h.send(
      taskInvoke(EM, chat, 'task/submit', {
        verb: Verbs.membersImportSubmit,
        table: 'Trevor Cook (TC) | AD Education | LA',
      }),
    );
    expect(textOf(ok)).toContain('Imported: 1 added');
  });

  it.each(Object.values(Verbs))('verb %s has a route', async (verb) => {
    const chat = groupChat();
    await h.send(messageText(EM, chat, 'setup Exec'));
    const isDialog = verb.endsWith('.open') || verb.endsWith('.submit');
    const name = verb.endsWith('.open') ? 'task/fetch' : 'task/submit';
    const activity =
      verb === Verbs.actionSubmit
        ? teamsActivity(EM, chat, {
            type: 'invoke',
            name: 'composeExtension/submitAction',
            value: {
              commandId: 'createAction',
              commandContext: 'compose',
              data: { verb, text: 'x', owners: 'EM', requestId: 'r1' },
            },
          })
        : isDialog
          ? taskInvoke(EM, chat, name, { verb, name: 'Exec', table: 'A B (AB) | x | LA' })
          : executeInvoke(EM, chat, verb);
    const sent = await h.send(activity);
    const response = sent.find((a) => a.type === 'invokeResponse');
    expect((response?.value as { status: number }).status).toBe(200);
  });
});

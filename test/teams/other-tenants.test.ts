import { beforeEach, describe, expect, it } from 'vitest';
import type { AdaptiveCard } from '../../src/cards/card-types.js';
import { aadOf, TENANT } from '../support/fixtures.js';
import type { Harness, Person, Where } from '../support/teams-harness.js';
import {
  cardOf,
  createHarness,
  groupChat,
  messageText,
  person,
  personalChat,
  textOf,
} from '../support/teams-harness.js';
import { cardProblems } from '../support/validate-card.js';

/** The police's own Entra tenant: Lewis and Sarah sign in through it. */
const POLICE_TENANT = '44444444-4444-4444-8444-444444444444';

const EM = person(7, 'Elisabeth Major');
const BB = person(1, 'Brian Boxall');
const LB = person(2, 'Lewis Basford');
const SM = person(8, 'Sarah Morgan');

let h: Harness;
let chat: Where;

beforeEach(async () => {
  h = await createHarness();
  h.roster.push(
    ...[EM, BB, LB, SM].map((p) => ({
      aadObjectId: aadOf(p.n),
      name: p.name,
      id: `29:user-${p.n}`,
      // Teams lists the police officers as guests (B2B) of the partnership's tenant.
      guest: p === LB || p === SM,
    })),
  );
  chat = groupChat();
  await say(chat, 'setup Northfield Partnership Executive');
  await say(
    chat,
    [
      'members import',
      'Brian Boxall (BB) | Independent Chair | LA | chair',
      'Lewis Basford (LB) | Detective Superintendent, Public Protection | POLICE',
      'Sarah Morgan (SM) | Detective Chief Inspector | POLICE',
    ].join('\n'),
  );
});

const say = async (where: Where, text: string, who: Person = EM): Promise<string> =>
  textOf(await h.send(messageText(who, where, text)));

describe('members signed in through another organisation’s tenant', () => {
  it('a personal chat from the police tenant, with the member’s guest id, finds the board', async () => {
    await say(chat, 'action LB to share the MASH audit with partners by 10 December 2026');
    const fromPolice = { ...personalChat(LB), tenantId: POLICE_TENANT };
    const answer = await say(fromPolice, 'actions mine', LB);
    expect(answer).not.toContain('There is no board here yet');
    expect(answer).toContain('share the MASH audit');
    // The chair's home account never writes from another tenant: that finds no board.
    expect(
      await say({ ...personalChat(BB), tenantId: POLICE_TENANT }, 'actions mine', BB),
    ).toContain('There is no board here yet');
    // The chair's home account never writes from another tenant: that finds no board.
    expect(
      await say({ ...personalChat(BB), tenantId: POLICE_TENANT }, 'actions mine', BB),
    ).toContain('There is no board here yet');
    // Someone who is no member of any board still gets the plain answer.
    const stranger = person(30, 'Pat Stranger');
    expect(
      await say({ ...personalChat(stranger), tenantId: POLICE_TENANT }, 'actions mine', stranger),
    ).toContain('There is no board here yet');
  });

  it('a message in the board’s shared chat from the police tenant finds the board; members tells the coordinator who cannot be messaged personally and why', async () => {
    const sharedFromPolice = { ...chat, tenantId: POLICE_TENANT };
    expect(await say(sharedFromPolice, 'agenda', SM)).not.toContain('There is no board here yet');
    await say(personalChat(BB), 'help', BB);
    const [reply] = await h.send(messageText(EM, chat, 'members'));
    const card = cardOf(reply);
    expect(card).toBeDefined();
    expect(cardProblems(card as unknown as AdaptiveCard)).toEqual([]);
    const json = JSON.stringify(card);
    expect(json).toContain('Personal chat works');
    expect(json).toContain(
      'signs in through another organisation (federated): Teams does not let a bot message them first',
    );
    expect(json).toContain('has not opened a chat with Quorate');
    expect(json).toMatch(/Quorate cannot message \d+ members personally/);
    const board = await h.deps.boards.findByConversation(TENANT, chat.conversationId);
    expect(board?.members.find((m) => m.initials === 'SM')?.reach).toMatchObject({
      account: 'external',
      homeTenantId: POLICE_TENANT,
    });
    // Members who do not run the board see the list without anyone's reachability.
    const [asMember] = await h.send(messageText(LB, chat, 'members'));
    expect(JSON.stringify(cardOf(asMember))).not.toContain('Cannot be reached personally');
  });
});

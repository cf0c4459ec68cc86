import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/log.js';
import { aadOf } from '../support/fixtures.js';
import { postActivity, rawRequest } from '../support/http-client.js';
import type { Person, Where } from '../support/teams-harness.js';
import { groupChat, messageText, person, personalChat } from '../support/teams-harness.js';
import { uniqueDatabaseName } from '../support/test-deps.js';

/**
 * Issue 8 item 9: subject access. A member downloads what the board holds about them as JSON; the
 * chair or a coordinator can download a member's; another member cannot; the link is theirs only.
 */

const EM = person(7, 'Elisabeth Major');
const BB = person(1, 'Brian Boxall');
const RS = person(3, 'Robert South');
const LB = person(2, 'Lewis Basford');

let app: RunningApp;
beforeAll(async () => {
  app = await startApp({
    config: loadConfig(
      {
        PORT: '0',
        COSMOS_ENDPOINT: inject('cosmosEndpoint'),
        COSMOS_KEY: inject('cosmosKey'),
        COSMOS_DATABASE: uniqueDatabaseName(),
        FILE_LINK_SECRET: 'personal-data-test-secret-0123456789abcdef',
      },
      'local',
    ),
    log: silentLogger,
    /** The chat's roster: imported members are matched to their Entra ids by name. */
    readRoster: () =>
      Promise.resolve([EM, BB, RS, LB].map((p) => ({ aadObjectId: aadOf(p.n), name: p.name }))),
  });
});
afterAll(async () => {
  await app.close();
});

const say = async (where: Where, text: string, who: Person = EM): Promise<string> => {
  const answer = await postActivity(app.port, {
    ...messageText(who, where, text),
    id: `act-${Math.random()}`,
    deliveryMode: 'expectReplies',
  });
  expect(answer.status).toBe(200);
  return answer.body;
};

const linkIn = (body: string): string | undefined =>
  /\((http:\/\/127\.0\.0\.1:\d+(\/files\/[^)\s"\\]+))\)/.exec(body)?.[2];

describe('personal data (subject access)', () => {
  it('a member gets their own record as JSON; the chair gets any member’s; others are refused', async () => {
    const chat = groupChat();
    await say(chat, 'setup Northfield Partnership Executive');
    await say(
      chat,
      [
        'members import',
        'Brian Boxall (BB) | Independent Chair | LA | chair',
        'Robert South (RS) | Director of Children’s Services | LA',
        'Lewis Basford (LB) | Detective Superintendent | POLICE',
      ].join('\n'),
    );
    await say(chat, 'meeting new Executive on 30/11/26 10:00-12:00');
    await say(chat, 'agenda add Performance report by RS');
    await say(chat, 'meeting start');
    await say(chat, 'apologies RS');
    await say(chat, 'action RS to send the audit report to the board by 07/12/26');
    await say(chat, 'action LB to brief the board on Engage by 07/12/26');

    /** Asked in the board's chat, the link (which opens for whoever holds it) goes privately. */
    const inChat = await say(chat, 'personal data', RS);
    expect(linkIn(inChat)).toBeUndefined();
    const own = await say(personalChat(RS), 'personal data', RS);
    expect(own).toContain('Personal data held for Robert South (RS)');
    const path = linkIn(own);
    expect(path).toBeDefined();
    const file = await rawRequest(app.port, { method: 'GET', path: path! });
    expect(file.status).toBe(200);
    const data = JSON.parse(file.body) as {
      member: { name: string; initials: string; designation: string };
      meetings: {
        meeting: { title: string };
        attendance?: { code: string };
        presented?: string[];
      }[];
      actions: { number: number; text: string; as: string }[];
      auditTrail: { verb: string; outcome: string }[];
    };
    expect(data.member).toMatchObject({
      name: 'Robert South',
      initials: 'RS',
      designation: 'Director of Children’s Services',
    });
    expect(data.meetings).toHaveLength(1);
    expect(data.meetings[0]?.attendance?.code).toBe('SA');
    expect(data.meetings[0]?.presented).toEqual(['1 Performance report']);
    expect(data.actions.map((a) => [a.number, a.text, a.as])).toEqual([
      [1, 'send the audit report to the board', 'owner'],
    ]);
    expect(data.auditTrail).toContainEqual(
      expect.objectContaining({ verb: 'member.data', outcome: 'done' }),
    );
    expect(file.body).not.toContain('brief the board on Engage');

    // The chair may ask for a member's data; another member may not, and the refusal is polite.
    const chairs = await say(personalChat(BB), 'personal data LB', BB);
    expect(chairs).toContain('Personal data held for Lewis Basford (LB)');
    const lbFile = await rawRequest(app.port, { method: 'GET', path: linkIn(chairs)! });
    expect(lbFile.body).toContain('brief the board on Engage');
    expect(await say(chat, 'personal data LB', RS)).toContain(
      'You can download your own data (\\"personal data\\")',
    );
    expect(await say(chat, 'personal data ZZ', BB)).toContain('ZZ is not a member');
    expect(await say(chat, 'personal data of everyone', BB)).toContain(
      'personal data [‹initials›]',
    );

    // The link is for the person who asked: a tampered token is refused like any bad link.
    const tampered = await rawRequest(app.port, {
      method: 'GET',
      path: `${path!.slice(0, -3)}abc`,
    });
    expect(tampered.status).toBe(404);
    // Someone who is not on the board gets no link at all.
    expect(
      await say(personalChat(person(9, 'Outsider')), 'personal data', person(9, 'Outsider')),
    ).not.toContain('/files/');
  });
});

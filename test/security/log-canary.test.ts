import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Verbs } from '../../src/cards/verbs.js';
import type { Logger } from '../../src/log.js';
import type { BotFrameworkDouble } from '../../doubles/bot-framework-double.js';
import type { ProductionEdge } from '../support/bot-framework-double.js';
import { OTHER_TENANT } from '../../doubles/bot-framework-double.js';
import { startProductionEdge } from '../support/bot-framework-double.js';
import { aadOf, TENANT } from '../support/fixtures.js';
import type { Harness, Where } from '../support/teams-harness.js';
import {
  cardOf,
  createHarness,
  executeInvoke,
  groupChat,
  messageText,
  person,
  personalChat,
  taskInvoke,
  textOf,
} from '../support/teams-harness.js';

/**
 * Issue 8 item 9: content never reaches the logs. Sentinel strings go into member names, meeting
 * titles, notes, decisions, actions, updates, dialog text, card data, tokens and refused requests;
 * everything the Logger receives and everything written to stdout, stderr or the console is kept
 * and searched for them.
 */

const tag = randomUUID().slice(0, 8);
const S = {
  member: `Canarymember${tag}`,
  roster: `Canaryroster${tag}`,
  title: `CANARY-TITLE-${tag}`,
  note: `CANARY-NOTE-${tag}`,
  decision: `CANARY-DECISION-${tag}`,
  action: `CANARY-ACTION-${tag}`,
  update: `CANARY-UPDATE-${tag}`,
  dialog: `CANARY-DIALOG-${tag}`,
  cardData: `CANARY-CARDDATA-${tag}`,
  refused: `CANARY-REFUSED-${tag}`,
  failure: `CANARY-FAILURE-${tag}`,
  token: `CANARY-TOKEN-${tag}`,
  unknown: `CANARY-UNKNOWN-${tag}`,
};

const captured: string[] = [];
const capturingLogger = (): Logger & { events: string[] } => {
  const events: string[] = [];
  const keep =
    (level: string) =>
    (event: string, fields: Record<string, unknown> = {}): void => {
      const line = JSON.stringify({ level, event, ...fields });
      events.push(event);
      captured.push(line);
    };
  return { info: keep('info'), warn: keep('warn'), error: keep('error'), events };
};

const spies: { mockRestore: () => void }[] = [];
const spyOutput = (): void => {
  for (const stream of [process.stdout, process.stderr]) {
    const original = stream.write.bind(stream);
    spies.push(
      vi.spyOn(stream, 'write').mockImplementation((chunk: unknown, ...rest: unknown[]) => {
        captured.push(
          typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString(),
        );
        return (original as (...a: unknown[]) => boolean)(chunk, ...rest);
      }),
    );
  }
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
    spies.push(
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        captured.push(
          args
            .map((a) =>
              a instanceof Error
                ? `${a.message} ${a.stack}`
                : typeof a === 'string'
                  ? a
                  : JSON.stringify(a),
            )
            .join(' '),
        );
      }),
    );
  }
};

const leaks = (): string[] =>
  Object.values(S).filter((sentinel) => captured.some((line) => line.includes(sentinel)));

const EM = person(7, 'Elisabeth Major');
const BB = person(1, 'Brian Boxall');
const OUTSIDER = person(9, `${S.roster} Outsider`);

let h: Harness;
const harnessLog = capturingLogger();
const appLog = capturingLogger();
let double: BotFrameworkDouble;
let client: ProductionEdge['client'];
let edge: ProductionEdge;

beforeAll(async () => {
  spyOutput();
  h = await createHarness({ log: harnessLog });
  h.roster.push(
    { aadObjectId: aadOf(7), name: 'Elisabeth Major', id: '29:user-7' },
    { aadObjectId: aadOf(1), name: 'Brian Boxall', id: '29:user-1' },
    { aadObjectId: aadOf(5), name: `${S.roster} Person`, id: '29:user-5' },
  );
  edge = await startProductionEdge(appLog);
  ({ double, client } = edge);
});
afterAll(async () => {
  await edge.close();
  for (const spy of spies) spy.mockRestore();
});

const say = async (where: Where, text: string, who = EM): Promise<string> =>
  textOf(await h.send(messageText(who, where, text)));

describe('the log canary', () => {
  it('finds no sentinel in logs or console output after commands, clicks, dialogs, refusals and a turn error', async () => {
    const chat = groupChat();
    await say(chat, `setup Board ${S.title}`);
    await say(
      chat,
      [
        'members import',
        'Brian Boxall (BB) | Independent Chair | LA | chair',
        `${S.member} Smith (CS) | Designation ${S.member} | POLICE`,
      ].join('\n'),
    );
    await say(chat, `meeting new ${S.title} on 23/11/26 2-3pm at ${S.title}`);
    await say(chat, `agenda add ${S.title} by CS`);
    await say(chat, 'meeting start');
    expect(await say(chat, `note ${S.note}`)).not.toContain('went wrong');
    await say(chat, `decision ${S.decision}`);
    expect(await say(chat, `action CS to ${S.action} by 01/12/26`)).toContain(
      'Recorded as action 1.',
    );

    const board = (await h.deps.boards.findByConversation(TENANT, chat.conversationId))!;
    const [action] = await h.deps.actions.listForBoard(board.id);
    const [meeting] = await h.deps.meetings.listForBoard(board.id);

    const [clicked] = await h.send(
      executeInvoke(EM, chat, Verbs.actionUpdate, {
        actionId: action!.id,
        revision: action!.revision,
        updateText: S.update,
      }),
    );
    expect(JSON.stringify(cardOf(clicked))).toContain(S.update);
    await h.send(
      taskInvoke(EM, chat, 'task/submit', {
        verb: Verbs.entrySubmit,
        meetingId: meeting!.id,
        kind: 'note',
        text: S.dialog,
        requestId: randomUUID(),
      }),
    );
    // Card data that is stale or forged: ids carrying content.
    await h.send(executeInvoke(EM, chat, Verbs.actionRefresh, { actionId: S.cardData }));
    await h.send(executeInvoke(EM, chat, Verbs.agendaShow, { meetingId: S.cardData }));
    // Refused: someone who is not on the board, a member who may not manage it, nonsense.
    expect(await say(chat, `update 1 ${S.refused}`, OUTSIDER)).not.toContain('Recorded');
    await say(chat, `close 1 ${S.refused}`, BB);
    await say(chat, `agency add XX ${S.refused}`, OUTSIDER);
    await say(chat, `${S.unknown} please`);
    await say(personalChat(OUTSIDER), `action CS to ${S.refused}`, OUTSIDER);

    // A turn error whose message carries content (as Cosmos errors echo queries and documents).
    const update = h.deps.meetings.update.bind(h.deps.meetings);
    h.deps.meetings.update = () => Promise.reject(new Error(`write failed for ${S.failure}`));
    try {
      expect(await say(chat, `note ${S.failure}`)).toContain('went wrong');
      await h.send(
        taskInvoke(EM, chat, 'task/submit', {
          verb: Verbs.entrySubmit,
          meetingId: meeting!.id,
          kind: 'decision',
          text: S.failure,
          requestId: randomUUID(),
        }),
      );
    } finally {
      h.deps.meetings.update = update;
    }
    expect(harnessLog.events).toContain('turn.failed');
    expect(harnessLog.events).toContain('command');

    // Through the production HTTP edge: tokens, refused tenants, malformed bodies.
    const activity = messageText(EM, chat, `note ${S.refused}`);
    const answers = [
      await client.postActivity(activity, `Bearer ${S.token}`),
      await client.postActivity(
        activity,
        `Bearer ${double.sign({ ...double.channelClaims(double.serviceUrl), sub: S.token }, { alg: 'none' })}`,
      ),
      await client.postActivity(
        {
          ...messageText(EM, { ...chat, tenantId: OTHER_TENANT }, `note ${S.refused}`),
          serviceUrl: double.serviceUrl,
        },
        `Bearer ${double.sign(double.channelClaims(double.serviceUrl))}`,
      ),
      await client.post(`{"type": "message", "text": "${S.refused}"`, `Bearer ${S.token}`),
      await client.postActivity(
        {
          ...executeInvoke(EM, chat, Verbs.help),
          serviceUrl: double.serviceUrl,
          channelId: S.refused,
        },
        `Bearer ${double.sign(double.channelClaims(double.serviceUrl))}`,
      ),
    ];
    expect(answers.map((a) => a.status)).toEqual([401, 401, 200, 400, 401]);
    for (const answer of answers) expect(answer.body).not.toContain(tag);
    expect(appLog.events.length).toBeGreaterThan(0);

    expect(captured.length).toBeGreaterThan(10);
    expect(leaks()).toEqual([]);
  });

  it('would notice a leak: a logged note is caught', () => {
    const before = captured.length;
    harnessLog.info('canary.self_check', { text: S.note });
    expect(leaks()).toContain(S.note);
    captured.splice(before);
    expect(leaks()).toEqual([]);
  });
});

import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { TestAdapter } from 'botbuilder';
import type { RosterPerson } from '../../src/domain/board-members.js';
import type { Logger } from '../../src/log.js';
import type { AttendanceReportReader, SendResult } from '../../src/services/ports.js';
import type { MeetingDetails } from '../../src/replies/meeting-details.js';
import { silentLogger } from '../../src/log.js';
import type { BotSetup } from '../../src/teams/bot-context.js';
import { createBot, turnErrorHandler } from '../../src/teams/create-bot.js';
import { aadOf, TENANT } from './fixtures.js';
import type { TestDeps } from './test-deps.js';
import { createTestDeps } from './test-deps.js';

export const BOT = { id: '28:0b6f7a8e-1c2d-4e5f-8a9b-0c1d2e3f4a5b', name: 'Quorate' };
export const SERVICE_URL = 'https://smba.trafficmanager.net/uk/';

export type Person = { n: number; name: string };
export const person = (n: number, name: string): Person => ({ n, name });

export type Where = {
  conversationId: string;
  kind: 'personal' | 'groupChat' | 'channel';
  tenantId?: string;
};

export const groupChat = (id = `19:${Math.random().toString(16).slice(2)}@thread.v2`): Where => ({
  conversationId: id,
  kind: 'groupChat',
});
export const personalChat = (p: Person): Where => ({
  conversationId: `a:1personal-${p.n}`,
  kind: 'personal',
});

/** A Teams activity as Teams sends it: ids, tenant in two places, the bot @mentioned outside personal chat. */
export const teamsActivity = (
  from: Person,
  where: Where,
  fields: Partial<Activity>,
): Partial<Activity> => {
  const tenant = where.tenantId ?? TENANT;
  return {
    channelId: 'msteams',
    serviceUrl: SERVICE_URL,
    from: { id: `29:user-${from.n}`, aadObjectId: aadOf(from.n), name: from.name },
    recipient: BOT,
    conversation: {
      id: where.conversationId,
      conversationType: where.kind,
      tenantId: tenant,
      isGroup: where.kind !== 'personal',
      name: '',
    },
    channelData: { tenant: { id: tenant } },
    locale: 'en-GB',
    ...fields,
  };
};

export const messageText = (from: Person, where: Where, text: string): Partial<Activity> =>
  where.kind === 'personal'
    ? teamsActivity(from, where, { type: 'message', text, textFormat: 'plain' })
    : teamsActivity(from, where, {
        type: 'message',
        text: `<at>Quorate</at> ${text}`,
        entities: [{ type: 'mention', text: '<at>Quorate</at>', mentioned: BOT }],
      });

export const executeInvoke = (
  from: Person,
  where: Where,
  verb: string,
  data: Record<string, unknown> = {},
): Partial<Activity> =>
  teamsActivity(from, where, {
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb, data: { ...data, verb } }, trigger: 'manual' },
  });

export const submitMessage = (
  from: Person,
  where: Where,
  data: Record<string, unknown>,
): Partial<Activity> => teamsActivity(from, where, { type: 'message', value: data });

export const taskInvoke = (
  from: Person,
  where: Where,
  name: 'task/fetch' | 'task/submit',
  data: Record<string, unknown>,
): Partial<Activity> =>
  teamsActivity(from, where, {
    type: 'invoke',
    name,
    value: { data, context: { theme: 'default' } },
  });

export const proactiveSent: { reference: Record<string, unknown>; activity: Partial<Activity> }[] =
  [];

export type Harness = {
  deps: TestDeps;
  roster: RosterPerson[];
  /** What getMeetingInfo answers (tests may change it: organiser, Graph id, title, start). */
  meetingDetails: MeetingDetails;
  /** Sends one activity through the real routes; returns what the bot sent (typing left out). */
  send: (activity: Partial<Activity>) => Promise<Partial<Activity>[]>;
};

export type HarnessOptions = {
  /** Deps over a Cosmos client of the test's own (e.g. with fault-injecting plugins). */
  deps?: TestDeps;
  log?: Logger;
  invokeBudgetMs?: number;
  /** What the recorded proactive sends answer (default: sent). */
  proactiveAnswer?: () => SendResult;
  /** Teams' attendance reports (a Graph reader over the Graph double). */
  attendanceReports?: AttendanceReportReader;
};

export const createHarness = async (options: HarnessOptions = {}): Promise<Harness> => {
  const deps = options.deps ?? (await createTestDeps());
  const roster: RosterPerson[] = [];
  const meetingDetails: MeetingDetails = {
    title: 'Executive Planning Meeting (from getMeetingInfo)',
  };
  const bot: BotSetup = {
    deps,
    readRoster: () => Promise.resolve([...roster]),
    readMeetingDetails: () => Promise.resolve({ ...meetingDetails }),
    ...(options.attendanceReports !== undefined && {
      attendanceReports: options.attendanceReports,
    }),
    links: { baseUrl: 'http://127.0.0.1:3978', secret: 'test-secret-test-secret-test-secret' },
    sendProactive: (reference, activity) => {
      proactiveSent.push({ reference, activity });
      return Promise.resolve(options.proactiveAnswer?.() ?? { ok: true });
    },
    log: options.log ?? silentLogger,
    recentConversations: new Map(),
    ...(options.invokeBudgetMs !== undefined && { invokeBudgetMs: options.invokeBudgetMs }),
  };
  const app = createBot(bot);
  return {
    deps,
    roster,
    meetingDetails,
    /** An adapter per turn, so concurrent sends each get their own answers back. */
    send: async (activity) => {
      const adapter = new TestAdapter();
      adapter.onTurnError = turnErrorHandler(bot);
      /** Teams gives every activity an id of its own (a repeat may carry the same one). */
      await adapter.processActivity({ id: randomUUID(), ...activity }, async (context) => {
        await app.run(context);
      });
      return adapter.activeQueue.splice(0).filter((a) => a.type !== 'typing');
    },
  };
};

/** The Adaptive Card JSON of a sent activity, or of an invoke response that carries one. */
export const cardOf = (
  activity: Partial<Activity> | undefined,
): Record<string, unknown> | undefined => {
  if (activity === undefined) return undefined;
  const attachment = activity.attachments?.[0];
  if (attachment?.contentType === 'application/vnd.microsoft.card.adaptive')
    return attachment.content as Record<string, unknown>;
  const value = activity.value as
    { body?: { value?: unknown; task?: { value?: { card?: { content?: unknown } } } } } | undefined;
  const fromInvoke = value?.body?.value ?? value?.body?.task?.value?.card?.content;
  return typeof fromInvoke === 'object' && fromInvoke !== null
    ? (fromInvoke as Record<string, unknown>)
    : undefined;
};

export const textOf = (activities: Partial<Activity>[]): string =>
  activities.map((a) => a.text ?? JSON.stringify(cardOf(a) ?? '')).join('\n');

import type { Application } from '@microsoft/teams-ai';
import type { Activity, TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { Logger } from '../log.js';
import { errorKind } from '../log.js';
import { UnauthorizedRequest } from './authenticate-channel-request.js';
import type { QuorateAdapter } from './quorate-adapter.js';

export type BotRequestResult = { status: number; body?: unknown };

export type GateOptions = {
  /** Empty: any tenant (local mode only). */
  allowedTenantIds: readonly string[];
  /** Production serves Teams only. */
  requireTeamsChannel: boolean;
};

/** Deeper than any Teams activity (a card in a message-extension preview is about 20 levels). */
export const MAX_ACTIVITY_DEPTH = 64;

/** Whether a parsed JSON value nests deeper than `max` (iteratively: no recursion to overflow). */
const nestsDeeperThan = (root: unknown, max: number): boolean => {
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > max) return true;
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return false;
};

const text = (max: number) => z.string().max(max);
const account = (idMax: number) =>
  z.object({ id: text(idMax).min(1), name: text(1024).optional() }).passthrough();

/** A mention must name who is mentioned and the text to strip (botbuilder reads both). */
const Entity = z
  .object({ type: text(256) })
  .passthrough()
  .superRefine((entity, ctx) => {
    if (entity.type.toLowerCase() !== 'mention') return;
    const mention = z
      .object({ mentioned: z.object({ id: z.string() }).passthrough(), text: z.string() })
      .safeParse(entity);
    if (!mention.success) ctx.addIssue({ code: 'custom', message: 'mention' });
  });

/**
 * What every activity must have before any route sees it, and the type of every optional field
 * that botbuilder, teams-ai or our routes read: a missing or mistyped one would otherwise surface
 * as a failed turn or a 500. Anything else may be there, untyped, within the depth limit.
 * The tenant fields are left to the gate.
 */
const ActivityShape = z
  .object({
    type: text(64).min(1),
    id: text(256).optional(),
    name: text(256).optional(),
    channelId: text(64).min(1),
    serviceUrl: z.string().url().max(2048),
    from: account(512).extend({ aadObjectId: text(128).optional() }),
    recipient: account(512),
    conversation: z
      .object({
        id: text(1024).min(1),
        name: text(1024).optional(),
        conversationType: text(64).optional(),
        isGroup: z.boolean().optional(),
      })
      .passthrough(),
    text: text(100_000).optional(),
    textFormat: text(64).optional(),
    locale: text(256).optional(),
    replyToId: text(1024).optional(),
    deliveryMode: text(64).optional(),
    timestamp: text(64).optional(),
    localTimestamp: text(64).optional(),
    entities: z.array(Entity).optional(),
    attachments: z.array(z.object({}).passthrough()).optional(),
    membersAdded: z.array(account(512)).optional(),
    membersRemoved: z.array(account(512)).optional(),
    channelData: z.object({}).passthrough().optional(),
  })
  .passthrough()
  .refine(
    (a) =>
      a.type !== 'message' ||
      typeof a.text === 'string' ||
      !(a.entities ?? []).some((e) => e.type.toLowerCase() === 'mention'),
    'a message with a mention has text',
  );

/** Whether a posted body may be handed to the adapter at all. */
export const isWellFormedActivity = (body: unknown): boolean =>
  !nestsDeeperThan(body, MAX_ACTIVITY_DEPTH) && ActivityShape.safeParse(body).success;

/** Stands for a tenant field that is there but is not a tenant (the gate refuses it). */
const NOT_A_TENANT = Symbol('not a tenant');

const tenantOf = (activity: Activity): { conversation?: unknown; channelData?: unknown } => {
  const channelData: unknown = activity.channelData;
  const tenant: unknown =
    typeof channelData === 'object' && channelData !== null
      ? (channelData as { tenant?: unknown }).tenant
      : undefined;
  return {
    conversation: (activity.conversation as { tenantId?: unknown }).tenantId ?? undefined,
    channelData:
      tenant === undefined || tenant === null
        ? undefined
        : typeof tenant === 'object'
          ? ((tenant as { id?: unknown }).id ?? undefined)
          : NOT_A_TENANT,
  };
};

/**
 * Why an activity must not reach any handler, or undefined when it may. The SDK never looks at
 * the tenant: Teams names it twice (conversation.tenantId, channelData.tenant.id); each that is
 * present must be a non-empty string, both must agree, and with an allow-list one must be on it.
 */
export const gateRefusal = (activity: Activity, options: GateOptions): string | undefined => {
  if (options.requireTeamsChannel && activity.channelId !== 'msteams') return 'channel';
  const tenant = tenantOf(activity);
  const ids = [tenant.conversation, tenant.channelData].filter((id) => id !== undefined);
  if (ids.some((id) => typeof id !== 'string' || id === '')) return 'tenant_invalid';
  if (ids.length === 2 && ids[0] !== ids[1]) return 'tenant_mismatch';
  if (options.allowedTenantIds.length === 0) return undefined;
  const id = ids[0];
  if (typeof id !== 'string') return 'tenant_missing';
  return options.allowedTenantIds.includes(id) ? undefined : 'tenant_not_allowed';
};

/**
 * POST /api/messages without the SDK's own HTTP glue, so that errors never leak library text:
 * authentication failures are 401 with a fixed body, anything else 500 with a fixed body.
 * Authentication (QuorateAdapter.handle) completes before the gate, and the gate before any route.
 */
export const createBotRequestHandler = (
  adapter: QuorateAdapter,
  app: Application,
  options: GateOptions,
  log: Logger,
) => {
  const logic = async (context: TurnContext): Promise<void> => {
    const refusal = gateRefusal(context.activity, options);
    if (refusal !== undefined) {
      log.warn('activity.refused', { reason: refusal, type: context.activity.type });
      if (context.activity.type === 'invoke') {
        await context.sendActivity({
          type: 'invokeResponse',
          value: { status: 403, body: { message: 'Forbidden' } },
        });
      }
      return;
    }
    await app.run(context);
  };
  return async (authHeader: string, body: Record<string, unknown>): Promise<BotRequestResult> => {
    if (!isWellFormedActivity(body)) return { status: 400, body: 'Bad request' };
    try {
      const response = await adapter.handle(authHeader, body as unknown as Activity, logic);
      return {
        status: response?.status ?? 200,
        ...(response?.body !== undefined && { body: response.body }),
      };
    } catch (error) {
      if (error instanceof UnauthorizedRequest) {
        log.warn('auth.refused', {
          reason: error.reason,
          ...(error.kind !== undefined && { error: error.kind }),
        });
        return { status: 401, body: 'Unauthorized' };
      }
      log.error('request.failed', { error: errorKind(error) });
      return { status: 500, body: 'Internal error' };
    }
  };
};

export type BotRequestHandler = ReturnType<typeof createBotRequestHandler>;

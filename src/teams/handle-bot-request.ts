import type { Application } from '@microsoft/teams-ai';
import type { Activity, TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { Logger } from '../log.js';
import { errorKind } from '../log.js';
import type { QuorateAdapter } from './create-bot.js';

export type BotRequestResult = { status: number; body?: unknown };

export type GateOptions = {
  /** Empty: any tenant (local mode only). */
  allowedTenantIds: readonly string[];
  /** Production serves Teams only. */
  requireTeamsChannel: boolean;
};

/**
 * What every activity must have before any route sees it: teams-ai's turn state and our routes
 * read these fields, and a missing one would otherwise surface as a 500.
 */
const ActivityShape = z.object({
  type: z.string().min(1).max(64),
  channelId: z.string().min(1).max(64),
  serviceUrl: z.string().url().max(2048),
  from: z.object({ id: z.string().min(1).max(512) }).passthrough(),
  recipient: z.object({ id: z.string().min(1).max(512) }).passthrough(),
  conversation: z.object({ id: z.string().min(1).max(1024) }).passthrough(),
});

const tenantOf = (activity: Activity): { conversation?: string; channelData?: string } => {
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const fromChannel = channelData?.tenant?.id;
  return {
    ...(typeof activity.conversation.tenantId === 'string' && {
      conversation: activity.conversation.tenantId,
    }),
    ...(typeof fromChannel === 'string' && { channelData: fromChannel }),
  };
};

/** Why an activity must not reach any handler, or undefined when it may. */
export const gateRefusal = (activity: Activity, options: GateOptions): string | undefined => {
  if (options.requireTeamsChannel && activity.channelId !== 'msteams') return 'channel';
  const tenant = tenantOf(activity);
  if (
    tenant.conversation !== undefined &&
    tenant.channelData !== undefined &&
    tenant.conversation !== tenant.channelData
  ) {
    return 'tenant_mismatch';
  }
  const id = tenant.channelData ?? tenant.conversation;
  if (options.allowedTenantIds.length === 0) return undefined;
  if (id === undefined) return 'tenant_missing';
  return options.allowedTenantIds.includes(id) ? undefined : 'tenant_not_allowed';
};

const isAuthError = (error: unknown): boolean =>
  error instanceof Error &&
  (error.name === 'AuthenticationError' || (error as { statusCode?: unknown }).statusCode === 401);

/**
 * POST /api/messages without the SDK's own HTTP glue, so that errors never leak library text:
 * authentication failures are 401 with a fixed body, anything else 500 with a fixed body.
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
    const shape = ActivityShape.safeParse(body);
    if (!shape.success) return { status: 400, body: 'Bad request' };
    try {
      const response = await adapter.handle(authHeader, body as unknown as Activity, logic);
      return {
        status: response?.status ?? 200,
        ...(response?.body !== undefined && { body: response.body }),
      };
    } catch (error) {
      if (isAuthError(error)) return { status: 401, body: 'Unauthorized' };
      log.error('request.failed', { error: errorKind(error) });
      return { status: 500, body: 'Internal error' };
    }
  };
};

export type BotRequestHandler = ReturnType<typeof createBotRequestHandler>;

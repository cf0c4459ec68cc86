import type { Application } from '@microsoft/teams-ai';
import type { Activity, TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { Logger } from '../log.js';
import { errorKind } from '../log.js';
import { UnauthorizedRequest } from './authenticate-channel-request.js';
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

const tenantOf = (activity: Activity): { conversation?: unknown; channelData?: unknown } => {
  const channelData: unknown = activity.channelData;
  const tenant =
    typeof channelData === 'object' && channelData !== null
      ? (channelData as { tenant?: unknown }).tenant
      : undefined;
  return {
    conversation: (activity.conversation as { tenantId?: unknown }).tenantId ?? undefined,
    channelData:
      typeof tenant === 'object' && tenant !== null
        ? ((tenant as { id?: unknown }).id ?? undefined)
        : undefined,
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
    const shape = ActivityShape.safeParse(body);
    if (!shape.success) return { status: 400, body: 'Bad request' };
    try {
      const response = await adapter.handle(authHeader, body as unknown as Activity, logic);
      return {
        status: response?.status ?? 200,
        ...(response?.body !== undefined && { body: response.body }),
      };
    } catch (error) {
      if (error instanceof UnauthorizedRequest) {
        log.warn('request.unauthorized', {
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

import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { ConversationKind } from '../domain/board.js';
import type { TurnIdentity } from '../replies/turn.js';
import { tenantId } from '../domain/ids.js';

const ActivitySchema = z.object({
  serviceUrl: z.string().min(1),
  from: z.object({
    id: z.string().min(1),
    aadObjectId: z.string().min(1).optional(),
    name: z.string().optional(),
  }),
  conversation: z.object({
    id: z.string().min(1),
    conversationType: z.string().optional(),
    tenantId: z.string().optional(),
  }),
  channelData: z
    .object({
      tenant: z.object({ id: z.string() }).optional(),
      team: z.object({ id: z.string() }).optional(),
      meeting: z.object({ id: z.string() }).optional(),
    })
    .passthrough()
    .optional(),
});

/** Channel thread ids carry `;messageid=...`: the board belongs to the channel, not the thread. */
export const normaliseConversationId = (id: string): string => id.split(';')[0] ?? id;

export const readTurnIdentity = (context: TurnContext): TurnIdentity | undefined => {
  const parsed = ActivitySchema.safeParse(context.activity);
  if (!parsed.success) return undefined;
  const a = parsed.data;
  const tenant = a.channelData?.tenant?.id ?? a.conversation.tenantId;
  if (tenant === undefined || tenant === '') return undefined;
  const type = a.conversation.conversationType;
  const meetingId = a.channelData?.meeting?.id;
  const kind: ConversationKind =
    type === 'channel'
      ? 'channel'
      : type === 'groupChat'
        ? meetingId === undefined
          ? 'groupChat'
          : 'meeting'
        : 'personal';
  return {
    tenantId: tenantId(tenant),
    conversationId: normaliseConversationId(a.conversation.id),
    kind,
    ...(a.channelData?.team?.id !== undefined && { teamId: a.channelData.team.id }),
    ...(meetingId !== undefined && { meetingId }),
    serviceUrl: a.serviceUrl,
    actor: { aadObjectId: a.from.aadObjectId ?? `bf:${a.from.id}`, name: a.from.name ?? 'Someone' },
  };
};

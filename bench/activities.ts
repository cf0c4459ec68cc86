/** The activities the bench sends: chat messages, card clicks and message-extension queries. */

export const TENANT = 'bench-tenant';
/** Conversation i of the bench: each connection of a load talks in its own. */
export const conversationId = (i: number): string => `19:bench-${i}@thread.v2`;
export const CHAIR = { id: '29:bench', aadObjectId: '00000000-0000-4000-8000-000000000001' };
let sequence = 0;

/**
 * A body with a fresh activity id: `[<id>]`, which autocannon replaces with a new id in every
 * request it sends (idReplacement), or a sequence number when sent once.
 */
export type Body = (id?: string) => string;

const activity = (
  serviceUrl: string,
  extra: Record<string, unknown>,
  id?: string,
  conversation = conversationId(0),
): string =>
  JSON.stringify({
    type: 'message',
    id: `bench-${id ?? (sequence += 1)}`,
    channelId: 'msteams',
    serviceUrl,
    from: { ...CHAIR, name: 'Bench Chair' },
    recipient: { id: '28:bot', name: 'Quorate' },
    conversation: { id: conversation, conversationType: 'groupChat', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
    ...extra,
  });

/** A chat message, answered in the HTTP response as Teams' expectReplies delivery mode allows. */
export const message =
  (serviceUrl: string, text: string, conversation?: string): Body =>
  (id) =>
    activity(serviceUrl, { text, deliveryMode: 'expectReplies' }, id, conversation);

/** An `Action.Execute` click: the answer is the invoke response. */
export const click =
  (serviceUrl: string, verb: string, data: Record<string, unknown>, conversation?: string): Body =>
  (id) =>
    activity(
      serviceUrl,
      {
        type: 'invoke',
        name: 'adaptiveCard/action',
        replyToId: 'card-1',
        value: {
          action: { type: 'Action.Execute', verb, data: { ...data, verb } },
          trigger: 'manual',
        },
      },
      id,
      conversation,
    );

export const search =
  (serviceUrl: string, text: string, conversation?: string): Body =>
  (id) =>
    activity(
      serviceUrl,
      {
        type: 'invoke',
        name: 'composeExtension/query',
        value: {
          commandId: 'searchBoard',
          parameters: [{ name: 'query', value: text }],
          queryOptions: { skip: 0, count: 25 },
        },
      },
      id,
      conversation,
    );

/** The members every bench board imports (`members import`). */
export const MEMBERS = [
  'Alice Ash (AA) | Director of Children’s Services | LA | vice-chair',
  'Bob Birch (BB) | Detective Superintendent | POLICE',
  'Cara Cole (CC) | Designated Nurse | ICB',
  'Dev Dale (DD) | Head of Safeguarding | LA',
  'Eve Elm (EE) | Chief Inspector | POLICE',
  'Fay Fir (FF) | Designated Doctor | ICB',
  'Gus Gale (GG) | Education Lead | LA',
  'Hal Hay (HH) | Probation Manager | LA',
  'Ivy Ide (II) | Public Health Lead | LA',
  'Jo Jay (JJ) | Business Manager | LA',
];

/** Today in the boards' time zone, as a chair types it (dd/mm/yy): bench meetings are held today. */
export const meetingDay = (): string =>
  new Date().toLocaleDateString('en-GB', {
    timeZone: 'Europe/London',
    day: '2-digit',
    month: '2-digit',
    year: '2-digit',
  });

/**
 * The chat turns that set up a bench board: 11 members, a meeting held today with three items, in
 * progress, and eight actions, four of them overdue.
 */
export const boardScript = (name: string): string[] => [
  `setup ${name}`,
  `members import\n${MEMBERS.join('\n')}`,
  `meeting new Exec on ${meetingDay()} 2-3pm`,
  ...['MoU', 'Audit', 'AOB'].map((item) => `agenda add ${item}`),
  'meeting start',
  ...['AA', 'BB', 'CC', 'DD', 'EE', 'FF', 'GG', 'HH'].map(
    (who, i) =>
      `action ${who} to review item ${i} of the audit by ${i % 2 === 0 ? '10/08/22' : '10/08/27'}`,
  ),
];

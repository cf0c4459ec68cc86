import type { Activity, TurnContext } from 'botbuilder';
import type { Reply } from '../replies/reply.js';
import { cardMessage } from './card-message.js';

/** A reply as the activity Teams is sent. */
export const replyActivity = (reply: Reply): Partial<Activity> =>
  'card' in reply ? cardMessage(reply.card) : { type: 'message', text: reply.text };

export const sendReply = async (context: TurnContext, reply: Reply): Promise<void> => {
  await context.sendActivity(replyActivity(reply));
};

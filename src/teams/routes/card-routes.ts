import type { Application } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { Verbs } from '../../cards/verbs.js';
import type { Verb } from '../../cards/verbs.js';
import { helpReply, membersReply, syncRosterReply } from '../board-replies.js';
import type { BotContext } from '../bot-context.js';
import type { Reply } from '../reply.js';
import { sendReply, textReply } from '../reply.js';
import { readTurnIdentity } from '../turn-identity.js';
import type { TurnIdentity } from '../turn-identity.js';

type CardHandler = (bot: BotContext, turn: TurnIdentity, context: TurnContext) => Promise<Reply>;

const UNKNOWN_SENDER = 'I could not tell who clicked this, so nothing was changed.';

/**
 * Registers a card verb for both `Action.Execute` (the answer replaces the clicked card) and its
 * `Action.Submit` fallback (the answer arrives as a new message). Card data is never trusted for
 * identity or board scope: both come from the activity.
 */
const cardVerb = (app: Application, bot: BotContext, verb: Verb, handler: CardHandler): void => {
  app.adaptiveCards.actionExecute(verb, async (context) => {
    const turn = readTurnIdentity(context);
    if (turn === undefined) return UNKNOWN_SENDER;
    const reply = await handler(bot, turn, context);
    return 'card' in reply ? reply.card : reply.text;
  });
  app.adaptiveCards.actionSubmit(verb, async (context) => {
    const turn = readTurnIdentity(context);
    await sendReply(
      context,
      turn === undefined ? textReply(UNKNOWN_SENDER) : await handler(bot, turn, context),
    );
  });
};

export const CARD_VERBS: readonly Verb[] = [Verbs.membersShow, Verbs.syncRoster, Verbs.help];

export const registerCardRoutes = (app: Application, bot: BotContext): void => {
  cardVerb(app, bot, Verbs.membersShow, (b, turn) => membersReply(b, turn));
  cardVerb(app, bot, Verbs.syncRoster, (b, turn, context) => syncRosterReply(b, turn, context));
  cardVerb(app, bot, Verbs.help, (b, turn) => helpReply(b, turn));
};

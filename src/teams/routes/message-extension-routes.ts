import { ActionDialogData } from '../../cards/verbs.js';
import type { Application } from '@microsoft/teams-ai';
import type {
  MessagingExtensionAttachment,
  MessagingExtensionResult,
  TaskModuleTaskInfo,
  TurnContext,
} from 'botbuilder';
import { CardFactory } from 'botbuilder';

import type { ActionDialogAnswer, InsertCard } from '../../replies/message-extension-replies.js';
import {
  openActionDialogReply,
  searchBoardsReply,
  submitActionDialogReply,
} from '../../replies/message-extension-replies.js';
import { readSearchQuery } from '../../services/search-boards.js';
import { plainText } from '../activity-text.js';
import type { BotContext } from '../bot-context.js';
import { buildTurn } from '../build-turn.js';
import { cardAttachment } from '../card-message.js';

/** Manifest command ids (appPackage/manifest.json `composeExtensions[].commands[].id`). */
export const MESSAGE_EXTENSION_COMMANDS = {
  createAction: 'createAction',
  searchBoard: 'searchBoard',
} as const;

const withPreview = (insert: InsertCard): MessagingExtensionAttachment => ({
  ...cardAttachment(insert.card),
  preview: CardFactory.thumbnailCard(insert.title, insert.subtitle),
});

const toTeams = (
  answer: ActionDialogAnswer,
): TaskModuleTaskInfo | MessagingExtensionResult | string => {
  switch (answer.kind) {
    case 'dialog':
      return {
        title: 'Record an action',
        card: cardAttachment(answer.card),
        width: 'medium',
        height: 'large',
      };
    case 'insert':
      return {
        type: 'result',
        attachmentLayout: 'list',
        attachments: [withPreview(answer.insert)],
      };
    case 'message':
      return answer.text;
  }
};

/** "@Quorate note …": the @mention a message starts with is an address, not part of the action. */
const LEADING_MENTION = /^(\s*(?:<p>|<div>)?)\s*<at\b[^>]*>[^<]*<\/at>\s*/i;

const messageText = (context: TurnContext): string => {
  const payload = (
    context.activity.value as { messagePayload?: { body?: { content?: unknown } } } | undefined
  )?.messagePayload;
  return typeof payload?.body?.content === 'string'
    ? plainText(payload.body.content.replace(LEADING_MENTION, '$1')).slice(0, 2000)
    : '';
};

/** "Record an action" from any message's "…" menu or the compose box, and board search. */
export const registerMessageExtensionRoutes = (app: Application, bot: BotContext): void => {
  app.messageExtensions.fetchTask(MESSAGE_EXTENSION_COMMANDS.createAction, async (context) => {
    const turn = buildTurn(context, bot);
    if (turn === undefined) return 'I could not tell who you are.';
    const answer = toTeams(await openActionDialogReply(bot, turn, messageText(context)));
    return answer as TaskModuleTaskInfo | string;
  });

  app.messageExtensions.submitAction(
    MESSAGE_EXTENSION_COMMANDS.createAction,
    async (context, _state, data: Record<string, unknown>) => {
      const turn = buildTurn(context, bot);
      if (turn === undefined) return 'I could not tell who you are, so nothing was saved.';
      const parsed = ActionDialogData.safeParse(data);
      return toTeams(
        await submitActionDialogReply(bot, turn, {
          raw: data,
          data: parsed.success ? parsed.data : undefined,
        }),
      );
    },
  );

  app.messageExtensions.query(
    MESSAGE_EXTENSION_COMMANDS.searchBoard,
    async (context, _state, query) => {
      const turn = buildTurn(context, bot);
      if (turn === undefined) return { type: 'result', attachmentLayout: 'list', attachments: [] };
      const parameters = query.parameters as Record<string, unknown>;
      const raw = Object.values(parameters).find((v): v is string => typeof v === 'string') ?? '';
      const cards = await searchBoardsReply(bot, turn, readSearchQuery(raw));
      return { type: 'result', attachmentLayout: 'list', attachments: cards.map(withPreview) };
    },
  );
};

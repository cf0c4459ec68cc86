import type { Application } from '@microsoft/teams-ai';
import type { TaskModuleTaskInfo } from 'botbuilder';
import { z } from 'zod';
import type { AdaptiveCard } from '../../cards/card-types.js';
import {
  renderMembersImportDialogCard,
  renderSetupDialogCard,
} from '../../cards/render-setup-dialog-card.js';
import { Verbs } from '../../cards/verbs.js';
import type { Verb } from '../../cards/verbs.js';
import { importMembersReply, setupReply } from '../board-replies.js';
import type { BotContext } from '../bot-context.js';
import { cardAttachment } from '../card-message.js';
import { sendReply } from '../reply.js';
import { readTurnIdentity } from '../turn-identity.js';

const dialog = (title: string, card: AdaptiveCard): TaskModuleTaskInfo => ({
  title,
  card: cardAttachment(card),
  width: 'medium',
  height: 'medium',
});

const SetupSubmitSchema = z.object({
  name: z.string().trim().min(1).max(120),
  statutory: z.enum(['true', 'false']).optional(),
});
const ImportSubmitSchema = z.object({ table: z.string().min(1).max(50_000) });

export const DIALOG_ROUTE_VERBS: readonly Verb[] = [
  Verbs.setupOpen,
  Verbs.setupSubmit,
  Verbs.membersImportOpen,
  Verbs.membersImportSubmit,
];

/** Dialogs for people who do not type commands; they call the same replies as the commands. */
export const registerDialogRoutes = (app: Application, bot: BotContext): void => {
  app.taskModules.fetch(Verbs.setupOpen, async (context) => {
    const name =
      typeof context.activity.conversation?.name === 'string'
        ? context.activity.conversation.name
        : '';
    return Promise.resolve(dialog('Set up a board', renderSetupDialogCard(name)));
  });

  app.taskModules.submit(Verbs.setupSubmit, async (context, _state, data) => {
    const turn = readTurnIdentity(context);
    const parsed = SetupSubmitSchema.safeParse(data);
    if (turn === undefined) return 'I could not tell who sent this, so nothing was saved.';
    if (!parsed.success)
      return dialog(
        'Set up a board',
        renderSetupDialogCard('', 'Give the board a name of 1 to 120 characters.'),
      );
    const reply = await setupReply(bot, turn, context, {
      name: parsed.data.name,
      withStatutoryPartners: parsed.data.statutory !== 'false',
    });
    await sendReply(context, reply);
    return null;
  });

  app.taskModules.fetch(Verbs.membersImportOpen, () =>
    Promise.resolve(dialog('Import members', renderMembersImportDialogCard())),
  );

  app.taskModules.submit(Verbs.membersImportSubmit, async (context, _state, data) => {
    const turn = readTurnIdentity(context);
    const parsed = ImportSubmitSchema.safeParse(data);
    if (turn === undefined) return 'I could not tell who sent this, so nothing was saved.';
    if (!parsed.success)
      return dialog(
        'Import members',
        renderMembersImportDialogCard(['Paste at least one member.']),
      );
    const { reply, problems } = await importMembersReply(bot, turn, parsed.data.table);
    if (problems.length > 0) {
      return dialog(
        'Import members',
        renderMembersImportDialogCard(
          ['Nothing was saved. Fix these lines:', ...problems],
          parsed.data.table,
        ),
      );
    }
    await sendReply(context, reply);
    return null;
  });
};

import {
  MeetingData,
  SetupSubmitData,
  ImportSubmitData,
  EntrySubmitData,
  ItemSubmitData,
  EditSubmitData,
  MinutesSubmitData,
} from '../../cards/verbs.js';
import { audienceOf, discloseMeeting, disclosePolicyOf } from '../../domain/disclosure.js';
import type { Application } from '@microsoft/teams-ai';
import type { TaskModuleTaskInfo } from 'botbuilder';
import type { AdaptiveCard } from '../../cards/card-types.js';
import {
  renderMembersImportDialogCard,
  renderSetupDialogCard,
} from '../../cards/render-setup-dialog-card.js';
import { Verbs } from '../../cards/verbs.js';
import type { Verb } from '../../cards/verbs.js';
import { randomUUID } from 'node:crypto';
import {
  renderEditAgendaDialogCard,
  renderEntryDialogCard,
  renderItemDialogCard,
  renderMinutesDialogCard,
} from '../../cards/render-meeting-dialog-cards.js';
import { isDomainError } from '../../domain/domain-error.js';
import type { Meeting } from '../../domain/meeting.js';
import { requireBoardMeeting } from '../../services/find-active-meeting.js';
import { resolveBoard } from '../../services/resolve-board.js';
import { importMembersReply, setupReply } from '../../replies/board-replies.js';
import {
  agendaAddReply,
  editAgendaReply,
  entryReply,
  minutesReply,
} from '../../replies/meeting-replies.js';
import type { Turn } from '../../replies/turn.js';
import type { BotContext } from '../bot-context.js';
import { cardAttachment } from '../card-message.js';
import { sendReply } from '../send-reply.js';
import { buildTurn } from '../build-turn.js';

const dialog = (title: string, card: AdaptiveCard): TaskModuleTaskInfo => ({
  title,
  card: cardAttachment(card),
  width: 'medium',
  height: 'medium',
});

export const DIALOG_ROUTE_VERBS: readonly Verb[] = [
  Verbs.setupOpen,
  Verbs.setupSubmit,
  Verbs.membersImportOpen,
  Verbs.membersImportSubmit,
  Verbs.entryOpen,
  Verbs.entrySubmit,
  Verbs.itemOpen,
  Verbs.itemSubmit,
  Verbs.minutesOpen,
  Verbs.minutesSubmit,
  Verbs.editOpen,
  Verbs.editSubmit,
];

/** The meeting a dialog is about, checked against the board of this conversation (for display). */
const dialogMeeting = async (
  bot: BotContext,
  turn: Turn,
  data: unknown,
): Promise<Meeting | string> => {
  const parsed = MeetingData.safeParse(data);
  if (!parsed.success) return 'This button is out of date. Type "agenda" for the current card.';
  const resolved = await resolveBoard(bot.deps, {
    tenantId: turn.tenantId,
    conversationId: turn.conversationId,
    kind: turn.kind,
    actorAadObjectId: turn.actor.aadObjectId,
  });
  if (resolved.kind !== 'board') return 'There is no board here yet.';
  try {
    const meeting = await requireBoardMeeting(bot.deps, resolved.board, parsed.data.meetingId);
    /** A dialog is seen by the person who opened it alone: rendered for them. */
    return discloseMeeting(
      meeting,
      audienceOf(resolved.board, { inPersonalChat: true, aadObjectId: turn.actor.aadObjectId }),
      disclosePolicyOf(resolved.board.rules),
    );
  } catch (error) {
    if (isDomainError(error)) return error.userMessage;
    throw error;
  }
};

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
    const turn = buildTurn(context, bot);
    const parsed = SetupSubmitData.safeParse(data);
    if (turn === undefined) return 'I could not tell who sent this, so nothing was saved.';
    if (!parsed.success)
      return dialog(
        'Set up a board',
        renderSetupDialogCard('', 'Give the board a name of 1 to 120 characters.'),
      );
    const reply = await setupReply(bot, turn, {
      name: parsed.data.name,
      withStatutoryPartners: parsed.data.statutory !== 'false',
    });
    await sendReply(context, reply);
    return null;
  });

  const meetingDialog = (
    verb: Verb,
    title: string,
    render: (meeting: Meeting) => AdaptiveCard,
  ): void => {
    app.taskModules.fetch(verb, async (context, _state, data) => {
      const turn = buildTurn(context, bot);
      if (turn === undefined) return 'I could not tell who you are.';
      const meeting = await dialogMeeting(bot, turn, data);
      return typeof meeting === 'string' ? meeting : dialog(title, render(meeting));
    });
  };
  meetingDialog(Verbs.entryOpen, 'Note or decision', (m) =>
    renderEntryDialogCard(m, undefined, randomUUID()),
  );
  meetingDialog(Verbs.itemOpen, 'Add agenda item', (m) => renderItemDialogCard(m));
  meetingDialog(Verbs.minutesOpen, 'Previous minutes', (m) => renderMinutesDialogCard(m));

  app.taskModules.submit(Verbs.entrySubmit, async (context, _state, data) => {
    const turn = buildTurn(context, bot);
    if (turn === undefined) return 'I could not tell who sent this, so nothing was saved.';
    const parsed = EntrySubmitData.safeParse(data);
    if (!parsed.success) {
      const meeting = await dialogMeeting(bot, turn, data);
      return typeof meeting === 'string'
        ? meeting
        : dialog(
            'Note or decision',
            renderEntryDialogCard(
              meeting,
              'Write the note or decision (up to 4,000 characters).',
              randomUUID(),
            ),
          );
    }
    const { kind, text, meetingId, item, requestId } = parsed.data;
    const outcome = { repeated: false };
    const reply = await entryReply(
      bot,
      turn,
      {
        kind,
        text,
        meetingId,
        ...(item !== undefined && item !== '' && { item }),
        ...(requestId !== undefined && requestId !== '' && { requestId }),
      },
      outcome,
    );
    /** A resubmitted dialog closes again without saying "Noted" in the chat a second time. */
    if (!outcome.repeated) await sendReply(context, reply);
    return null;
  });

  app.taskModules.submit(Verbs.itemSubmit, async (context, _state, data) => {
    const turn = buildTurn(context, bot);
    if (turn === undefined) return 'I could not tell who sent this, so nothing was saved.';
    const parsed = ItemSubmitData.safeParse(data);
    if (!parsed.success) {
      const meeting = await dialogMeeting(bot, turn, data);
      return typeof meeting === 'string'
        ? meeting
        : dialog(
            'Add agenda item',
            renderItemDialogCard(meeting, 'Give the item a title (and minutes between 1 and 480).'),
          );
    }
    const { meetingId, title, presenters, minutes, kind, confidential } = parsed.data;
    await sendReply(
      context,
      await agendaAddReply(
        bot,
        turn,
        {
          title,
          confidential: confidential === 'true',
          ...(presenters !== undefined && presenters.trim() !== '' && { presenters }),
          ...(minutes !== undefined && { minutes }),
          ...(kind !== undefined && { kind }),
        },
        meetingId,
      ),
    );
    return null;
  });

  app.taskModules.submit(Verbs.minutesSubmit, async (context, _state, data) => {
    const turn = buildTurn(context, bot);
    if (turn === undefined) return 'I could not tell who sent this, so nothing was saved.';
    const parsed = MinutesSubmitData.safeParse(data);
    const needsText =
      parsed.success &&
      parsed.data.outcome === 'approved-with-amendments' &&
      (parsed.data.text ?? '').trim() === '';
    if (!parsed.success || needsText) {
      const meeting = await dialogMeeting(bot, turn, data);
      return typeof meeting === 'string'
        ? meeting
        : dialog(
            'Previous minutes',
            renderMinutesDialogCard(
              meeting,
              'Write the amendments, or choose "Agreed as an accurate record".',
            ),
          );
    }
    const { meetingId, outcome, text } = parsed.data;
    await sendReply(
      context,
      await minutesReply(bot, turn, {
        meetingId,
        outcome,
        ...(text !== undefined && text.trim() !== '' && { text }),
      }),
    );
    return null;
  });

  meetingDialog(Verbs.editOpen, 'Edit the agenda', (m) => renderEditAgendaDialogCard(m));
  app.taskModules.submit(Verbs.editSubmit, async (context, _state, data) => {
    const turn = buildTurn(context, bot);
    if (turn === undefined) return 'I could not tell who sent this, so nothing was changed.';
    const parsed = EditSubmitData.safeParse(data);
    const meeting = await dialogMeeting(bot, turn, data);
    if (typeof meeting === 'string') return meeting;
    if (
      !parsed.success ||
      (parsed.data.op === 'rename' && (parsed.data.title ?? '').trim() === '')
    ) {
      return dialog(
        'Edit the agenda',
        renderEditAgendaDialogCard(
          meeting,
          'Choose an item and a change (and a new title to rename).',
        ),
      );
    }
    const { itemId, op, title } = parsed.data;
    const reply = await editAgendaReply(bot, turn, {
      meetingId: meeting.id,
      itemId,
      edit: op === 'rename' ? { op, title: title ?? '' } : { op },
    });
    if ('text' in reply)
      return dialog('Edit the agenda', renderEditAgendaDialogCard(meeting, reply.text));
    await sendReply(context, reply);
    return null;
  });

  app.taskModules.fetch(Verbs.membersImportOpen, () =>
    Promise.resolve(dialog('Import members', renderMembersImportDialogCard())),
  );

  app.taskModules.submit(Verbs.membersImportSubmit, async (context, _state, data) => {
    const turn = buildTurn(context, bot);
    const parsed = ImportSubmitData.safeParse(data);
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

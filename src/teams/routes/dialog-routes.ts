import {
  MeetingData,
  SetupSubmitData,
  ImportSubmitData,
  EntrySubmitData,
  ItemSubmitData,
  EditSubmitData,
  MinutesSubmitData,
} from '../../cards/verbs.js';
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
import type { Meeting } from '../../domain/meeting.js';
import { importMembersReply, setupReply } from '../../replies/board-replies.js';
import {
  agendaAddReply,
  editAgendaReply,
  entryReply,
  minutesReply,
} from '../../replies/meeting-replies.js';
import { dialogMeeting } from '../../replies/dialog-meeting.js';
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

const STALE_BUTTON = 'This button is out of date. Type "agenda" for the current card.';

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

/** Dialogs for people who do not type commands; they call the same replies as the commands. */
export const registerDialogRoutes = (app: Application, bot: BotContext): void => {
  /** The dialog of the meeting the data names, as its opener may read it (again, with a problem). */
  const dialogAgain = async (
    turn: Turn,
    data: unknown,
    title: string,
    render: (meeting: Meeting) => AdaptiveCard,
  ): Promise<TaskModuleTaskInfo | string> => {
    const target = MeetingData.safeParse(data);
    if (!target.success) return STALE_BUTTON;
    const meeting = await dialogMeeting(bot, turn, target.data.meetingId);
    return typeof meeting === 'string' ? meeting : dialog(title, render(meeting));
  };
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
      const turn = buildTurn(context, bot, data);
      if (turn === undefined) return 'I could not tell who you are.';
      return dialogAgain(turn, data, title, render);
    });
  };
  meetingDialog(Verbs.entryOpen, 'Note or decision', (m) =>
    renderEntryDialogCard(m, undefined, randomUUID()),
  );
  meetingDialog(Verbs.itemOpen, 'Add agenda item', (m) => renderItemDialogCard(m));
  meetingDialog(Verbs.minutesOpen, 'Previous minutes', (m) => renderMinutesDialogCard(m));

  app.taskModules.submit(Verbs.entrySubmit, async (context, _state, data) => {
    const turn = buildTurn(context, bot, data);
    if (turn === undefined) return 'I could not tell who sent this, so nothing was saved.';
    const parsed = EntrySubmitData.safeParse(data);
    if (!parsed.success)
      return dialogAgain(turn, data, 'Note or decision', (m) =>
        renderEntryDialogCard(
          m,
          'Write the note or decision (up to 4,000 characters).',
          randomUUID(),
        ),
      );
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
    const turn = buildTurn(context, bot, data);
    if (turn === undefined) return 'I could not tell who sent this, so nothing was saved.';
    const parsed = ItemSubmitData.safeParse(data);
    if (!parsed.success)
      return dialogAgain(turn, data, 'Add agenda item', (m) =>
        renderItemDialogCard(m, 'Give the item a title (and minutes between 1 and 480).'),
      );
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
    const turn = buildTurn(context, bot, data);
    if (turn === undefined) return 'I could not tell who sent this, so nothing was saved.';
    const parsed = MinutesSubmitData.safeParse(data);
    const needsText =
      parsed.success &&
      parsed.data.outcome === 'approved-with-amendments' &&
      (parsed.data.text ?? '').trim() === '';
    if (!parsed.success || needsText) {
      const parsed = MeetingData.safeParse(data);
      if (!parsed.success) return STALE_BUTTON;
      const meeting = await dialogMeeting(bot, turn, parsed.data.meetingId);
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
    const turn = buildTurn(context, bot, data);
    if (turn === undefined) return 'I could not tell who sent this, so nothing was changed.';
    const parsed = EditSubmitData.safeParse(data);
    const target = MeetingData.safeParse(data);
    if (!target.success) return STALE_BUTTON;
    const meeting = await dialogMeeting(bot, turn, target.data.meetingId);
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

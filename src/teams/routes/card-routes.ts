import {
  MeetingData,
  NextData,
  PaperData,
  ActionData,
  ActionChangeData,
  VisitorData,
  AgendaActionData,
  RenumberData,
  ConfirmData,
  RunCommandData,
  EntryActionData,
} from '../../cards/verbs.js';
import type { Application } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { z } from 'zod';
import { Verbs } from '../../cards/verbs.js';
import type { Verb } from '../../cards/verbs.js';
import { helpReply, membersReply, syncRosterReply } from '../../replies/board-replies.js';
import {
  captureReply,
  changeReply,
  historyReply,
  withActionBoard,
  actionCardFor,
} from '../../replies/action-replies.js';
import {
  registerReply,
  saveRegisterReply,
  visitorReply,
} from '../../replies/attendance-replies.js';
import { agendaActionDoneReply } from '../../replies/agenda-action-reply.js';
import { entryMenuReply } from '../../replies/correction-replies.js';
import { DueAnswerData } from '../../cards/render-due-question-card.js';
import { answerDueQuestionReply } from '../../replies/answer-due-question-reply.js';
import type { BotContext } from '../bot-context.js';
import { summaryPostReply } from '../../replies/report-replies.js';
import {
  agendaReply,
  cancelRenumberReply,
  confirmRenumberReply,
  meetingStatusReply,
  moveReply,
} from '../../replies/meeting-replies.js';
import { decidePaperReply, papersReply } from '../../replies/paper-replies.js';
import type { ChangeInput } from '../../replies/action-replies.js';
import type { Reply } from '../../replies/reply.js';
import { textReply } from '../../replies/reply.js';
import { chatCommandReply } from '../../replies/chat-command-reply.js';
import { sendReply } from '../send-reply.js';
import { AgencyReplaceData, inviteeChoicesOf } from '../../cards/roster-card-data.js';
import { agencyChangeReply, confirmInviteesReply } from '../../replies/roster-replies.js';
import { buildTurn } from '../build-turn.js';
import type { Turn } from '../../replies/turn.js';
import { MeetingLinkData, ReportConfirmData } from '../../cards/meeting-link-data.js';
import { meetingLinkReply } from '../../replies/meeting-link-replies.js';
import { confirmReportReply } from '../../replies/attendance-report-replies.js';
import { ApologiesData, ForecastAnswerData } from '../../cards/render-forecast-cards.js';
import { agendaApologiesReply, forecastAnswerReply } from '../../replies/forecast-replies.js';

type CardHandler = (
  bot: BotContext,
  turn: Turn,
  context: TurnContext,
  data: unknown,
) => Promise<Reply>;

const UNKNOWN_SENDER = 'I could not tell who clicked this, so nothing was changed.';
const STALE_CARD = 'This card is out of date or incomplete. Type "agenda" for the current one.';

/**
 * Registers a card verb for both `Action.Execute` (the answer replaces the clicked card) and its
 * `Action.Submit` fallback (the answer arrives as a new message). Card data is never trusted for
 * identity or board scope: both come from the activity; the board id a card carries is only used
 * when the clicker may act on that board (services/resolve-board.ts), and the other ids in the data
 * are checked against the turn's board.
 */
const cardVerb = (app: Application, bot: BotContext, verb: Verb, handler: CardHandler): void => {
  app.adaptiveCards.actionExecute(verb, async (context, _state, data) => {
    const turn = buildTurn(context, bot, data);
    if (turn === undefined) return UNKNOWN_SENDER;
    const reply = await handler(bot, turn, context, data);
    return 'card' in reply ? reply.card : reply.text;
  });
  app.adaptiveCards.actionSubmit(verb, async (context, _state, data) => {
    const turn = buildTurn(context, bot, data);
    await sendReply(
      context,
      turn === undefined ? textReply(UNKNOWN_SENDER) : await handler(bot, turn, context, data),
    );
  });
};

/** Parses card data or answers that the card is stale. */
const withData =
  <T>(
    schema: z.ZodType<T, z.ZodTypeDef, unknown>,
    work: (bot: BotContext, turn: Turn, data: T) => Promise<Reply>,
  ): CardHandler =>
  (bot, turn, _context, data) => {
    const parsed = schema.safeParse(data);
    return parsed.success ? work(bot, turn, parsed.data) : Promise.resolve(textReply(STALE_CARD));
  };

export const registerCardRoutes = (app: Application, bot: BotContext): void => {
  /** A verb whose card data is checked against its schema (cards/verbs.ts) before `work` runs. */
  const dataVerb = <T>(
    verb: Verb,
    schema: z.ZodType<T, z.ZodTypeDef, unknown>,
    work: (bot: BotContext, turn: Turn, data: T) => Promise<Reply>,
  ): void => cardVerb(app, bot, verb, withData(schema, work));
  cardVerb(app, bot, Verbs.membersShow, (b, turn) => membersReply(b, turn));
  cardVerb(app, bot, Verbs.syncRoster, (b, turn) => syncRosterReply(b, turn));
  cardVerb(app, bot, Verbs.help, (_b, turn) => helpReply(turn));
  dataVerb(Verbs.agendaShow, MeetingData, (b, turn, d) => agendaReply(b, turn, d.meetingId));
  dataVerb(Verbs.agendaRefresh, MeetingData, (b, turn, d) => agendaReply(b, turn, d.meetingId));
  dataVerb(Verbs.agendaNext, NextData, (b, turn, d) =>
    moveReply(b, turn, { next: true, fromItemId: d.fromItem }, d.meetingId),
  );
  dataVerb(Verbs.meetingStart, MeetingData, (b, turn, d) =>
    meetingStatusReply(b, turn, 'in-progress', d.meetingId),
  );
  dataVerb(Verbs.meetingEnd, MeetingData, (b, turn, d) =>
    meetingStatusReply(b, turn, 'closed', d.meetingId),
  );
  dataVerb(Verbs.renumberConfirm, RenumberData, (b, turn, d) => confirmRenumberReply(b, turn, d));
  dataVerb(Verbs.renumberCancel, MeetingData, (b, turn, d) =>
    cancelRenumberReply(b, turn, d.meetingId),
  );
  cardVerb(app, bot, Verbs.papersShow, (b, turn) => papersReply(b, turn));
  dataVerb(Verbs.paperAccept, PaperData, (b, turn, d) =>
    decidePaperReply(b, turn, { ...d, decision: 'accepted' }),
  );
  dataVerb(Verbs.paperReject, PaperData, (b, turn, d) =>
    decidePaperReply(b, turn, { ...d, decision: 'rejected' }),
  );

  dataVerb(Verbs.actionRefresh, ActionData, (b, turn, d) =>
    withActionBoard(b, turn, d.actionId, (board, action) =>
      actionCardFor(b, turn, board, action.value),
    ),
  );
  dataVerb(Verbs.actionHistory, ActionData, (b, turn, d) => historyReply(b, turn, d.actionId));
  const actionChange = (
    verb: Verb,
    toChange: (d: z.infer<typeof ActionChangeData>) => ChangeInput | string,
  ): void =>
    dataVerb(verb, ActionChangeData, (b, turn, d) =>
      withActionBoard(b, turn, d.actionId, (board, action) => {
        const change = toChange(d);
        if (typeof change === 'string') return actionCardFor(b, turn, board, action.value, change);
        return changeReply(b, turn, { actionId: d.actionId }, change, {
          expectedRevision: d.revision,
          board,
          current: action,
        });
      }),
    );
  actionChange(Verbs.actionUpdate, (d) =>
    (d.updateText ?? '').trim() === ''
      ? 'Write the update in the box first.'
      : { kind: 'update', text: d.updateText ?? '' },
  );
  actionChange(Verbs.actionDone, (d) => ({
    kind: 'done',
    ...((d.updateText ?? '').trim() !== '' && { text: d.updateText }),
  }));
  actionChange(Verbs.actionDue, (d) =>
    (d.newDate ?? '') === ''
      ? 'Pick the new date first.'
      : { kind: 'dueText', date: d.newDate ?? '', propose: true },
  );
  actionChange(Verbs.actionAcceptDate, () => ({ kind: 'decideProposal', accept: true }));
  actionChange(Verbs.actionRejectDate, () => ({ kind: 'decideProposal', accept: false }));
  actionChange(Verbs.actionNotMine, () => ({ kind: 'disown' }));
  dataVerb(Verbs.actionCaptureConfirm, ConfirmData, (b, turn, d) =>
    captureReply(b, turn, { spec: d.spec, requestId: d.requestId }),
  );
  dataVerb(Verbs.actionCaptureDated, DueAnswerData, answerDueQuestionReply);
  dataVerb(Verbs.agendaActionDone, AgendaActionData, (b, turn, d) =>
    agendaActionDoneReply(b, turn, d),
  );
  dataVerb(Verbs.summaryPost, MeetingData, (b, turn, d) => summaryPostReply(b, turn, d.meetingId));
  dataVerb(Verbs.registerShow, MeetingData, (b, turn, d) => registerReply(b, turn, d.meetingId));
  cardVerb(app, bot, Verbs.registerSave, (b, turn, _context, data) => {
    const parsed = MeetingData.safeParse(data);
    return parsed.success
      ? saveRegisterReply(b, turn, parsed.data.meetingId, data as Record<string, unknown>)
      : Promise.resolve(textReply(STALE_CARD));
  });
  dataVerb(Verbs.visitorGuest, VisitorData, (b, turn, d) =>
    visitorReply(b, turn, { meetingId: d.meetingId, aadObjectId: d.aadObjectId }),
  );
  dataVerb(Verbs.visitorDeputy, VisitorData, (b, turn, d) => visitorReply(b, turn, d));
  dataVerb(Verbs.meetingLink, MeetingLinkData, (b, turn, d) =>
    meetingLinkReply(b, turn, d.meetingId === undefined ? {} : { meetingId: d.meetingId }),
  );
  dataVerb(Verbs.reportConfirm, ReportConfirmData, (b, turn, d) => confirmReportReply(b, turn, d));
  dataVerb(Verbs.agencyReplace, AgencyReplaceData, (b, turn, d) =>
    agencyChangeReply(b, turn, { kind: 'replace', from: d.from, to: d.to }),
  );
  cardVerb(app, bot, Verbs.inviteesConfirm, (b, turn, _context, data) =>
    confirmInviteesReply(b, turn, inviteeChoicesOf(data)),
  );
  /** "Did you mean": the command runs as if the clicker had typed it (their identity, this chat). */
  dataVerb(Verbs.commandRun, RunCommandData, (b, turn, d) =>
    chatCommandReply(b, turn, {
      text: (d.command ?? '').trim() === '' ? d.text : (d.command ?? '').trim(),
      id: `run:${d.requestId}`,
      mentions: () => Promise.resolve([]),
    }),
  );
  dataVerb(Verbs.entryEdit, EntryActionData, (b, turn, d) => entryMenuReply(b, turn, d, 'edit'));
  dataVerb(Verbs.entryMove, EntryActionData, (b, turn, d) => entryMenuReply(b, turn, d, 'move'));
  dataVerb(Verbs.entryRemove, EntryActionData, (b, turn, d) =>
    entryMenuReply(b, turn, d, 'remove'),
  );
  dataVerb(Verbs.forecastAttend, ForecastAnswerData, (b, turn, d) =>
    forecastAnswerReply(b, turn, d, 'attend'),
  );
  dataVerb(Verbs.forecastDeputy, ForecastAnswerData, (b, turn, d) =>
    forecastAnswerReply(b, turn, d, 'deputy'),
  );
  dataVerb(Verbs.apologiesSend, ApologiesData, agendaApologiesReply);
};

import { z } from 'zod';
import { isCalendarDate } from '../domain/zoned-time.js';

/**
 * Every card verb, defined once. A test collects the verbs from every card and checks a route
 * handles each; `Verbs.*` values are namespaced and never contain an attendance code.
 */
export const Verbs = {
  setupOpen: 'board.setup.open',
  setupSubmit: 'board.setup.submit',
  syncRoster: 'board.syncRoster',
  membersShow: 'members.show',
  membersImportOpen: 'members.import.open',
  membersImportSubmit: 'members.import.submit',
  help: 'help.show',
  agendaShow: 'agenda.show',
  agendaRefresh: 'agenda.refresh',
  agendaNext: 'agenda.next',
  meetingStart: 'meeting.start',
  meetingEnd: 'meeting.end',
  entryOpen: 'agenda.entry.open',
  entrySubmit: 'agenda.entry.submit',
  itemOpen: 'agenda.item.open',
  itemSubmit: 'agenda.item.submit',
  editOpen: 'agenda.edit.open',
  editSubmit: 'agenda.edit.submit',
  renumberConfirm: 'agenda.renumber.confirm',
  renumberCancel: 'agenda.renumber.cancel',
  agendaActionDone: 'agenda.action.done',
  summaryPost: 'summary.post',
  minutesOpen: 'minutes.open',
  minutesSubmit: 'minutes.submit',
  papersShow: 'papers.show',
  paperAccept: 'paper.accept',
  paperReject: 'paper.reject',
  meetingFromEvent: 'meeting.fromEvent',
  actionRefresh: 'action.refresh',
  actionUpdate: 'action.update',
  actionDone: 'action.done',
  actionDue: 'action.due',
  actionHistory: 'action.history',
  actionAcceptDate: 'action.date.accept',
  actionRejectDate: 'action.date.reject',
  actionNotMine: 'action.notMine',
  actionCaptureConfirm: 'action.capture.confirm',
  actionSubmit: 'action.capture.submit',
  actionCaptureDated: 'action.capture.dated',
  registerShow: 'register.show',
  registerSave: 'register.save',
  visitorGuest: 'register.visitor.guest',
  visitorDeputy: 'register.visitor.deputy',
  agencyReplace: 'agency.replace',
  inviteesConfirm: 'board.invitees.confirm',
  commandRun: 'command.run',
  entryEdit: 'agenda.entry.edit',
  entryMove: 'agenda.entry.move',
  entryRemove: 'agenda.entry.remove',
  meetingLink: 'meeting.link',
  reportConfirm: 'register.report.confirm',
  forecastAttend: 'forecast.attend',
  forecastDeputy: 'forecast.deputy',
  apologiesSend: 'meeting.apologies',
} as const;

export type Verb = (typeof Verbs)[keyof typeof Verbs];

/** Verbs that open a dialog (task/fetch) rather than acting at once. */
export const DIALOG_VERBS: readonly Verb[] = [
  Verbs.setupOpen,
  Verbs.membersImportOpen,
  Verbs.entryOpen,
  Verbs.itemOpen,
  Verbs.editOpen,
  Verbs.minutesOpen,
];

/**
 * Every card that names an action or a meeting also names its board, so a click reads that board
 * directly instead of searching the clicker's boards. Card data is only a hint: the board is read in
 * the activity's tenant and used only when the clicker may act on it (services/resolve-board.ts).
 * Cards posted before carry none, and are answered as before.
 */
export const CardBoardData = z.object({ boardId: z.string().min(1).max(100) });

/** The board id a card's data carries, if it carries a well-formed one. */
export const cardBoardId = (data: unknown): string | undefined => {
  const parsed = CardBoardData.safeParse(data);
  return parsed.success ? parsed.data.boardId : undefined;
};

/**
 * The data each verb's card sends, checked by its route before anything runs (card data is never
 * trusted for identity or board scope: ids in it are checked against the turn's board).
 */
export const MeetingData = z.object({ meetingId: z.string().min(1).max(100) });
export const NextData = MeetingData.extend({ fromItem: z.string().max(100).default('') });
export const PaperData = MeetingData.extend({ paperId: z.string().min(1).max(100) });
export const ActionData = z.object({ actionId: z.string().min(1).max(100) });
export const ActionChangeData = ActionData.extend({
  revision: z.coerce.number().int().min(1),
  updateText: z.string().max(4000).optional(),
  newDate: z.string().max(40).optional(),
});
export const VisitorData = MeetingData.extend({
  aadObjectId: z.string().min(1).max(100),
  forInitials: z.string().max(6).optional(),
});
export const AgendaActionData = MeetingData.extend({
  actionId: z.string().min(1).max(100),
  revision: z.coerce.number().int().min(1),
});
/**
 * A note's or decision's edit menu on the agenda card. The new words and the item come in the
 * inputs `entryText-<entryId>` and `entryItem-<entryId>` (one pair per entry on the card).
 */
export const EntryActionData = MeetingData.extend({
  entryId: z.string().min(1).max(100),
  kind: z.enum(['note', 'decision']),
}).passthrough();
export const RenumberData = MeetingData.extend({
  itemId: z.string().min(1).max(100),
  op: z.enum(['up', 'down', 'remove']),
  before: z.string().min(1).max(100),
  after: z.string().min(1).max(100),
});
export const ConfirmData = z.object({
  spec: z.string().min(1).max(4000),
  requestId: z.string().min(1).max(200),
});

/** "Did you mean": the corrected command (`text`), or the box's edited form of it (`command`). */
export const RunCommandData = z.object({
  text: z.string().trim().min(1).max(2000),
  command: z.string().max(2000).optional(),
  requestId: z.string().min(1).max(200),
});

export const SetupSubmitData = z.object({
  name: z.string().trim().min(1).max(120),
  statutory: z.enum(['true', 'false']).optional(),
});
export const ImportSubmitData = z.object({ table: z.string().min(1).max(50_000) });

export const EntrySubmitData = MeetingData.extend({
  kind: z.enum(['note', 'decision']),
  item: z.string().max(100).optional(),
  text: z.string().trim().min(1).max(4000),
  requestId: z.string().max(100).optional(),
});
export const ItemSubmitData = MeetingData.extend({
  title: z.string().trim().min(1).max(200),
  presenters: z.string().max(300).optional(),
  minutes: z.coerce.number().int().min(1).max(480).optional(),
  kind: z.enum(['decision', 'discussion', 'information']).optional(),
  confidential: z.enum(['true', 'false']).optional(),
});
export const EditSubmitData = MeetingData.extend({
  itemId: z.string().min(1).max(100),
  op: z.enum(['up', 'down', 'rename', 'remove']),
  title: z.string().max(200).optional(),
});
export const MinutesSubmitData = MeetingData.extend({
  outcome: z.enum(['approved', 'approved-with-amendments', 'not-approved']),
  text: z.string().max(4000).optional(),
});

export const MeetingOfferData = z.object({
  title: z.string().trim().min(1).max(150),
  date: z.string().refine(isCalendarDate),
  time: z.string().regex(/^\d{2}:\d{2}$/),
});

/** The message extension's "Record an action" dialog. */
export const ActionDialogData = z.object({
  text: z.string().trim().min(1).max(2000),
  owners: z.string().trim().min(1).max(300),
  due: z.string().max(100).optional(),
  boardId: z.string().max(100).optional(),
  requestId: z.string().min(1).max(100),
});

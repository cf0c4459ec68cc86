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
  registerShow: 'register.show',
  registerSave: 'register.save',
  visitorGuest: 'register.visitor.guest',
  visitorDeputy: 'register.visitor.deputy',
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

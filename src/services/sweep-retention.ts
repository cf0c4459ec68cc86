import type { Board } from '../domain/board.js';
import { todayIn } from '../domain/parse-when.js';
import { isMeetingExpired, retentionCutoff } from '../domain/retention.js';
import type { CalendarDate } from '../domain/zoned-time.js';
import type { Deps, RetentionStore } from './ports.js';
import { recordAudit } from './record-audit.js';

export type RetentionReport = {
  boards: number;
  meetingsDeleted: number;
  actionsDeleted: number;
  auditTrimmed: number;
  /** Boards whose sweep failed (it is simply tried again next time). */
  failed: number;
};

/** Meetings read per query: the sweep never holds a board's whole history. */
const MEETING_PAGE = 50;

/** The sweep acts as the system, not as a person: audit entries name it so. */
export const RETENTION_ACTOR = { aadObjectId: 'system:retention', name: 'Retention sweep' };

/**
 * Expired actions are read a page of ids at a time and deleted, until a page comes back short (or
 * nothing on it could be deleted: another instance got there first, and the next sweep finishes).
 */
export const RETENTION_PAGE = 100;

const deleteExpiredActions = async (
  store: RetentionStore,
  board: Board,
  cutoff: CalendarDate,
): Promise<number> => {
  let deleted = 0;
  for (;;) {
    const ids = await store.listExpiredActionIds(board.id, cutoff, RETENTION_PAGE);
    let onPage = 0;
    for (const id of ids) if (await store.deleteAction(board.id, id)) onPage += 1;
    deleted += onPage;
    if (ids.length < RETENTION_PAGE || onPage === 0) return deleted;
  }
};

const sweepBoard = async (
  deps: Pick<Deps, 'meetings' | 'actions' | 'audit' | 'clock' | 'approvedMinutes'>,
  store: RetentionStore,
  board: Board,
  report: RetentionReport,
): Promise<void> => {
  const cutoff = retentionCutoff(
    todayIn(deps.clock.now(), board.rules.timeZone),
    board.rules.retentionYears,
  );
  let meetingsDeleted = 0;
  /** A page at a time: what is deleted drops out of the next page; a page deleting nothing ends it. */
  for (;;) {
    const page = await deps.meetings.listOlderThan(board.id, cutoff, MEETING_PAGE);
    let deleted = 0;
    for (const meeting of page.filter((m) => isMeetingExpired(m, cutoff))) {
      /** Its frozen minutes first: a sweep stopped between the two finds the meeting again. */
      if (meeting.minutesApproval !== undefined)
        await deps.approvedMinutes.remove(board.id, meeting.id);
      if (await store.deleteMeeting(board.id, meeting.id)) deleted += 1;
    }
    meetingsDeleted += deleted;
    if (page.length < MEETING_PAGE || deleted === 0) break;
  }
  const actionsDeleted = await deleteExpiredActions(store, board, cutoff);
  const auditTrimmed = await store.trimAudit(board.tenantId, board.id, `${cutoff}T00:00:00.000Z`);
  if (meetingsDeleted + actionsDeleted + auditTrimmed > 0)
    await recordAudit(deps, board, RETENTION_ACTOR, {
      verb: 'retention.sweep',
      subject: board.id,
      outcome: 'done',
      after: { cutoff, meetingsDeleted, actionsDeleted, auditTrimmed },
    });
  report.meetingsDeleted += meetingsDeleted;
  report.actionsDeleted += actionsDeleted;
  report.auditTrimmed += auditTrimmed;
};

/**
 * Deletes what each board's retention period (rules.retentionYears, default 7) no longer allows:
 * meetings dated before the cutoff (with their agenda, attendance, notes and decisions), completed
 * or closed actions last changed before it; old audit entries keep who, what, when and the outcome
 * but lose their before/after detail. Open actions are kept. Every instance may run it: deletes of
 * what is already gone are not errors. Reminders of a deleted action cancel themselves when due.
 */
export const sweepRetention = async (
  deps: Pick<Deps, 'meetings' | 'actions' | 'audit' | 'clock' | 'approvedMinutes'>,
  store: RetentionStore,
): Promise<RetentionReport> => {
  const report: RetentionReport = {
    boards: 0,
    meetingsDeleted: 0,
    actionsDeleted: 0,
    auditTrimmed: 0,
    failed: 0,
  };
  for (const board of await store.listBoards()) {
    report.boards += 1;
    try {
      await sweepBoard(deps, store, board, report);
    } catch {
      report.failed += 1;
    }
  }
  return report;
};

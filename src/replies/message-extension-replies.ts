import { randomUUID } from 'node:crypto';
import type { AdaptiveCard } from '../cards/card-types.js';
import { renderActionCard, renderActionLogCard } from '../cards/render-action-card.js';
import { renderAgendaCard } from '../cards/render-agenda-card.js';
import { renderActionDialogCard } from '../cards/render-capture-cards.js';
import { renderSummaryCard } from '../cards/render-summary-card.js';
import { ownerInitials } from '../domain/action.js';
import { askedInDialog, dialogDueProblem } from './dialog-due.js';
import { formatMinuteDate } from '../domain/zoned-time.js';
import type { Board } from '../domain/board.js';
import type { Audience } from '../domain/disclosure.js';
import { disclosureView } from '../domain/disclosure.js';
import { isDomainError } from '../domain/domain-error.js';
import { todayIn } from '../domain/parse-when.js';
import { evaluateQuorum } from '../domain/quorum.js';
import { boardsOfPerson } from '../services/boards-of-person.js';
import { captureAction } from '../services/capture-action.js';
import type { SearchQuery } from '../services/search-boards.js';
import { searchBoards } from '../services/search-boards.js';
import type { ReplyContext } from './reply-context.js';
import type { Turn } from './turn.js';
import { findDisclosureMeetings } from '../services/find-disclosure-meetings.js';
import { meetingsOf } from './meetings-of.js';

/** A card to insert, with the preview Teams lists it under. */
export type InsertCard = { card: AdaptiveCard; title: string; subtitle: string };

/** The answer to the "Record an action" dialog: the dialog again, a card to insert, or a line. */
export type ActionDialogAnswer =
  | { kind: 'dialog'; card: AdaptiveCard }
  | { kind: 'insert'; insert: InsertCard }
  | { kind: 'message'; text: string };

/** An insert can land in any chat: it shows only what any chat may read. */
const INSERT: Audience = { kind: 'insert' };

const boardsFor = async (bot: ReplyContext, turn: Turn): Promise<Board[]> => {
  const resolved = await turn.board();
  return boardsOfPerson(bot.deps, {
    tenantId: turn.tenantId,
    aadObjectId: turn.actor.aadObjectId,
    ...(resolved.kind === 'board' && { current: resolved.board }),
  });
};

/** Opens "Record an action" with the message's text. */
export const openActionDialogReply = async (
  bot: ReplyContext,
  turn: Turn,
  text: string,
): Promise<ActionDialogAnswer> => {
  const boards = await boardsFor(bot, turn);
  if (boards.length === 0)
    return {
      kind: 'message',
      text: 'You are not a member of any board yet. A chair or coordinator can add you.',
    };
  return {
    kind: 'dialog',
    card: renderActionDialogCard({
      text,
      boards: boards.map((b) => ({ id: b.id, name: b.name })),
      requestId: randomUUID(),
    }),
  };
};

/** What the dialog sent: checked by the route against its schema (undefined when it failed). */
export type ActionDialogData = {
  text: string;
  owners: string;
  due?: string;
  boardId?: string;
  requestId: string;
};

/**
 * Saves the action the dialog describes and answers with its card to insert, or with the dialog
 * again and the problems (nothing saved; a retry keeps its request id, so it is saved once).
 */
export const submitActionDialogReply = async (
  bot: ReplyContext,
  turn: Turn,
  input: { raw: Record<string, unknown>; data: ActionDialogData | undefined },
): Promise<ActionDialogAnswer> => {
  const { raw, data } = input;
  const boards = await boardsFor(bot, turn);
  /** The dialog again; a date question puts its guess in the due box and the text without it. */
  const retry = (problems: string[], dueBox?: string, textBox?: string): ActionDialogAnswer => ({
    kind: 'dialog',
    card: renderActionDialogCard({
      text: textBox ?? (typeof raw.text === 'string' ? raw.text : ''),
      ...(typeof raw.owners === 'string' && { owners: raw.owners }),
      ...(dueBox !== undefined ? { due: dueBox } : typeof raw.due === 'string' && { due: raw.due }),
      boards: boards.map((b) => ({ id: b.id, name: b.name })),
      ...(typeof raw.boardId === 'string' && { boardId: raw.boardId }),
      requestId:
        typeof raw.requestId === 'string' && raw.requestId !== '' ? raw.requestId : randomUUID(),
      problems,
    }),
  });
  if (data === undefined) return retry(['Write the action and who owns it.']);
  const board = boards.find((b) => b.id === (data.boardId ?? boards[0]?.id));
  if (board === undefined) return retry(['Choose one of your boards.']);
  const today = todayIn(bot.deps.clock.now(), board.rules.timeZone);
  const due = (data.due ?? '').trim();
  const dueProblem = due === '' ? undefined : dialogDueProblem(due, today, board.rules.timeZone);
  if (dueProblem !== undefined) return retry([dueProblem.problem], dueProblem.due);
  const spec = `${data.owners} to ${data.text.replace(/\s+/g, ' ')}${due === '' ? '' : ` by ${due}`}`;
  try {
    const found = await meetingsOf(bot, turn, board);
    const result = await captureAction(bot.deps, {
      board,
      actor: turn.actor,
      spec,
      requestId: `me:${data.requestId}`,
      found,
    });
    if (!result.ok && 'question' in result) {
      const { ask, text } = result.question;
      return retry(
        [askedInDialog(ask)],
        ask.guess === undefined ? '' : formatMinuteDate(ask.guess),
        text,
      );
    }
    if (!result.ok) return retry(result.problems.map((p) => p.message));
    const next = (await found.nextMeeting(undefined))?.date;
    const meetings = await findDisclosureMeetings(
      bot.deps,
      board,
      [result.action],
      [await found.meeting()],
    );
    const shown = disclosureView(INSERT, board.rules, meetings).action(result.action);
    const card = renderActionCard({
      action: shown,
      boardName: board.name,
      today,
      ...(next !== undefined && { nextMeeting: next }),
      canUpdate: false,
      canManage: false,
    });
    return {
      kind: 'insert',
      insert: { card, title: `Action ${shown.number}`, subtitle: shown.text },
    };
  } catch (error) {
    if (isDomainError(error)) return retry([error.userMessage]);
    throw error;
  }
};

/** The search box of the message extension: cards to insert, at most 25. */
export const searchBoardsReply = async (
  bot: ReplyContext,
  turn: Turn,
  query: SearchQuery,
): Promise<InsertCard[]> => {
  const hits = await searchBoards(bot.deps, {
    tenantId: turn.tenantId,
    aadObjectId: turn.actor.aadObjectId,
    query,
    audience: INSERT,
  });
  const { wants } = query;
  const cards: InsertCard[] = [];
  for (const { board, today, actions, meetings, meetingActions } of hits) {
    const dates = { today };
    if (actions.length > 1 && !wants('meetings')) {
      cards.push({
        card: renderActionLogCard({
          title: `${board.name}: ${query.raw === '' ? 'open actions' : query.raw}`,
          boardName: board.name,
          actions,
          ...dates,
        }),
        title: `Action log (${actions.length})`,
        subtitle: board.name,
      });
    }
    if (!wants('meetings')) {
      for (const a of actions.slice(0, 10)) {
        cards.push({
          card: renderActionCard({
            action: a,
            boardName: board.name,
            ...dates,
            canUpdate: false,
            canManage: false,
          }),
          title: `Action ${a.number}${a.reference === undefined ? '' : ` (${a.reference})`}`,
          subtitle: `${ownerInitials(a.owners)} · ${a.text}`,
        });
      }
    }
    if (!wants('actions')) {
      for (const m of meetings) {
        cards.push({
          card:
            m.status === 'planned'
              ? renderAgendaCard({ board, meeting: m, canManage: false })
              : renderSummaryCard({
                  board,
                  meeting: m,
                  quorum: evaluateQuorum(board, m.attendance, m.date),
                  actions: meetingActions.filter((a) => a.meetingId === m.id),
                  forChannel: true,
                  redacted: m.agenda.some((i) => i.confidential),
                  canPost: false,
                }),
          title: m.title,
          subtitle: `${m.date} · ${board.name}`,
        });
      }
    }
  }
  return cards.slice(0, 25);
};

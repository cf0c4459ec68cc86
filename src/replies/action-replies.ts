import {
  renderActionCard,
  renderActionHistoryCard,
  renderActionLogCard,
} from '../cards/render-action-card.js';
import { renderOwnerProblemCard } from '../cards/render-capture-cards.js';
import type { Action } from '../domain/action.js';
import type { ActionChange } from '../domain/apply-action-change.js';
import type { Mention } from '../domain/resolve-owners.js';
import { ownsAction } from '../domain/action.js';
import type { Board } from '../domain/board.js';
import { canManageBoard, findMemberByAad } from '../domain/board.js';
import { DomainError } from '../domain/domain-error.js';
import type { Audience } from '../domain/disclosure.js';
import { disclosureView } from '../domain/disclosure.js';
import type { ActionId } from '../domain/ids.js';
import type { ChosenDue } from '../domain/action-capture.js';
import { parseDue } from '../domain/action-capture.js';
import { todayIn } from '../domain/parse-when.js';
import { captureAction } from '../services/capture-action.js';
import { capturedMessage, dueQuestionReply } from './due-question-reply.js';
import { findDisclosureMeetings } from '../services/find-disclosure-meetings.js';
import type { ActionRef } from '../services/change-action.js';
import { changeAction, requireAction } from '../services/change-action.js';
import { listActions, parseActionFilter } from '../services/list-actions.js';
import type { Versioned } from '../services/ports.js';
import { withBoard } from './board-replies.js';
import { downloadLink } from './download-link.js';
import { meetingsOf } from './meetings-of.js';
import { myActionsReply } from './my-actions-reply.js';
import type { ReplyContext } from './reply-context.js';
import type { Reply } from './reply.js';
import { cardReply, replyOnDomainError, textReply } from './reply.js';
import { answerRestricted, turnAudience } from './restricted-answer.js';
import type { Turn } from './turn.js';

const nameMap = (board: Board): Map<string, string> =>
  new Map(
    board.members.flatMap((m) =>
      m.aadObjectId === undefined ? [] : [[m.aadObjectId, `${m.name} (${m.initials})`] as const],
    ),
  );

/** The action card as this person may use it. */
export const actionCardFor = async (
  bot: ReplyContext,
  turn: Turn,
  board: Board,
  action: Action,
  message?: string,
): Promise<Reply> => {
  const today = todayIn(bot.deps.clock.now(), board.rules.timeZone);
  const found = await meetingsOf(bot, turn, board);
  const next = (await found.nextMeeting(undefined))?.date;
  const meetings = await findDisclosureMeetings(bot.deps, board, [action], [await found.meeting()]);
  const canManage = canManageBoard(board, turn.actor.aadObjectId);
  const owner = ownsAction(
    action,
    findMemberByAad(board, turn.actor.aadObjectId),
    turn.actor.aadObjectId,
  );
  /** Its owner may read it privately even when they are not a member; a chat reads it redacted. */
  const audience = turnAudience(board, turn, owner ? { actionIds: [action.id] } : {});
  return cardReply(
    renderActionCard({
      action: disclosureView(audience, board.rules, meetings).action(action),
      boardName: board.name,
      today,
      ...(next !== undefined && { nextMeeting: next }),
      canUpdate: canManage || owner,
      canManage,
      names: nameMap(board),
      ...(message !== undefined && { message }),
    }),
  );
};

/**
 * The board an action card is about, and the action as read there (once, with its ETag, so a change
 * goes out without reading it again). The turn's board comes first: the one the card names when the
 * clicker may use it (one point read, in any chat, however many boards they are on), else the
 * conversation's or the sender's. Only when the action is not there (a card posted before cards
 * named their board, or inserted into another board's chat) are the clicker's other boards tried,
 * one by one.
 */
export const withActionBoard = (
  bot: ReplyContext,
  turn: Turn,
  actionId: string,
  work: (board: Board, action: Versioned<Action>) => Promise<Reply>,
): Promise<Reply> =>
  replyOnDomainError(async () => {
    const find = (board: Board) => bot.deps.actions.findVersioned(board.id, actionId as ActionId);
    const resolved = await turn.board();
    const first = resolved.kind === 'board' ? resolved.board : undefined;
    if (first !== undefined) {
      const found = await find(first);
      if (found !== undefined) return work(first, found);
    }
    /** "choose" lists the sender's boards already; "none" in a personal chat means there are none. */
    const others =
      resolved.kind === 'choose'
        ? resolved.boards
        : resolved.kind === 'none' && turn.kind === 'personal'
          ? []
          : await bot.deps.boards.listForMember(turn.tenantId, turn.actor.aadObjectId);
    for (const board of others.filter((b) => b.id !== first?.id)) {
      const found = await find(board);
      if (found !== undefined) return work(board, found);
    }
    return textReply('That action is not on a board you belong to.');
  });

export const captureReply = (
  bot: ReplyContext,
  turn: Turn,
  input: {
    spec: string;
    mentions?: Mention[];
    requestId?: string;
    meetingId?: string;
    /** The answer to a date question (replies/due-question-reply.ts). */
    due?: ChosenDue;
    itemId?: string;
  },
  board?: Board,
): Promise<Reply> => {
  const work = async (b: Board): Promise<Reply> => {
    const result = await captureAction(bot.deps, {
      board: b,
      actor: turn.actor,
      found: await meetingsOf(bot, turn, b),
      spec: input.spec,
      ...(input.mentions !== undefined && { mentions: input.mentions }),
      ...(input.requestId !== undefined && { requestId: input.requestId }),
      ...(input.meetingId !== undefined && { meetingId: input.meetingId }),
      ...(input.due !== undefined && { due: input.due }),
      ...(input.itemId !== undefined && { itemId: input.itemId }),
    });
    if (!result.ok && 'question' in result)
      return dueQuestionReply(b, result.question, input.requestId ?? bot.deps.ids.next());
    if (!result.ok) {
      const to = / to /i.exec(input.spec);
      return cardReply(
        renderOwnerProblemCard({
          problems: result.problems,
          owners: to === null ? input.spec : input.spec.slice(0, to.index).trim(),
          rest: to === null ? '' : input.spec.slice(to.index + 4).trim(),
          requestId: input.requestId ?? `${turn.conversationId}:${Date.now()}`,
        }),
      );
    }
    return actionCardFor(
      bot,
      turn,
      b,
      result.action,
      /** A repeated confirm (Teams resends, or a second tap) gets the answer the first one got. */
      capturedMessage(b, result.action, {
        created: result.created,
        answered: input.due !== undefined,
      }),
    );
  };
  return board === undefined ? withBoard(turn, work) : replyOnDomainError(() => work(board));
};

export const actionsReply = (bot: ReplyContext, turn: Turn, filterText: string): Promise<Reply> => {
  const filter = parseActionFilter(filterText);
  if ('problem' in filter) return Promise.resolve(textReply(filter.problem));
  /** In a personal chat "mine" means on every board: one query, however many boards. */
  if (filter.kind === 'mine' && turn.kind === 'personal') return myActionsReply(bot, turn);
  return withBoard(turn, async (board) => {
    const list = await listActions(bot.deps, { board, actor: turn.actor, filter, found: turn });
    const meetings = await findDisclosureMeetings(bot.deps, board, list.actions, [
      await turn.meeting(),
    ]);
    /** A CSV link in a chat opens for anyone who clicks it: there it is the public version. */
    const csvUrl = (audience: Audience) =>
      downloadLink(bot, board, {
        kind: 'actions.csv',
        aadObjectId: turn.actor.aadObjectId,
        ...(audience.kind !== 'member' && { version: 'public' as const }),
      });
    return answerRestricted(bot, turn, board, (audience, note) =>
      renderActionLogCard({
        title: note === undefined ? list.title : `${list.title} — ${note}`,
        boardName: board.name,
        actions: list.actions.map(disclosureView(audience, board.rules, meetings).action),
        total: list.total,
        today: list.today,
        ...(list.nextMeeting !== undefined && { nextMeeting: list.nextMeeting }),
        csvUrl: csvUrl(audience),
      }),
    );
  });
};

const CHANGED: Record<ActionChange['kind'], string> = {
  update: 'Update added.',
  done: 'Marked complete.',
  reopen: 'Reopened.',
  close: 'Closed.',
  due: 'Due date revised; the old date is kept in the history.',
  assign: 'Reassigned.',
  propose: 'New date proposed to the chair and coordinators.',
  decideProposal: 'Done.',
  disown: 'Thanks: the coordinators have been told it is not yours, and will reassign it.',
  confidential: 'Done: who may read it follows.',
};

export type ChangeInput =
  | ActionChange
  | { kind: 'assignText'; owners: string }
  | { kind: 'dueText'; date: string; propose?: boolean };

/** Any change to an action, by number (commands) or id (cards); answers with the action card. */
export const changeReply = (
  bot: ReplyContext,
  turn: Turn,
  ref: ActionRef,
  input: ChangeInput,
  options: { expectedRevision?: number; board?: Board; current?: Versioned<Action> } = {},
): Promise<Reply> => {
  const work = async (board: Board): Promise<Reply> => {
    let change: ActionChange | { kind: 'assignText'; owners: string };
    if (input.kind === 'dueText') {
      const known = options.current?.value;
      const action =
        known !== undefined && 'actionId' in ref && known.id === ref.actionId
          ? known
          : await requireAction(bot.deps, board, ref);
      const today = todayIn(bot.deps.clock.now(), board.rules.timeZone);
      const next = await (await meetingsOf(bot, turn, board)).nextMeeting(undefined);
      const parsed = parseDue(input.date, action.due ?? today, board.rules.timeZone, next?.date);
      if (!parsed.ok) throw new DomainError('INVALID_INPUT', parsed.message);
      if (parsed.due === undefined)
        throw new DomainError('INVALID_INPUT', 'The next meeting has no date yet: give a date.');
      change =
        input.propose === true
          ? { kind: 'propose', date: parsed.due }
          : {
              kind: 'due',
              date: parsed.due,
              ...(parsed.atNextMeeting && next !== undefined && { meetingId: next.meetingId }),
            };
    } else {
      change = input;
    }
    const result = await changeAction(bot.deps, {
      board,
      actor: turn.actor,
      ref,
      change,
      ...(options.expectedRevision !== undefined && { expectedRevision: options.expectedRevision }),
      ...(options.current !== undefined && { current: options.current }),
    });
    if (result.changed) bot.kickReminders?.();
    const kind = change.kind === 'assignText' ? 'assign' : change.kind;
    /** A retried click whose change had landed gets the same answer as the click that landed. */
    const message = result.alreadyApplied
      ? CHANGED[kind]
      : result.stale
        ? 'This card was out of date, so nothing was changed. Here is the action as it is now.'
        : result.changed
          ? CHANGED[kind]
          : 'Nothing to change.';
    return actionCardFor(bot, turn, board, result.action, message);
  };
  return options.board === undefined
    ? withBoard(turn, work)
    : replyOnDomainError(() => work(options.board as Board));
};

export const historyReply = (bot: ReplyContext, turn: Turn, actionId: string): Promise<Reply> =>
  withActionBoard(bot, turn, actionId, async (board, { value: action }) => {
    const today = todayIn(bot.deps.clock.now(), board.rules.timeZone);
    const owner = ownsAction(
      action,
      findMemberByAad(board, turn.actor.aadObjectId),
      turn.actor.aadObjectId,
    );
    const shown = disclosureView(
      turnAudience(board, turn, owner ? { actionIds: [action.id] } : {}),
      board.rules,
      await findDisclosureMeetings(bot.deps, board, [action]),
    ).action(action);
    return Promise.resolve(
      cardReply(
        renderActionHistoryCard({
          action: shown,
          boardName: board.name,
          today,
          canUpdate: false,
          canManage: false,
          names: nameMap(board),
        }),
      ),
    );
  });

import type { Audience } from '../../domain/disclosure.js';
import { disclosureView } from '../../domain/disclosure.js';
import { randomUUID } from 'node:crypto';
import type { Application } from '@microsoft/teams-ai';
import type {
  MessagingExtensionAttachment,
  MessagingExtensionResult,
  TaskModuleTaskInfo,
  TurnContext,
} from 'botbuilder';
import { CardFactory } from 'botbuilder';
import { z } from 'zod';
import type { AdaptiveCard } from '../../cards/card-types.js';
import { renderActionCard, renderActionLogCard } from '../../cards/render-action-card.js';
import { renderAgendaCard } from '../../cards/render-agenda-card.js';
import { renderSummaryCard } from '../../cards/render-summary-card.js';
import { evaluateQuorum } from '../../domain/quorum.js';
import { renderActionDialogCard } from '../../cards/render-capture-cards.js';
import { isOpen, isOverdue, ownerInitials } from '../../domain/action.js';
import { parseDue } from '../../domain/action-capture.js';
import type { Board } from '../../domain/board.js';
import { isDomainError } from '../../domain/domain-error.js';
import { todayIn } from '../../domain/parse-when.js';
import { nextMeetingDate } from '../../domain/next-meeting.js';
import { captureAction } from '../../services/capture-action.js';
import { resolveBoard } from '../../services/resolve-board.js';
import { plainText } from '../activity-text.js';
import type { BotContext } from '../bot-context.js';
import { cardAttachment } from '../card-message.js';
import { buildTurn } from '../build-turn.js';
import type { Turn } from '../../replies/turn.js';

/** Manifest command ids (appPackage/manifest.json `composeExtensions[].commands[].id`). */
export const MESSAGE_EXTENSION_COMMANDS = {
  createAction: 'createAction',
  searchBoard: 'searchBoard',
} as const;

const SubmitSchema = z.object({
  text: z.string().trim().min(1).max(2000),
  owners: z.string().trim().min(1).max(300),
  due: z.string().max(100).optional(),
  boardId: z.string().max(100).optional(),
  requestId: z.string().min(1).max(100),
});

/** Boards this person may capture on: this conversation's, else the ones they belong to. */
const boardsFor = async (bot: BotContext, turn: Turn): Promise<Board[]> => {
  const resolved = await resolveBoard(bot.deps, {
    tenantId: turn.tenantId,
    conversationId: turn.conversationId,
    kind: turn.kind,
    actorAadObjectId: turn.actor.aadObjectId,
  });
  const mine = await bot.deps.boards.listForMember(turn.tenantId, turn.actor.aadObjectId);
  return resolved.kind === 'board'
    ? [resolved.board, ...mine.filter((b) => b.id !== resolved.board.id)]
    : mine;
};

const dialog = (card: AdaptiveCard): TaskModuleTaskInfo => ({
  title: 'Record an action',
  card: cardAttachment(card),
  width: 'medium',
  height: 'large',
});

const INSERT: Audience = { kind: 'insert' };

const withPreview = (
  card: AdaptiveCard,
  title: string,
  subtitle: string,
): MessagingExtensionAttachment => ({
  ...cardAttachment(card),
  preview: CardFactory.thumbnailCard(title, subtitle),
});

const messageText = (context: TurnContext): string => {
  const payload = (
    context.activity.value as { messagePayload?: { body?: { content?: unknown } } } | undefined
  )?.messagePayload;
  return typeof payload?.body?.content === 'string'
    ? plainText(payload.body.content.replace(LEADING_MENTION, '$1')).slice(0, 2000)
    : '';
};

/** "@Quorate note …": the @mention a message starts with is an address, not part of the action. */
const LEADING_MENTION = /^(\s*(?:<p>|<div>)?)\s*<at\b[^>]*>[^<]*<\/at>\s*/i;

/** "Record an action" from any message's "…" menu or the compose box, and board search. */
export const registerMessageExtensionRoutes = (app: Application, bot: BotContext): void => {
  app.messageExtensions.fetchTask(MESSAGE_EXTENSION_COMMANDS.createAction, async (context) => {
    const turn = buildTurn(context, bot);
    if (turn === undefined) return 'I could not tell who you are.';
    const boards = await boardsFor(bot, turn);
    if (boards.length === 0)
      return 'You are not a member of any board yet. A chair or coordinator can add you.';
    return dialog(
      renderActionDialogCard({
        text: messageText(context),
        boards: boards.map((b) => ({ id: b.id, name: b.name })),
        requestId: randomUUID(),
      }),
    );
  });

  app.messageExtensions.submitAction(
    MESSAGE_EXTENSION_COMMANDS.createAction,
    async (context, _state, data: Record<string, unknown>) => {
      const turn = buildTurn(context, bot);
      if (turn === undefined) return 'I could not tell who you are, so nothing was saved.';
      const boards = await boardsFor(bot, turn);
      const choices = boards.map((b) => ({ id: b.id, name: b.name }));
      const parsed = SubmitSchema.safeParse(data);
      const retry = (problems: string[]) =>
        dialog(
          renderActionDialogCard({
            text: typeof data.text === 'string' ? data.text : '',
            ...(typeof data.owners === 'string' && { owners: data.owners }),
            ...(typeof data.due === 'string' && { due: data.due }),
            boards: choices,
            ...(typeof data.boardId === 'string' && { boardId: data.boardId }),
            requestId:
              typeof data.requestId === 'string' && data.requestId !== ''
                ? data.requestId
                : randomUUID(),
            problems,
          }),
        );
      if (!parsed.success) return retry(['Write the action and who owns it.']);
      const board = boards.find((b) => b.id === (parsed.data.boardId ?? boards[0]?.id));
      if (board === undefined) return retry(['Choose one of your boards.']);
      const due = (parsed.data.due ?? '').trim();
      /** An unreadable date is sent back before anything is saved (a retry keeps its request id). */
      if (due !== '') {
        const read = parseDue(
          due,
          todayIn(bot.deps.clock.now(), board.rules.timeZone),
          board.rules.timeZone,
          undefined,
        );
        if (!read.ok)
          return retry([
            `I could not read "${due}" as a date: write it like 31/03/27, "end of March" or "next meeting".`,
          ]);
      }
      const spec = `${parsed.data.owners} to ${parsed.data.text.replace(/\s+/g, ' ')}${due === '' ? '' : ` by ${due}`}`;
      try {
        const result = await captureAction(bot.deps, {
          board,
          actor: turn.actor,
          spec,
          requestId: `me:${parsed.data.requestId}`,
        });
        if (!result.ok) return retry(result.problems.map((p) => p.message));
        const today = todayIn(bot.deps.clock.now(), board.rules.timeZone);
        const meetings = await bot.deps.meetings.listForBoard(board.id);
        const next = nextMeetingDate(meetings, undefined, today);
        /** The card goes into whatever chat the compose box belongs to. */
        const shown = disclosureView(INSERT, board.rules, meetings).action(result.action);
        const card = renderActionCard({
          action: shown,
          boardName: board.name,
          today,
          ...(next !== undefined && { nextMeeting: next }),
          canUpdate: false,
          canManage: false,
        });
        const result2: MessagingExtensionResult = {
          type: 'result',
          attachmentLayout: 'list',
          attachments: [withPreview(card, `Action ${shown.number}`, shown.text)],
        };
        return result2;
      } catch (error) {
        if (isDomainError(error)) return retry([error.userMessage]);
        throw error;
      }
    },
  );

  app.messageExtensions.query(
    MESSAGE_EXTENSION_COMMANDS.searchBoard,
    async (context, _state, query) => {
      const turn = buildTurn(context, bot);
      const empty: MessagingExtensionResult = {
        type: 'result',
        attachmentLayout: 'list',
        attachments: [],
      };
      if (turn === undefined) return empty;
      const parameters = query.parameters as Record<string, unknown>;
      const raw = Object.values(parameters).find((v): v is string => typeof v === 'string') ?? '';
      const words = raw
        .toLowerCase()
        .split(/\s+/)
        .filter((w) => w !== '' && w !== 'true');
      const wants = (w: string): boolean => words.includes(w);
      const terms = words.filter(
        (w) =>
          ![
            'open',
            'overdue',
            'done',
            'completed',
            'closed',
            'actions',
            'meetings',
            'all',
          ].includes(w),
      );
      const boards = await bot.deps.boards.listForMember(turn.tenantId, turn.actor.aadObjectId);
      const attachments: MessagingExtensionAttachment[] = [];
      for (const board of boards) {
        const today = todayIn(bot.deps.clock.now(), board.rules.timeZone);
        const [stored, storedMeetings] = await Promise.all([
          bot.deps.actions.listForBoard(board.id),
          bot.deps.meetings.listForBoard(board.id),
        ]);
        /** An insert can land in any chat: search and show only what any chat may read. */
        const see = disclosureView(INSERT, board.rules, storedMeetings);
        const actions = stored.map(see.action);
        const meetings = storedMeetings.map(see.meeting);
        const next = nextMeetingDate(meetings, undefined, today);
        const matches = actions.filter((a) => {
          if (wants('overdue') && !isOverdue(a, today)) return false;
          if (wants('open') && !isOpen(a)) return false;
          if ((wants('done') || wants('completed')) && a.status !== 'completed') return false;
          if (wants('closed') && a.status !== 'closed') return false;
          const haystack =
            `${a.number} ${a.text} ${ownerInitials(a.owners)} ${a.owners.map((o) => o.name).join(' ')} ${a.reference ?? ''}`.toLowerCase();
          return terms.every((t) => haystack.includes(t));
        });
        if (matches.length > 1 && !wants('meetings')) {
          const title = `${board.name}: ${raw.trim() === '' ? 'open actions' : raw.trim()}`;
          attachments.push(
            withPreview(
              renderActionLogCard({
                title,
                boardName: board.name,
                actions: matches,
                today,
                ...(next !== undefined && { nextMeeting: next }),
              }),
              `Action log (${matches.length})`,
              board.name,
            ),
          );
        }
        if (!wants('meetings')) {
          for (const a of matches.slice(0, 10)) {
            attachments.push(
              withPreview(
                renderActionCard({
                  action: a,
                  boardName: board.name,
                  today,
                  ...(next !== undefined && { nextMeeting: next }),
                  canUpdate: false,
                  canManage: false,
                }),
                `Action ${a.number}${a.reference === undefined ? '' : ` (${a.reference})`}`,
                `${ownerInitials(a.owners)} · ${a.text}`,
              ),
            );
          }
        }
        if (!wants('actions')) {
          for (const m of meetings
            .filter((m) => terms.every((t) => `${m.title} ${m.date}`.toLowerCase().includes(t)))
            .slice(-5)) {
            attachments.push(
              withPreview(
                m.status === 'planned'
                  ? renderAgendaCard({
                      board,
                      meeting: m,
                      canManage: false,
                    })
                  : renderSummaryCard({
                      board,
                      meeting: m,
                      quorum: evaluateQuorum(board, m.attendance, m.date),
                      actions: actions.filter((a) => a.meetingId === m.id),
                      forChannel: true,
                      redacted: m.agenda.some((i) => i.confidential),
                      canPost: false,
                    }),
                m.title,
                `${m.date} · ${board.name}`,
              ),
            );
          }
        }
      }
      return { type: 'result', attachmentLayout: 'list', attachments: attachments.slice(0, 25) };
    },
  );
};

import { COMMAND_CATALOGUE } from '../commands/command-catalogue.js';
import { renderHelpCard } from '../cards/render-help-card.js';
import { renderMembersCard } from '../cards/render-members-card.js';
import { findMemberReach } from '../services/find-member-reach.js';
import { renderBoardExistsCard, renderSetupResultCard } from '../cards/render-setup-result-card.js';
import type { Board } from '../domain/board.js';
import { canManageBoard } from '../domain/board.js';
import { addAgency } from '../services/add-agency.js';
import { boardIdFor } from '../services/board-id-for.js';
import { importMembers } from '../services/import-members.js';
import { setupBoard } from '../services/setup-board.js';
import { inviteesToPropose } from '../services/confirm-invitees.js';
import { renderAgencyOfferCard } from '../cards/render-agency-offer-card.js';
import { replaceableDefault } from '../domain/agency-changes.js';
import { isMeetingChat } from '../domain/is-meeting-chat.js';
import type { RosterPerson } from '../domain/board-members.js';
import { errorKind } from '../log.js';
import type { ReplyContext } from './reply-context.js';
import type { Reply } from './reply.js';
import { cardReply, replyOnDomainError, textReply } from './reply.js';
import type { Turn } from './turn.js';

/**
 * The chat's people, or none when Teams will not tell (the bot lacks the permission, or the
 * service is unreachable): setup still works and says so.
 */
const rosterOrNone = async (
  bot: ReplyContext,
  turn: Turn,
): Promise<{ people: RosterPerson[]; read: boolean }> => {
  try {
    return { people: await turn.roster(), read: true };
  } catch (error) {
    bot.log.warn('roster.unavailable', { error: errorKind(error) });
    return { people: [], read: false };
  }
};

const NO_BOARD =
  'There is no board here yet. A chair or coordinator sets one up by typing "setup <board name>" in the board’s channel or group chat.';

/** Runs `work` with the board this turn is about, or explains why there is none. */
export const withBoard = async (
  turn: Turn,
  work: (board: Board) => Promise<Reply>,
): Promise<Reply> =>
  replyOnDomainError(async () => {
    const resolved = await turn.board();
    switch (resolved.kind) {
      case 'board':
        return work(resolved.board);
      case 'none':
        return textReply(NO_BOARD);
      case 'choose':
        return textReply(
          `You are on ${resolved.boards.length} boards (${resolved.boards.map((b) => b.name).join('; ')}). Use this command in that board’s channel or group chat.`,
        );
    }
  });

/** Runs `work` with every board this turn may be about (a personal chat: all the person's). */
export const withBoards = async (
  turn: Turn,
  work: (boards: Board[]) => Promise<Reply>,
): Promise<Reply> =>
  replyOnDomainError(async () => {
    const resolved = await turn.board();
    switch (resolved.kind) {
      case 'board':
        return work([resolved.board]);
      case 'none':
        return textReply(NO_BOARD);
      case 'choose':
        return work(resolved.boards);
    }
  });

export const helpReply = async (turn: Turn): Promise<Reply> => {
  const resolved = await turn.board();
  const board = resolved.kind === 'board' ? resolved.board : undefined;
  return cardReply(
    renderHelpCard({
      ...(board !== undefined && { boardName: board.name }),
      canManage:
        board === undefined
          ? turn.kind !== 'personal'
          : canManageBoard(board, turn.actor.aadObjectId),
      inPersonalChat: turn.kind === 'personal',
      entries: COMMAND_CATALOGUE,
    }),
  );
};

/** The member list; the chair and coordinators also see who Quorate cannot message personally, and why. */
export const membersReply = (bot: ReplyContext, turn: Turn): Promise<Reply> =>
  withBoard(turn, async (board) => {
    const canManage = canManageBoard(board, turn.actor.aadObjectId);
    return cardReply(
      renderMembersCard(board, {
        canManage,
        ...(canManage && { reach: await findMemberReach(bot.deps, board) }),
      }),
    );
  });

/**
 * `setup` and the setup dialog. Without a name on a conversation that has a board, it only shows
 * the board and offers to add the chat's people; it never creates a second board.
 */
export const setupReply = (
  bot: ReplyContext,
  turn: Turn,
  input: { name?: string; withStatutoryPartners?: boolean },
): Promise<Reply> =>
  replyOnDomainError(async () => {
    if (turn.kind === 'personal') {
      return textReply(
        'A board belongs to a channel or group chat: run "setup <board name>" there, mentioning @Quorate.',
      );
    }
    const existing = await bot.deps.boards.findById(
      turn.tenantId,
      boardIdFor(turn.tenantId, turn.conversationId),
    );
    if (existing !== undefined && input.name === undefined)
      return cardReply(renderBoardExistsCard(existing));
    if (existing === undefined && input.name === undefined) {
      return textReply(
        'Give the board a name: "setup <board name>", e.g. "setup Executive Planning Meeting".',
      );
    }
    return setUpWithRoster(bot, turn, {
      conversation: {
        id: turn.conversationId,
        kind: turn.kind,
        serviceUrl: turn.serviceUrl,
        ...(turn.teamId !== undefined && { teamId: turn.teamId }),
      },
      ...(input.name !== undefined && { name: input.name }),
      ...(input.withStatutoryPartners !== undefined && {
        withStatutoryPartners: input.withStatutoryPartners,
      }),
    });
  });

/**
 * Sets up (or updates) the board with the chat's people and shows the result. A meeting invites
 * guests and presenters too: its people are proposed for the coordinator to confirm, never all added.
 */
const setUpWithRoster = async (
  bot: ReplyContext,
  turn: Turn,
  input: Pick<Parameters<typeof setupBoard>[1], 'conversation' | 'name' | 'withStatutoryPartners'>,
): Promise<Reply> => {
  const roster = await rosterOrNone(bot, turn);
  const propose = isMeetingChat(input.conversation.kind, input.conversation.id);
  const result = await setupBoard(bot.deps, {
    ...input,
    tenantId: turn.tenantId,
    actor: turn.actor,
    roster: propose ? [] : roster.people,
  });
  return cardReply(
    renderSetupResultCard({
      ...result,
      rosterRead: roster.read,
      ...(propose && {
        invitees: inviteesToPropose(result.board, roster.people, turn.actor.aadObjectId),
      }),
    }),
  );
};

/** "Add people from this chat": merges the roster into the board bound here. */
export const syncRosterReply = (bot: ReplyContext, turn: Turn): Promise<Reply> =>
  withBoard(turn, async (board) => {
    if (board.conversation.id !== turn.conversationId) {
      return textReply(
        `Add people from the board’s own channel or group chat, where "${board.name}" was set up.`,
      );
    }
    return setUpWithRoster(bot, turn, { conversation: board.conversation });
  });

export type ImportReply = { reply: Reply; problems: string[] };

export const importMembersReply = async (
  bot: ReplyContext,
  turn: Turn,
  table: string,
): Promise<ImportReply> => {
  let problems: string[] = [];
  const reply = await withBoard(turn, async (board) => {
    const result = await importMembers(bot.deps, { board, actor: turn.actor, table });
    if (!result.ok) {
      problems = result.problems.map((p) => `Line ${p.line}: ${p.message}`);
      return textReply(
        `Nothing was saved — please fix ${problems.length === 1 ? 'this line' : 'these lines'} and send the whole table again:\n\n${problems.join('\n\n')}`,
      );
    }
    const message = `Imported: ${result.added.length} added, ${result.updated.length} updated.`;
    return cardReply(renderMembersCard(result.board, { canManage: true, message }));
  });
  return { reply, problems };
};

export const agencyAddReply = (
  bot: ReplyContext,
  turn: Turn,
  agency: { code: string; name: string; statutory: boolean },
): Promise<Reply> =>
  withBoard(turn, async (board) => {
    const result = await addAgency(bot.deps, { board, actor: turn.actor, agency });
    const kind = result.agency.statutory
      ? 'a statutory partner'
      : 'a partner agency (not statutory)';
    const message = `${result.created ? 'Added' : 'Updated'} ${result.agency.code} — ${result.agency.name}, ${kind}. Members can now be imported with agency ${result.agency.code}.`;
    const replaceable = replaceableDefault(result.board, result.agency);
    return replaceable === undefined
      ? textReply(message)
      : cardReply(
          renderAgencyOfferCard({
            board: result.board,
            message,
            added: result.agency,
            replaceable,
          }),
        );
  });

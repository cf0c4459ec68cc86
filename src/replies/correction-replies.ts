import { renderNotesCard } from '../cards/render-notes-card.js';
import { entryItemInput, entryTextInput } from '../cards/entry-edit-menu.js';
import type { Command } from '../commands/command.js';
import type { Board } from '../domain/board.js';
import { canManageBoard } from '../domain/board.js';
import type { EntryCorrection, EntryRef } from '../domain/correct-entry.js';
import { discloseMeeting, disclosePolicyOf } from '../domain/disclosure.js';
import type { EntryKind } from '../domain/entry-numbers.js';
import { withEntryNumbers } from '../domain/entry-numbers.js';
import type { Meeting } from '../domain/meeting.js';
import type { ActionCorrection } from '../services/correct-action.js';
import { correctAction } from '../services/correct-action.js';
import type { EntryCorrectionOutcome } from '../services/correct-meeting-entry.js';
import { correctMeetingEntry } from '../services/correct-meeting-entry.js';
import { editItem } from '../services/edit-item.js';
import { findEntriesMeeting } from '../services/find-entries-meeting.js';
import { removeDeputy } from '../services/remove-deputy.js';
import { removeGuest } from '../services/remove-guest.js';
import { actionCardFor } from './action-replies.js';
import { registerCardFor } from './attendance-replies.js';
import { withBoard } from './board-replies.js';
import { agendaCardFor } from './meeting-replies.js';
import type { ReplyContext } from './reply-context.js';
import type { Reply } from './reply.js';
import { cardReply, textReply } from './reply.js';
import { titleFor, turnAudience } from './restricted-answer.js';
import type { Turn } from './turn.js';

/** The commands this file answers (issue 19: every mistake correctable). */
export type CorrectionCommand = Extract<
  Command,
  {
    kind:
      | 'notes'
      | 'entryCorrection'
      | 'actionDelete'
      | 'actionMove'
      | 'actionEdit'
      | 'itemEdit'
      | 'guestRemove'
      | 'deputyRemove';
  }
>;

const notesCardFor = (board: Board, turn: Turn, meeting: Meeting, message?: string): Reply =>
  cardReply(
    renderNotesCard({
      meeting: discloseMeeting(
        withEntryNumbers(meeting),
        turnAudience(board, turn),
        disclosePolicyOf(board.rules),
      ),
      canManage: canManageBoard(board, turn.actor.aadObjectId),
      ...(message !== undefined && { message }),
    }),
  );

/** "Note 3 on item 4 (Training) edited." — an item's title only where this chat may read it. */
const saidFor = (board: Board, turn: Turn, outcome: EntryCorrectionOutcome): string => {
  const c = outcome.corrected;
  if (c === undefined) return `Already done: ${outcome.said}.`;
  const title = (item: { id: string; title: string; confidential: boolean }): string =>
    titleFor(board, turn, item);
  const what = `${c.kind === 'note' ? 'Note' : 'Decision'} ${c.number}`;
  if (outcome.repeated) return `${what} already reads so: nothing changed.`;
  if (c.toItem !== undefined)
    return `${what} moved from item ${c.item.number} to item ${c.toItem.number} (${title(c.toItem)}).`;
  return `${what} on item ${c.item.number} (${title(c.item)}) ${outcome.said.endsWith('edited') ? 'edited' : 'removed'}.`;
};

const entryCorrectionReply = (
  bot: ReplyContext,
  turn: Turn,
  input: { kind: EntryKind; ref: EntryRef; correction: EntryCorrection; key?: string },
): Promise<Reply> =>
  withBoard(turn, async (board) => {
    const outcome = await correctMeetingEntry(bot.deps, {
      board,
      actor: turn.actor,
      found: turn,
      ...input,
    });
    return notesCardFor(board, turn, outcome.meeting, saidFor(board, turn, outcome));
  });

/** The agenda card's edit menu: the corrected agenda replaces the clicked card. */
export const entryMenuReply = (
  bot: ReplyContext,
  turn: Turn,
  data: { meetingId: string; entryId: string; kind: EntryKind } & Record<string, unknown>,
  op: EntryCorrection['op'],
): Promise<Reply> =>
  withBoard(turn, async (board) => {
    const field = (name: string): string => {
      const value = data[name];
      return typeof value === 'string' ? value : '';
    };
    const correction: EntryCorrection =
      op === 'edit'
        ? { op, text: field(entryTextInput(data.entryId)) }
        : op === 'move'
          ? { op, toItem: field(entryItemInput(data.entryId)) }
          : { op };
    if (correction.op === 'move' && correction.toItem === '')
      return textReply('Choose the item to move it to first.');
    const outcome = await correctMeetingEntry(bot.deps, {
      board,
      actor: turn.actor,
      kind: data.kind,
      ref: { entryId: data.entryId },
      correction,
      meetingId: data.meetingId,
    });
    return agendaCardFor(bot, turn, board, outcome.meeting, saidFor(board, turn, outcome));
  });

const actionCorrectionReply = (
  bot: ReplyContext,
  turn: Turn,
  number: number,
  correction: ActionCorrection,
): Promise<Reply> =>
  withBoard(turn, async (board) => {
    const { action, changed, said } = await correctAction(bot.deps, {
      board,
      actor: turn.actor,
      number,
      correction,
    });
    const text = said.charAt(0).toUpperCase() + said.slice(1);
    return actionCardFor(
      bot,
      turn,
      board,
      action,
      changed ? `${text}.` : `Nothing changed: ${said}.`,
    );
  });

/**
 * `notes`, `note|decision edit|remove|move …`, `action delete|move|edit …`, `item edit …`,
 * `guest remove …`, `deputy remove for …`. `messageId` makes a repeated chat message (Teams
 * re-sends) change nothing twice.
 */
export const correctionReply = (
  bot: ReplyContext,
  turn: Turn,
  command: CorrectionCommand,
  messageId?: string,
): Promise<Reply> => {
  switch (command.kind) {
    case 'notes':
      return withBoard(turn, async (board) =>
        notesCardFor(board, turn, await findEntriesMeeting(bot.deps, board, turn)),
      );
    case 'entryCorrection':
      return entryCorrectionReply(bot, turn, {
        kind: command.entry,
        ref: command.ref === 'last' ? 'last' : { number: command.ref },
        correction: command.correction,
        ...(messageId !== undefined && { key: `msg:${messageId}` }),
      });
    case 'actionDelete':
      return actionCorrectionReply(bot, turn, command.number, {
        kind: 'delete',
        reason: command.reason,
      });
    case 'actionMove':
      return actionCorrectionReply(bot, turn, command.number, { kind: 'move', item: command.item });
    case 'actionEdit':
      return actionCorrectionReply(bot, turn, command.number, { kind: 'edit', text: command.text });
    case 'itemEdit':
      return withBoard(turn, async (board) => {
        const { kind: _kind, ...edit } = command;
        const { meeting, item, changed } = await editItem(bot.deps, {
          board,
          actor: turn.actor,
          found: turn,
          ...edit,
        });
        return agendaCardFor(
          bot,
          turn,
          board,
          meeting,
          changed ? `Item ${item.number} changed.` : `Item ${item.number} already reads so.`,
        );
      });
    case 'guestRemove':
      return withBoard(turn, async (board) => {
        const { meeting, guest } = await removeGuest(bot.deps, {
          board,
          actor: turn.actor,
          found: turn,
          name: command.name,
        });
        return registerCardFor(
          board,
          meeting,
          canManageBoard(board, turn.actor.aadObjectId),
          turnAudience(board, turn),
          `${guest.name} is no longer "also in attendance".`,
        );
      });
    case 'deputyRemove':
      return withBoard(turn, async (board) => {
        const { meeting, member, deputy } = await removeDeputy(bot.deps, {
          board,
          actor: turn.actor,
          found: turn,
          forInitials: command.forInitials,
        });
        return registerCardFor(
          board,
          meeting,
          canManageBoard(board, turn.actor.aadObjectId),
          turnAudience(board, turn),
          `${deputy} no longer attends for ${member.initials}; ${member.initials} has no code yet.`,
        );
      });
  }
};

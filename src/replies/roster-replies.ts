import { renderMembersCard } from '../cards/render-members-card.js';
import type { InviteeChoice } from '../cards/render-invitees-card.js';
import { ROLES } from '../domain/board.js';
import type { Board } from '../domain/board.js';
import type { MemberEdit } from '../domain/member-changes.js';
import { parseRole } from '../domain/member-table.js';
import { parseWhen, todayIn } from '../domain/parse-when.js';
import { formatLongDate } from '../domain/zoned-time.js';
import type { AgencyEdit } from '../services/change-agency.js';
import { changeAgency } from '../services/change-agency.js';
import type { MemberUpdate } from '../services/change-member.js';
import { changeMember } from '../services/change-member.js';
import { confirmInvitees } from '../services/confirm-invitees.js';
import { errorKind } from '../log.js';
import { withBoard } from './board-replies.js';
import type { ReplyContext } from './reply-context.js';
import type { Reply } from './reply.js';
import { cardReply, textReply } from './reply.js';
import type { Turn } from './turn.js';

const agencyMessage = (board: Board, edit: AgencyEdit, changed: boolean): string => {
  switch (edit.kind) {
    case 'remove':
      return `Removed agency ${edit.code}.`;
    case 'rename':
      return changed
        ? `${edit.code} is now called ${board.agencies.find((a) => a.code === edit.code)?.name ?? edit.name}.`
        : `${edit.code} was already called that: nothing changed.`;
    case 'code': {
      if (!changed) return `The agency already has the code ${edit.to}: nothing changed.`;
      const members = board.members.filter((m) => m.agencyCode === edit.to).length;
      return `${edit.from} is now ${edit.to}: its ${members} member${members === 1 ? '' : 's'} and the quorum rule follow.`;
    }
    case 'replace':
      return changed
        ? `${edit.from} is replaced by ${edit.to}: the quorum rule now counts ${edit.to}.`
        : `${edit.from} was already replaced: nothing changed.`;
  }
};

/** `agency remove|rename|code` and the replace button: the member card, refreshed, says what changed. */
export const agencyChangeReply = (
  bot: ReplyContext,
  turn: Turn,
  edit: AgencyEdit,
): Promise<Reply> =>
  withBoard(turn, async (board) => {
    const result = await changeAgency(bot.deps, { board, actor: turn.actor, edit });
    return cardReply(
      renderMembersCard(result.board, {
        canManage: true,
        message: agencyMessage(result.board, edit, result.changed),
      }),
    );
  });

export type MemberCommand =
  | { kind: 'leave'; initials: string; on?: string }
  | { kind: 'rejoin'; initials: string }
  | {
      kind: 'edit';
      initials: string;
      name?: string;
      designation?: string;
      agency?: string;
      role?: string;
      sitsAs?: 'member' | 'officer';
    };

/** The command as the use case takes it, or what is wrong with its date or role. */
const toUpdate = (board: Board, command: MemberCommand, today: string): MemberUpdate | string => {
  switch (command.kind) {
    case 'rejoin':
      return command;
    case 'leave': {
      if (command.on === undefined) return { kind: 'leave', initials: command.initials, on: today };
      const when = parseWhen(command.on, today, board.rules.timeZone);
      if (!when.ok) return when.message;
      if (when.rest !== '') return `I could not read "${command.on}" as a date.`;
      return { kind: 'leave', initials: command.initials, on: when.when.date };
    }
    case 'edit': {
      const role = command.role === undefined ? undefined : parseRole(command.role);
      if (command.role !== undefined && role === undefined)
        return `"${command.role}" is not a role. Roles: ${ROLES.join(', ')}.`;
      const edit: MemberEdit = {
        ...(command.name !== undefined && { name: command.name }),
        ...(command.designation !== undefined && { designation: command.designation }),
        ...(command.agency !== undefined && { agencyCode: command.agency }),
        ...(role !== undefined && { role }),
        ...(command.sitsAs !== undefined && { sitsAs: command.sitsAs }),
      };
      return { kind: 'edit', initials: command.initials, edit };
    }
  }
};

const sitsAsSaid = (update: MemberUpdate): string =>
  update.kind !== 'edit' || update.edit.sitsAs === undefined
    ? ''
    : update.edit.sitsAs === 'officer'
      ? ' As an officer they are recorded "in attendance", without a code, and never DNA.'
      : ' As a member they hold an attendance code (A, SD, SA, DNA).';

/** `member leave|rejoin|edit`: the member card, refreshed, says what changed. */
export const memberChangeReply = (
  bot: ReplyContext,
  turn: Turn,
  command: MemberCommand,
): Promise<Reply> =>
  withBoard(turn, async (board) => {
    const today = todayIn(bot.deps.clock.now(), board.rules.timeZone);
    const update = toUpdate(board, command, today);
    if (typeof update === 'string') return textReply(update);
    const result = await changeMember(bot.deps, { board, actor: turn.actor, update });
    const who = `${result.member.name} (${result.member.initials})`;
    const message =
      update.kind === 'leave'
        ? `${who} ${result.changed ? (update.on > today ? 'leaves' : 'left') : 'was already recorded as leaving'} on ${formatLongDate(update.on)}: from then on every meeting is N/A for them.`
        : update.kind === 'rejoin'
          ? result.changed
            ? `${who} is a member again: meetings from now on count for them.`
            : `${who} is a member: nothing changed.`
          : result.changed
            ? `${who} updated.${sitsAsSaid(update)}`
            : `${who} already reads like that: nothing changed.`;
    return cardReply(renderMembersCard(result.board, { canManage: true, message }));
  });

const names = (people: readonly { name: string }[]): string => people.map((p) => p.name).join(', ');

/** The invitee card's Confirm: members join, guests are recorded, the rest are left alone. */
export const confirmInviteesReply = (
  bot: ReplyContext,
  turn: Turn,
  decisions: ReadonlyMap<string, InviteeChoice>,
): Promise<Reply> =>
  withBoard(turn, async (board) => {
    if (board.conversation.id !== turn.conversationId)
      return textReply(`Choose the invitees in the chat where "${board.name}" was set up.`);
    let roster;
    try {
      roster = await turn.roster();
    } catch (error) {
      bot.log.warn('roster.unavailable', { error: errorKind(error) });
      return textReply(
        'Teams did not tell me who is in this chat, so nothing was changed. Try again in a minute.',
      );
    }
    const result = await confirmInvitees(bot.deps, {
      board,
      actor: turn.actor,
      roster,
      decisions,
      found: turn,
    });
    const parts = [
      result.members.length === 0 ? 'No new members.' : `Members: ${names(result.members)}.`,
      ...(result.guests.length === 0
        ? []
        : [`Guests at ${result.meeting?.title ?? 'the meeting'}: ${names(result.guests)}.`]),
      ...(result.guestsWithoutMeeting.length === 0
        ? []
        : [
            `${names(result.guestsWithoutMeeting)}: there is no meeting planned yet, so they are not recorded; when they join the meeting you will be offered to record them as guests.`,
          ]),
    ];
    return cardReply(
      renderMembersCard(result.board, { canManage: true, message: parts.join(' ') }),
    );
  });

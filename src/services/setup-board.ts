import type { Board, BoardConversation } from '../domain/board.js';
import {
  canManageBoard,
  defaultAgencies,
  defaultRules,
  managersSentence,
} from '../domain/board.js';
import type { RosterPerson } from '../domain/board-members.js';
import { mergeRoster } from '../domain/board-members.js';
import { DomainError } from '../domain/domain-error.js';
import type { TenantId } from '../domain/ids.js';
import { boardIdFor } from './board-id-for.js';
import type { Actor, Deps } from './ports.js';
import { recordAudit } from './record-audit.js';
import { refuse } from './refuse.js';
import { scheduleDigest } from './schedule-reminders.js';

export type SetupBoardInput = {
  tenantId: TenantId;
  conversation: BoardConversation;
  actor: Actor;
  /** Absent when re-running setup only to refresh members from the roster. */
  name?: string;
  roster: readonly RosterPerson[];
  withStatutoryPartners?: boolean;
};

export type SetupBoardResult = {
  board: Board;
  created: boolean;
  added: number;
  linked: number;
};

const cleanName = (name: string): string => {
  const trimmed = name.replace(/\s+/g, ' ').trim();
  if (trimmed === '' || trimmed.length > 120) {
    throw new DomainError(
      'INVALID_INPUT',
      'A board name needs 1 to 120 characters, e.g. "setup Executive Planning".',
    );
  }
  return trimmed;
};

/**
 * Creates the board for a conversation, with the roster as members and whoever ran setup as its
 * coordinator; re-running it on an existing board (chair or coordinator only) renames it and adds
 * roster people who are not members yet. It never creates a second board for a conversation.
 */
export const setupBoard = async (deps: Deps, input: SetupBoardInput): Promise<SetupBoardResult> => {
  if (input.conversation.kind === 'personal') {
    throw new DomainError(
      'INVALID_INPUT',
      'A board belongs to a channel or group chat: run "setup" there, mentioning @Quorate.',
    );
  }
  const id = boardIdFor(input.tenantId, input.conversation.id);
  const existing = await deps.boards.findById(input.tenantId, id);
  if (existing === undefined) {
    const name = cleanName(input.name ?? '');
    const now = deps.clock.now().toISOString();
    const roster = input.roster.some((p) => p.aadObjectId === input.actor.aadObjectId)
      ? input.roster
      : [{ aadObjectId: input.actor.aadObjectId, name: input.actor.name }, ...input.roster];
    const empty: Board = {
      id,
      tenantId: input.tenantId,
      name,
      conversation: input.conversation,
      agencies: input.withStatutoryPartners === false ? [] : defaultAgencies(),
      members: [],
      rules: defaultRules(),
      createdAt: now,
      createdBy: input.actor.aadObjectId,
      updatedAt: now,
    };
    const merged = mergeRoster(empty, roster, () => deps.ids.next());
    const board: Board = {
      ...merged.board,
      members: merged.board.members.map((m) =>
        m.aadObjectId === input.actor.aadObjectId ? { ...m, role: 'coordinator' } : m,
      ),
    };
    try {
      const saved = await deps.boards.create(board);
      await recordAudit(deps, saved, input.actor, {
        verb: 'board.create',
        subject: saved.id,
        outcome: 'done',
        after: { members: saved.members.length },
      });
      await scheduleDigest(deps, saved);
      return { board: saved, created: true, added: merged.added.length, linked: 0 };
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'CONFLICT')) throw error;
    }
  }
  const current = existing ?? (await deps.boards.findById(input.tenantId, id));
  if (current === undefined)
    throw new DomainError(
      'CONCURRENT_UPDATE',
      'The board changed while setting it up. Please try again.',
    );
  if (!canManageBoard(current, input.actor.aadObjectId)) {
    await refuse(deps, current, input.actor, {
      verb: 'board.setup',
      subject: current.id,
      message: `This conversation already has the board "${current.name}". Only ${managersSentence(current)} can change its setup.`,
    });
  }
  const name = input.name === undefined ? undefined : cleanName(input.name);
  let added = 0;
  let linked = 0;
  const board = await deps.boards.update(input.tenantId, id, (b) => {
    const merged = mergeRoster(b, input.roster, () => deps.ids.next());
    added = merged.added.length;
    linked = merged.linked.length;
    return {
      ...merged.board,
      name: name ?? b.name,
      conversation: { ...b.conversation, ...input.conversation },
      updatedAt: deps.clock.now().toISOString(),
    };
  });
  await recordAudit(deps, board, input.actor, {
    verb: 'board.setup',
    subject: board.id,
    outcome: 'done',
    after: { added, linked, renamed: name !== undefined },
  });
  return { board, created: false, added, linked };
};

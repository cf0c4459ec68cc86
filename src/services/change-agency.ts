import type { AgencyChange } from '../domain/agency-changes.js';
import {
  recodeAgency,
  removeAgency,
  renameAgency,
  replaceAgency,
} from '../domain/agency-changes.js';
import type { Board } from '../domain/board.js';
import { DomainError } from '../domain/domain-error.js';
import type { Actor, Deps } from './ports.js';
import { recordChange } from './record-change.js';
import { requireManager } from './require-manager.js';

export type AgencyEdit =
  | { kind: 'remove'; code: string }
  | { kind: 'rename'; code: string; name: string }
  | { kind: 'code'; from: string; to: string }
  | { kind: 'replace'; from: string; to: string };

const apply = (board: Board, edit: AgencyEdit): AgencyChange => {
  switch (edit.kind) {
    case 'remove':
      return removeAgency(board, edit.code);
    case 'rename':
      return renameAgency(board, edit.code, edit.name);
    case 'code':
      return recodeAgency(board, edit.from, edit.to);
    case 'replace':
      return replaceAgency(board, edit.from, edit.to);
  }
};

const said = (edit: AgencyEdit): string => {
  switch (edit.kind) {
    case 'remove':
      return `agency ${edit.code} removed`;
    case 'rename':
      return `agency ${edit.code} renamed`;
    case 'code':
      return `agency ${edit.from} given the code ${edit.to}`;
    case 'replace':
      return `agency ${edit.from} replaced by ${edit.to}`;
  }
};

/**
 * Removes, renames, recodes or replaces one of the board's agencies (chair, vice-chair and
 * coordinators). Checked again on the board as stored at write time; a change already made changes
 * nothing and is not audited again.
 */
export const changeAgency = async (
  deps: Deps,
  input: { board: Board; actor: Actor; edit: AgencyEdit },
): Promise<{ board: Board; changed: boolean }> => {
  const verb = `agency.${input.edit.kind}`;
  await requireManager(deps, input.board, input.actor, verb, 'change the board’s agencies');
  const first = apply(input.board, input.edit);
  if (!first.ok) throw new DomainError('INVALID_INPUT', first.message);
  if (!first.changed) return { board: input.board, changed: false };
  let before = input.board;
  let outcome: AgencyChange = first;
  const board = await deps.boards.update(input.board.tenantId, input.board.id, (current) => {
    before = current;
    outcome = apply(current, input.edit);
    if (!outcome.ok || !outcome.changed) return current;
    return { ...outcome.board, updatedAt: deps.clock.now().toISOString() };
  });
  const done = outcome as AgencyChange;
  if (!done.ok) throw new DomainError('INVALID_INPUT', done.message);
  if (!done.changed) return { board, changed: false };
  await recordChange(deps, board, input.actor, {
    verb,
    subject: board.id,
    said: said(input.edit),
    change: { kind: 'board', before, after: board },
  });
  return { board, changed: true };
};

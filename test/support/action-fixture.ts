import type { Action } from '../../src/domain/action.js';
import type { Board } from '../../src/domain/board.js';
import { actionId } from '../../src/domain/ids.js';
import { aadOf } from './fixtures.js';

/** Action 15 of `board`, open, recorded by the coordinator (EM) on 1 November 2026. */
export const actionOf = (board: Board, overrides: Partial<Action> = {}): Action => ({
  id: actionId('a-1'),
  boardId: board.id,
  tenantId: board.tenantId,
  number: 15,
  text: 'Draft the letter to schools',
  owners: [],
  status: 'open',
  subjectToRatification: false,
  history: [],
  createdAt: '2026-11-01T09:00:00.000Z',
  createdBy: aadOf(7),
  updatedAt: '2026-11-01T09:00:00.000Z',
  revision: 1,
  ...overrides,
});

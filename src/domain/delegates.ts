import type { Board, Delegate } from './board.js';

/**
 * Delegated Safeguarding Partners (Working Together 2023): the people authorised to decide for an
 * agency. A deputy who is not among them cannot bind the agency.
 */
export const delegatesOf = (board: Board, agencyCode: string): Delegate[] =>
  (board.delegates ?? []).filter((d) => d.agencyCode.toUpperCase() === agencyCode.toUpperCase());

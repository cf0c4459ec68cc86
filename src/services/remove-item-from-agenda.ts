import type { Board } from '../domain/board.js';
import type { AgendaChangeOutcome } from './change-agenda.js';
import { changeAgenda } from './change-agenda.js';
import { requireActiveMeeting } from './find-active-meeting.js';
import type { FoundMeetings } from './found-meetings.js';
import type { Actor, Deps } from './ports.js';
import { requireManager } from './require-manager.js';

/** `agenda remove <item>`. */
export const removeItemFromAgenda = async (
  deps: Deps,
  input: { board: Board; actor: Actor; item: string; found?: FoundMeetings },
): Promise<AgendaChangeOutcome> => {
  const { board } = input;
  await requireManager(deps, board, input.actor, 'agenda.remove', 'change the agenda');
  const meeting = await requireActiveMeeting(deps, board, input.found);
  return changeAgenda(deps, { ...input, meeting, op: 'remove' });
};

import type { Board } from '../domain/board.js';
import { editItemDetails } from '../domain/edit-item-details.js';
import { requireItem } from '../domain/find-item.js';
import type { AgendaItem, Meeting } from '../domain/meeting.js';
import { resolvePresenters } from '../domain/presenters.js';
import { requireAgendaOpen } from '../domain/require-agenda-open.js';
import type { FoundMeetings } from './found-meetings.js';
import { requireActiveMeeting } from './find-active-meeting.js';
import type { Actor, Deps } from './ports.js';
import { recordChange } from './record-change.js';
import { requireManager } from './require-manager.js';

/**
 * `item edit <item> [title <text>] [by <initials or names>] [<N> min]` on the meeting commands act
 * on (chair, vice-chairs, coordinators), until it ends. Presenters are read as `agenda add` reads
 * them; the item keeps its number, papers, notes and decisions.
 */
export const editItem = async (
  deps: Deps,
  input: {
    board: Board;
    actor: Actor;
    item: string;
    title?: string;
    presenters?: string;
    minutes?: number;
    found?: FoundMeetings;
  },
): Promise<{ meeting: Meeting; item: AgendaItem; changed: boolean }> => {
  const { board } = input;
  await requireManager(deps, board, input.actor, 'agenda.edit', 'change the agenda');
  const target = await requireActiveMeeting(deps, board, input.found);
  requireAgendaOpen(target);
  const { id } = requireItem(target, input.item);
  const details = {
    ...(input.title !== undefined && { title: input.title }),
    ...(input.presenters !== undefined && {
      presenters: resolvePresenters(board, input.presenters),
    }),
    ...(input.minutes !== undefined && { minutes: input.minutes }),
  };
  let before = target;
  let changed = false;
  const meeting = await deps.meetings.update(board.id, target, (m) => {
    before = m;
    requireAgendaOpen(m);
    const next = editItemDetails(m, id, details);
    changed = next !== m;
    return changed ? { ...next, updatedAt: deps.clock.now().toISOString() } : m;
  });
  const item = requireItem(meeting, id);
  if (changed)
    await recordChange(deps, board, input.actor, {
      verb: 'agenda.edit',
      subject: `${meeting.id}/${id}`,
      said: `item ${item.number} edited`,
      change: { kind: 'meeting', before, after: meeting },
      key: `${meeting.id}:r${meeting.revision}`,
    });
  return { meeting, item, changed };
};

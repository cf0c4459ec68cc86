import type { Board } from '../domain/board.js';
import { DomainError } from '../domain/domain-error.js';
import { addAgendaItem } from '../domain/add-agenda-item.js';
import type { NewItem } from '../domain/add-agenda-item.js';
import type { AgendaItem, Meeting } from '../domain/meeting.js';
import { recordedItemIds } from '../domain/number-agenda.js';
import { resolvePresenters } from '../domain/presenters.js';
import { requireAgendaOpen } from '../domain/require-agenda-open.js';
import { actionItemIds } from './action-item-ids.js';
import { requireMeeting } from './find-active-meeting.js';
import type { FoundMeetings } from './found-meetings.js';
import type { Actor, Deps } from './ports.js';
import { recordChange } from './record-change.js';
import { requireManager } from './require-manager.js';

/** `agenda add …` and the agenda dialog. */
export const addItemToAgenda = async (
  deps: Deps,
  input: {
    board: Board;
    actor: Actor;
    item: Omit<NewItem, 'presenters'> & { presenters?: string };
    meetingId?: string;
    /** The meetings the turn found: the active one is not read again. */
    found?: FoundMeetings;
  },
): Promise<{ meeting: Meeting; item: AgendaItem }> => {
  const { board } = input;
  await requireManager(deps, board, input.actor, 'agenda.add', 'change the agenda');
  const target = await requireMeeting(deps, board, input.meetingId, input.found);
  requireAgendaOpen(target);
  const id = deps.ids.next();
  const actionItems = await actionItemIds(deps, board, target.id);
  const { presenters, ...rest } = input.item;
  const newItem: NewItem = { ...rest, presenters: resolvePresenters(board, presenters) };
  let added: AgendaItem | undefined;
  let before: Meeting = target;
  const meeting = await deps.meetings.update(board.id, target, (m) => {
    const existing = m.agenda.find((i) => i.id === id);
    if (existing !== undefined) {
      added = existing;
      return m;
    }
    const result = addAgendaItem(m, newItem, id, recordedItemIds(m, actionItems));
    added = result.item;
    before = m;
    return { ...result.meeting, updatedAt: deps.clock.now().toISOString() };
  });
  if (added === undefined)
    throw new DomainError(
      'CONCURRENT_UPDATE',
      'The agenda changed at the same moment. Please try again.',
    );
  await recordChange(deps, board, input.actor, {
    verb: 'agenda.add',
    subject: `${meeting.id}/${added.id}`,
    said: `item ${added.number} added to the agenda`,
    change: { kind: 'meeting', before, after: meeting },
  });
  return { meeting, item: added };
};

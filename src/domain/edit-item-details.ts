import { DomainError } from './domain-error.js';
import { requireItem } from './find-item.js';
import type { Meeting, Presenter } from './meeting.js';
import { renameAgendaItem } from './rename-agenda-item.js';

export type ItemDetails = { title?: string; presenters?: Presenter[]; minutes?: number };

const samePresenters = (a: readonly Presenter[], b: readonly Presenter[]): boolean =>
  a.length === b.length &&
  a.every((p, i) => p.name === b[i]?.name && p.initials === b[i]?.initials);

/**
 * `item edit <item> [title …] [by …] [<N> min]`: the parts given replace the item's, the rest stay.
 * The same meeting comes back when nothing differs (a repeated message writes nothing).
 */
export const editItemDetails = (
  meeting: Meeting,
  itemId: string,
  details: ItemDetails,
): Meeting => {
  const item = requireItem(meeting, itemId);
  if (details.minutes !== undefined && (details.minutes < 1 || details.minutes > 480))
    throw new DomainError('INVALID_INPUT', 'An item takes 1 to 480 minutes.');
  const title = details.title?.trim();
  const changes =
    (title !== undefined && title !== item.title) ||
    (details.presenters !== undefined && !samePresenters(details.presenters, item.presenters)) ||
    (details.minutes !== undefined && details.minutes !== item.minutes);
  if (!changes) return meeting;
  const renamed = title === undefined ? meeting : renameAgendaItem(meeting, item.id, title);
  return {
    ...renamed,
    agenda: renamed.agenda.map((i) =>
      i.id !== item.id
        ? i
        : {
            ...i,
            ...(details.presenters !== undefined && { presenters: details.presenters }),
            ...(details.minutes !== undefined && { minutes: details.minutes }),
          },
    ),
  };
};

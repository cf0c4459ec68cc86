import type { EntryKind } from '../domain/entry-numbers.js';
import { entryLabel, numberedEntries } from '../domain/entry-numbers.js';
import type { Entry, Meeting } from '../domain/meeting.js';
import type { CardElement } from './card-types.js';
import { choiceSet, executeAction } from './elements.js';
import { meetingRef } from './meeting-ref.js';
import { Verbs } from './verbs.js';

/** The inputs an entry's edit menu sends its new words and item in (cards/verbs.ts EntryActionData). */
export const entryTextInput = (entryId: string): string => `entryText-${entryId}`;
export const entryItemInput = (entryId: string): string => `entryItem-${entryId}`;

/**
 * A note's or decision's edit menu on the agenda card, for the chair and coordinators: an
 * `Action.ShowCard` with its words to correct, the item to move it to, and Remove. Each button names
 * the entry by id, so a second click finds it corrected or gone and changes nothing.
 */
export const entryEditMenu = (
  meeting: Meeting,
  kind: EntryKind,
  entry: Entry & { number: number },
  itemId: string,
): CardElement => {
  const data = { ...meetingRef(meeting), entryId: entry.id, kind };
  const label = entryLabel(kind, entry.number);
  return {
    type: 'ActionSet',
    spacing: 'None',
    actions: [
      {
        type: 'Action.ShowCard',
        title: `Edit ${label}`,
        card: {
          type: 'AdaptiveCard',
          body: [
            {
              type: 'Input.Text',
              id: entryTextInput(entry.id),
              label: `${kind === 'note' ? 'Note' : 'Decision'} ${label}`,
              value: entry.text,
              isMultiline: true,
              maxLength: 4000,
            },
            {
              type: 'ActionSet',
              actions: [executeAction('Save the words', Verbs.entryEdit, data)],
            },
            choiceSet(
              entryItemInput(entry.id),
              'Move to item',
              meeting.agenda.map(
                (i) =>
                  [
                    `${i.number} ${i.title.length > 40 ? `${i.title.slice(0, 39)}…` : i.title}`,
                    i.id,
                  ] as const,
              ),
              { value: itemId },
            ),
            {
              type: 'ActionSet',
              actions: [
                executeAction('Move', Verbs.entryMove, data),
                {
                  ...executeAction(`Remove ${label}`, Verbs.entryRemove, data),
                  style: 'destructive',
                },
              ],
            },
          ],
        },
      },
    ],
  };
};

/**
 * How many entries of one agenda card get an edit menu. Each menu carries the entry's words and the
 * agenda's items (about 2 KB), and Teams refuses a card over about 28 KB: a long meeting's other
 * entries are corrected by number ("note edit 12 …"), which the card shows next to each.
 */
export const EDIT_MENUS_SHOWN = 8;

/**
 * The entries whose menus the card shows: the current item's first (the chair is correcting what
 * was just said), then the most recent.
 */
export const entriesWithMenus = (meeting: Meeting): Set<string> => {
  const all = [...numberedEntries(meeting, 'note'), ...numberedEntries(meeting, 'decision')]
    .filter((e) => e.entry.number !== undefined)
    .sort(
      (a, b) =>
        Number(b.item.id === meeting.currentItemId) - Number(a.item.id === meeting.currentItemId) ||
        b.entry.at.localeCompare(a.entry.at) ||
        b.number - a.number,
    );
  return new Set(all.slice(0, EDIT_MENUS_SHOWN).map((e) => e.entry.id));
};

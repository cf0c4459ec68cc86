import { DomainError } from './domain-error.js';
import type {
  AgendaItem,
  ItemKind,
  ItemRenumbering,
  Meeting,
  Presenter,
  StandingKind,
} from './meeting.js';
import { recordedItemIds, renumberAgenda } from './number-agenda.js';

const TRAILING: readonly StandingKind[] = ['aob', 'next-meeting'];

export const SUB_ITEM = /^(\d+)([a-z]|(?:\.\d+)+)$/i;

export type NewItem = {
  title: string;
  presenters: Presenter[];
  minutes?: number;
  kind?: ItemKind;
  confidential?: boolean;
  /** "2a" or "2.1" makes a sub-item of item 2. */
  number?: string;
};

/**
 * Adds an item after the last numbered item, so before "any other business" (or after its parent
 * and siblings for a sub-item). Either way it takes a number no other item had: nothing is
 * renumbered, which is what a chair adding an item mid-meeting expects.
 */
export const addAgendaItem = (
  meeting: Meeting,
  input: NewItem,
  id: string,
  recorded: ReadonlySet<string> = recordedItemIds(meeting),
): { meeting: Meeting; item: AgendaItem; renumbered: ItemRenumbering[] } => {
  const title = input.title.trim();
  if (title === '' || title.length > 200)
    throw new DomainError('INVALID_INPUT', 'An agenda item needs a title of 1 to 200 characters.');
  if (
    input.minutes !== undefined &&
    (!Number.isInteger(input.minutes) || input.minutes < 1 || input.minutes > 480)
  ) {
    throw new DomainError('INVALID_INPUT', 'Give the time in whole minutes, between 1 and 480.');
  }
  const item: AgendaItem = {
    id,
    number: '',
    title,
    presenters: input.presenters,
    minutes: input.minutes ?? 15,
    kind: input.kind ?? 'discussion',
    confidential: input.confidential ?? false,
    papers: [],
    notes: [],
    decisions: [],
  };
  const agenda = [...meeting.agenda];
  if (input.number !== undefined) {
    const match = SUB_ITEM.exec(input.number);
    const parent =
      match === null
        ? undefined
        : meeting.agenda.find(
            (i) => i.standing === undefined && i.parentId === undefined && i.number === match[1],
          );
    if (match === null || parent === undefined) {
      throw new DomainError(
        'INVALID_INPUT',
        `"${input.number}" is not a sub-item of an existing item: use a form like 2a or 2.1 after item 2 exists.`,
      );
    }
    const suffix = (match[2] ?? '').toLowerCase();
    if (meeting.agenda.some((i) => i.parentId === parent.id && i.suffix === suffix)) {
      throw new DomainError('CONFLICT', `Item ${input.number} is already on the agenda.`);
    }
    let at = agenda.findIndex((i) => i.id === parent.id) + 1;
    while (at < agenda.length && agenda[at]?.parentId === parent.id) at += 1;
    agenda.splice(at, 0, { ...item, parentId: parent.id, suffix });
  } else {
    const lastNumbered = agenda.map((i) => i.standing === undefined).lastIndexOf(true);
    const trailing = agenda.findIndex(
      (i) => i.standing !== undefined && TRAILING.includes(i.standing),
    );
    const at = lastNumbered >= 0 ? lastNumbered + 1 : trailing < 0 ? agenda.length : trailing;
    agenda.splice(at, 0, item);
  }
  const after = renumberAgenda(meeting, agenda, recorded);
  return { ...after, item: after.meeting.agenda.find((i) => i.id === id) ?? item };
};

import { DomainError } from './domain-error.js';
import type { AgendaItem, Meeting, StandingKind } from './meeting.js';

const norm = (ref: string): string => ref.trim().toLowerCase().replace(/\.$/, '');

const STANDING_ALIASES: Record<string, StandingKind> = {
  welcome: 'welcome',
  apologies: 'welcome',
  interests: 'interests',
  'declarations of interest': 'interests',
  minutes: 'previous-minutes',
  'previous minutes': 'previous-minutes',
  'action log': 'previous-minutes',
  aob: 'aob',
  'any other business': 'aob',
  next: 'next-meeting',
  'next meeting': 'next-meeting',
  'date of next meeting': 'next-meeting',
};

/** An item by its number ("2", "2a"), its label ("AOB", "minutes") or its id. */
export const findItem = (meeting: Meeting, ref: string): AgendaItem | undefined => {
  const wanted = norm(ref);
  const standing = STANDING_ALIASES[wanted];
  return meeting.agenda.find(
    (item) =>
      norm(item.number) === wanted ||
      item.id === ref ||
      (standing !== undefined && item.standing === standing),
  );
};

export const requireItem = (meeting: Meeting, ref: string): AgendaItem => {
  const item = findItem(meeting, ref);
  if (item === undefined) {
    const numbers = meeting.agenda.map((i) => i.number).join(', ');
    throw new DomainError(
      'INVALID_INPUT',
      `There is no item "${ref}" on the agenda of ${meeting.title}. Items: ${numbers}.`,
    );
  }
  return item;
};

/** The item `ref` names when one is given ("guest … for item 3", "late RS at item 2"). */
export const givenItem = (meeting: Meeting, ref: string | undefined): AgendaItem | undefined => {
  if (ref === undefined) return undefined;
  const item = findItem(meeting, ref);
  if (item === undefined)
    throw new DomainError('INVALID_INPUT', `There is no item "${ref}" on the agenda.`);
  return item;
};

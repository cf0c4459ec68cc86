import type { Member } from './board.js';
import type { AgendaItem, Meeting } from './meeting.js';

/** A declaration of interest, recorded in the meeting against the item it concerns. */
export type Interest = {
  id: string;
  memberId: string;
  initials: string;
  name: string;
  itemId: string;
  text: string;
  at: string;
  /** Who recorded it (their name): the member or the chair. */
  by: string;
  /** The message that recorded it (`msg:<activity id>`): a repeat records nothing new. */
  key?: string;
};

export const interestsOf = (meeting: Pick<Meeting, 'interests'>): Interest[] =>
  meeting.interests ?? [];

/** The interests declared at one item, in the order declared. */
export const interestsAt = (meeting: Pick<Meeting, 'interests'>, itemId: string): Interest[] =>
  interestsOf(meeting).filter((i) => i.itemId === itemId);

/** "Interest declared: KC (Korkor Ceasar) — Director of the provider under review" */
export const interestLine = (interest: Interest): string =>
  `Interest declared: ${interest.initials} (${interest.name}) — ${interest.text}`;

/**
 * The meeting with the declaration added; the same meeting (unchanged) when this message was
 * recorded already.
 */
export const declareInterest = (
  meeting: Meeting,
  input: {
    id: string;
    member: Pick<Member, 'id' | 'initials' | 'name'>;
    item: Pick<AgendaItem, 'id'>;
    text: string;
    at: string;
    by: string;
    key?: string;
  },
): Meeting => {
  if (input.key !== undefined && interestsOf(meeting).some((i) => i.key === input.key))
    return meeting;
  const interest: Interest = {
    id: input.id,
    memberId: input.member.id,
    initials: input.member.initials,
    name: input.member.name,
    itemId: input.item.id,
    text: input.text,
    at: input.at,
    by: input.by,
    ...(input.key !== undefined && { key: input.key }),
  };
  return { ...meeting, interests: [...interestsOf(meeting), interest], updatedAt: input.at };
};

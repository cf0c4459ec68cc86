import type { Member } from './board.js';
import type { AgendaItem, Interest, Meeting } from './meeting.js';

export type { Interest };

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

/** The meeting without the declaration, or with its new wording. */
export const changeInterest = (
  meeting: Meeting,
  interestId: string,
  change: { text?: string; at: string },
): Meeting => ({
  ...meeting,
  interests: interestsOf(meeting).flatMap((i) =>
    i.id !== interestId ? [i] : change.text === undefined ? [] : [{ ...i, text: change.text }],
  ),
  updatedAt: change.at,
});

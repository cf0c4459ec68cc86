import { z } from 'zod';
import { INVITEE_INPUT_PREFIX } from './render-invitees-card.js';
import type { InviteeChoice } from './render-invitees-card.js';
import { INVITEE_CHOICES } from './render-invitees-card.js';

const Code = z.string().regex(/^[A-Za-z][A-Za-z0-9&-]{0,11}$/);

/** The replace button's data: only codes, checked against the clicker's board when it runs. */
export const AgencyReplaceData = z.object({ from: Code, to: Code });

/**
 * The invitee card's choices, by lower-cased Entra id. Anything else in the data is ignored; the
 * ids are only used for people the chat's roster still has.
 */
export const inviteeChoicesOf = (data: unknown): Map<string, InviteeChoice> => {
  const choices = new Map<string, InviteeChoice>();
  if (typeof data !== 'object' || data === null) return choices;
  for (const [key, value] of Object.entries(data)) {
    if (!key.startsWith(INVITEE_INPUT_PREFIX) || key.length > INVITEE_INPUT_PREFIX.length + 100)
      continue;
    const choice = INVITEE_CHOICES.find((c) => c === value);
    if (choice !== undefined)
      choices.set(key.slice(INVITEE_INPUT_PREFIX.length).toLowerCase(), choice);
  }
  return choices;
};

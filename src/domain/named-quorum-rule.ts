import { ANY_DEPUTY_QUORUM_RULE, DEFAULT_QUORUM_RULE } from './board.js';

/**
 * `quorum rule default` (members or authorised deputies) and `quorum rule any deputy` (the rule
 * boards had before delegates) by name; any other text is the rule itself.
 */
export const namedQuorumRule = (text: string): string => {
  const name = text.trim().replace(/\s+/g, ' ').toLowerCase();
  if (name === 'default' || name === 'authorised deputies' || name === 'authorized deputies')
    return DEFAULT_QUORUM_RULE;
  if (name === 'any deputy' || name === 'any deputies') return ANY_DEPUTY_QUORUM_RULE;
  return text.trim();
};

import type { Owner } from './action.js';

/**
 * Owners as people read them in minutes: "Robert South (RS)", "Shakira Gordon (SG)"; an agency or
 * group by its name alone ("Police", "the Business Unit").
 */
export const ownersByName = (owners: readonly Owner[]): string =>
  owners
    .map((o) =>
      o.kind === 'member' || o.kind === 'external'
        ? o.name === o.initials
          ? o.name
          : `${o.name} (${o.initials})`
        : o.name,
    )
    .join(', ');

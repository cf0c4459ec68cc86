import type { TurnContext } from 'botbuilder';
import { TeamsInfo } from 'botbuilder';
import type { RosterPerson } from '../domain/board-members.js';

/** Who is in this conversation; a function so tests and the playground can supply their own. */
export type RosterReader = (context: TurnContext) => Promise<RosterPerson[]>;

const MAX_PAGES = 20;

/** The conversation roster through the Teams API (paged; guests included, bots left out). */
export const readTeamsRoster: RosterReader = async (context) => {
  const people: RosterPerson[] = [];
  let continuationToken: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const result = await TeamsInfo.getPagedMembers(context, 200, continuationToken);
    for (const m of result.members) {
      if (m.aadObjectId === undefined || m.aadObjectId === '' || m.userRole === 'anonymous')
        continue;
      people.push({
        aadObjectId: m.aadObjectId,
        name: m.name,
        id: m.id,
        ...(m.email !== undefined && m.email !== null && { email: m.email }),
        ...(m.userRole === 'guest' && { guest: true }),
      });
    }
    continuationToken = result.continuationToken;
    if (continuationToken === undefined || continuationToken === '') break;
  }
  return people;
};

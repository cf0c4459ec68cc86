import type { Meeting } from '../domain/meeting.js';
import type { RegisterInput } from './change-register.js';
import { changeRegisterAsManager } from './change-register.js';
import type { Deps } from './ports.js';

/** The chair's ruling on quorum (kept beside the computed result), and who ratifies. */
export const recordQuorumRuling = async (
  deps: Deps,
  input: RegisterInput & {
    quorate?: boolean;
    reason?: string;
    ratifier?: string;
  },
): Promise<Meeting> =>
  changeRegisterAsManager(deps, input, {
    verb: 'quorum.ruling',
    what: 'rule on quorum',
    said: 'quorum ruling recorded',
    change: (a, _meeting, now) => ({
      ...a,
      ...(input.quorate !== undefined && {
        ruling: {
          quorate: input.quorate,
          reason: input.reason ?? '',
          by: input.actor.aadObjectId,
          at: now,
        },
      }),
      ...(input.ratifier !== undefined && { ratifier: input.ratifier }),
    }),
  });

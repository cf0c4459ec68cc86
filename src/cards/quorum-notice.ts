import type { QuorumResult } from '../domain/quorum.js';
import type { CardElement } from './card-types.js';
import { notice } from './elements.js';

/** Whether the meeting is quorate and why, as a sentence in green or red. */
export const quorumNotice = (quorum: QuorumResult): CardElement =>
  notice(
    quorum.explanation[0]?.toUpperCase() + quorum.explanation.slice(1),
    quorum.quorate ? 'good' : 'attention',
  );

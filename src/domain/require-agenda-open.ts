import { DomainError } from './domain-error.js';
import type { Meeting } from './meeting.js';

/** An ended meeting's agenda is the record: it no longer changes. */
export const requireAgendaOpen = (meeting: Meeting): void => {
  if (meeting.status === 'closed')
    throw new DomainError(
      'CONFLICT',
      `${meeting.title} on ${meeting.date} has ended; its agenda is closed.`,
    );
};

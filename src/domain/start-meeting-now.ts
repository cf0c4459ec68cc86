import { DomainError } from './domain-error.js';
import type { Meeting } from './meeting.js';
import { stampItemTimes } from './stamp-item-times.js';

export const startMeetingNow = (meeting: Meeting, now: Date): Meeting => {
  if (meeting.status === 'in-progress') return meeting;
  if (meeting.status === 'closed')
    throw new DomainError('CONFLICT', `${meeting.title} has already ended.`);
  const first = meeting.agenda[0];
  return stampItemTimes(
    meeting,
    {
      ...meeting,
      status: 'in-progress',
      startedAt: now.toISOString(),
      ...(meeting.currentItemId === undefined &&
        first !== undefined && { currentItemId: first.id }),
    },
    now,
  );
};

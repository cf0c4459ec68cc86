import type { Board } from '../domain/board.js';
import { DomainError } from '../domain/domain-error.js';
import type { Meeting } from '../domain/meeting.js';
import type { QuorumForecast } from '../domain/quorum-forecast.js';
import { forecastQuorum } from '../domain/quorum-forecast.js';
import { findActiveMeeting } from './find-active-meeting.js';
import type { FoundMeetings } from './found-meetings.js';
import type { Actor, Deps } from './ports.js';
import { requireManager } from './require-manager.js';

/**
 * `quorum forecast`: whether the board's next meeting will be quorate, from the apologies,
 * deputies and delegates recorded so far (domain/quorum-forecast.ts). For the chair, vice-chairs
 * and coordinators; a meeting already running is answered by `quorum` instead.
 */
export const forecastNextMeeting = async (
  deps: Pick<Deps, 'meetings' | 'clock' | 'audit'>,
  input: { board: Board; actor: Actor; found?: FoundMeetings },
): Promise<{ meeting: Meeting; forecast: QuorumForecast }> => {
  const { board, actor } = input;
  await requireManager(deps, board, actor, 'quorum.forecast', 'see the quorum forecast');
  const meeting = await findActiveMeeting(deps, board, input.found);
  if (meeting === undefined)
    throw new DomainError(
      'NOT_FOUND',
      `${board.name} has no meeting planned. Plan one with "meeting new <title> on <date>".`,
    );
  if (meeting.status !== 'planned')
    throw new DomainError(
      'CONFLICT',
      `${meeting.title} is in progress: "quorum" says whether it is quorate now.`,
    );
  return { meeting, forecast: forecastQuorum(board, meeting) };
};

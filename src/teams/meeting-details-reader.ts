import type { TurnContext } from 'botbuilder';
import { TeamsInfo } from 'botbuilder';

import type { MeetingDetails } from '../replies/meeting-event-replies.js';

/**
 * Details of the Teams meeting a turn comes from. A function so tests and the Agents Playground
 * (which cannot answer getMeetingInfo) can supply their own.
 */
export type MeetingDetailsReader = (context: TurnContext) => Promise<MeetingDetails | undefined>;

export const readTeamsMeetingDetails: MeetingDetailsReader = async (context) => {
  try {
    const info = await TeamsInfo.getMeetingInfo(context);
    const start = info.details.scheduledStartTime;
    return {
      ...(info.details.title !== undefined && { title: info.details.title }),
      ...(start !== undefined && { startsAt: new Date(start) }),
      ...(info.details.joinUrl !== undefined && { joinUrl: info.details.joinUrl }),
      ...(typeof info.organizer?.aadObjectId === 'string' && {
        organizerAadObjectId: info.organizer.aadObjectId,
      }),
      ...(typeof info.details.msGraphResourceId === 'string' && {
        graphMeetingId: info.details.msGraphResourceId,
      }),
    };
  } catch {
    return undefined;
  }
};

import type { AdaptiveCard } from './card-types.js';
import { card, executeAction, heading, text } from './elements.js';
import { Verbs } from './verbs.js';

/** `meeting link` by someone who runs several boards: which one is this Teams meeting for? */
export const renderLinkBoardChoiceCard = (input: {
  title?: string;
  boards: readonly { id: string; name: string }[];
}): AdaptiveCard =>
  card(
    [
      ...heading('Link this Teams meeting', input.title),
      text('You chair or coordinate several boards. Which board is this meeting for?'),
    ],
    input.boards.map((b) => executeAction(b.name, Verbs.meetingLink, { boardId: b.id })),
  );

/** Several meetings of the board that day, and the Teams title names none of them: which one? */
export const renderLinkMeetingChoiceCard = (input: {
  boardId: string;
  boardName: string;
  title?: string;
  meetings: readonly { id: string; title: string; start?: string }[];
}): AdaptiveCard =>
  card(
    [
      ...heading('Link this Teams meeting', input.boardName),
      text(
        `${input.title === undefined ? 'This Teams meeting' : `“${input.title}”`} could be any of ${input.meetings.length} meetings planned that day. Which is it?`,
      ),
    ],
    input.meetings.map((m) =>
      executeAction(`${m.start === undefined ? '' : `${m.start} `}${m.title}`, Verbs.meetingLink, {
        boardId: input.boardId,
        meetingId: m.id,
      }),
    ),
  );

/**
 * Teams' attendance report shows members the register missed: the chair records them as attended
 * with one click (or leaves it).
 */
export const renderReportAttendeesCard = (input: {
  boardId: string;
  boardName: string;
  meetingId: string;
  meetingTitle: string;
  members: readonly { id: string; initials: string; name: string }[];
  message?: string;
}): AdaptiveCard => {
  const n = input.members.length;
  return card(
    [
      ...heading(input.meetingTitle, input.boardName),
      ...(input.message === undefined ? [] : [text(input.message, { weight: 'Bolder' })]),
      text(
        `Teams' attendance report shows ${n} more ${n === 1 ? 'person' : 'people'}: ${input.members.map((m) => m.initials).join(', ')} — record them as attended?`,
      ),
      text(input.members.map((m) => `${m.initials} ${m.name}`).join(', '), {
        isSubtle: true,
        size: 'Small',
      }),
    ],
    [
      executeAction('Record as attended', Verbs.reportConfirm, {
        boardId: input.boardId,
        meetingId: input.meetingId,
        memberIds: input.members.map((m) => m.id).join(','),
      }),
    ],
  );
};

import type { AdaptiveCard } from './card-types.js';
import { card, executeAction, heading, text } from './elements.js';
import { formatLongDate, formatTime } from '../domain/zoned-time.js';
import { Verbs } from './verbs.js';

/** A Teams meeting started in the board's chat with no board meeting that day: offer one. */
export const renderMeetingOfferCard = (offer: {
  boardName: string;
  title: string;
  date: string;
  time: string;
}): AdaptiveCard =>
  card(
    [
      ...heading(offer.title, offer.boardName),
      text(
        `This Teams meeting started ${formatLongDate(offer.date)} at ${formatTime(offer.time)}, and ${offer.boardName} has no meeting planned that day.`,
      ),
      text(
        'The chair or a coordinator can start a board meeting for it: the standing agenda items are added and attendance can be taken.',
        { isSubtle: true, size: 'Small' },
      ),
    ],
    [
      executeAction('Start a board meeting', Verbs.meetingFromEvent, {
        title: offer.title,
        date: offer.date,
        time: offer.time,
      }),
    ],
  );

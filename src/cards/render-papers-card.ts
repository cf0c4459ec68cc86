import type { Board } from '../domain/board.js';
import type { Meeting } from '../domain/meeting.js';
import { paperDeadline } from '../domain/paper-deadline.js';
import { formatLongDate, utcToZoned } from '../domain/zoned-time.js';
import type { AdaptiveCard, CardElement } from './card-types.js';
import { card, executeAction, heading, section, subtle, text } from './elements.js';
import { meetingRef } from './meeting-ref.js';
import { Verbs } from './verbs.js';

/** Late papers (with accept / reject for the chair) and items still waiting for papers. */
export const renderPapersCard = (
  board: Board,
  meeting: Meeting,
  canManage: boolean,
): AdaptiveCard => {
  const deadline = utcToZoned(
    paperDeadline(meeting, board.rules.paperDeadlineDays),
    meeting.timeZone,
  );
  const late = meeting.agenda.flatMap((item) =>
    item.papers.filter((p) => p.late).map((paper) => ({ item, paper })),
  );
  const missing = meeting.agenda.filter(
    (i) => i.standing === undefined && i.presenters.length > 0 && i.papers.length === 0,
  );
  const lateBlocks: CardElement[] = late.flatMap(({ item, paper }) => [
    text(`**${item.number}** [${paper.title}](${paper.link})`, { spacing: 'Small' }),
    subtle(
      paper.decision === undefined
        ? 'Awaiting the chair'
        : paper.decision === 'accepted'
          ? 'Accepted by the chair'
          : 'Not accepted',
    ),
    ...(canManage && paper.decision === undefined
      ? [
          {
            type: 'ActionSet',
            actions: [
              executeAction('Accept', Verbs.paperAccept, {
                ...meetingRef(meeting),
                paperId: paper.id,
              }),
              executeAction('Reject', Verbs.paperReject, {
                ...meetingRef(meeting),
                paperId: paper.id,
              }),
            ],
          },
        ]
      : []),
  ]);
  return card([
    ...heading(
      `Papers for ${meeting.title}`,
      `${formatLongDate(meeting.date)} · papers were due ${formatLongDate(deadline.date)} ${deadline.time}`,
    ),
    section('Late papers', lateBlocks.length === 0 ? [subtle('None')] : lateBlocks),
    section(
      'Still missing',
      missing.length === 0
        ? [subtle('None')]
        : missing.map((i) =>
            text(
              `**${i.number}** ${i.title} — ${i.presenters.map((p) => p.initials ?? p.name).join(', ')}`,
              { spacing: 'Small' },
            ),
          ),
    ),
  ]);
};

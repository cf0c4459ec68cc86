import { entryLabel } from '../domain/entry-numbers.js';
import type { Meeting } from '../domain/meeting.js';
import { formatLongDate } from '../domain/zoned-time.js';
import type { AdaptiveCard, CardElement } from './card-types.js';
import { card, executeAction, heading, messageLine, subtle, text } from './elements.js';
import { meetingRef } from './meeting-ref.js';
import { Verbs } from './verbs.js';

/**
 * `notes`: the meeting's notes and decisions by item, each with the number `note edit 3` and
 * `decision edit 2` name (N3, D2): the same numbers the agenda card and summary show. The meeting
 * arrives numbered and as its readers may see it (a redacted item's placeholder has no number).
 */
export const renderNotesCard = (view: {
  meeting: Meeting;
  canManage: boolean;
  message?: string;
}): AdaptiveCard => {
  const { meeting } = view;
  const items: CardElement[] = meeting.agenda.flatMap((item) => {
    if (item.notes.length + item.decisions.length === 0) return [];
    return [
      text(`**${item.number}** ${item.title}`, { spacing: 'Medium', weight: 'Bolder' }),
      ...item.notes.map((n) =>
        text(`${n.number === undefined ? '•' : `**${entryLabel('note', n.number)}**`} ${n.text}`, {
          size: 'Small',
          spacing: 'None',
        }),
      ),
      ...item.decisions.map((d) =>
        text(
          `${d.number === undefined ? '' : `**${entryLabel('decision', d.number)}** `}Agreed: ${d.text}${d.subjectToRatification ? ' _(subject to ratification)_' : ''}`,
          { size: 'Small', spacing: 'None', color: 'Good' },
        ),
      ),
    ];
  });
  return card(
    [
      ...heading(`Notes and decisions`, `${meeting.title} · ${formatLongDate(meeting.date)}`),
      ...messageLine(view.message),
      ...(items.length === 0
        ? [subtle('Nothing recorded yet: "note ‹text›", "decision ‹text›".')]
        : items),
      ...(view.canManage && items.length > 0
        ? [
            subtle(
              'Correct one: "note edit 3 ‹words›", "note remove 3", "note move 3 to item 2" — "decision …" the same; or use Edit on the agenda card.',
            ),
          ]
        : []),
    ],
    [executeAction('Agenda', Verbs.agendaShow, meetingRef(meeting))],
  );
};

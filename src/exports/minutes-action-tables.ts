import { actionReviewRows } from '../domain/action-review.js';
import { ownersByName } from '../domain/owners-by-name.js';
import { formatMinuteDate } from '../domain/zoned-time.js';
import type { DocxBlock } from './docx-elements.js';
import { docxTable, heading, para } from './docx-elements.js';
import type { MinutesInput } from './minutes-input.js';

/** Actions due "by next meeting" show that meeting's date once it is set. */
const formatDue = (due: string | undefined): string =>
  due === undefined ? 'next meeting' : formatMinuteDate(due);

/**
 * The action-log review (the bulk of real minutes): each action carried into the meeting with the
 * updates recorded for it and its status then, with the revised date where it was moved.
 */
export const actionReviewSection = (input: MinutesInput): DocxBlock[] => {
  if (input.carried === undefined) return [];
  const previous = input.earlier.at(-1);
  const rows = actionReviewRows(input.carried, input.meeting, previous?.startsAt);
  return [
    heading('Action log review', 2),
    rows.length === 0
      ? para('No actions were carried into this meeting.')
      : docxTable(
          ['No', 'Reference', 'Action', 'Owner', 'Update', 'Status / revised date'],
          rows.map((r) => [
            String(r.action.number),
            r.action.reference ?? '',
            r.action.text,
            ownersByName(r.action.owners),
            r.updates.join('\n'),
            r.status,
          ]),
          [6, 12, 25, 14, 26, 17],
        ),
  ];
};

/** The actions raised at this meeting: number, reference, action, owners by name, due. */
export const newActionsSection = (input: MinutesInput): DocxBlock[] => [
  heading('New actions', 2),
  input.actions.length === 0
    ? para('No actions were raised at this meeting.')
    : docxTable(
        ['No', 'Reference', 'Action', 'Owner', 'Due'],
        input.actions.map((a) => [
          String(a.number),
          a.reference ?? '',
          a.text,
          ownersByName(a.owners),
          formatDue(a.due ?? input.meeting.nextMeeting?.date),
        ]),
        [6, 13, 47, 21, 13],
      ),
];

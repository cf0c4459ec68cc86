import type { Meeting } from '../domain/meeting.js';
import type { AdaptiveCard } from './card-types.js';
import { card, heading, submitAction, text } from './elements.js';
import { Verbs } from './verbs.js';

const problemLine = (problem: string | undefined) =>
  problem === undefined ? [] : [text(problem, { color: 'Attention', weight: 'Bolder' })];

/** Record a note or decision against an item (the current one by default). */
export const renderEntryDialogCard = (
  meeting: Meeting,
  problem?: string,
  requestId = '',
): AdaptiveCard =>
  card(
    [
      ...heading('Note or decision', meeting.title),
      ...problemLine(problem),
      {
        type: 'Input.ChoiceSet',
        id: 'kind',
        label: 'This is a',
        style: 'expanded',
        value: 'note',
        choices: [
          { title: 'Note', value: 'note' },
          { title: 'Decision ("It was agreed…")', value: 'decision' },
        ],
      },
      {
        type: 'Input.ChoiceSet',
        id: 'item',
        label: 'Item',
        value: meeting.currentItemId ?? meeting.agenda[0]?.id ?? '',
        choices: meeting.agenda.map((i) => ({ title: `${i.number} ${i.title}`, value: i.id })),
      },
      {
        type: 'Input.Text',
        id: 'text',
        label: 'Text',
        isMultiline: true,
        isRequired: true,
        maxLength: 4000,
        errorMessage: 'Write the note or decision',
      },
    ],
    [submitAction('Record', Verbs.entrySubmit, { meetingId: meeting.id, requestId })],
  );

/** Add an agenda item without typing a command. */
export const renderItemDialogCard = (meeting: Meeting, problem?: string): AdaptiveCard =>
  card(
    [
      ...heading('Add agenda item', meeting.title),
      ...problemLine(problem),
      {
        type: 'Input.Text',
        id: 'title',
        label: 'Title',
        isRequired: true,
        maxLength: 200,
        errorMessage: 'Give the item a title',
      },
      {
        type: 'Input.Text',
        id: 'presenters',
        label: 'Presented by (initials or names)',
        placeholder: 'e.g. BB/EM',
      },
      { type: 'Input.Number', id: 'minutes', label: 'Minutes', min: 1, max: 480, value: 15 },
      {
        type: 'Input.ChoiceSet',
        id: 'kind',
        label: 'Kind',
        value: 'discussion',
        choices: [
          { title: 'For discussion', value: 'discussion' },
          { title: 'For decision', value: 'decision' },
          { title: 'For information', value: 'information' },
        ],
      },
      {
        type: 'Input.Toggle',
        id: 'confidential',
        title: 'Confidential (kept out of channel summaries)',
        value: 'false',
        valueOn: 'true',
        valueOff: 'false',
      },
    ],
    [submitAction('Add item', Verbs.itemSubmit, { meetingId: meeting.id })],
  );

/** The outcome for the previous meeting's minutes. */
export const renderMinutesDialogCard = (meeting: Meeting, problem?: string): AdaptiveCard =>
  card(
    [
      ...heading('Minutes of the previous meeting', meeting.title),
      ...problemLine(problem),
      {
        type: 'Input.ChoiceSet',
        id: 'outcome',
        label: 'The minutes were',
        style: 'expanded',
        value: 'approved',
        choices: [
          { title: 'Agreed as an accurate record', value: 'approved' },
          { title: 'Agreed with amendments', value: 'approved-with-amendments' },
          { title: 'Not approved', value: 'not-approved' },
        ],
      },
      {
        type: 'Input.Text',
        id: 'text',
        label: 'Amendments or reason',
        isMultiline: true,
        maxLength: 4000,
      },
    ],
    [submitAction('Record', Verbs.minutesSubmit, { meetingId: meeting.id })],
  );

/** Rename, move or remove an agenda item without typing a command. */
export const renderEditAgendaDialogCard = (meeting: Meeting, problem?: string): AdaptiveCard =>
  card(
    [
      ...heading('Edit the agenda', meeting.title),
      ...problemLine(problem),
      {
        type: 'Input.ChoiceSet',
        id: 'itemId',
        label: 'Item',
        isRequired: true,
        errorMessage: 'Choose an item',
        value: meeting.agenda[0]?.id ?? '',
        choices: meeting.agenda.map((i) => ({ title: `${i.number} ${i.title}`, value: i.id })),
      },
      {
        type: 'Input.ChoiceSet',
        id: 'op',
        label: 'Change',
        style: 'expanded',
        value: 'up',
        choices: [
          { title: 'Move up', value: 'up' },
          { title: 'Move down', value: 'down' },
          { title: 'Rename to the title below', value: 'rename' },
          { title: 'Remove from the agenda', value: 'remove' },
        ],
      },
      { type: 'Input.Text', id: 'title', label: 'New title (for rename)', maxLength: 200 },
    ],
    [submitAction('Apply', Verbs.editSubmit, { meetingId: meeting.id })],
  );

import type { Meeting } from '../domain/meeting.js';
import type { AdaptiveCard, CardAction, CardElement } from './card-types.js';
import { card, choiceSet, heading, problemLine, submitAction } from './elements.js';
import { meetingRef } from './meeting-ref.js';
import { Verbs } from './verbs.js';

/** A meeting dialog: what it does and for which meeting, the last attempt's problem, its inputs. */
const meetingDialog = (
  title: string,
  meeting: Meeting,
  problem: string | undefined,
  inputs: CardElement[],
  submit: CardAction,
): AdaptiveCard =>
  card([...heading(title, meeting.title), ...problemLine(problem), ...inputs], [submit]);

const agendaChoices = (meeting: Meeting): [string, string][] =>
  meeting.agenda.map((i) => [`${i.number} ${i.title}`, i.id]);

/** Record a note or decision against an item (the current one by default). */
export const renderEntryDialogCard = (
  meeting: Meeting,
  problem?: string,
  requestId = '',
): AdaptiveCard =>
  meetingDialog(
    'Note or decision',
    meeting,
    problem,
    [
      choiceSet(
        'kind',
        'This is a',
        [
          ['Note', 'note'],
          ['Decision ("It was agreed…")', 'decision'],
        ],
        { style: 'expanded', value: 'note' },
      ),
      choiceSet('item', 'Item', agendaChoices(meeting), {
        value: meeting.currentItemId ?? meeting.agenda[0]?.id ?? '',
      }),
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
    submitAction('Record', Verbs.entrySubmit, { ...meetingRef(meeting), requestId }),
  );

/** Add an agenda item without typing a command. */
export const renderItemDialogCard = (meeting: Meeting, problem?: string): AdaptiveCard =>
  meetingDialog(
    'Add agenda item',
    meeting,
    problem,
    [
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
      choiceSet(
        'kind',
        'Kind',
        [
          ['For discussion', 'discussion'],
          ['For decision', 'decision'],
          ['For information', 'information'],
        ],
        { value: 'discussion' },
      ),
      {
        type: 'Input.Toggle',
        id: 'confidential',
        title: 'Confidential (kept out of channel summaries)',
        value: 'false',
        valueOn: 'true',
        valueOff: 'false',
      },
    ],
    submitAction('Add item', Verbs.itemSubmit, meetingRef(meeting)),
  );

/** The outcome for the previous meeting's minutes. */
export const renderMinutesDialogCard = (meeting: Meeting, problem?: string): AdaptiveCard =>
  meetingDialog(
    'Minutes of the previous meeting',
    meeting,
    problem,
    [
      choiceSet(
        'outcome',
        'The minutes were',
        [
          ['Agreed as an accurate record', 'approved'],
          ['Agreed with amendments', 'approved-with-amendments'],
          ['Not approved', 'not-approved'],
        ],
        { style: 'expanded', value: 'approved' },
      ),
      {
        type: 'Input.Text',
        id: 'text',
        label: 'Amendments or reason',
        isMultiline: true,
        maxLength: 4000,
      },
    ],
    submitAction('Record', Verbs.minutesSubmit, meetingRef(meeting)),
  );

/** Rename, move or remove an agenda item without typing a command. */
export const renderEditAgendaDialogCard = (meeting: Meeting, problem?: string): AdaptiveCard =>
  meetingDialog(
    'Edit the agenda',
    meeting,
    problem,
    [
      choiceSet('itemId', 'Item', agendaChoices(meeting), {
        isRequired: true,
        errorMessage: 'Choose an item',
        value: meeting.agenda[0]?.id ?? '',
      }),
      choiceSet(
        'op',
        'Change',
        [
          ['Move up', 'up'],
          ['Move down', 'down'],
          ['Rename to the title below', 'rename'],
          ['Remove from the agenda', 'remove'],
        ],
        { style: 'expanded', value: 'up' },
      ),
      { type: 'Input.Text', id: 'title', label: 'New title (for rename)', maxLength: 200 },
    ],
    submitAction('Apply', Verbs.editSubmit, meetingRef(meeting)),
  );

import type { AdaptiveCard } from './card-types.js';
import { card, heading, problemLine, submitAction, text } from './elements.js';
import { Verbs } from './verbs.js';

/** The setup dialog for people who do not type commands. */
export const renderSetupDialogCard = (suggestedName: string, problem?: string): AdaptiveCard =>
  card(
    [
      ...heading(
        'Set up a board',
        'Everyone in this conversation is added as a member; you become its coordinator.',
      ),
      ...problemLine(problem),
      {
        type: 'Input.Text',
        id: 'name',
        label: 'Board name',
        value: suggestedName,
        placeholder: 'e.g. Safeguarding Children Partnership Executive',
        maxLength: 120,
        isRequired: true,
        errorMessage: 'Give the board a name',
      },
      {
        type: 'Input.Toggle',
        id: 'statutory',
        title: 'Add the statutory partners (local authority, police, ICB)',
        value: 'true',
        valueOn: 'true',
        valueOff: 'false',
      },
    ],
    [submitAction('Set up board', Verbs.setupSubmit)],
  );

/** A dialog to paste a member table into. */
export const renderMembersImportDialogCard = (
  problems: readonly string[] = [],
  table = '',
): AdaptiveCard =>
  card(
    [
      ...heading(
        'Import members',
        'One member a line: Name (INITIALS) | designation | agency code [| role]',
      ),
      ...problems.map((p) => text(p, { color: 'Attention', spacing: 'Small' })),
      {
        type: 'Input.Text',
        id: 'table',
        label: 'Members',
        isMultiline: true,
        value: table,
        placeholder: 'Brian Boxall (BB) | Independent Chair | IND | chair',
        isRequired: true,
        errorMessage: 'Paste at least one member',
      },
    ],
    [submitAction('Import', Verbs.membersImportSubmit)],
  );

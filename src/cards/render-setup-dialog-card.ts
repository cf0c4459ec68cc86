import type { AdaptiveCard } from './card-types.js';
import { card, heading, problemLine, submitAction, text } from './elements.js';
import { Verbs } from './verbs.js';

/** The setup dialog for people who do not type commands. */
export const renderSetupDialogCard = (suggestedName: string, problem?: string): AdaptiveCard =>
  card(
    [
      ...heading(
        'Set up a board',
        'Everyone in this conversation is added as a member (in a meeting’s chat you choose who, one by one); you become its coordinator.',
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
        label: 'Working Together to Safeguard Children 2023',
        value: 'true',
        valueOn: 'true',
        valueOff: 'false',
      },
      text(
        'They are added as LA, POLICE and ICB. Use your own codes and names afterwards: "agency code LA LBH", "agency rename LBH London Borough of Havering", or add yours as statutory and replace the default in one tap.',
        { isSubtle: true, size: 'Small' },
      ),
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

import type { Member } from '../domain/board.js';
import type { AdaptiveCard } from './card-types.js';
import { card, executeAction, heading, problemLine, submitAction, text } from './elements.js';
import { Verbs } from './verbs.js';

export type OwnerProblemView = {
  problems: { token: string; message: string; suggestion?: Member; choices?: Member[] }[];
  /** The capture as typed, to re-run with the owners corrected. */
  owners: string;
  rest: string;
  requestId: string;
};

const replaceToken = (owners: string, token: string, by: string): string =>
  owners.replace(
    new RegExp(`(^|[^A-Za-z])${token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z])`),
    `$1${by}`,
  );

/**
 * Unknown owners: nothing was saved. One tap takes the suggestion, or records the initials as a
 * person outside the board by name.
 */
export const renderOwnerProblemCard = (view: OwnerProblemView): AdaptiveCard => {
  const fixes = view.problems.filter((p) => p.suggestion !== undefined);
  const corrected = fixes.reduce(
    (owners, p) => replaceToken(owners, p.token, p.suggestion?.initials ?? p.token),
    view.owners,
  );
  /** A name more than one member has: one button per member it could be (the first such name). */
  const choice = view.problems.find((p) => (p.choices ?? []).length > 1);
  return card(
    [
      ...heading('Who owns this action?', 'Nothing was saved yet.'),
      ...view.problems.map((p) => text(p.message, { color: 'Attention' })),
      text(`"${view.owners} to ${view.rest}"`, { isSubtle: true, size: 'Small' }),
    ],
    [
      ...(fixes.length === 0
        ? []
        : [
            executeAction(
              `Use ${fixes.map((p) => `${p.suggestion?.initials ?? ''} (${p.suggestion?.name ?? ''})`).join(', ')}`,
              Verbs.actionCaptureConfirm,
              { spec: `${corrected} to ${view.rest}`, requestId: view.requestId },
            ),
          ]),
      ...(choice?.choices ?? []).map((m) =>
        executeAction(`${m.initials} (${m.name})`, Verbs.actionCaptureConfirm, {
          spec: `${replaceToken(corrected, choice?.token ?? '', m.initials)} to ${view.rest}`,
          requestId: view.requestId,
        }),
      ),
    ],
  );
};

/** The "create action" dialog (message extension and buttons), prefilled from a message. */
export const renderActionDialogCard = (view: {
  text: string;
  owners?: string;
  due?: string;
  boards: { id: string; name: string }[];
  boardId?: string;
  requestId: string;
  problems?: string[];
}): AdaptiveCard =>
  card(
    [
      ...heading('Record an action'),
      ...(view.problems ?? []).flatMap((p) => problemLine(p)),
      ...(view.boards.length > 1
        ? [
            {
              type: 'Input.ChoiceSet',
              id: 'boardId',
              label: 'Board',
              value: view.boardId ?? view.boards[0]?.id ?? '',
              choices: view.boards.map((b) => ({ title: b.name, value: b.id })),
            },
          ]
        : []),
      {
        type: 'Input.Text',
        id: 'text',
        label: 'Action',
        value: view.text,
        isMultiline: true,
        isRequired: true,
        maxLength: 2000,
        errorMessage: 'Write the action',
      },
      {
        type: 'Input.Text',
        id: 'owners',
        label: 'Owners (initials, e.g. RS or EF/KW, or a full name)',
        value: view.owners ?? '',
        isRequired: true,
        errorMessage: 'Say who owns it',
      },
      {
        type: 'Input.Text',
        id: 'due',
        label: 'Due',
        value: view.due ?? '',
        placeholder: 'e.g. 10/08/22, end of March, next meeting (the default)',
      },
    ],
    [
      submitAction('Record action', Verbs.actionSubmit, {
        requestId: view.requestId,
        ...(view.boards.length === 1 &&
          view.boards[0] !== undefined && { boardId: view.boards[0].id }),
      }),
    ],
  );

import type { ItemRenumbering, RenumberProposal } from '../domain/meeting.js';
import type { AdaptiveCard } from './card-types.js';
import { card, executeAction, heading, subtle, text } from './elements.js';
import { Verbs } from './verbs.js';

export type RenumberView = {
  meetingTitle: string;
  /** The meeting's board, so Confirm and Cancel go straight to it. */
  boardId: string;
  proposal: RenumberProposal;
  /** Show confidential items without their titles (where the card may be read by others). */
  redactConfidential?: boolean;
};

const named = (
  item: { number: string; title: string; confidential: boolean },
  redact: boolean,
  number = item.number,
): string => `item ${number} ${item.confidential && redact ? '(confidential)' : `"${item.title}"`}`;

const changeLine = (change: ItemRenumbering, redact: boolean): string => {
  const said = named({ ...change, number: change.from }, redact);
  return `${said.charAt(0).toUpperCase()}${said.slice(1)} would become item ${change.to}`;
};

/**
 * A move or removal that would renumber items of a meeting in progress: which numbers would
 * change, and Confirm / Cancel. Nothing changes until the chair confirms; the confirmation carries
 * the agenda's fingerprint, so it applies only to the agenda shown here.
 */
export const renderRenumberCard = (view: RenumberView): AdaptiveCard => {
  const { proposal } = view;
  const redact = view.redactConfidential === true;
  const doing =
    proposal.op === 'remove'
      ? `Removing ${named(proposal.item, redact)}`
      : `Moving ${named(proposal.item, redact)} ${proposal.op}`;
  return card(
    [
      ...heading('Renumber the agenda?', view.meetingTitle),
      text(`${doing} would change these numbers:`),
      ...proposal.renumbered.map((change) =>
        text(`• ${changeLine(change, redact)}`, { spacing: 'None' }),
      ),
      subtle(
        'Nothing has changed yet. Items with notes, decisions or actions recorded keep their numbers.',
      ),
    ],
    [
      executeAction('Confirm', Verbs.renumberConfirm, {
        meetingId: proposal.meetingId,
        boardId: view.boardId,
        itemId: proposal.item.id,
        op: proposal.op,
        before: proposal.before,
        after: proposal.after,
      }),
      executeAction('Cancel', Verbs.renumberCancel, {
        meetingId: proposal.meetingId,
        boardId: view.boardId,
      }),
    ],
  );
};

/** "Removed "Training". Item 3 "Budget" is now item 2." — after the change. */
export const describeAgendaChange = (
  change: {
    op: RenumberProposal['op'];
    item: RenumberProposal['item'];
    renumbered: readonly ItemRenumbering[];
  },
  redact = false,
): string => {
  const title =
    change.item.confidential && redact ? 'the confidential item' : `"${change.item.title}"`;
  const done = change.op === 'remove' ? `Removed ${title}.` : `Moved ${title} ${change.op}.`;
  const now = change.renumbered.map(
    (c) => `${named({ ...c, number: c.from }, redact)} is now item ${c.to}`,
  );
  return now.length === 0 ? done : `${done} Renumbered: ${now.join('; ')}.`;
};

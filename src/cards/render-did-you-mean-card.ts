import type { AdaptiveCard } from './card-types.js';
import { card, executeAction, heading, text } from './elements.js';
import { Verbs } from './verbs.js';

export type DidYouMeanView = {
  /** What was wrong, in a sentence ("I don't know "agnda"."). */
  problem: string;
  /** The command that was probably meant, as it would be typed. */
  command: string;
  /** The button's title ("Run it", "Start the meeting"). */
  button: string;
  /** The message the card answers: a second click runs the command as the first did. */
  requestId: string;
  /** Anything else worth saying ("Then send your note again."). */
  after?: string;
};

/**
 * "Did you mean …?": the corrected command in a box the person can still edit, and one button that
 * runs whatever the box holds through the normal command path, as the person who clicks. Nothing
 * ran yet.
 */
export const renderDidYouMeanCard = (view: DidYouMeanView): AdaptiveCard =>
  card(
    [
      ...heading('Did you mean this?', view.problem),
      {
        type: 'Input.Text',
        id: 'command',
        label: 'Command',
        value: view.command,
        maxLength: 2000,
      },
      ...(view.after === undefined ? [] : [text(view.after, { isSubtle: true, size: 'Small' })]),
    ],
    [
      executeAction(view.button, Verbs.commandRun, {
        text: view.command,
        requestId: view.requestId,
      }),
    ],
  );

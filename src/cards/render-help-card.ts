import type { CatalogueEntry, CommandGroup } from '../commands/command-catalogue.js';
import { displayUsage } from '../commands/command-catalogue.js';
import type { AdaptiveCard } from './card-types.js';
import { card, dialogAction, heading, section, subtle, text } from './elements.js';
import { Verbs } from './verbs.js';

export type HelpView = {
  boardName?: string;
  canManage: boolean;
  inPersonalChat: boolean;
  entries: readonly CatalogueEntry[];
};

/** The commands this person can use here, grouped by job. */
export const renderHelpCard = (view: HelpView): AdaptiveCard => {
  const usable = view.entries.filter(
    (e) => (view.canManage || !e.managersOnly) && (view.boardName !== undefined || e.withoutBoard),
  );
  const groups = new Map<CommandGroup, CatalogueEntry[]>();
  for (const entry of usable) groups.set(entry.group, [...(groups.get(entry.group) ?? []), entry]);
  const subtitle =
    view.boardName === undefined
      ? 'No board is set up here yet. A chair or coordinator starts with "setup" in the board’s channel or group chat.'
      : `Board: ${view.boardName}`;
  const mention = view.inPersonalChat ? '' : ' In a channel or group chat, @mention Quorate first.';
  return card(
    [
      ...heading('Quorate commands', subtitle),
      ...[...groups.entries()].map(([group, entries]) =>
        section(
          group,
          entries.flatMap((e) => [
            text(`**${displayUsage(e.usage)}**`, { fontType: 'Monospace', spacing: 'Small' }),
            subtle(e.summary),
          ]),
        ),
      ),
      text(`Commands are not case-sensitive.${mention}`, {
        isSubtle: true,
        size: 'Small',
        spacing: 'Medium',
      }),
    ],
    view.boardName === undefined && !view.inPersonalChat
      ? [dialogAction('Set up a board here', Verbs.setupOpen)]
      : [],
  );
};

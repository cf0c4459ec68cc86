import type { CommandKind } from './command.js';

/** A catalogue entry (command-catalogue.ts) of declarations of interest (issue 20). */
type InterestEntry = {
  kind: CommandKind;
  usage: string;
  summary: string;
  group: 'Meetings and agenda';
  managersOnly: boolean;
  withoutBoard: boolean;
};

export const INTEREST_CATALOGUE: readonly InterestEntry[] = [
  {
    kind: 'interest',
    usage: 'interest <initials or name> <item> <what the interest is>  |  interest item on|off',
    summary:
      'Declare an interest at an item (your own; the chair or a coordinator anyone’s); "interest item on" gives new meetings a standing "Declarations of interest" item',
    group: 'Meetings and agenda',
    managersOnly: false,
    withoutBoard: false,
  },
  {
    kind: 'interestEdit',
    usage: 'interest edit <initials or name> <item> <new wording>  |  interest remove <initials or name> <item>',
    summary:
      'Reword or take off a declaration of interest (your own; the chair or a coordinator anyone’s); "undo" puts it back',
    group: 'Meetings and agenda',
    managersOnly: false,
    withoutBoard: false,
  },
];

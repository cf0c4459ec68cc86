import type { CommandKind } from './command.js';

export type CommandGroup = 'Getting started' | 'Board and members';

export type CatalogueEntry = {
  kind: CommandKind;
  usage: string;
  summary: string;
  group: CommandGroup;
  /** Only the chair, vice-chair and coordinators may run it. */
  managersOnly: boolean;
  /** Usable before the conversation has a board. */
  withoutBoard: boolean;
};

/** The public chat contract (DESIGN.md §3) as far as it is built; `help` is rendered from it. */
export const COMMAND_CATALOGUE: readonly CatalogueEntry[] = [
  {
    kind: 'help',
    usage: 'help',
    summary: 'What you can ask Quorate here',
    group: 'Getting started',
    managersOnly: false,
    withoutBoard: true,
  },
  {
    kind: 'setup',
    usage: 'setup [<board name>]',
    summary: 'Set up the board for this conversation, with its members from the chat',
    group: 'Getting started',
    managersOnly: true,
    withoutBoard: true,
  },
  {
    kind: 'members',
    usage: 'members',
    summary: 'The board’s members by agency, with initials and roles',
    group: 'Board and members',
    managersOnly: false,
    withoutBoard: false,
  },
  {
    kind: 'membersImport',
    usage: 'members import  (then paste: Name (INITIALS) | designation | agency [| role])',
    summary: 'Add or update members from a pasted table',
    group: 'Board and members',
    managersOnly: true,
    withoutBoard: false,
  },
  {
    kind: 'agencyAdd',
    usage: 'agency add <CODE> <name> [statutory]',
    summary: 'Add a partner agency, or rename one',
    group: 'Board and members',
    managersOnly: true,
    withoutBoard: false,
  },
];

export const usageOf = (kind: CommandKind): string =>
  COMMAND_CATALOGUE.find((e) => e.kind === kind)?.usage ?? kind;

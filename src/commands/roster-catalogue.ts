import type { CommandKind } from './command.js';

/** A catalogue entry (command-catalogue.ts) of the board's make-up and its earlier action log. */
type RosterEntry = {
  kind: CommandKind;
  usage: string;
  summary: string;
  group: 'Board and members' | 'Actions';
  managersOnly: boolean;
  withoutBoard: boolean;
};

const managing = { managersOnly: true, withoutBoard: false } as const;

/** Correcting agencies and members, and bringing in an existing action log (issue 19). */
export const ROSTER_CATALOGUE: readonly RosterEntry[] = [
  {
    kind: 'agencyRemove',
    usage: 'agency remove <CODE>',
    summary: 'Remove an agency nobody belongs to (e.g. a default one the board does not use)',
    group: 'Board and members',
    ...managing,
  },
  {
    kind: 'agencyRename',
    usage: 'agency rename <CODE> <name>',
    summary: 'Give an agency its proper name',
    group: 'Board and members',
    ...managing,
  },
  {
    kind: 'agencyCode',
    usage: 'agency code <OLD> <NEW>',
    summary: 'Give an agency a new code; its members and the quorum rule follow',
    group: 'Board and members',
    ...managing,
  },
  {
    kind: 'memberLeave',
    usage: 'member leave <initials> [on <date>]',
    summary: 'Record that a member left: N/A for them from that date',
    group: 'Board and members',
    ...managing,
  },
  {
    kind: 'memberRejoin',
    usage: 'member rejoin <initials>',
    summary: 'Take back a member recorded as leaving',
    group: 'Board and members',
    ...managing,
  },
  {
    kind: 'memberEdit',
    usage:
      'member edit <initials> [officer|member] [name <name>] [designation <text>] [agency <CODE>] [role <role>]',
    summary:
      'Correct a member’s name, designation, agency or role; "officer": in attendance, never coded',
    group: 'Board and members',
    ...managing,
  },
  {
    kind: 'actionsImport',
    usage:
      'actions import  (then paste the action log: No | Reference | Action | Owner | Due | Status, one a line)',
    summary: 'Bring in the board’s existing action log; new actions continue its numbering',
    group: 'Actions',
    ...managing,
  },
];

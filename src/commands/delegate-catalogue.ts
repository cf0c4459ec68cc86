import type { CommandKind } from './command.js';

/** A catalogue entry (command-catalogue.ts) of an agency's delegates (issue 21). */
type DelegateEntry = {
  kind: CommandKind;
  usage: string;
  summary: string;
  group: 'Attendance and quorum';
  managersOnly: boolean;
  withoutBoard: boolean;
};

export const DELEGATE_CATALOGUE: readonly DelegateEntry[] = [
  {
    kind: 'delegates',
    usage: 'delegates [<agency>]',
    summary:
      'Who may decide for each agency (Delegated Safeguarding Partners); until an agency names any, every deputy counts for it',
    group: 'Attendance and quorum',
    managersOnly: false,
    withoutBoard: false,
  },
  {
    kind: 'delegate',
    usage:
      'delegate <initials or name> for <agency>  |  delegate <Full Name>, <designation> for <agency>',
    summary:
      'Name someone authorised to decide for an agency: a deputy who is not one of them does not count for quorum, and decisions taken then are flagged',
    group: 'Attendance and quorum',
    managersOnly: true,
    withoutBoard: false,
  },
  {
    kind: 'delegateRemove',
    usage: 'delegate remove <initials or name> for <agency>',
    summary: 'Take someone off an agency’s delegates',
    group: 'Attendance and quorum',
    managersOnly: true,
    withoutBoard: false,
  },
];

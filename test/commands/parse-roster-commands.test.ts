import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/commands/command.js';
import { parseCommand } from '../../src/commands/parse-command.js';
import { COMMAND_CATALOGUE } from '../../src/commands/command-catalogue.js';

describe('agency, member and actions import commands are read', () => {
  it.each<[string, Command]>([
    ['agency remove LA', { kind: 'agencyRemove', code: 'LA' }],
    ['agency remove icb', { kind: 'agencyRemove', code: 'ICB' }],
    ['agency delete POLICE', { kind: 'agencyRemove', code: 'POLICE' }],
    [
      'agency rename LA London Borough of Havering',
      { kind: 'agencyRename', code: 'LA', name: 'London Borough of Havering' },
    ],
    ['agency code POLICE MPS', { kind: 'agencyCode', from: 'POLICE', to: 'MPS' }],
    ['agency code icb ccg', { kind: 'agencyCode', from: 'ICB', to: 'CCG' }],
    ['member leave RS', { kind: 'memberLeave', initials: 'RS' }],
    [
      'member leave rs on 31 March 2023',
      { kind: 'memberLeave', initials: 'RS', on: '31 March 2023' },
    ],
    ['member leave KC 01/04/23', { kind: 'memberLeave', initials: 'KC', on: '01/04/23' }],
    ['member rejoin RS', { kind: 'memberRejoin', initials: 'RS' }],
    [
      'member edit RS name Robert South designation Director Children’s Services LBH',
      {
        kind: 'memberEdit',
        initials: 'RS',
        name: 'Robert South',
        designation: 'Director Children’s Services LBH',
      },
    ],
    ['member edit KC agency CCG', { kind: 'memberEdit', initials: 'KC', agency: 'CCG' }],
    ['member edit BB role chair', { kind: 'memberEdit', initials: 'BB', role: 'chair' }],
    ['member edit KC role vice chair', { kind: 'memberEdit', initials: 'KC', role: 'vice chair' }],
    [
      'member edit TC designation Assistant Director Education, LBH role member',
      {
        kind: 'memberEdit',
        initials: 'TC',
        designation: 'Assistant Director Education, LBH',
        role: 'member',
      },
    ],
    ['member edit TC designation', { kind: 'memberEdit', initials: 'TC', designation: '' }],
    ['member edit EM officer', { kind: 'memberEdit', initials: 'EM', sitsAs: 'officer' }],
    ['member edit EM as member', { kind: 'memberEdit', initials: 'EM', sitsAs: 'member' }],
    [
      'member edit JP sits as officer role adviser',
      { kind: 'memberEdit', initials: 'JP', sitsAs: 'officer', role: 'adviser' },
    ],
    [
      'member edit EM name Officer Major',
      { kind: 'memberEdit', initials: 'EM', name: 'Officer Major' },
    ],
    [
      'actions import\n1 | 13.07.22 ref 4.1 | Shakira Gordon to attend | SG | 10/08/22 | Open',
      {
        kind: 'actionsImport',
        table: '1 | 13.07.22 ref 4.1 | Shakira Gordon to attend | SG | 10/08/22 | Open',
      },
    ],
    [
      'actions import 1 | r | a | RS | | Open; 2 | r | b | KC | | Closed',
      { kind: 'actionsImport', table: '1 | r | a | RS | | Open\n2 | r | b | KC | | Closed' },
    ],
    ['actions overdue', { kind: 'actions', filter: 'overdue' }],
  ])('%j', (text, command) => {
    expect(parseCommand(text)).toEqual({ ok: true, command });
  });

  it.each([
    ['agency remove', 'Say which agency', 'agency remove'],
    ['agency remove L.A.', 'is not an agency code', 'agency remove'],
    ['agency remove LA now', 'is not an agency code', 'agency remove'],
    ['agency rename LA', 'Give LA its new name.', 'agency rename'],
    ['agency code LA', 'Say which agency', 'agency code'],
    ['agency code LA L.B.H.', 'is not an agency code', 'agency code'],
    ['agency merge LA POLICE', '"agency merge" is not a command.', 'agency code'],
    ['member', '"member " is not a command.', 'member leave'],
    ['member retire RS', '"member retire" is not a command.', 'member edit'],
    ['member leave', 'Say which member, by initials.', 'member leave'],
    ['member leave R.S.', 'is not a member’s initials', 'member leave'],
    ['member leave RS on', 'Give the date they left.', 'member leave'],
    ['member rejoin RS today', 'Only the initials', 'member rejoin'],
    ['member edit RS', 'Say what to change', 'member edit'],
    ['member edit RS Robert South', 'I did not understand "Robert"', 'member edit'],
    ['member edit RS agency LA POLICE', 'I did not understand "POLICE"', 'member edit'],
    ['member edit RS name', 'Give the new name', 'member edit'],
    ['actions import', 'Paste the action log', 'actions import'],
  ])('%j is refused with a hint', (text, message, usage) => {
    const result = parseCommand(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain(message);
    expect(result.usage).toContain(usage);
  });

  it('each new command has a managers-only catalogue entry', () => {
    for (const kind of [
      'agencyRemove',
      'agencyRename',
      'agencyCode',
      'memberLeave',
      'memberRejoin',
      'memberEdit',
      'actionsImport',
    ]) {
      const entry = COMMAND_CATALOGUE.find((e) => e.kind === kind);
      expect(entry?.managersOnly, kind).toBe(true);
      expect(entry?.withoutBoard, kind).toBe(false);
    }
  });
});

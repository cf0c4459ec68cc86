import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/commands/parse-command.js';

/** Issue 19 items 2–4: the correction sub-commands, and what stays a note, an action or a guest. */
describe('parseCommand: corrections', () => {
  it.each([
    ['notes', { kind: 'notes' }],
    ['Notes', { kind: 'notes' }],
    [
      'note edit 3 KC- the ICS Adult Safeguarding Lead began in August.',
      {
        kind: 'entryCorrection',
        entry: 'note',
        ref: 3,
        correction: { op: 'edit', text: 'KC- the ICS Adult Safeguarding Lead began in August.' },
      },
    ],
    [
      'note edit N3 TC arrived half-way through the meeting.',
      {
        kind: 'entryCorrection',
        entry: 'note',
        ref: 3,
        correction: { op: 'edit', text: 'TC arrived half-way through the meeting.' },
      },
    ],
    [
      'note remove last',
      { kind: 'entryCorrection', entry: 'note', ref: 'last', correction: { op: 'remove' } },
    ],
    [
      'Note Remove 2',
      { kind: 'entryCorrection', entry: 'note', ref: 2, correction: { op: 'remove' } },
    ],
    [
      'note delete #4',
      { kind: 'entryCorrection', entry: 'note', ref: 4, correction: { op: 'remove' } },
    ],
    [
      'note move 5 to item 2',
      {
        kind: 'entryCorrection',
        entry: 'note',
        ref: 5,
        correction: { op: 'move', toItem: '2' },
      },
    ],
    [
      'note move last to AOB',
      {
        kind: 'entryCorrection',
        entry: 'note',
        ref: 'last',
        correction: { op: 'move', toItem: 'AOB' },
      },
    ],
    [
      'decision edit 2 The group agreed for the cancellation charge to be levied.',
      {
        kind: 'entryCorrection',
        entry: 'decision',
        ref: 2,
        correction: {
          op: 'edit',
          text: 'The group agreed for the cancellation charge to be levied.',
        },
      },
    ],
    [
      'decision edit D2 The meeting agreed this.',
      {
        kind: 'entryCorrection',
        entry: 'decision',
        ref: 2,
        correction: { op: 'edit', text: 'The meeting agreed this.' },
      },
    ],
    [
      'decision remove 1',
      { kind: 'entryCorrection', entry: 'decision', ref: 1, correction: { op: 'remove' } },
    ],
    [
      'agreed move 1 to item 3',
      {
        kind: 'entryCorrection',
        entry: 'decision',
        ref: 1,
        correction: { op: 'move', toItem: '3' },
      },
    ],
    // What only looks like a correction stays a note or a decision.
    ['note remove the duplicate entry', { kind: 'note', text: 'remove the duplicate entry' }],
    [
      'note remove 3 children from the list',
      { kind: 'note', text: 'remove 3 children from the list' },
    ],
    ['note move 3 staff to the new team', { kind: 'note', text: 'move 3 staff to the new team' }],
    ['note edited version to follow', { kind: 'note', text: 'edited version to follow' }],
    ['note N3 was discussed', { kind: 'note', text: 'N3 was discussed' }],
    ['decision editorial changes agreed', { kind: 'decision', text: 'editorial changes agreed' }],
    // Actions.
    [
      'action delete 12 captured in error',
      { kind: 'actionDelete', number: 12, reason: 'captured in error' },
    ],
    [
      'action withdraw #12 duplicate of action 11',
      { kind: 'actionDelete', number: 12, reason: 'duplicate of action 11' },
    ],
    ['action move 15 to item 4', { kind: 'actionMove', number: 15, item: '4' }],
    ['Action Move 15 to AOB', { kind: 'actionMove', number: 15, item: 'AOB' }],
    [
      'action edit 15 Shakira Gordon to attend the next meeting',
      { kind: 'actionEdit', number: 15, text: 'Shakira Gordon to attend the next meeting' },
    ],
    // A capture whose words begin like a correction is still a capture.
    [
      'action edit RS to edit the MoU by next meeting',
      { kind: 'actionCapture', spec: 'edit RS to edit the MoU by next meeting' },
    ],
    // Agenda items.
    ['item edit 3 by BB 20 min', { kind: 'itemEdit', item: '3', presenters: 'BB', minutes: 20 }],
    [
      'item edit 1 title Memorandum of Understanding across borough strategic groups',
      {
        kind: 'itemEdit',
        item: '1',
        title: 'Memorandum of Understanding across borough strategic groups',
      },
    ],
    [
      'item edit 4 by LB title MET Police HMICFRS update by the police 10 min',
      {
        kind: 'itemEdit',
        item: '4',
        presenters: 'LB',
        title: 'MET Police HMICFRS update by the police',
        minutes: 10,
      },
    ],
    ['item edit 2 15 mins', { kind: 'itemEdit', item: '2', minutes: 15 }],
    ['item edit AOB by EM and KC', { kind: 'itemEdit', item: 'AOB', presenters: 'EM and KC' }],
    ['item 2', { kind: 'item', item: '2' }],
    // Guests and deputies.
    ['guest remove Barbara Nicholls', { kind: 'guestRemove', name: 'Barbara Nicholls' }],
    ['deputy remove for kc', { kind: 'deputyRemove', forInitials: 'KC' }],
    ['deputy remove KC', { kind: 'deputyRemove', forInitials: 'KC' }],
    [
      'guest Barbara Nicholls (Director of Adults) for item 1',
      { kind: 'guest', person: 'Barbara Nicholls (Director of Adults)', forItem: '1' },
    ],
    [
      'deputy Jane Smith (Head of Service) for RS',
      { kind: 'deputy', person: 'Jane Smith (Head of Service)', forInitials: 'RS' },
    ],
  ])('%j', (text, command) => {
    expect(parseCommand(text)).toEqual({ ok: true, command });
  });

  it.each([
    ['note edit 3', /new words/],
    ['note edit last', /new words/],
    ['decision edit 2   ', /new words/],
    ['note remove 0', /numbered from 1/],
    ['note move 3 to item', /which item/],
    ['note move 3 to', /which item/],
    ['notes please', /not a command/],
    ['action delete 12', /reason/],
    ['action move 12 to item', /which item/],
    ['action move 12 item 4', /which item/],
    ['action edit 12', /new words/],
    ['item edit 3', /title, presenters or minutes/],
    ['item edit', /which item/],
    ['item edit 3 Early help', /Start each change/],
    ['item edit 3 0 min', /1 to 480/],
    ['item edit 3 title', /Start each change|title/],
    ['guest remove', /guest’s name/],
    ['deputy remove', /whose deputy/],
    ['deputy remove for Jane Smith', /whose deputy/],
  ])('refuses %j, saying how', (text, message) => {
    const result = parseCommand(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(`${result.message} ${result.usage ?? ''}`).toMatch(message);
      expect(result.usage).toBeDefined();
    }
  });
});

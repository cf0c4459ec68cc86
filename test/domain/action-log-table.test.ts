import { describe, expect, it } from 'vitest';
import { parseActionLog } from '../../src/domain/action-log-table.js';
import { haveringBoard } from '../support/fixtures.js';

const board = haveringBoard();
const TODAY = '2022-08-01';
const read = (text: string) => parseActionLog(text, board, TODAY);

describe('parseActionLog', () => {
  it('reads the board’s log with its header, pipes or tabs', () => {
    const table = read(
      [
        'No | Reference | Action | Owner | Due | Status',
        '---|---|---|---|---|---',
        '22 | 15.06.22 ref 3.1 | RS to circulate the MoU draft | RS | 13/07/22 | Complete',
        '23\t15.06.22 ref 4.1\tShakira Gordon to attend next meeting & liaise with LB\tShakira Gordon/LB\tnext meeting\tOngoing',
        '24 | 13.07.22 ref 5.1 | KC to begin discussion on Tri-Borough sharing | KC | March 2023 | Open',
        '25 | 13.07.22 ref 5.2 | Partnership manager to update the risk register | Elisabeth Major | by next meeting | Open',
      ].join('\n'),
    );
    expect(table.problems).toEqual([]);
    expect(table.highest).toBe(25);
    expect(
      table.rows.map((r) => [
        r.number,
        r.reference,
        r.owners.map((o) => `${o.kind}:${o.initials}`).join('/'),
        r.due,
        r.status,
      ]),
    ).toEqual([
      [22, '15.06.22 ref 3.1', 'member:RS', '2022-07-13', 'completed'],
      [23, '15.06.22 ref 4.1', 'external:SG/member:LB', undefined, 'ongoing'],
      [24, '13.07.22 ref 5.1', 'member:KC', '2023-03-31', 'open'],
      [25, '13.07.22 ref 5.2', 'member:EM', undefined, 'open'],
    ]);
  });

  it('joins wrapped lines to the row above, as pasted minutes wrap', () => {
    const table = read(
      [
        'Actions',
        "2\t13.07.22 ref 3.1\tRS to comment re Education's place at the HSCP as statutory\tRS\t10/08/22\tOpen",
        '\t\tPartner, and decide re TC attending the monthly Executive.\t\t\t',
      ].join('\n'),
    );
    expect(table.problems).toEqual([]);
    expect(table.rows.map((r) => [r.number, r.text, r.due])).toEqual([
      [
        2,
        "RS to comment re Education's place at the HSCP as statutory Partner, and decide re TC attending the monthly Executive.",
        '2022-08-10',
      ],
    ]);
  });

  it.each([
    ['31 | r | a | RS | 31/02/23 | Open', 'action 31: the due date "31/02/23" cannot be read'],
    ['31 | r | a | RS | whenever | Open', 'action 31: the due date "whenever" cannot be read'],
    ['31 | r | a | ZQ | 01/03/23 | Open', 'action 31: ZQ is not a member of this board'],
    ['31 | r | a | RS | 01/03/23 | Parked', 'the status "Parked" is not Open, Ongoing'],
    ['31 | r |  | RS | 01/03/23 | Open', 'action 31 has no text'],
    ['3x | r | a | RS | 01/03/23 | Open', '"3x" is not an action number'],
  ])('%j is reported, not read', (row, message) => {
    const table = read(`No | Reference | Action | Owner | Due | Status\n${row}`);
    expect(table.rows).toEqual([]);
    expect(table.problems).toHaveLength(1);
    expect(table.problems[0]?.line).toBe(2);
    expect(table.problems[0]?.message).toContain(message);
  });

  it('reports a number given twice and reads the other rows', () => {
    const table = read(
      [
        '5 | r | one | RS | | Open',
        '5 | r | two | RS | | Open',
        '6 | r | three | KC | TBC | Closed',
      ].join('\n'),
    );
    expect(table.rows.map((r) => [r.number, r.status, r.due])).toEqual([
      [5, 'open', undefined],
      [6, 'closed', undefined],
    ]);
    expect(table.problems).toEqual([{ line: 2, message: 'action 5 appears twice in the table' }]);
    expect(table.highest).toBe(6);
  });

  it('counts the highest number even of a row it could not read', () => {
    expect(read('7 | r | a | RS | | Open\n9 | r | b | RS | 30/02/23 | Open').highest).toBe(9);
  });
});

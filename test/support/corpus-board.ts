import type { Guest } from '../../src/domain/attendance.js';
import type { Board } from '../../src/domain/board.js';
import { haveringBoard, member } from './fixtures.js';

/**
 * The people of the reference minutes on one board: the Havering executive (13 July 2022) and the
 * London board (4 February 2009), with the JB, EF and PG, two Pauls, and Probation.
 */
export const corpusBoard = (): Board => {
  const base = haveringBoard();
  return {
    ...base,
    agencies: [...base.agencies, { code: 'PROB', name: 'Probation', statutory: false }],
    members: [
      ...base.members,
      member(8, 'Jacqui Burke', 'JB', { agencyCode: 'ICB' }),
      member(9, 'Emma Fox', 'EF', { agencyCode: 'ICB' }),
      member(10, 'Paul Green', 'PG', { agencyCode: 'LA' }),
      member(11, 'Cheryl Coppell', 'CC', { agencyCode: 'LA' }),
      member(12, 'Simon Hart', 'SH', { agencyCode: 'LA' }),
      member(13, 'Trish Morris-Thompson', 'TMT', { agencyCode: 'ICB' }),
      member(14, 'Allan Gibson', 'AG', { agencyCode: 'POLICE' }),
      member(15, 'Paul Robinson', 'PR', { agencyCode: 'LA' }),
      member(16, 'Malcolm Jenkin', 'MJ', { agencyCode: 'PROB' }),
    ],
  };
};

/** Guests of the meeting in progress: "also in attendance". */
export const corpusGuests: Guest[] = [
  { id: 'g-1', name: 'Kim Walsh', designation: 'Head of Early Help' },
  { id: 'g-2', name: 'Barbara Nicholls', designation: 'Director of Adults Services' },
];

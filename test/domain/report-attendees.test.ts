import { describe, expect, it } from 'vitest';
import type { AttendanceRecord } from '../../src/domain/attendance.js';
import { emptyAttendance } from '../../src/domain/attendance.js';
import { memberId } from '../../src/domain/ids.js';
import type { ReportAttendee } from '../../src/domain/report-attendees.js';
import { confirmReportAttendees, reportAdditions } from '../../src/domain/report-attendees.js';
import { aadOf, haveringBoard, plannedMeeting } from '../support/fixtures.js';

const board = haveringBoard({
  members: haveringBoard().members.map((m) =>
    m.initials === 'TC'
      ? { ...m, memberUntil: '2022-06-30' }
      : m.initials === 'KC'
        ? { ...m, email: 'k.ceasar@nhs.example' }
        : m,
  ),
});
const rec = (
  n: number,
  code: AttendanceRecord['code'],
  source: AttendanceRecord['source'] = 'chair',
): AttendanceRecord => ({
  memberId: memberId(`m-${n}`),
  code,
  source,
  at: '2022-07-13T13:05:00Z',
});
const meeting = plannedMeeting({});
const withRecords = (records: AttendanceRecord[]) => ({
  ...meeting,
  attendance: { ...emptyAttendance(), records },
});
const seen = (...n: number[]): ReportAttendee[] =>
  n.map((k) => ({ aadObjectId: aadOf(k), name: `P${k}` }));

describe('reportAdditions: members the attendance report shows whom the register misses', () => {
  it.each([
    ['nothing recorded', [], seen(1, 2, 3), ['BB', 'LB', 'RS']],
    ['attended already', [rec(1, 'A', 'event')], seen(1, 3), ['RS']],
    ['closed as DNA', [rec(3, 'DNA')], seen(3), ['RS']],
    ['apologies stand', [rec(3, 'SA', 'member')], seen(3), []],
    ['a deputy stands', [rec(3, 'SD')], seen(3), []],
    ['an officer is never coded', [], seen(7), []],
    ['outside membership dates', [], seen(5), []],
    ['not on the board', [], seen(99), []],
    ['matched by email', [], [{ name: 'Korkor', email: 'K.Ceasar@nhs.example' }], ['KC']],
    ['listed twice', [], seen(2, 2), ['LB']],
  ] as const)('%s', (_case, records, attendees, expected) => {
    expect(
      reportAdditions(board, withRecords([...records]), attendees).map((m) => m.initials),
    ).toEqual(expected);
  });
});

describe('confirmReportAttendees', () => {
  const now = '2022-07-13T15:00:00Z';
  it('records those still missing as attended by the chair, and nobody twice', () => {
    const m = withRecords([rec(3, 'DNA'), rec(4, 'SA', 'member')]);
    const ids = ['m-3', 'm-4', 'm-6', 'm-7', 'm-5'];
    const once = confirmReportAttendees(board, m, m.attendance, ids, now);
    expect(once.records.map((r) => [r.memberId, r.code, r.source])).toEqual([
      ['m-4', 'SA', 'member'],
      ['m-3', 'A', 'chair'],
      ['m-6', 'A', 'chair'],
    ]);
    expect(confirmReportAttendees(board, m, once, ids, now)).toBe(once);
  });
});

import { describe, expect, it } from 'vitest';
import type { AttendanceRecord } from '../../src/domain/attendance.js';
import { emptyAttendance, recordFor, setRecord } from '../../src/domain/attendance.js';
import type { AttendancePrecedence } from '../../src/domain/attendance-precedence.js';
import { attendancePrecedence } from '../../src/domain/attendance-precedence.js';
import { memberId } from '../../src/domain/ids.js';

const RS = memberId('m-rs');
const at = '2022-07-13T13:00:00.000Z';
const rec = (
  code: AttendanceRecord['code'],
  source: AttendanceRecord['source'],
  deputy?: string,
): AttendanceRecord => ({
  memberId: RS,
  code,
  source,
  at,
  ...(deputy !== undefined && { deputy: { name: deputy, designation: 'Head of Service' } }),
});

/** Issue 19 item 8: who wins on the register, row by row of the rule's table. */
describe('attendancePrecedence', () => {
  it.each<[string, AttendanceRecord | undefined, AttendanceRecord, AttendancePrecedence]>([
    ['nothing yet, the member’s apologies', undefined, rec('SA', 'member'), 'apply'],
    ['nothing yet, a Teams join', undefined, rec('A', 'event'), 'apply'],
    ['the chair’s present, the chair’s apologies', rec('A', 'chair'), rec('SA', 'chair'), 'apply'],
    ['a member’s apologies, the chair’s present', rec('SA', 'member'), rec('A', 'chair'), 'apply'],
    ['a deputy, the chair’s present', rec('SD', 'chair', 'Jane Smith'), rec('A', 'chair'), 'apply'],
    ['the chair’s present, a Teams leave', rec('A', 'chair'), rec('DNA', 'event'), 'keep'],
    ['the member’s apologies, a Teams join', rec('SA', 'member'), rec('A', 'event'), 'keep'],
    ['a Teams join, another event', rec('A', 'event'), rec('DNA', 'event'), 'apply'],
    ['a Teams join, the member’s apologies', rec('A', 'event'), rec('SA', 'member'), 'apply'],
    ['the member’s own, the member again', rec('SA', 'member'), rec('A', 'member'), 'apply'],
    [
      'a deputy the chair recorded, the member’s apologies',
      rec('SD', 'chair', 'Jane Smith'),
      rec('SA', 'member'),
      'keep-deputy',
    ],
    [
      'the chair’s apologies, the member’s apologies',
      rec('SA', 'chair'),
      rec('SA', 'member'),
      'keep',
    ],
    [
      'the chair’s present, the member’s apologies',
      rec('A', 'chair'),
      rec('SA', 'member'),
      'conflict',
    ],
    [
      'the chair’s absent, the member’s apologies',
      rec('DNA', 'chair'),
      rec('SA', 'member'),
      'conflict',
    ],
    [
      'the chair’s apologies, a deputy the member (or a delegate) names',
      rec('SA', 'chair'),
      rec('SD', 'member', 'DI Sam Patel'),
      'apply',
    ],
    [
      'the chair’s absent, a deputy the member names',
      rec('DNA', 'chair'),
      rec('SD', 'member', 'DI Sam Patel'),
      'conflict',
    ],
    [
      'a deputy the chair recorded, another the member names',
      rec('SD', 'chair', 'Jane Smith'),
      rec('SD', 'member', 'DI Sam Patel'),
      'keep',
    ],
  ])('%s → %s', (_case, existing, incoming, outcome) => {
    expect(attendancePrecedence(existing, incoming)).toBe(outcome);
  });

  it('setRecord follows it: the deputy stays, the chair’s entry stays, the chair may change it', () => {
    const withDeputy = setRecord(emptyAttendance(), rec('SD', 'chair', 'Jane Smith'));
    const afterApologies = setRecord(withDeputy, rec('SA', 'member'));
    expect(recordFor(afterApologies, RS)).toMatchObject({
      code: 'SD',
      deputy: { name: 'Jane Smith' },
    });
    const present = setRecord(emptyAttendance(), rec('A', 'chair'));
    expect(recordFor(setRecord(present, rec('SA', 'member')), RS)?.code).toBe('A');
    expect(recordFor(setRecord(present, rec('SA', 'chair')), RS)?.code).toBe('SA');
  });
});

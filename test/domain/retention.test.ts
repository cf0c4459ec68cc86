import { describe, expect, it } from 'vitest';
import type { Action } from '../../src/domain/action.js';
import type { Meeting } from '../../src/domain/meeting.js';
import { isActionExpired, isMeetingExpired, retentionCutoff } from '../../src/domain/retention.js';

describe('retentionCutoff', () => {
  it.each([
    ['2026-11-23', 7, '2019-11-23'],
    ['2026-11-23', 1, '2025-11-23'],
    ['2028-02-29', 1, '2027-02-28'],
    ['2028-02-29', 4, '2024-02-29'],
    ['2026-01-01', 0, '2026-01-01'],
    ['2026-03-31', 2.7, '2024-03-31'],
  ])('%s, %d years → %s', (today, years, cutoff) => {
    expect(retentionCutoff(today, years)).toBe(cutoff);
  });
});

const meeting = (date: string, status: Meeting['status']): Meeting =>
  ({ date, status }) as unknown as Meeting;
const action = (status: Action['status'], updatedAt: string): Action =>
  ({ status, updatedAt }) as unknown as Action;

describe('what is past the retention period', () => {
  it.each([
    ['closed before the cutoff', meeting('2019-11-22', 'closed'), true],
    ['planned before the cutoff and never held', meeting('2019-01-10', 'planned'), true],
    ['on the cutoff day', meeting('2019-11-23', 'closed'), false],
    ['after the cutoff', meeting('2024-06-01', 'closed'), false],
    ['still under way, however old', meeting('2018-01-01', 'in-progress'), false],
  ])('a meeting %s → %s', (_name, m, expired) => {
    expect(isMeetingExpired(m, '2019-11-23')).toBe(expired);
  });

  it.each([
    ['completed before the cutoff', action('completed', '2019-11-22T16:00:00Z'), true],
    ['closed before the cutoff', action('closed', '2018-05-01T09:00:00Z'), true],
    ['completed on the cutoff day', action('completed', '2019-11-23T08:00:00Z'), false],
    ['open for years', action('open', '2015-01-01T09:00:00Z'), false],
    ['ongoing for years', action('ongoing', '2015-01-01T09:00:00Z'), false],
  ])('an action %s → %s', (_name, a, expired) => {
    expect(isActionExpired(a, '2019-11-23')).toBe(expired);
  });
});

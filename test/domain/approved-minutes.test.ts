import { describe, expect, it } from 'vitest';
import {
  amendmentSaid,
  isAmendmentSaid,
  withMinutesOutcome,
} from '../../src/domain/approved-minutes.js';
import { meetingId } from '../../src/domain/ids.js';
import type { Meeting, MinutesOutcome } from '../../src/domain/meeting.js';

const JULY = { id: meetingId('july'), date: '2022-07-13' };
const AUGUST = { id: meetingId('august'), date: '2022-08-10' };
const june = (patch: Partial<Meeting> = {}): Meeting =>
  ({ id: 'june', date: '2022-06-15', minutesStatus: 'draft', ...patch }) as Meeting;
const outcome = (kind: MinutesOutcome['outcome'], text?: string): MinutesOutcome => ({
  outcome: kind,
  ...(text !== undefined && { text }),
  at: '2022-07-13T13:05:00.000Z',
  by: 'aad-em',
});
const APPROVAL = {
  at: '2022-07-13T13:05:00.000Z',
  by: 'aad-em',
  atMeetingId: JULY.id,
  atMeetingDate: '2022-07-13',
};

describe('withMinutesOutcome: what the next meeting’s outcome does to the earlier minutes', () => {
  it.each([
    ['approved', june(), outcome('approved'), APPROVAL],
    [
      'approved with amendments keeps them',
      june(),
      outcome('approved-with-amendments', 'RS’ title corrected'),
      { ...APPROVAL, amendments: 'RS’ title corrected' },
    ],
    ['not approved leaves a draft a draft', june(), outcome('not-approved'), undefined],
    [
      'not approved takes an approval back',
      june({ minutesStatus: 'approved', minutesApproval: APPROVAL }),
      outcome('not-approved', 'incomplete'),
      undefined,
    ],
  ])('%s', (_name, earlier, given, approval) => {
    const after = withMinutesOutcome(earlier, given, JULY);
    expect(after.minutesApproval).toEqual(approval);
    expect(after.minutesStatus).toBe(approval === undefined ? 'draft' : 'approved');
  });

  it.each([
    ['the same approval again changes nothing', JULY, outcome('approved'), true],
    ['amendments added change it', JULY, outcome('approved-with-amendments', 'x'), false],
    ['approved again at another meeting changes it', AUGUST, outcome('approved'), false],
  ])('%s', (_name, approving, given, same) => {
    const earlier = june({ minutesStatus: 'approved', minutesApproval: APPROVAL });
    expect(withMinutesOutcome(earlier, given, approving) === earlier).toBe(same);
  });
});

describe('amendment words', () => {
  it('name the approved minutes by date, and are recognised (also when undone)', () => {
    const said = amendmentSaid({ date: '2022-07-13' }, 'note 3 on item 4 edited');
    expect(said).toBe('amendment to the approved minutes of 13 July 2022: note 3 on item 4 edited');
    expect(isAmendmentSaid(said)).toBe(true);
    expect(isAmendmentSaid(`undo of ${said}`)).toBe(true);
    expect(isAmendmentSaid('note 3 on item 4 edited')).toBe(false);
  });
});

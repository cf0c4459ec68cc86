import { describe, expect, it } from 'vitest';
import { addAgendaItem } from '../../src/domain/add-agenda-item.js';
import { discloseMeeting } from '../../src/domain/disclosure.js';
import { findItem } from '../../src/domain/find-item.js';
import { boardId, meetingId, memberId, tenantId } from '../../src/domain/ids.js';
import { declareInterest, interestLine, interestsAt } from '../../src/domain/interest.js';
import type { Meeting } from '../../src/domain/meeting.js';
import { newMeeting } from '../../src/domain/new-meeting.js';

let n = 0;
const newId = (): string => `i${(n += 1)}`;

const meeting = (interestsItem?: boolean): Meeting =>
  newMeeting({
    id: meetingId('m1'),
    boardId: boardId('b1'),
    tenantId: tenantId('t1'),
    title: 'Executive Planning Meeting',
    date: '2022-07-13',
    timeZone: 'Europe/London',
    now: new Date('2022-07-01T09:00:00Z'),
    newId,
    ...(interestsItem !== undefined && { interestsItem }),
  });

const KC = { id: memberId('mKC'), initials: 'KC', name: 'Korkor Ceasar' };
const RS = { id: memberId('mRS'), initials: 'RS', name: 'Robert South' };

const withItems = (): Meeting => {
  const open = addAgendaItem(meeting(), { title: 'Neglect strategy', presenters: [] }, newId());
  return addAgendaItem(
    open.meeting,
    { title: 'Child R rapid review', presenters: [], confidential: true },
    newId(),
  ).meeting;
};

const declare = (m: Meeting, who: typeof KC, item: string, text: string, key?: string) =>
  declareInterest(m, {
    id: newId(),
    member: who,
    item: findItem(m, item)!,
    text,
    at: '2022-07-13T13:10:00.000Z',
    by: 'Elisabeth Major',
    ...(key !== undefined && { key }),
  });

describe('the standing item "Declarations of interest"', () => {
  it.each([
    [undefined, ['Welcome', 'Minutes', 'AOB', 'Next meeting']],
    [false, ['Welcome', 'Minutes', 'AOB', 'Next meeting']],
    [true, ['Welcome', 'Interests', 'Minutes', 'AOB', 'Next meeting']],
  ])('board setting %j gives %j', (setting, numbers) => {
    const m = meeting(setting);
    expect(m.agenda.map((i) => i.number)).toEqual(numbers);
    if (setting === true) {
      expect(m.agenda[1]?.title).toBe('Declarations of interest');
      expect(findItem(m, 'declarations of interest')?.standing).toBe('interests');
      expect(findItem(m, 'interests')?.id).toBe(m.agenda[1]?.id);
    }
  });
});

describe('declareInterest', () => {
  it('records the member, the item, the words and who recorded it, in order', () => {
    let m = withItems();
    m = declare(m, KC, '1', 'Director of the provider under review', 'msg:a');
    m = declare(m, RS, '2', 'knows the family', 'msg:b');
    const item1 = findItem(m, '1')!;
    expect(interestsAt(m, item1.id).map(interestLine)).toEqual([
      'Interest declared: KC (Korkor Ceasar) — Director of the provider under review',
    ]);
    expect(m.interests?.map((i) => [i.initials, i.memberId, i.by, i.key])).toEqual([
      ['KC', 'mKC', 'Elisabeth Major', 'msg:a'],
      ['RS', 'mRS', 'Elisabeth Major', 'msg:b'],
    ]);
  });

  it('a repeat of the same message changes nothing', () => {
    const once = declare(withItems(), KC, '1', 'Director', 'msg:a');
    expect(declare(once, KC, '1', 'Director', 'msg:a')).toBe(once);
  });

  it('meetings stored before declarations read as none', () => {
    const m = withItems();
    expect(m.interests).toBeUndefined();
    expect(interestsAt(m, findItem(m, '1')!.id)).toEqual([]);
  });
});

describe('declarations of interest at a confidential item', () => {
  const m = declare(declare(withItems(), KC, '1', 'open words'), RS, '2', 'secret words');
  it.each([
    [{ kind: 'member' } as const, false, ['KC', 'RS']],
    [{ kind: 'board-chat' } as const, false, ['KC']],
    [{ kind: 'board-chat' } as const, true, ['KC', 'RS']],
    [{ kind: 'public' } as const, true, ['KC']],
  ])('%j (chat may show confidential: %j) sees %j', (audience, open, initials) => {
    const seen = discloseMeeting(m, audience, { boardChatMayShowConfidential: open });
    expect(seen.interests?.map((i) => i.initials)).toEqual(initials);
  });
});

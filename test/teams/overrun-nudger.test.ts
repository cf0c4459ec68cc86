import { describe, expect, it } from 'vitest';
import { overrunNudgeText } from '../../src/teams/overrun-nudger.js';

const nudge = {
  boardName: 'Northfield SCP Executive',
  meetingTitle: 'Executive Planning Meeting',
  elapsed: 25,
  allocated: 20,
};

describe('the overrun nudge’s wording', () => {
  it.each([
    [
      { number: '3', title: 'Child exploitation: police update' },
      8,
      'Item 3 (Child exploitation: police update) has run 25 of 20 min, 5 min over. The meeting is running 8 min over.',
    ],
    [
      { number: '3' },
      -4,
      'Item 3 has run 25 of 20 min, 5 min over. The meeting still has 4 min in hand.',
    ],
    [
      { number: 'AOB', title: 'Any other business' },
      0,
      'Item AOB (Any other business) has run 25 of 20 min, 5 min over. The meeting is on time.',
    ],
    [
      { number: '2a', title: 'Training' },
      undefined,
      'Item 2a (Training) has run 25 of 20 min, 5 min over. Type',
    ],
  ])('%o, meeting %s min over', (item, over, said) => {
    const text = overrunNudgeText({
      ...nudge,
      item,
      ...(over !== undefined && { meetingMinutesOver: over }),
    });
    expect(text).toContain(said);
    expect(text.startsWith('Executive Planning Meeting, Northfield SCP Executive: ')).toBe(true);
  });
});

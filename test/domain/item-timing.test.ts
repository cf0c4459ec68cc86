import { describe, expect, it } from 'vitest';
import { boardId, meetingId, tenantId } from '../../src/domain/ids.js';
import type { AgendaItem, Meeting } from '../../src/domain/meeting.js';
import {
  elapsedText,
  itemDueForNudge,
  itemTimingText,
  meetingOverrun,
  overrunMinutes,
  overrunText,
} from '../../src/domain/item-timing.js';
import { endMeetingNow } from '../../src/domain/end-meeting-now.js';
import { moveToItem } from '../../src/domain/move-to-item.js';
import { stampItemTimes } from '../../src/domain/stamp-item-times.js';
import { startMeetingNow } from '../../src/domain/start-meeting-now.js';

const item = (id: string, minutes: number, extra: Partial<AgendaItem> = {}): AgendaItem => ({
  id,
  number: id,
  title: `Item ${id}`,
  presenters: [],
  minutes,
  kind: 'discussion',
  confidential: false,
  papers: [],
  notes: [],
  decisions: [],
  ...extra,
});

const meeting = (agenda: AgendaItem[], extra: Partial<Meeting> = {}): Meeting => ({
  id: meetingId('m1'),
  boardId: boardId('b1'),
  tenantId: tenantId('t1'),
  title: 'Executive Planning Meeting',
  date: '2022-07-13',
  start: '14:00',
  end: '15:30',
  timeZone: 'Europe/London',
  startsAt: '2022-07-13T13:00:00.000Z',
  status: 'planned',
  minutesStatus: 'draft',
  agenda,
  createdAt: '2022-07-01T09:00:00.000Z',
  updatedAt: '2022-07-01T09:00:00.000Z',
  revision: 1,
  ...extra,
});

const at = (iso: string): Date => new Date(iso);
const started = (startedAt: string, extra: Partial<NonNullable<AgendaItem['actual']>> = {}) => ({
  actual: { startedAt, ...extra },
});

describe('elapsed time against the allocation', () => {
  it.each([
    ['not taken yet', item('1', 10), '2022-07-13T13:20:00Z', undefined, undefined],
    [
      'within',
      item('1', 10, started('2022-07-13T13:00:00Z')),
      '2022-07-13T13:09:59Z',
      '9 of 10 min',
      0,
    ],
    [
      'exactly the allocation',
      item('1', 10, started('2022-07-13T13:00:00Z')),
      '2022-07-13T13:10:00Z',
      '10 of 10 min',
      0,
    ],
    [
      '59 s past is not yet a minute over',
      item('1', 10, started('2022-07-13T13:00:00Z')),
      '2022-07-13T13:10:59Z',
      '10 of 10 min',
      0,
    ],
    [
      '1.5 × the allocation',
      item('1', 20, started('2022-07-13T13:00:00Z')),
      '2022-07-13T13:30:00Z',
      '30 of 20 min',
      10,
    ],
    [
      'no allocation: minutes, never over',
      item('1', 0, started('2022-07-13T13:00:00Z')),
      '2022-07-13T14:00:00Z',
      '60 min',
      undefined,
    ],
    [
      'ended: counted to its end, not to now',
      item('1', 10, started('2022-07-13T13:00:00Z', { endedAt: '2022-07-13T13:12:00Z' })),
      '2022-07-13T15:00:00Z',
      '12 of 10 min',
      2,
    ],
    [
      'taken again: earlier spells count',
      item(
        '1',
        10,
        started('2022-07-13T13:00:00Z', { resumedAt: '2022-07-13T13:40:00Z', earlierSeconds: 480 }),
      ),
      '2022-07-13T13:45:00Z',
      '13 of 10 min',
      3,
    ],
  ])('%s', (_name, i, now, text, over) => {
    expect(elapsedText(i, at(now))).toBe(text);
    expect(overrunMinutes(i, at(now))).toBe(over);
  });
});

describe('stamping actual times as the meeting runs', () => {
  const agenda = [
    item('1', 10),
    item('2', 20),
    item('2a', 5, { parentId: '2', suffix: 'a' }),
    item('3', 15),
  ];

  it('the start stamps the first item; moves end one and start the next; the end closes the current one (sub-items are items of their own)', () => {
    let m = startMeetingNow(meeting(agenda), at('2022-07-13T13:02:00Z'));
    expect(m.agenda[0]!.actual).toEqual({ startedAt: '2022-07-13T13:02:00.000Z' });
    const move = (to: Parameters<typeof moveToItem>[1], now: string) => {
      m = stampItemTimes(m, moveToItem(m, to).meeting, at(now));
    };
    move({ next: true }, '2022-07-13T13:14:00Z');
    move({ next: true }, '2022-07-13T13:30:00Z');
    move({ ref: '3' }, '2022-07-13T13:36:00Z');
    m = endMeetingNow(m, at('2022-07-13T13:50:00Z'));
    expect(
      m.agenda.map((i) => [
        i.number,
        i.actual?.startedAt.slice(11, 16),
        i.actual?.endedAt?.slice(11, 16),
      ]),
    ).toEqual([
      ['1', '13:02', '13:14'],
      ['2', '13:14', '13:30'],
      ['2a', '13:30', '13:36'],
      ['3', '13:36', '13:50'],
    ]);
    expect(itemTimingText(m.agenda[0]!, m.timeZone)).toBe('2.02pm–2.14pm (12 min, planned 10)');
    expect(itemTimingText(m.agenda[2]!, m.timeZone)).toBe('2.30pm–2.36pm (6 min, planned 5)');
  });

  it('going back to an item keeps its first start and adds the time already spent', () => {
    let m = startMeetingNow(meeting(agenda), at('2022-07-13T13:00:00Z'));
    m = stampItemTimes(m, moveToItem(m, { ref: '2' }).meeting, at('2022-07-13T13:08:00Z'));
    m = stampItemTimes(m, moveToItem(m, { ref: '1' }).meeting, at('2022-07-13T13:20:00Z'));
    expect(m.agenda[0]!.actual).toEqual({
      startedAt: '2022-07-13T13:00:00.000Z',
      resumedAt: '2022-07-13T13:20:00.000Z',
      earlierSeconds: 480,
    });
    expect(elapsedText(m.agenda[0]!, at('2022-07-13T13:25:00Z'))).toBe('13 of 10 min');
    m = endMeetingNow(m, at('2022-07-13T13:27:00Z'));
    expect(itemTimingText(m.agenda[0]!, m.timeZone)).toBe('2pm–2.27pm (15 min, planned 10)');
  });

  it('a move before the meeting starts stamps nothing; the start stamps the item chosen', () => {
    let m = meeting(agenda);
    m = stampItemTimes(m, moveToItem(m, { ref: '2' }).meeting, at('2022-07-13T12:50:00Z'));
    expect(m.agenda.every((i) => i.actual === undefined)).toBe(true);
    m = startMeetingNow(m, at('2022-07-13T13:00:00Z'));
    expect(m.agenda.map((i) => i.actual?.startedAt)).toEqual([
      undefined,
      '2022-07-13T13:00:00.000Z',
      undefined,
      undefined,
    ]);
  });

  it('the same move delivered twice changes nothing the second time', () => {
    const m = startMeetingNow(meeting(agenda), at('2022-07-13T13:00:00Z'));
    const once = stampItemTimes(
      m,
      moveToItem(m, { next: true, fromItemId: '1' }).meeting,
      at('2022-07-13T13:10:00Z'),
    );
    const again = moveToItem(once, { next: true, fromItemId: '1' });
    expect(again.moved).toBe(false);
    expect(stampItemTimes(once, again.meeting, at('2022-07-13T13:11:00Z'))).toBe(once);
  });
});

describe('actual times in the meeting’s time zone', () => {
  it.each([
    [
      'British Summer Time',
      'Europe/London',
      '2022-07-13T13:05:00Z',
      '2022-07-13T13:32:00Z',
      '2.05pm–2.32pm (27 min, planned 20)',
    ],
    [
      'Greenwich Mean Time',
      'Europe/London',
      '2022-12-14T10:05:00Z',
      '2022-12-14T10:32:00Z',
      '10.05am–10.32am (27 min, planned 20)',
    ],
    [
      'across the clocks going back',
      'Europe/London',
      '2022-10-30T00:50:00Z',
      '2022-10-30T01:10:00Z',
      '1.50am–1.10am (20 min, planned 20)',
    ],
    [
      'another zone',
      'America/New_York',
      '2022-07-13T14:00:00Z',
      '2022-07-13T14:45:00Z',
      '10am–10.45am (45 min, planned 20)',
    ],
  ])('%s', (_name, zone, from, to, said) => {
    expect(itemTimingText(item('1', 20, started(from, { endedAt: to })), zone)).toBe(said);
  });

  it('an item still running has no end yet; one with no allocation says no plan', () => {
    expect(itemTimingText(item('1', 20, started('2022-07-13T13:05:00Z')), 'Europe/London')).toBe(
      '2.05pm– (planned 20)',
    );
    expect(
      itemTimingText(
        item('1', 0, started('2022-07-13T13:05:00Z', { endedAt: '2022-07-13T13:09:00Z' })),
        'Europe/London',
      ),
    ).toBe('2.05pm–2.09pm (4 min)');
    expect(itemTimingText(item('1', 20), 'Europe/London')).toBeUndefined();
  });
});

describe('how far the meeting runs over its planned end', () => {
  const running = (agenda: AgendaItem[], extra: Partial<Meeting> = {}): Meeting =>
    meeting(agenda, {
      status: 'in-progress',
      startedAt: '2022-07-13T13:00:00.000Z',
      currentItemId: agenda.find((i) => i.actual !== undefined && i.actual.endedAt === undefined)
        ?.id,
      ...extra,
    });

  it.each([
    [
      'on time: the current item within its allocation',
      [item('1', 30, started('2022-07-13T13:00:00Z')), item('2', 60)],
      '2022-07-13T13:10:00Z',
      0,
      'running to time',
    ],
    [
      'the current item 15 min over with everything else still to come',
      [item('1', 30, started('2022-07-13T13:00:00Z')), item('2', 60)],
      '2022-07-13T13:45:00Z',
      15,
      'running 15 min over',
    ],
    [
      'an item finished early puts the meeting ahead',
      [
        item('1', 30, started('2022-07-13T13:00:00Z', { endedAt: '2022-07-13T13:10:00Z' })),
        item('2', 60, started('2022-07-13T13:10:00Z')),
      ],
      '2022-07-13T13:10:00Z',
      -20,
      'running 20 min ahead',
    ],
    [
      'an item skipped earlier is not counted',
      [item('1', 30), item('2', 30, started('2022-07-13T13:00:00Z')), item('3', 30)],
      '2022-07-13T13:30:00Z',
      -30,
      'running 30 min ahead',
    ],
    [
      'items with no allocation add nothing',
      [item('1', 30, started('2022-07-13T13:00:00Z')), item('2', 0), item('3', 60)],
      '2022-07-13T13:40:00Z',
      10,
      'running 10 min over',
    ],
  ])('%s', (_name, agenda, now, over, said) => {
    const result = meetingOverrun(running(agenda), at(now));
    expect(result?.minutesOver).toBe(over);
    expect(result === undefined ? undefined : overrunText(result)).toBe(said);
  });

  it('a late start on the planned day runs over; a meeting started on another day is measured from its start', () => {
    const agenda = [item('1', 30, started('2022-07-13T13:20:00Z')), item('2', 60)];
    expect(
      meetingOverrun(
        running(agenda, { startedAt: '2022-07-13T13:20:00.000Z' }),
        at('2022-07-13T13:20:00Z'),
      )?.minutesOver,
    ).toBe(20);
    const early = [item('1', 30, started('2022-07-06T09:00:00Z')), item('2', 60)];
    const r = meetingOverrun(
      running(early, { startedAt: '2022-07-06T09:00:00.000Z' }),
      at('2022-07-06T09:45:00Z'),
    );
    expect(r?.minutesOver).toBe(15);
    expect(r?.plannedEnd.toISOString()).toBe('2022-07-06T10:30:00.000Z');
  });

  it('without an end time the planned end is the start plus every allocation; nothing to say before the start, after the end or with no plan', () => {
    const agenda = [item('1', 30, started('2022-07-13T13:00:00Z')), item('2', 15)];
    expect(
      meetingOverrun(
        running(agenda, { end: undefined }),
        at('2022-07-13T13:40:00Z'),
      )?.plannedEnd.toISOString(),
    ).toBe('2022-07-13T13:45:00.000Z');
    expect(meetingOverrun(meeting(agenda), at('2022-07-13T13:40:00Z'))).toBeUndefined();
    expect(
      meetingOverrun(running(agenda, { status: 'closed' }), at('2022-07-13T13:40:00Z')),
    ).toBeUndefined();
    const noPlan = [item('1', 0, started('2022-07-06T09:00:00Z'))];
    expect(
      meetingOverrun(
        running(noPlan, {
          start: undefined,
          end: undefined,
          startedAt: '2022-07-06T09:00:00.000Z',
        }),
        at('2022-07-06T09:40:00Z'),
      ),
    ).toBeUndefined();
  });
});

describe('when the chair is nudged', () => {
  const running = (i: AgendaItem, status: Meeting['status'] = 'in-progress'): Meeting =>
    meeting([i], { status, startedAt: '2022-07-13T13:00:00.000Z', currentItemId: i.id });
  it.each([
    [
      '4 min 59 s past the allocation',
      item('1', 10, started('2022-07-13T13:00:00Z')),
      '2022-07-13T13:14:59Z',
      false,
    ],
    ['5 min past', item('1', 10, started('2022-07-13T13:00:00Z')), '2022-07-13T13:15:00Z', true],
    [
      'already nudged',
      item('1', 10, started('2022-07-13T13:00:00Z', { nudgedAt: '2022-07-13T13:15:00Z' })),
      '2022-07-13T13:40:00Z',
      false,
    ],
    ['no allocation', item('1', 0, started('2022-07-13T13:00:00Z')), '2022-07-13T15:00:00Z', false],
    [
      'taken again: earlier spells count',
      item(
        '1',
        10,
        started('2022-07-13T13:00:00Z', { resumedAt: '2022-07-13T13:30:00Z', earlierSeconds: 600 }),
      ),
      '2022-07-13T13:35:00Z',
      true,
    ],
  ])('%s', (_name, i, now, due) => {
    expect(itemDueForNudge(running(i), at(now))?.id).toBe(due ? '1' : undefined);
  });
  it('not once the meeting has ended', () => {
    expect(
      itemDueForNudge(
        running(item('1', 10, started('2022-07-13T13:00:00Z')), 'closed'),
        at('2022-07-13T14:00:00Z'),
      ),
    ).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { referenceMinutesInput } from '../../src/dev/reference-minutes.js';
import { meetingId } from '../../src/domain/ids.js';
import type { MinutesInput } from '../../src/exports/minutes-docx.js';
import { buildMinutesDocx } from '../../src/exports/minutes-docx.js';
import { docxText } from '../support/docx-text.js';

const render = async (change: (input: MinutesInput) => MinutesInput = (i) => i) =>
  docxText(await buildMinutesDocx(change(referenceMinutesInput())));

describe('the minutes .docx', () => {
  it.each<[string, (i: MinutesInput) => MinutesInput, string, string]>([
    ['draft', (i) => i, 'Draft', 'DRAFT'],
    [
      'approved at a later meeting',
      (i) => ({
        ...i,
        meeting: {
          ...i.meeting,
          minutesStatus: 'approved',
          minutesApproval: {
            at: '2020-04-22T09:20:00.000Z',
            by: 'Ivan Powell',
            atMeetingId: meetingId('hm-2020-04-22'),
            atMeetingDate: '2020-04-22',
          },
        },
      }),
      'Approved on Wednesday 22 April 2020 by the board',
      'AGREED',
    ],
    [
      'approved, by whom not recorded',
      (i) => ({ ...i, meeting: { ...i.meeting, minutesStatus: 'approved' } }),
      'Approved by the board',
      'AGREED',
    ],
  ])('heads every page with its status: %s', async (_name, change, header, title) => {
    const docx = await render(change);
    expect(docx.header).toEqual([
      `${header} · RESTRICTED — full minutes for board members; not for publication`,
    ]);
    expect(docx.headings[1]).toBe(`Safeguarding Partnership Board — ${title}`);
  });

  it('says the amendments the board approved the minutes with', async () => {
    const docx = await render((i) => ({
      ...i,
      meeting: {
        ...i.meeting,
        minutesApproval: {
          at: '2020-04-22T09:20:00.000Z',
          by: 'Ivan Powell',
          atMeetingId: meetingId('hm-2020-04-22'),
          atMeetingDate: '2020-04-22',
          amendments: 'item 2: "seven-minute briefing" for "briefing"',
        },
      },
    }));
    expect(docx.lines[3]).toBe(
      'Approved with amendments: item 2: "seven-minute briefing" for "briefing"',
    );
  });

  it('prints each heading once, with the times the item was actually taken', async () => {
    const docx = await render();
    expect(docx.headings).toEqual([
      'Herefordshire Safeguarding Children Partnership',
      'Safeguarding Partnership Board — DRAFT',
      'Attendance',
      'Agenda and notes',
      'Welcome, introductions and apologies',
      'Minutes of the previous meeting, action log and matters arising',
      '1. Neglect strategy and toolkit',
      '2. Rapid review: Child L',
      '3. Section 11 audit 2019–20',
      'Any other business',
      'Date of next meeting',
      'Action log review',
      'New actions',
    ]);
    const at = docx.lines.indexOf('1. Neglect strategy and toolkit');
    expect(docx.lines[at + 1]).toBe('Taken 10.25am–10.50am');
    expect(docx.lines.find((l) => l.startsWith('Also in attendance'))).toBe(
      'Also in attendance: Juliet Bryant (JB), Partnership Business Manager; Dr Anna Price, Consultant Paediatrician (item 1)',
    );
  });

  it('leaves the review out when the caller gives no carried actions, and says when none were carried', async () => {
    expect(
      (
        await render((i) => {
          const { carried: _carried, ...rest } = i;
          return rest;
        })
      ).headings,
    ).not.toContain('Action log review');
    const none = await render((i) => ({ ...i, carried: [] }));
    expect(none.lines[none.lines.indexOf('Action log review') + 1]).toBe(
      'No actions were carried into this meeting.',
    );
  });

  it('the review table: owners by name, an agency by its name, updates one a line', async () => {
    const docx = await render();
    expect(docx.tables[1]).toEqual([
      ['No', 'Reference', 'Action', 'Owner', 'Update', 'Status / revised date'],
      [
        '15',
        '23.10.19 ref 4.1',
        'Circulate the neglect strategy to partners for comment',
        'Kate Wilson (KW)',
        '15.01.20: Comments received from police and education',
        'Ongoing – revised date 31.03.20',
      ],
      [
        '16',
        '23.10.19 ref 5.2',
        'Publish the learning brief from the Child K review',
        'Elaine Fisher (EF)',
        '19.02.20: Published on the partnership website',
        'Completed',
      ],
      [
        '18',
        '18.12.19 ref 2.1',
        'Report school exclusion figures for children on a plan',
        'Martin Hughes (MH), Local authority',
        '12.02.20: Figures requested from the Education Access team',
        'Ongoing – due 19.02.20',
      ],
    ]);
  });
});

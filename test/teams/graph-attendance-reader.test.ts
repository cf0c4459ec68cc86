import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { GraphDouble } from '../../doubles/graph-double.js';
import { startGraphDouble } from '../../doubles/graph-double.js';
import { graphAttendanceReader } from '../../src/teams/graph-attendance-reader.js';

const ORGANIZER = '5f1a2b3c-0000-4000-8000-00000000000b';
const MEETING = 'MSpkYzE3Njc0Yy04MWQ5LTRhZGItYmZiMi04ZGRjMzhjNjcwZTE';
const SINCE = '2022-07-13T01:00:00.000Z';

let graph: GraphDouble;
beforeAll(async () => {
  graph = await startGraphDouble();
});
afterAll(() => graph.close());
beforeEach(() => graph.reset());

const reader = (token = 'app-token') =>
  graphAttendanceReader({ baseUrl: graph.url, token: () => Promise.resolve(token) });

const read = () =>
  reader().read({ organizerAadObjectId: ORGANIZER, graphMeetingId: MEETING, since: SINCE });

const report = (id: string, start: string, people: [string | null, string, string?][]) => ({
  id,
  meetingStartDateTime: start,
  meetingEndDateTime: start.replace('T13', 'T14'),
  records: people.map(([aad, name, email]) => ({
    identity: { id: aad, displayName: name },
    emailAddress: email ?? null,
  })),
});

describe('reading Teams attendance reports from Microsoft Graph', () => {
  it('lists the reports, reads each of this session with its records, with the app token', async () => {
    graph.reports.set(`${ORGANIZER}/${MEETING}`, [
      report('r-old', '2022-06-15T13:00:00Z', [['aad-old', 'Someone Earlier']]),
      report('r-1', '2022-07-13T13:00:04Z', [
        ['aad-rs', 'Robert South'],
        [null, 'Barbara Nicholls', 'b.nicholls@example.org'],
      ]),
    ]);
    expect(await read()).toEqual({
      kind: 'report',
      attendees: [
        { aadObjectId: 'aad-rs', name: 'Robert South' },
        { name: 'Barbara Nicholls', email: 'b.nicholls@example.org' },
      ],
    });
    expect(graph.requests.map((r) => r.path)).toEqual([
      `/v1.0/users/${ORGANIZER}/onlineMeetings/${MEETING}/attendanceReports`,
      `/v1.0/users/${ORGANIZER}/onlineMeetings/${MEETING}/attendanceReports/r-1?$expand=attendanceRecords`,
    ]);
    expect(graph.requests.every((r) => r.authorization === 'Bearer app-token')).toBe(true);
  });

  it('says "not ready" for an unknown meeting (404) and for no report yet (an empty list)', async () => {
    expect(await read()).toEqual({ kind: 'not-ready' });
    graph.reports.set(`${ORGANIZER}/${MEETING}`, []);
    expect(await read()).toEqual({ kind: 'not-ready' });
  });

  it('says "not allowed" when Graph refuses (403: permission not consented)', async () => {
    graph.reports.set(`${ORGANIZER}/${MEETING}`, [report('r-1', '2022-07-13T13:00:04Z', [])]);
    graph.fault = () => ({ status: 403 });
    expect(await read()).toEqual({ kind: 'not-allowed' });
  });

  it('waits out a short Retry-After once, and gives up on a long one', async () => {
    graph.reports.set(`${ORGANIZER}/${MEETING}`, [
      report('r-1', '2022-07-13T13:00:04Z', [['aad-rs', 'Robert South']]),
    ]);
    graph.fault = (_path, attempt) =>
      attempt === 1 ? { status: 429, headers: { 'Retry-After': '0' } } : undefined;
    expect(await read()).toEqual({
      kind: 'report',
      attendees: [{ aadObjectId: 'aad-rs', name: 'Robert South' }],
    });
    expect(graph.requests.map((r) => r.status)).toEqual([429, 200, 429, 200]);

    graph.requests.length = 0;
    graph.fault = () => ({ status: 429, headers: { 'Retry-After': '120' } });
    expect(await read()).toEqual({ kind: 'unavailable', retryAfterSeconds: 120 });
    expect(graph.requests).toHaveLength(1);
  });

  it('gives up after one retry when Graph keeps throttling, and on a server error', async () => {
    graph.reports.set(`${ORGANIZER}/${MEETING}`, [report('r-1', '2022-07-13T13:00:04Z', [])]);
    graph.fault = () => ({ status: 429, headers: { 'Retry-After': '0' } });
    expect(await read()).toEqual({ kind: 'unavailable', retryAfterSeconds: 0 });
    expect(graph.requests).toHaveLength(2);
    graph.fault = () => ({ status: 503 });
    expect(await read()).toEqual({ kind: 'unavailable' });
  });

  it('sends no Authorization header when there is no token (a local run on a double)', async () => {
    const anonymous = graphAttendanceReader({
      baseUrl: graph.url,
      token: () => Promise.resolve(undefined),
    });
    await anonymous.read({
      organizerAadObjectId: ORGANIZER,
      graphMeetingId: MEETING,
      since: SINCE,
    });
    expect(graph.requests[0]?.authorization).toBeUndefined();
  });
});

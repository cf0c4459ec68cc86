import { z } from 'zod';
import type { UnreachablePerson } from '../domain/board.js';
import type { Meeting } from '../domain/meeting.js';
import type { AgencyOutlook, QuorumForecast } from '../domain/quorum-forecast.js';
import { forecastAtRisk } from '../domain/quorum-forecast.js';
import { formatLongDate } from '../domain/zoned-time.js';
import type { AdaptiveCard, CardAction, CardElement } from './card-types.js';
import {
  card,
  executeAction,
  facts,
  heading,
  messageLine,
  notice,
  subtle,
  text,
} from './elements.js';
import { meetingRef } from './meeting-ref.js';
import { reachReasonText } from './reach-text.js';
import { MeetingData, Verbs } from './verbs.js';

/** A delegate's answer on the forecast card: the agency it asks about; a deputy from the inputs. */
export const ForecastAnswerData = MeetingData.extend({
  agencyCode: z.string().min(1).max(20),
  deputyName: z.string().max(100).optional(),
  deputyDesignation: z.string().max(100).optional(),
});
export type ForecastAnswer = z.infer<typeof ForecastAnswerData>;

/** "Send apologies" on the agenda card, with an optional deputy from its inputs. */
export const ApologiesData = MeetingData.extend({
  deputyName: z.string().max(100).optional(),
  deputyDesignation: z.string().max(100).optional(),
});

/** "18 December": the day a card asks about, as people say it. */
const dayMonth = (date: string): string => formatLongDate(date).split(' ').slice(1, 3).join(' ');

const names = (people: readonly { name: string; initials: string }[]): string =>
  people.map((p) => `${p.name} (${p.initials})`).join(', ');

/** Why an agency is or is not covered: member expected / deputy named / apologies, nobody named. */
export const outlookLine = (a: AgencyOutlook): string => {
  switch (a.status) {
    case 'member':
      return `member expected: ${names(a.expected)}`;
    case 'deputy':
      return `deputy named: ${a.deputies.map((d) => `${d.name}${d.designation === undefined ? '' : ` (${d.designation})`} for ${d.forMember.initials}${d.unauthorised === true ? ` (not authorised to decide for ${a.name})` : ''}`).join('; ')}`;
    case 'missing': {
      const why =
        a.apologies.length === 0
          ? 'no member on the board'
          : `apologies from ${names(a.apologies)}`;
      const ask =
        a.delegates.length === 0
          ? 'no delegates recorded'
          : `delegates: ${a.delegates.map((d) => d.name).join(', ')}`;
      return `${why}, nobody named (${ask})`;
    }
  }
};

type ForecastView = {
  boardName: string;
  meeting: Pick<Meeting, 'id' | 'boardId' | 'title' | 'date'>;
  forecast: QuorumForecast;
  /** Sent by itself this many working days before; absent when asked for. */
  daysBefore?: number;
  unreachable?: readonly UnreachablePerson[];
};

/** The forecast for the chair and coordinators: the verdict, then each statutory agency and why. */
export const renderForecastCard = (view: ForecastView): AdaptiveCard => {
  const { meeting, forecast } = view;
  const atRisk = forecastAtRisk(forecast);
  const verdict = atRisk
    ? `At risk: ${meeting.title} on ${formatLongDate(meeting.date)} will not be quorate as things stand (${forecast.result.explanation}).`
    : `${meeting.title} on ${formatLongDate(meeting.date)} should be quorate (${forecast.result.explanation}).`;
  const body: CardElement[] = [
    ...heading('Quorum forecast', view.boardName),
    notice(verdict, atRisk ? 'attention' : 'good'),
    facts(forecast.agencies.map((a) => [a.name, outlookLine(a)] as const)),
  ];
  if (forecast.agencies.length === 0)
    body.push(text('The board has no statutory agencies: its rule alone decides.'));
  if ((view.unreachable ?? []).length > 0)
    body.push(
      text(
        `Quorate could not reach: ${(view.unreachable ?? []).map((u) => `${u.name} (${reachReasonText(u.reason)})`).join('; ')}. Please contact them directly.`,
        { color: 'Attention' },
      ),
    );
  if (atRisk && forecast.missing.length > 0)
    body.push(
      subtle(
        view.daysBefore === undefined
          ? 'Delegates of a missing agency are asked 3 and 1 working days before the meeting to attend or name a deputy.'
          : `Sent ${view.daysBefore} working day${view.daysBefore === 1 ? '' : 's'} before the meeting; the delegates of each missing agency have been asked to attend or name a deputy.`,
      ),
    );
  return card(body, [executeAction('Attendance', Verbs.registerShow, meetingRef(meeting))]);
};

/** Several boards' forecasts in one card (a personal chat: every board the person runs). */
export const renderForecastsCard = (views: readonly ForecastView[]): AdaptiveCard =>
  card(
    views.flatMap((view) => {
      const one = renderForecastCard(view);
      return [{ type: 'Container', separator: true, spacing: 'Large', items: one.body }];
    }),
  );

const deputyInputs = (idPrefix = 'deputy'): CardElement[] => [
  {
    type: 'Input.Text',
    id: `${idPrefix}Name`,
    label: 'Deputy’s name',
    placeholder: 'e.g. DI Sam Patel',
    maxLength: 100,
  },
  {
    type: 'Input.Text',
    id: `${idPrefix}Designation`,
    label: 'Their role',
    placeholder: 'e.g. Detective Inspector, Public Protection',
    maxLength: 100,
  },
];

/** A button that opens inputs under the card, with one button that sends them. */
const showCard = (title: string, body: CardElement[], send: CardAction): CardAction => ({
  type: 'Action.ShowCard',
  title,
  card: { type: 'AdaptiveCard', body: [...body, { type: 'ActionSet', actions: [send] }] },
});

/**
 * To a delegate of a statutory agency nobody is attending for: "Police has no one attending on
 * 18 December — attend, or name a deputy", answered in place. Once answered, `answered` says what
 * was recorded and the buttons stay (a second click changes nothing).
 */
export const renderForecastAskCard = (view: {
  boardName: string;
  meeting: Pick<Meeting, 'id' | 'boardId' | 'title' | 'date'>;
  agency: { code: string; name: string };
  delegateName: string;
  answered?: string;
  problem?: string;
}): AdaptiveCard => {
  const data = { ...meetingRef(view.meeting), agencyCode: view.agency.code };
  return card(
    [
      ...heading(
        view.answered === undefined
          ? `${view.agency.name} has no one attending on ${dayMonth(view.meeting.date)} — attend, or name a deputy`
          : `${view.agency.name} at ${view.meeting.title}, ${dayMonth(view.meeting.date)}`,
        view.boardName,
      ),
      ...messageLine(view.answered),
      ...(view.problem === undefined ? [] : [text(view.problem, { color: 'Attention' })]),
      text(
        `${view.meeting.title}, ${formatLongDate(view.meeting.date)}. Without someone able to decide for ${view.agency.name} the meeting will not be quorate, and what it decides will need ratifying. You are one of the people authorised to decide for ${view.agency.name}.`,
      ),
    ],
    [
      executeAction('I’ll attend', Verbs.forecastAttend, data),
      showCard(
        'Name a deputy',
        deputyInputs(),
        executeAction('Record the deputy', Verbs.forecastDeputy, data),
      ),
    ],
  );
};

/**
 * The agenda card's "Send apologies" for a planned meeting, at once or with a deputy named in the
 * inputs: an ActionSet in the card's body, since its top-level actions are the chair's (five at most).
 */
export const apologiesActionSet = (meeting: Pick<Meeting, 'id' | 'boardId'>): CardElement => ({
  type: 'ActionSet',
  separator: true,
  actions: [apologiesAction(meeting)],
});

const apologiesAction = (meeting: Pick<Meeting, 'id' | 'boardId'>): CardAction =>
  showCard(
    'Send apologies',
    [
      text('Your apologies for this meeting. Name a deputy if someone attends for you.', {
        size: 'Small',
      }),
      ...deputyInputs(),
    ],
    executeAction('Send my apologies', Verbs.apologiesSend, meetingRef(meeting)),
  );

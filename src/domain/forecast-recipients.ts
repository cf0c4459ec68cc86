import { findMemberByAad } from './board.js';
import { tenantId } from './ids.js';
import type { NoticeMessage } from './notice-message.js';
import { forecastAtRisk, forecastQuorum } from './quorum-forecast.js';
import type { ReminderDecision, ReminderFacts, ReminderRecipient } from './reminder-recipients.js';
import { chairAndCoordinators } from './reminder-recipients.js';

/**
 * Who a quorum forecast reminder tells (3 and 1 working days before the meeting): nobody when the
 * meeting looks quorate; otherwise the chair and coordinators get the forecast, and each delegate
 * of a missing statutory agency whom Quorate can address gets a card to attend or name a deputy.
 * A meeting moved, started or gone cancels it (its replacement was planned with the move).
 */
export const forecastRecipients = (facts: ReminderFacts): ReminderDecision => {
  const { board, meeting, reminder } = facts;
  if (meeting === undefined) return { kind: 'cancel', outcome: 'meeting-gone' };
  if (meeting.status !== 'planned' || meeting.date !== reminder.plannedFor)
    return { kind: 'cancel', outcome: 'meeting-changed' };
  const forecast = forecastQuorum(board, meeting);
  if (!forecastAtRisk(forecast)) return { kind: 'send', recipients: [] };
  const asks: ReminderRecipient[] = forecast.agencies
    .filter((a) => a.status === 'missing')
    .flatMap((agency) =>
      agency.delegates.flatMap((delegate): ReminderRecipient[] => {
        const aad =
          delegate.aadObjectId ??
          board.members.find((m) => m.id === delegate.memberId)?.aadObjectId;
        if (aad === undefined) return [];
        const member = findMemberByAad(board, aad);
        const home = member?.reach?.homeTenantId;
        return [
          {
            key: `ask:${agency.code}:${aad.toLowerCase()}`,
            name: delegate.name,
            aadObjectId: aad,
            ...(home !== undefined && { homeTenantId: tenantId(home) }),
            message: {
              kind: 'forecast-ask',
              board,
              meeting,
              agency: { code: agency.code, name: agency.name },
              delegateName: delegate.name,
            },
          },
        ];
      }),
    );
  const askedKeys = new Set(asks.map((a) => (a.aadObjectId ?? '').toLowerCase()));
  const message: NoticeMessage = {
    kind: 'quorum-forecast',
    board,
    meeting,
    forecast,
    daysBefore: -(reminder.daysFromDue ?? 0),
    unreachable: (board.unreachable ?? []).filter((u) => askedKeys.has(u.key.toLowerCase())),
  };
  const managers: ReminderRecipient[] = chairAndCoordinators(board).flatMap((m) =>
    m.aadObjectId === undefined
      ? []
      : [
          {
            key: `forecast:${m.aadObjectId.toLowerCase()}`,
            name: m.name,
            aadObjectId: m.aadObjectId,
            ...(m.reach?.homeTenantId !== undefined && {
              homeTenantId: tenantId(m.reach.homeTenantId),
            }),
            message,
          },
        ],
  );
  return { kind: 'send', recipients: [...asks, ...managers] };
};

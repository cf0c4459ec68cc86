import type { Activity } from 'botbuilder';
import type { AdaptiveCard } from '../cards/card-types.js';
import {
  renderDigestCard,
  renderEscalationCard,
  renderNotMineCard,
  renderPaperChaserCard,
  renderPapersOutstandingCard,
  renderProposalDecidedCard,
  renderProposalNoticeCard,
  renderReminderCard,
} from '../cards/render-reminder-cards.js';
import { dayDiff } from '../domain/reminder-policy.js';
import type { Audience } from '../domain/disclosure.js';
import { discloseNotice } from '../services/disclose-notice.js';
import type { Addressee, NoticeMessage, Notifier, SendResult } from '../services/ports.js';
import { cardAttachment } from './card-message.js';
import type { ProactiveSender } from './proactive.js';

/** The card for a notice; reminders are the action card to answer in place. */
export const noticeCard = (message: NoticeMessage): AdaptiveCard => {
  const nextMeeting = 'nextMeeting' in message ? message.nextMeeting : undefined;
  const common = {
    boardName: message.board.name,
    ...(nextMeeting !== undefined && { nextMeeting }),
  };
  switch (message.kind) {
    case 'action-reminder':
      return renderReminderCard({
        ...common,
        action: message.action,
        today: message.today,
        canManage: message.canManage,
        // Said as of the day it goes out: a reminder sent late must not say "due in 7 days".
        daysFromDue: dayDiff(message.reminder.plannedFor ?? message.today, message.today),
        due: message.reminder.plannedFor ?? message.today,
      });
    case 'escalation':
      return renderEscalationCard({
        ...common,
        action: message.action,
        today: message.today,
        canManage: true,
        daysFromDue: dayDiff(message.reminder.plannedFor ?? message.today, message.today),
      });
    case 'digest':
      return renderDigestCard({
        ...common,
        overdue: message.overdue,
        undated: message.undated,
        unreachable: message.unreachable,
        today: message.today,
      });
    case 'papers-presenter':
      return renderPaperChaserCard({
        boardName: message.board.name,
        meetingTitle: message.meeting.title,
        meetingDate: message.meeting.date,
        items: message.items,
        deadline: message.deadline,
      });
    case 'papers-coordinator':
      return renderPapersOutstandingCard({
        boardName: message.board.name,
        meetingId: message.meeting.id,
        meetingTitle: message.meeting.title,
        meetingDate: message.meeting.date,
        missing: message.missing,
        deadline: message.deadline,
      });
    case 'proposal':
      return renderProposalNoticeCard({
        ...common,
        action: message.action,
        today: message.today,
        canManage: true,
      });
    case 'proposal-decided':
      return renderProposalDecidedCard({
        ...common,
        action: message.action,
        today: message.today,
        canManage: false,
        accepted: message.accepted,
        date: message.date,
      });
    case 'not-mine':
      return renderNotMineCard({
        ...common,
        action: message.action,
        today: message.today,
        canManage: true,
        ownerName: message.ownerName,
      });
  }
};

const escapeText = (value: string): string => value.replace(/[<>&]/g, ' ');

/** In the board's conversation: an @mention where Teams knows the person, their name otherwise. */
const addressed = (activity: Partial<Activity>, addressee: Addressee): Partial<Activity> => {
  const name = escapeText(addressee.name);
  if (addressee.aadObjectId === undefined)
    return {
      ...activity,
      text: `For ${name} (Quorate could not reach them in Teams; please pass this on):`,
    };
  const mention = `<at>${name}</at>`;
  return {
    ...activity,
    text: `${mention}, Quorate could not reach you in a personal chat:`,
    entities: [
      {
        type: 'mention',
        text: mention,
        mentioned: { id: addressee.aadObjectId, name: addressee.name },
      },
    ],
  };
};

const statusOf = (error: unknown): number | undefined => {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as { statusCode?: unknown; status?: unknown; response?: { status?: unknown } };
  const status = e.statusCode ?? e.status ?? e.response?.status;
  return typeof status === 'number' ? status : undefined;
};

const retryAfterOf = (error: unknown): number | undefined => {
  const headers = (error as { response?: { headers?: unknown } } | undefined)?.response?.headers;
  let value: unknown;
  if (headers !== null && typeof headers === 'object') {
    const h = headers as { get?: (name: string) => unknown } & Record<string, unknown>;
    value = typeof h.get === 'function' ? h.get('retry-after') : h['retry-after'];
  }
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds) * 1000;
  const at = Date.parse(String(value));
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
};

/** What a failed send means: refused for good (never retried) or worth another try later. */
export const classifySendError = (error: unknown): SendResult => {
  const status = statusOf(error);
  if (status === 429) {
    const retryAfterMs = retryAfterOf(error);
    return {
      ok: false,
      permanent: false,
      code: 'throttled',
      ...(retryAfterMs !== undefined && { retryAfterMs }),
    };
  }
  if (status === 403) return { ok: false, permanent: true, code: 'forbidden' };
  if (status === 404) return { ok: false, permanent: true, code: 'not-found' };
  if (status === 400 || status === 401) return { ok: false, permanent: true, code: 'refused' };
  if (status === undefined && error instanceof Error && /not allowed/.test(error.message))
    return { ok: false, permanent: true, code: 'url-refused' };
  return { ok: false, permanent: false, code: 'unavailable' };
};

const BOARD_CHAT: Audience = { kind: 'board-chat' };

/** Sends notices as cards through the proactive sender (which allows only Teams service URLs). */
export const createTeamsNotifier =
  (send: ProactiveSender): Notifier['send'] =>
  async (reference, message, addressee) => {
    /** Without an addressee it goes to that person; with one, into the board's chat. */
    const shown = addressee === undefined ? message : discloseNotice(message, BOARD_CHAT);
    const activity: Partial<Activity> = {
      type: 'message',
      attachments: [cardAttachment(noticeCard(shown))],
    };
    try {
      await send(reference, addressee === undefined ? activity : addressed(activity, addressee));
      return { ok: true };
    } catch (error) {
      return classifySendError(error);
    }
  };

export const teamsNotifier = (send: ProactiveSender): Notifier => ({
  send: createTeamsNotifier(send),
});

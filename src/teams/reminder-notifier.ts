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
import { renderForecastAskCard, renderForecastCard } from '../cards/render-forecast-cards.js';
import { dayDiff } from '../domain/reminder-policy.js';
import type { Audience } from '../domain/disclosure.js';
import { discloseNotice } from '../services/disclose-notice.js';
import type { Addressee, NoticeMessage, Notifier } from '../services/ports.js';
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
        timeZone: message.board.rules.timeZone,
        ...(message.lastReached !== undefined && { lastReached: message.lastReached }),
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
        owners: message.owners,
        timeZone: message.board.rules.timeZone,
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
        boardId: message.board.id,
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
    case 'quorum-forecast':
      return renderForecastCard({
        boardName: message.board.name,
        meeting: message.meeting,
        forecast: message.forecast,
        daysBefore: message.daysBefore,
        unreachable: message.unreachable,
      });
    case 'forecast-ask':
      return renderForecastAskCard({
        boardName: message.board.name,
        meeting: message.meeting,
        agency: message.agency,
        delegateName: message.delegateName,
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

const BOARD_CHAT: Audience = { kind: 'board-chat' };

/**
 * Sends notices as cards through the proactive sender (which allows only Teams service URLs) and
 * hands back what Teams answered.
 */
export const createTeamsNotifier =
  (send: ProactiveSender): Notifier['send'] =>
  (reference, message, addressee) => {
    /** Without an addressee it goes to that person; with one, into the board's chat. */
    const shown = addressee === undefined ? message : discloseNotice(message, BOARD_CHAT);
    const activity: Partial<Activity> = {
      type: 'message',
      attachments: [cardAttachment(noticeCard(shown))],
    };
    return send(reference, addressee === undefined ? activity : addressed(activity, addressee));
  };

export const teamsNotifier = (send: ProactiveSender): Notifier => ({
  send: createTeamsNotifier(send),
});

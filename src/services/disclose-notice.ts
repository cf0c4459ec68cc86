import type { Audience } from '../domain/disclosure.js';
import {
  CONFIDENTIAL_TITLE,
  discloseAction,
  disclosePolicyOf,
  disclosureOf,
} from '../domain/disclosure.js';
import type { Meeting } from '../domain/meeting.js';
import type { NoticeMessage } from './ports.js';

/** Agenda items named in a notice, titled as the audience may see them. */
const discloseTitles = <T extends { number: string; title: string }>(
  meeting: Meeting,
  items: readonly T[],
  audience: Audience,
  policy: ReturnType<typeof disclosePolicyOf>,
): T[] =>
  items.map((item) => {
    const stored = meeting.agenda.find((i) => i.number === item.number);
    if (stored === undefined) return item;
    const shown =
      disclosureOf(
        { kind: 'item', confidential: stored.confidential, itemId: stored.id },
        audience,
        policy,
      ) === 'show';
    return { ...item, title: shown ? item.title : CONFIDENTIAL_TITLE };
  });

/**
 * A notice as an audience may read it (domain/disclosure.ts). Notices go to one person's chat, and
 * to the board's chat, @mentioning them, when that person cannot be reached: there a confidential
 * action or item is redacted like anything else said in the chat.
 */
export const discloseNotice = (message: NoticeMessage, audience: Audience): NoticeMessage => {
  const policy = disclosePolicyOf(message.board.rules);
  switch (message.kind) {
    case 'action-reminder':
    case 'escalation':
    case 'proposal':
    case 'proposal-decided':
    case 'not-mine':
      return { ...message, action: discloseAction(message.action, audience, policy) };
    case 'digest':
      return {
        ...message,
        overdue: message.overdue.map((a) => discloseAction(a, audience, policy)),
        undated: message.undated.map((a) => discloseAction(a, audience, policy)),
      };
    case 'papers-presenter':
      return {
        ...message,
        items: discloseTitles(message.meeting, message.items, audience, policy),
      };
    case 'papers-coordinator':
      return {
        ...message,
        missing: discloseTitles(message.meeting, message.missing, audience, policy),
      };
    case 'quorum-forecast':
    case 'forecast-ask':
      // Who is expected and who sent apologies: the register's own facts, never an item's content.
      return message;
  }
};

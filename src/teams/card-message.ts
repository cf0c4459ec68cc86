import type { Activity, Attachment } from 'botbuilder';
import { CardFactory, MessageFactory } from 'botbuilder';
import type { AdaptiveCard } from '../cards/card-types.js';

export const cardAttachment = (card: AdaptiveCard): Attachment => CardFactory.adaptiveCard(card);

export const cardMessage = (card: AdaptiveCard): Partial<Activity> =>
  MessageFactory.attachment(cardAttachment(card));

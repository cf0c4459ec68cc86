import { z } from 'zod';
import { CardBoardData } from './verbs.js';

/** "Link to this board" on the board choice: the board is only a hint (services/resolve-board.ts). */
export const MeetingLinkData = CardBoardData.extend({
  meetingId: z.string().min(1).max(100).optional(),
});

/** "Record them as attended": the members the report showed, checked against the board on click. */
export const ReportConfirmData = CardBoardData.extend({
  meetingId: z.string().min(1).max(100),
  /** Member ids joined by commas (card data holds no arrays). */
  memberIds: z
    .string()
    .min(1)
    .max(20000)
    .transform((ids) => ids.split(',').filter((id) => id !== '')),
});

import { createHash } from 'node:crypto';
import { agendaShape } from '../domain/number-agenda.js';
import type { Meeting } from '../domain/meeting.js';

/** A short fingerprint of the agenda's order and numbers, carried by confirmation cards. */
export const agendaFingerprint = (meeting: Meeting): string =>
  createHash('sha256').update(agendaShape(meeting)).digest('base64url').slice(0, 22);

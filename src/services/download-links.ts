import { createHmac, timingSafeEqual } from 'node:crypto';
import type { BoardId, TenantId } from '../domain/ids.js';

export type DownloadKind =
  'attendance.csv' | 'minutes.docx' | 'actions.csv' | 'report.csv' | 'subject.json';

const KINDS: readonly string[] = [
  'attendance.csv',
  'minutes.docx',
  'actions.csv',
  'report.csv',
  'subject.json',
];

export type DownloadGrant = {
  kind: DownloadKind;
  tenantId: TenantId;
  boardId: BoardId;
  /** Whom the link was made for: checked again against the board when it is opened. */
  aadObjectId: string;
  /**
   * Minutes and the action log: `public` is the version any reader may see (confidential items
   * withheld); absent means the full version, for a member only.
   */
  version?: 'public';
  /** For minutes: which meeting. */
  meetingId?: string;
  /** For the report: which reporting year, e.g. 2022-23. */
  year?: string;
  /** For a subject access export: the initials of the member whose data it is. */
  subject?: string;
  /** Unix seconds. */
  expires: number;
};

const encode = (value: string): string => Buffer.from(value, 'utf8').toString('base64url');
const sign = (payload: string, secret: string): string =>
  createHmac('sha256', secret).update(payload).digest('base64url');

/** A link token: the grant, signed with the server's secret, expiring (default 15 minutes). */
export const signDownload = (
  grant: Omit<DownloadGrant, 'expires'>,
  secret: string,
  now: Date,
  ttlSeconds = 15 * 60,
): string => {
  const payload = encode(
    JSON.stringify({ ...grant, expires: Math.floor(now.getTime() / 1000) + ttlSeconds }),
  );
  return `${payload}.${sign(payload, secret)}`;
};

/** The grant of a valid, unexpired token; undefined for anything else (never says why). */
export const verifyDownload = (
  token: string,
  secret: string,
  now: Date,
): DownloadGrant | undefined => {
  const [payload, signature, extra] = token.split('.');
  if (
    payload === undefined ||
    signature === undefined ||
    extra !== undefined ||
    payload.length > 2000
  )
    return undefined;
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  try {
    const grant = JSON.parse(
      Buffer.from(payload, 'base64url').toString('utf8'),
    ) as Partial<DownloadGrant>;
    if (
      !KINDS.includes(grant.kind ?? '') ||
      typeof grant.boardId !== 'string' ||
      typeof grant.tenantId !== 'string' ||
      typeof grant.aadObjectId !== 'string' ||
      typeof grant.expires !== 'number'
    ) {
      return undefined;
    }
    return grant.expires * 1000 < now.getTime() ? undefined : (grant as DownloadGrant);
  } catch {
    return undefined;
  }
};

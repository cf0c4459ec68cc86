import type { Activity } from 'botbuilder';

/** Why a request was not authenticated: a code for the logs, never shown to the caller. */
export type UnauthorizedReason = 'screened' | 'refused';

/** Any authentication failure; the HTTP glue answers it with a fixed 401. */
export class UnauthorizedRequest extends Error {
  override name = 'UnauthorizedRequest';
  constructor(
    readonly reason: UnauthorizedReason,
    /** The class and code of the SDK's error, for the logs (its message may echo the token). */
    readonly kind?: string,
  ) {
    super('Unauthorized');
  }
}

export type TokenScreen = {
  /** The one accepted `iss`: the configured ToBotFromChannelTokenIssuer. */
  issuer: string;
  /** Tenant ids a `tid` claim may name (the bot's own and the allowed ones). */
  tenantIds: readonly string[];
};

/** Far above any real Bot Framework token (about 1 KB), far below Node's 16 KB header limit. */
const MAX_HEADER_CHARS = 8192;
const BEARER_JWT = /^Bearer ([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]*)$/;

const decodeSegment = (segment: string): Record<string, unknown> | undefined => {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Looks at a bearer token WITHOUT verifying it, before botbuilder does. botbuilder 4.23.3 appends
 * four issuers to a process-wide list for every unseen `tid` claim of any token, signed or not,
 * before it checks anything (EmulatorValidation.isTokenFromEmulator): unauthenticated callers could
 * grow it without bound and slow every request down. A token passes only when it is a compact JWT
 * whose unverified `iss` is the Bot Framework channel issuer and whose `tid`, if any, is a known
 * tenant; that also keeps Entra tokens (the emulator and skill paths) away from the SDK. Messaging
 * tokens carry no `tid` (aud, exp, iss, nbf, serviceurl); Teams has been seen adding one on
 * callbacks, hence the bot's and the allowed tenants. Passing proves nothing: the SDK still
 * verifies the signature, dates, audience, endorsements and `serviceurl`.
 */
export const screenBearerToken = (authHeader: string, screen: TokenScreen): boolean => {
  if (authHeader.length > MAX_HEADER_CHARS) return false;
  const payload = decodeSegment(BEARER_JWT.exec(authHeader)?.[2] ?? '');
  if (payload === undefined || payload.iss !== screen.issuer) return false;
  const tid = payload.tid;
  return tid === undefined || (typeof tid === 'string' && screen.tenantIds.includes(tid));
};

/**
 * AuthenticationConfiguration.validateClaims: only the Bot Framework channel issuer. Without it,
 * botbuilder accepts a token minted with the bot's own secret (an Entra issuer, through its
 * emulator path), which skips the `serviceurl` check; the screen above already stops those, this
 * keeps the SDK itself from accepting them.
 */
export const requireChannelIssuer =
  (issuer: string) =>
  (claims: readonly { type: string; value: unknown }[]): Promise<void> =>
    claims.some((claim) => claim.type === 'iss' && claim.value === issuer)
      ? Promise.resolve()
      : Promise.reject(new UnauthorizedRequest('refused', 'issuer'));

type Authentication<T> = {
  authenticateRequest(activity: Activity, authHeader: string): Promise<T>;
};

/**
 * Screens, then authenticates one inbound request through the SDK. Every failure becomes an
 * UnauthorizedRequest: botbuilder throws jsonwebtoken's errors (forged signature, `alg: none`,
 * HS256, not yet valid) as they are, which would otherwise be answered 500 with library text.
 */
export const authenticateChannelRequest = async <T>(
  authentication: Authentication<T>,
  screen: TokenScreen,
  authHeader: string,
  activity: Activity,
): Promise<T> => {
  if (!screenBearerToken(authHeader, screen)) throw new UnauthorizedRequest('screened');
  try {
    return await authentication.authenticateRequest(activity, authHeader);
  } catch (error) {
    if (error instanceof UnauthorizedRequest) throw error;
    const code = (error as { statusCode?: unknown } | undefined)?.statusCode;
    const kind = error instanceof Error ? error.name : typeof error;
    throw new UnauthorizedRequest('refused', typeof code === 'number' ? `${kind}:${code}` : kind);
  }
};

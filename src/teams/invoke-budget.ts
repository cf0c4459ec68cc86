import type { Activity, TurnContext } from 'botbuilder';
import type { AdaptiveCard } from '../cards/card-types.js';
import type { Retry } from '../cards/render-try-again-card.js';
import { renderTryAgainCard } from '../cards/render-try-again-card.js';
import { errorKind } from '../log.js';
import type { BotContext } from './bot-context.js';

/**
 * Teams waits about 5 s for an invoke and then shows an error or sends it again; answering at
 * 4.5 s leaves room for the network. https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/conversation-messages#response-time
 */
export const INVOKE_BUDGET_MS = 4500;

export const SLOW_MESSAGE =
  'Storage is slow right now, so I could not confirm this in time. It may still be saved: check the card again in a minute, and try again only if your change is not there.';
export const FAILED_MESSAGE =
  'Storage did not answer properly, so I could not confirm this. It may or may not have been saved: check the card again in a minute, and try again only if your change is not there.';

/** Runs one turn through the routes; true when a route handled it. */
export type TurnRunner = (context: TurnContext) => Promise<boolean>;

type InvokeValue = {
  action?: { verb?: unknown; data?: unknown };
  data?: unknown;
};

const record = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;

const attachment = (card: AdaptiveCard): { contentType: string; content: AdaptiveCard } => ({
  contentType: 'application/vnd.microsoft.card.adaptive',
  content: card,
});

/** The invoke response body for an unconfirmed outcome, in the shape each invoke kind expects. */
export const unconfirmedResponse = (activity: Activity, message: string): unknown => {
  const value = (record(activity.value) ?? {}) as InvokeValue;
  const name = activity.name ?? '';
  switch (name) {
    case 'adaptiveCard/action': {
      const verb = value.action?.verb;
      const data = record(value.action?.data);
      const retry: Retry | undefined =
        typeof verb === 'string' && data !== undefined
          ? { kind: 'execute', verb, data }
          : undefined;
      return {
        statusCode: 200,
        type: 'application/vnd.microsoft.card.adaptive',
        value: renderTryAgainCard(message, retry),
      };
    }
    case 'task/fetch':
    case 'task/submit':
    case 'composeExtension/fetchTask':
    case 'composeExtension/submitAction': {
      const data = record(value.data);
      const retry: Retry | undefined =
        name.endsWith('submit') || name.endsWith('submitAction')
          ? data === undefined
            ? undefined
            : { kind: 'submit', data }
          : undefined;
      return {
        task: {
          type: 'continue',
          value: {
            title: 'Not confirmed yet',
            card: attachment(renderTryAgainCard(message, retry)),
          },
        },
      };
    }
    case 'composeExtension/query':
    case 'composeExtension/queryLink':
      return { composeExtension: { type: 'message', text: message } };
    default:
      return undefined;
  }
};

const MAX_TRIES = 3;
/** A retry starts only with this much of the budget left. */
const RETRY_HEADROOM_MS = 1500;
const TRANSIENT_STATUS = new Set([408, 429, 449, 500, 502, 503, 504]);
const TRANSIENT_CODES = new Set([
  'ETIMEDOUT',
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'TimeoutError',
]);

/** Whether an error (or one it wraps) is storage being busy or briefly unreachable. */
export const isTransient = (error: unknown): boolean => {
  for (let e = error, depth = 0; e !== undefined && e !== null && depth < 5; depth += 1) {
    if (typeof e !== 'object') return false;
    const { code, statusCode, name, cause } = e as Record<string, unknown>;
    const status = typeof code === 'number' ? code : statusCode;
    if (typeof status === 'number' && TRANSIENT_STATUS.has(status)) return true;
    if (typeof code === 'string' && TRANSIENT_CODES.has(code)) return true;
    if (typeof name === 'string' && TRANSIENT_CODES.has(name)) return true;
    e = cause;
  }
  return false;
};

/**
 * Bounds every invoke turn by `budgetMs`: if the routes have not answered by then, or fail with an
 * infrastructure error, the invoke is answered with a try-again card that says the outcome is not
 * known (the work goes on and may still land), and anything the late turn tries to answer is
 * dropped, so no invoke is ever answered twice or after the budget. Messages are left alone: their
 * replies are separate sends, not a response Teams is waiting for.
 */
export const withInvokeBudget = (
  run: TurnRunner,
  bot: Pick<BotContext, 'log'>,
  budgetMs = INVOKE_BUDGET_MS,
): TurnRunner => {
  return async (context: TurnContext): Promise<boolean> => {
    if (context.activity.type !== 'invoke') return run(context);
    /** Read now: the context is revoked once the turn has been answered. */
    const ids = { name: context.activity.name, activity: context.activity.id };
    let closed = false;
    let ownAnswer: unknown;
    context.onSendActivities(async (_context, activities, next) => {
      if (!closed) return next();
      const kept = activities.filter(
        (a) => a.type !== 'invokeResponse' || (record(a.value)?.body ?? null) === ownAnswer,
      );
      if (kept.length === activities.length) return next();
      return activities.map(() => ({ id: '' }));
    });
    const answer = async (message: string): Promise<void> => {
      closed = true;
      const body = unconfirmedResponse(context.activity, message);
      ownAnswer = body ?? null;
      await context.sendActivity({
        type: 'invokeResponse',
        value: { status: body === undefined ? 503 : 200, body },
      });
    };
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), budgetMs);
    });
    const started = Date.now();
    /**
     * A storage hiccup is retried at once while there is time: every invoke is idempotent (request
     * ids, revisions), so this is the user's "Try again" pressed for them.
     */
    const attempt = async (): Promise<boolean> => {
      for (let tries = 1; ; tries += 1) {
        try {
          return await run(context);
        } catch (error) {
          const timeLeft = budgetMs - (Date.now() - started);
          if (closed || tries >= MAX_TRIES || timeLeft < RETRY_HEADROOM_MS || !isTransient(error))
            throw error;
          bot.log.warn('invoke.retried', { ...ids, error: errorKind(error) });
        }
      }
    };
    const work = attempt().then(
      (handled) => ({ handled }),
      (error: unknown) => ({ error }),
    );
    const first = await Promise.race([work, deadline]);
    clearTimeout(timer);
    if (first === 'late') {
      bot.log.warn('invoke.over_budget', {
        name: context.activity.name,
        activity: context.activity.id,
      });
      await answer(SLOW_MESSAGE);
      void work.then((late) => {
        if ('error' in late)
          bot.log.error('invoke.late_failed', {
            ...ids,
            error: errorKind(late.error),
          });
      });
      return true;
    }
    if ('error' in first) {
      bot.log.error('invoke.failed', {
        ...ids,
        error: errorKind(first.error),
      });
      await answer(FAILED_MESSAGE);
      return true;
    }
    return first.handled;
  };
};

import type { Activity, TurnContext } from 'botbuilder';
import { TestAdapter } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log.js';
import type { TurnRunner } from '../../src/teams/invoke-budget.js';
import {
  FAILED_MESSAGE,
  INVOKE_BUDGET_MS,
  SLOW_MESSAGE,
  withInvokeBudget,
} from '../../src/teams/invoke-budget.js';

/** The wrapper on its own, over botbuilder's real TurnContext (the routes are stood in by `run`). */
const BUDGET_MS = 50;

const invoke: Partial<Activity> = {
  type: 'invoke',
  name: 'adaptiveCard/action',
  value: { action: { type: 'Action.Execute', verb: 'agenda.next', data: { meetingId: 'm1' } } },
};
const message: Partial<Activity> = { type: 'message', text: 'agenda' };

const answerWith = (text: string) => async (context: TurnContext) => {
  await context.sendActivity({
    type: 'invokeResponse',
    value: {
      status: 200,
      body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text },
    },
  });
  return true;
};
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const runThrough = async (
  activity: Partial<Activity>,
  run: TurnRunner,
  budgetMs = BUDGET_MS,
): Promise<{ handled: boolean; sent: Partial<Activity>[] }> => {
  const adapter = new TestAdapter();
  let handled = false;
  await adapter.processActivity({ id: 'a1', ...activity }, async (context) => {
    handled = await withInvokeBudget(run, { log: silentLogger }, budgetMs)(context);
  });
  return { handled, sent: adapter.activeQueue.splice(0) };
};

const responses = (sent: Partial<Activity>[]) => sent.filter((a) => a.type === 'invokeResponse');
const bodyText = (a: Partial<Activity> | undefined): string => JSON.stringify(a?.value ?? null);

describe('withInvokeBudget: every invoke answered once, within the budget', () => {
  it('leaves a message alone: the routes answer it as they like', async () => {
    const { handled, sent } = await runThrough(message, async (context) => {
      await context.sendActivity('the agenda');
      return true;
    });
    expect(handled).toBe(true);
    expect(sent.map((a) => a.text)).toEqual(['the agenda']);
  });

  it('passes an invoke answered in time through unchanged', async () => {
    const { handled, sent } = await runThrough(invoke, answerWith('Moved to item 2'));
    expect(handled).toBe(true);
    expect(responses(sent)).toHaveLength(1);
    expect(bodyText(responses(sent)[0])).toContain('Moved to item 2');
  });

  it('answers a slow invoke with the try-again card and drops the late answer', async () => {
    const { handled, sent } = await runThrough(invoke, async (context) => {
      await wait(BUDGET_MS * 4);
      return answerWith('too late')(context);
    });
    await wait(BUDGET_MS * 6);
    expect(handled).toBe(true);
    expect(responses(sent)).toHaveLength(1);
    expect(bodyText(responses(sent)[0])).toContain(SLOW_MESSAGE.slice(0, 40));
    expect(bodyText(responses(sent)[0])).toContain('agenda.next');
  });

  it('answers an invoke whose routes fail with the not-confirmed card', async () => {
    const { sent } = await runThrough(invoke, () => Promise.reject(new Error('bug')));
    expect(responses(sent)).toHaveLength(1);
    expect(bodyText(responses(sent)[0])).toContain(FAILED_MESSAGE.slice(0, 40));
  });

  it('retries a storage hiccup at once while there is time, and answers once', async () => {
    let tries = 0;
    const { sent } = await runThrough(
      invoke,
      async (context) => {
        tries += 1;
        if (tries === 1) throw Object.assign(new Error('busy'), { code: 429 });
        return answerWith('Moved to item 2')(context);
      },
      INVOKE_BUDGET_MS,
    );
    expect(tries).toBe(2);
    expect(responses(sent)).toHaveLength(1);
    expect(bodyText(responses(sent)[0])).toContain('Moved to item 2');
  });
});

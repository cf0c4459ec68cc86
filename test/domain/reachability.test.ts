import { describe, expect, it } from 'vitest';
import type { MemberReach } from '../../src/domain/reachability.js';
import { noteDelivery, personalReachOf } from '../../src/domain/reachability.js';

const MON = '2026-11-23T09:00:00.000Z';
const MON_LATER = '2026-11-23T15:00:00.000Z';
const TUE = '2026-11-24T09:00:00.000Z';

describe('noteDelivery: what a delivery changes on the member, written only when it matters', () => {
  it.each<
    [string, MemberReach | undefined, Parameters<typeof noteDelivery>[1], MemberReach | undefined]
  >([
    [
      'first personal delivery',
      undefined,
      { outcome: 'personal', at: MON },
      { lastReached: { at: MON, route: 'personal' } },
    ],
    [
      'personal again the same day: no write',
      { lastReached: { at: MON, route: 'personal' } },
      { outcome: 'personal', at: MON_LATER },
      undefined,
    ],
    [
      'personal the next day',
      { lastReached: { at: MON, route: 'personal' } },
      { outcome: 'personal', at: TUE },
      { lastReached: { at: TUE, route: 'personal' } },
    ],
    [
      'personal after a refusal clears the problem',
      {
        lastReached: { at: MON, route: 'channel' },
        personalProblem: { reason: 'blocked', at: MON },
      },
      { outcome: 'personal', at: MON_LATER },
      { lastReached: { at: MON_LATER, route: 'personal' } },
    ],
    [
      'board chat after a 403',
      { account: 'guest', lastReached: { at: MON, route: 'personal' } },
      { outcome: 'channel', at: TUE, reason: 'blocked' },
      {
        account: 'guest',
        lastReached: { at: TUE, route: 'channel' },
        personalProblem: { reason: 'blocked', at: TUE },
      },
    ],
    [
      'the same refusal by the same route the same day: no write',
      {
        lastReached: { at: MON, route: 'channel' },
        personalProblem: { reason: 'blocked', at: MON },
      },
      { outcome: 'channel', at: MON_LATER, reason: 'blocked' },
      undefined,
    ],
    [
      'not reached at all keeps the last time they were',
      { lastReached: { at: MON, route: 'personal' } },
      { outcome: 'unreachable', at: TUE, reason: 'unreachable' },
      {
        lastReached: { at: MON, route: 'personal' },
        personalProblem: { reason: 'unreachable', at: TUE },
      },
    ],
  ])('%s', (_case, reach, delivery, expected) => {
    expect(noteDelivery(reach, delivery)).toEqual(expected);
  });
});

describe('personalReachOf: can Quorate start a personal chat, and if not why', () => {
  it.each<
    [string, Parameters<typeof personalReachOf>[0], boolean, ReturnType<typeof personalReachOf>]
  >([
    ['no Entra id', {}, false, { ok: false, reason: 'not-in-teams' }],
    ['a chat and no problem', { aadObjectId: 'a' }, true, { ok: true }],
    ['no chat yet', { aadObjectId: 'a' }, false, { ok: false, reason: 'no-chat' }],
    [
      'guest with no chat yet',
      { aadObjectId: 'a', reach: { account: 'guest' } },
      false,
      { ok: false, reason: 'no-chat' },
    ],
    [
      'another tenant, no chat',
      { aadObjectId: 'a', reach: { account: 'external' } },
      false,
      { ok: false, reason: 'federated' },
    ],
    [
      'a chat Teams refused',
      { aadObjectId: 'a', reach: { personalProblem: { reason: 'blocked', at: MON } } },
      true,
      { ok: false, reason: 'blocked' },
    ],
  ])('%s', (_case, member, hasChat, expected) => {
    expect(personalReachOf(member, hasChat)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import type {
  AfterPersonalChat,
  PersonalChatAttempt,
} from '../../src/domain/after-personal-chat.js';
import { afterPersonalChat, unreachablePerson } from '../../src/domain/after-personal-chat.js';

describe('afterPersonalChat: when a reminder falls back to the board chat with an @mention', () => {
  it.each<[string, PersonalChatAttempt, AfterPersonalChat]>([
    ['delivered in their personal chat', { kind: 'sent' }, { next: 'done' }],
    [
      'no Entra id: not in Teams',
      { kind: 'no-address' },
      { next: 'board-chat', reason: 'not-in-teams' },
    ],
    [
      'no personal chat opened yet',
      { kind: 'no-chat', federated: false },
      { next: 'board-chat', reason: 'no-chat' },
    ],
    [
      'an account in another organisation (no chat a bot may start)',
      { kind: 'no-chat', federated: true },
      { next: 'board-chat', reason: 'federated' },
    ],
    [
      '403: blocked the bot, remembered so it is not tried again',
      { kind: 'failed', permanent: true, code: 'blocked' },
      { next: 'board-chat', reason: 'blocked', refused: 'blocked' },
    ],
    [
      '404: chat gone',
      { kind: 'failed', permanent: true, code: 'chat-gone' },
      { next: 'board-chat', reason: 'chat-gone', refused: 'chat-gone' },
    ],
    [
      'a stored address that is not Teams',
      { kind: 'failed', permanent: true, code: 'url-refused' },
      { next: 'board-chat', reason: 'url-refused', refused: 'url-refused' },
    ],
    [
      'refused on an earlier pass: straight to the board chat, still remembered',
      { kind: 'refused-before', reason: 'blocked' },
      { next: 'board-chat', reason: 'blocked', refused: 'blocked' },
    ],
    [
      'no answer at all: the board chat now, the personal chat next time',
      { kind: 'failed', permanent: false, code: 'unreachable' },
      { next: 'board-chat', reason: 'unreachable' },
    ],
    [
      '429 with Retry-After: retried later, honouring the wait',
      { kind: 'failed', permanent: false, code: 'throttled', retryAfterMs: 5_000 },
      { next: 'retry', throttled: true, retryAfterMs: 5_000 },
    ],
    [
      '429 without Retry-After',
      { kind: 'failed', permanent: false, code: 'throttled' },
      { next: 'retry', throttled: true },
    ],
    [
      '5xx: retried later, not a throttle',
      { kind: 'failed', permanent: false, code: 'server-error' },
      { next: 'retry', throttled: false },
    ],
  ])('%s', (_name, attempt, expected) => {
    expect(afterPersonalChat(attempt)).toEqual(expected);
  });
});

describe('unreachablePerson: the coordinators\u2019 "could not reach" entry', () => {
  it.each([
    ['by Entra id, lower case', { key: 'owner:AB', name: 'Robert South', aadObjectId: 'AB' }, 'ab'],
    [
      'by name when there is none',
      { key: 'name:Pat Outside', name: 'Pat Outside' },
      'name:Pat Outside',
    ],
  ])('%s', (_name, recipient, key) => {
    expect(unreachablePerson(recipient, 'no-chat', '2026-11-23T09:00:00.000Z')).toEqual({
      key,
      name: recipient.name,
      reason: 'no-chat',
      at: '2026-11-23T09:00:00.000Z',
    });
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { boardIdFor } from '../../src/services/board-id-for.js';
import type { TestDeps } from '../support/test-deps.js';
import { createTestDeps } from '../support/test-deps.js';
import { countRequests } from '../support/count-requests.js';
import { aadOf, haveringBoard, TENANT } from '../support/fixtures.js';

let deps: TestDeps;
let counter: ReturnType<typeof countRequests>;
beforeAll(async () => {
  counter = countRequests();
  deps = await createTestDeps({ plugins: [counter.plugin] });
});

const meetingChat = () => `19:meeting_${Math.random().toString(16).slice(2)}@thread.v2`;
const link = (conversationId: string, boardId: ReturnType<typeof haveringBoard>['id']) => ({
  tenantId: TENANT,
  conversationId,
  boardId,
  linkedAt: '2022-07-13T12:55:00.000Z',
  linkedBy: aadOf(1),
});

describe('a meeting chat linked to a board set up elsewhere', () => {
  it('answers the board there with two point reads; linking again is "already"', async () => {
    const board = haveringBoard();
    await deps.boards.create(board);
    const chat = meetingChat();
    expect(await deps.boards.findByConversation(TENANT, chat)).toBeUndefined();
    expect(await deps.boards.linkConversation(link(chat, board.id))).toEqual({ kind: 'linked' });
    counter.reset();
    expect(await deps.boards.findByConversation(TENANT, chat)).toEqual(board);
    expect(counter.total()).toBe(2);
    counter.reset();
    expect(await deps.boards.findByConversation(TENANT, board.conversation.id)).toEqual(board);
    expect(counter.total()).toBe(1);
    expect(await deps.boards.linkConversation(link(chat, board.id))).toEqual({ kind: 'already' });
  });

  it('never takes a chat that has a board of its own or is linked to another', async () => {
    const own = haveringBoard();
    const other = haveringBoard();
    await deps.boards.create(own);
    await deps.boards.create(other);
    expect(await deps.boards.linkConversation(link(own.conversation.id, other.id))).toEqual({
      kind: 'taken',
      boardId: own.id,
    });
    const chat = meetingChat();
    await deps.boards.linkConversation(link(chat, own.id));
    expect(await deps.boards.linkConversation(link(chat, other.id))).toEqual({
      kind: 'taken',
      boardId: own.id,
    });
    expect((await deps.boards.findByConversation(TENANT, chat))?.id).toBe(own.id);
  });

  it('is no board itself: not found by id, nor among a member’s boards, and blocks a setup there', async () => {
    const board = haveringBoard();
    await deps.boards.create(board);
    const chat = meetingChat();
    await deps.boards.linkConversation(link(chat, board.id));
    expect(await deps.boards.findById(TENANT, boardIdFor(TENANT, chat))).toBeUndefined();
    const mine = await deps.boards.listForMember(TENANT, aadOf(1));
    expect(mine.every((b) => b.conversation !== undefined && b.members.length > 0)).toBe(true);
    await expect(
      deps.boards.create(haveringBoard({ conversation: { id: chat, kind: 'groupChat' } })),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});

import type { Container } from '@azure/cosmos';
import type { Board } from '../domain/board.js';
import type { BoardId, TenantId } from '../domain/ids.js';
import { boardIdFor } from '../services/board-id-for.js';
import type { BoardRepository, ConversationLink, LinkOutcome } from '../services/ports.js';
import { DomainError } from '../domain/domain-error.js';
import { createNew, queryAll, readOptional, stripSystemFields } from './cosmos-documents.js';
import { updateMapped } from './read-modify-write.js';

const SCHEMA_VERSION = 1;

export type BoardDoc = Board & {
  type: 'board';
  schemaVersion: number;
  /** Denormalised for "which boards is this person on" (personal chat). */
  memberAadObjectIds: string[];
  conversationId: string;
  _etag?: string;
};

const toDoc = (board: Board): BoardDoc => ({
  ...board,
  type: 'board',
  schemaVersion: SCHEMA_VERSION,
  memberAadObjectIds: board.members.flatMap((m) =>
    m.aadObjectId === undefined ? [] : [m.aadObjectId.toLowerCase()],
  ),
  conversationId: board.conversation.id,
});

export const boardFromDoc = (doc: BoardDoc): Board => {
  const {
    type: _t,
    schemaVersion: _s,
    memberAadObjectIds: _m,
    conversationId: _c,
    ...board
  } = stripSystemFields(doc);
  return board;
};

/**
 * A conversation linked to a board set up elsewhere (a Teams meeting chat, `meeting link`): it
 * takes the id that conversation's own board would have (services/board-id-for.ts), so the turn's
 * one point read finds it, and a board and a link can never both answer for one conversation.
 */
type LinkDoc = ConversationLink & { id: string; type: 'boardLink'; schemaVersion: number };

/** What a person is told when the document already exists (its id is taken). */
const CONFLICT = 'This conversation already has a board.';

export class CosmosBoardRepository implements BoardRepository {
  constructor(private readonly container: Container) {}

  async findById(tenantId: TenantId, boardId: BoardId): Promise<Board | undefined> {
    const doc = await readOptional<BoardDoc>(this.container, boardId, tenantId, `board ${boardId}`);
    return doc === undefined || doc.type !== 'board' ? undefined : boardFromDoc(doc);
  }

  /**
   * One point read: a board's id derives from its tenant and conversation (services/board-id-for.ts),
   * so a turn finds its board without a query. The stored conversation must match, so a board
   * created under another id (none are) could never answer for this conversation.
   */
  async findByConversation(tenantId: TenantId, conversationId: string): Promise<Board | undefined> {
    const id = boardIdFor(tenantId, conversationId);
    const doc = await readOptional<BoardDoc | LinkDoc>(this.container, id, tenantId, `board ${id}`);
    if (doc === undefined || doc.conversationId !== conversationId) return undefined;
    /** A linked meeting chat costs a second point read; every other conversation, none. */
    if (doc.type === 'boardLink') return this.findById(tenantId, doc.boardId);
    return doc.type === 'board' ? boardFromDoc(doc) : undefined;
  }

  async linkConversation(link: ConversationLink): Promise<LinkOutcome> {
    const id = boardIdFor(link.tenantId, link.conversationId);
    const doc: LinkDoc = { ...link, id, type: 'boardLink', schemaVersion: SCHEMA_VERSION };
    try {
      await createNew(this.container, doc, `board link ${id}`, CONFLICT);
      return { kind: 'linked' };
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'CONFLICT')) throw error;
      const existing = await readOptional<BoardDoc | LinkDoc>(
        this.container,
        id,
        link.tenantId,
        `board ${id}`,
      );
      if (existing?.type === 'boardLink' && existing.boardId === link.boardId)
        return { kind: 'already' };
      return {
        kind: 'taken',
        boardId: existing?.type === 'boardLink' ? existing.boardId : (existing?.id ?? id),
      };
    }
  }

  listForMember(tenantId: TenantId, aadObjectId: string): Promise<Board[]> {
    return this.query(tenantId, 'c.type = "board" AND ARRAY_CONTAINS(c.memberAadObjectIds, @aad)', [
      { name: '@aad', value: aadObjectId.toLowerCase() },
    ]);
  }

  async listForMemberInAnyTenant(aadObjectId: string, conversationId?: string): Promise<Board[]> {
    const query = `SELECT * FROM c WHERE c.type = "board" AND ARRAY_CONTAINS(c.memberAadObjectIds, @aad)${
      conversationId === undefined ? '' : ' AND c.conversationId = @id'
    }`;
    const docs = await queryAll<BoardDoc>(
      this.container,
      {
        query,
        parameters: [
          { name: '@aad', value: aadObjectId.toLowerCase() },
          ...(conversationId === undefined ? [] : [{ name: '@id', value: conversationId }]),
        ],
      },
      'boards across tenants',
    );
    return docs.map(boardFromDoc);
  }

  async create(board: Board): Promise<Board> {
    const doc = await createNew(this.container, toDoc(board), `board ${board.id}`, CONFLICT);
    return boardFromDoc(doc);
  }

  update(tenantId: TenantId, boardId: BoardId, change: (board: Board) => Board): Promise<Board> {
    return updateMapped(
      this.container,
      boardId,
      tenantId,
      { toDoc, fromDoc: boardFromDoc },
      change,
      `board ${boardId}`,
    );
  }

  /**
   * Queries one tenant's partition. The partition field is also in the WHERE clause: the embedded
   * server ignores the partition key option, and a tenant must never see another's boards.
   */
  private async query(
    tenantId: TenantId,
    where: string,
    parameters: { name: string; value: string }[],
  ): Promise<Board[]> {
    const query = `SELECT * FROM c WHERE c.tenantId = @tenant AND ${where}`;
    const docs = await queryAll<BoardDoc>(
      this.container,
      { query, parameters: [...parameters, { name: '@tenant', value: tenantId }] },
      'boards',
      tenantId,
    );
    return docs.map(boardFromDoc);
  }
}

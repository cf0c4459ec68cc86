import type { Container, SqlParameter } from '@azure/cosmos';
import type { BoardId, TenantId } from '../domain/ids.js';
import type { AuditEntry, AuditLog, IdGenerator, UndoableQuery } from '../services/ports.js';
import { cosmosStatus, withContext } from './cosmos-errors.js';
import { queryAll, readOptional, stripSystemFields } from './cosmos-documents.js';

type AuditDoc = AuditEntry & { id: string; type: 'audit'; schemaVersion: number };

const idFor = (key: string): string => `k-${key}`;

const entryOf = (doc: AuditDoc): AuditEntry => {
  const { id: _id, type: _type, schemaVersion: _v, ...entry } = stripSystemFields(doc);
  return entry;
};

const BOARD = 'c.type = "audit" AND c.boardId = @board AND c.tenantId = @tenant';

/** Append-only: entries are created, never replaced. */
export class CosmosAuditLog implements AuditLog {
  constructor(
    private readonly container: Container,
    private readonly ids: IdGenerator,
  ) {}

  async record(entry: AuditEntry): Promise<void> {
    try {
      await this.container.items.create<AuditDoc>({
        ...entry,
        id: entry.key === undefined ? this.ids.next() : idFor(entry.key),
        type: 'audit',
        schemaVersion: 1,
      });
    } catch (error) {
      if (entry.key !== undefined && cosmosStatus(error) === 409) return;
      throw withContext(`create audit ${entry.verb}`, error);
    }
  }

  async listForBoard(tenantId: TenantId, boardId: BoardId): Promise<AuditEntry[]> {
    return this.query(boardId, tenantId, `SELECT * FROM c WHERE ${BOARD} ORDER BY c.at`, []);
  }

  async findLatestChange(q: UndoableQuery): Promise<AuditEntry | undefined> {
    const whose =
      q.meetingId === undefined
        ? 'c.actor = @actor'
        : '(c.actor = @actor OR c.change.meetingId = @meeting)';
    const [latest] = await this.query(
      q.boardId,
      q.tenantId,
      `SELECT TOP 1 * FROM c WHERE ${BOARD} AND IS_DEFINED(c.change) AND c.outcome = "done" AND c.at >= @since AND ${whose} ORDER BY c.at DESC`,
      [
        { name: '@actor', value: q.actor },
        { name: '@since', value: q.since },
        ...(q.meetingId === undefined ? [] : [{ name: '@meeting', value: q.meetingId }]),
      ],
    );
    return latest;
  }

  async listChangesAfter(
    board: { tenantId: TenantId; boardId: BoardId },
    documentId: string,
    after: string,
  ): Promise<AuditEntry[]> {
    return this.query(
      board.boardId,
      board.tenantId,
      `SELECT TOP 20 * FROM c WHERE ${BOARD} AND c.change.id = @document AND c.at > @after ORDER BY c.at DESC`,
      [
        { name: '@document', value: documentId },
        { name: '@after', value: after },
      ],
    );
  }

  async findByKey(
    tenantId: TenantId,
    boardId: BoardId,
    key: string,
  ): Promise<AuditEntry | undefined> {
    const doc = await readOptional<AuditDoc>(this.container, idFor(key), boardId, `audit ${key}`);
    return doc === undefined || doc.tenantId !== tenantId ? undefined : entryOf(doc);
  }

  private async query(
    boardId: BoardId,
    tenantId: TenantId,
    query: string,
    parameters: SqlParameter[],
  ): Promise<AuditEntry[]> {
    const docs = await queryAll<AuditDoc>(
      this.container,
      {
        query,
        parameters: [
          { name: '@board', value: boardId },
          { name: '@tenant', value: tenantId },
          ...parameters,
        ],
      },
      `audit ${boardId}`,
      boardId,
    );
    return docs.map(entryOf);
  }
}

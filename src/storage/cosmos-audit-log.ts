import type { Container, SqlParameter } from '@azure/cosmos';
import type { BoardId, TenantId } from '../domain/ids.js';
import type { AuditEntry, AuditLog, IdGenerator, UndoableQuery } from '../services/ports.js';
import { cosmosStatus, withContext } from './cosmos-errors.js';
import { queryAll, readOptional, stripSystemFields } from './cosmos-documents.js';

type AuditDoc = AuditEntry & { id: string; type: 'audit'; schemaVersion: number };

const idFor = (key: string): string => `k-${key}`;

/** The stored entry: an entry with a key has the id derived from it (so it is recorded once). */
export const auditDocOf = (entry: AuditEntry, newId: () => string): AuditDoc => ({
  ...entry,
  id: entry.key === undefined ? newId() : idFor(entry.key),
  type: 'audit',
  schemaVersion: 1,
});

const entryOf = (doc: AuditDoc): AuditEntry => {
  const { id: _id, type: _type, schemaVersion: _v, ...entry } = stripSystemFields(doc);
  return entry;
};

const BOARD = 'c.type = "audit" AND c.boardId = @board AND c.tenantId = @tenant';

/**
 * Append-only: entries are created, never replaced (retention trims their detail). They live in
 * the board's partition of the actions container, so an action and the entry of its change are
 * written in one transactional batch. Entries written before that, in the `audit` container
 * (`legacy`), are still listed with the board's log and trimmed by retention; `undo` looks back 24
 * hours only, so it reads the actions container alone.
 */
export class CosmosAuditLog implements AuditLog {
  constructor(
    private readonly container: Container,
    private readonly ids: IdGenerator,
    private readonly legacy?: Container,
  ) {}

  async record(entry: AuditEntry): Promise<void> {
    try {
      await this.container.items.create<AuditDoc>(auditDocOf(entry, () => this.ids.next()));
    } catch (error) {
      if (entry.key !== undefined && cosmosStatus(error) === 409) return;
      throw withContext(`create audit ${entry.verb}`, error);
    }
  }

  async listForBoard(tenantId: TenantId, boardId: BoardId): Promise<AuditEntry[]> {
    const query = `SELECT * FROM c WHERE ${BOARD} ORDER BY c.at`;
    const entries = await this.query(boardId, tenantId, query, []);
    if (this.legacy === undefined) return entries;
    const older = await this.query(boardId, tenantId, query, [], this.legacy);
    return older.length === 0
      ? entries
      : [...older, ...entries].sort((a, b) => a.at.localeCompare(b.at));
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
    container: Container = this.container,
  ): Promise<AuditEntry[]> {
    const docs = await queryAll<AuditDoc>(
      container,
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

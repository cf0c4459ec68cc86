import type { Container } from '@azure/cosmos';
import type { BoardId, TenantId } from '../domain/ids.js';
import type { AuditEntry, AuditLog, IdGenerator } from '../services/ports.js';
import { cosmosStatus, withContext } from './cosmos-errors.js';
import { queryAll, stripSystemFields } from './cosmos-documents.js';

type AuditDoc = AuditEntry & { id: string; type: 'audit'; schemaVersion: number };

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
        id: entry.key === undefined ? this.ids.next() : `k-${entry.key}`,
        type: 'audit',
        schemaVersion: 1,
      });
    } catch (error) {
      if (entry.key !== undefined && cosmosStatus(error) === 409) return;
      throw withContext(`create audit ${entry.verb}`, error);
    }
  }

  async listForBoard(tenantId: TenantId, boardId: BoardId): Promise<AuditEntry[]> {
    const docs = await queryAll<AuditDoc>(
      this.container,
      {
        query:
          'SELECT * FROM c WHERE c.type = "audit" AND c.boardId = @board AND c.tenantId = @tenant ORDER BY c.at',
        parameters: [
          { name: '@board', value: boardId },
          { name: '@tenant', value: tenantId },
        ],
      },
      `audit ${boardId}`,
      boardId,
    );
    return docs.map((doc) => {
      const { id: _id, type: _type, schemaVersion: _v, ...entry } = stripSystemFields(doc);
      return entry;
    });
  }
}

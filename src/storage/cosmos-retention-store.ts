import type { Container } from '@azure/cosmos';
import type { Board } from '../domain/board.js';
import type { ActionId, BoardId, MeetingId, TenantId } from '../domain/ids.js';
import type { CalendarDate } from '../domain/zoned-time.js';
import type { RetentionStore } from '../services/ports.js';
import { ACTION_WHERE } from './action-queries.js';
import type { BoardDoc } from './cosmos-board-repository.js';
import { boardFromDoc } from './cosmos-board-repository.js';
import { cosmosStatus, withContext } from './cosmos-errors.js';
import { queryAll, stripSystemFields } from './cosmos-documents.js';

type AuditDoc = Record<string, unknown> & { id: string; before?: unknown; after?: unknown };

/** Retention over the boards, meetings and actions containers (and the audit container's older entries). */
export class CosmosRetentionStore implements RetentionStore {
  constructor(
    private readonly containers: {
      boards: Container;
      meetings: Container;
      actions: Container;
      audit: Container;
    },
  ) {}

  async listBoards(): Promise<Board[]> {
    const docs = await queryAll<BoardDoc>(
      this.containers.boards,
      'SELECT * FROM c WHERE c.type = "board"',
      'all boards',
    );
    return docs.map(boardFromDoc);
  }

  deleteMeeting(boardId: BoardId, meetingId: MeetingId): Promise<boolean> {
    return this.delete(this.containers.meetings, meetingId, boardId, 'meeting');
  }

  deleteAction(boardId: BoardId, actionId: ActionId): Promise<boolean> {
    return this.delete(this.containers.actions, actionId, boardId, 'action');
  }

  async listExpiredActionIds(
    boardId: BoardId,
    cutoff: CalendarDate,
    limit: number,
  ): Promise<ActionId[]> {
    const where = ACTION_WHERE.expired(cutoff);
    const ids = await queryAll<{ id: ActionId }>(
      this.containers.actions,
      {
        query: `SELECT TOP @top c.id FROM c WHERE c.boardId = @board AND c.type = "action" AND (${where.sql}) ORDER BY c.number`,
        parameters: [
          ...where.parameters,
          { name: '@board', value: boardId },
          { name: '@top', value: limit },
        ],
      },
      `expired actions ${boardId}`,
      boardId,
    );
    return ids.map((doc) => doc.id);
  }

  /**
   * Entries live in the actions container (with the actions they audit); those written before
   * that, in the `audit` container, are trimmed there.
   */
  async trimAudit(tenantId: TenantId, boardId: BoardId, beforeIso: string): Promise<number> {
    let trimmed = 0;
    for (const container of [this.containers.actions, this.containers.audit])
      trimmed += await this.trimAuditIn(container, tenantId, boardId, beforeIso);
    return trimmed;
  }

  private async trimAuditIn(
    container: Container,
    tenantId: TenantId,
    boardId: BoardId,
    beforeIso: string,
  ): Promise<number> {
    const resources = await queryAll<AuditDoc>(
      container,
      {
        query:
          'SELECT * FROM c WHERE c.type = "audit" AND c.boardId = @board AND c.tenantId = @tenant AND c.at < @before AND (IS_DEFINED(c.before) OR IS_DEFINED(c.after))',
        parameters: [
          { name: '@board', value: boardId },
          { name: '@tenant', value: tenantId },
          { name: '@before', value: beforeIso },
        ],
      },
      `audit ${boardId}`,
      boardId,
    );
    let trimmed = 0;
    /** Only entries still carrying detail: a trimmed entry is not read again by the next sweep. */
    for (const doc of resources) {
      const { before: _b, after: _a, ...kept } = stripSystemFields(doc);
      try {
        await container.item(doc.id, boardId).replace(kept);
        trimmed += 1;
      } catch (error) {
        if (cosmosStatus(error) !== 404) throw withContext(`trim audit ${boardId}`, error);
      }
    }
    return trimmed;
  }

  private async delete(
    container: Container,
    id: string,
    boardId: BoardId,
    what: string,
  ): Promise<boolean> {
    try {
      await container.item(id, boardId).delete();
      return true;
    } catch (error) {
      if (cosmosStatus(error) === 404) return false;
      throw withContext(`delete ${what} ${id}`, error);
    }
  }
}

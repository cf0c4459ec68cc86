import { createHash } from 'node:crypto';
import type { Container } from '@azure/cosmos';
import type { TenantId } from '../domain/ids.js';
import type { ConversationRecord, ConversationStore } from '../services/ports.js';
import { withContext } from './cosmos-errors.js';
import { readOptional, stripSystemFields } from './cosmos-documents.js';

type ConversationDoc = ConversationRecord & {
  id: string;
  type: 'conversation';
  schemaVersion: number;
};

const hash = (value: string): string =>
  createHash('sha256').update(value).digest('hex').slice(0, 32);
const conversationDocId = (conversationId: string): string => `c-${hash(conversationId)}`;
const personalDocId = (aadObjectId: string): string => `p-${hash(aadObjectId.toLowerCase())}`;

/** Teams conversation ids may hold characters Cosmos ids may not, so ids are hashes. */
export class CosmosConversationStore implements ConversationStore {
  constructor(private readonly container: Container) {}

  async save(record: ConversationRecord): Promise<void> {
    const docs: ConversationDoc[] = [
      {
        ...record,
        id: conversationDocId(record.conversationId),
        type: 'conversation',
        schemaVersion: 1,
      },
    ];
    if (record.kind === 'personal' && record.userAadObjectId !== undefined) {
      docs.push({
        ...record,
        id: personalDocId(record.userAadObjectId),
        type: 'conversation',
        schemaVersion: 1,
      });
    }
    try {
      for (const doc of docs) await this.container.items.upsert(doc);
    } catch (error) {
      throw withContext('upsert conversation', error);
    }
  }

  find(tenantId: TenantId, conversationId: string): Promise<ConversationRecord | undefined> {
    return this.read(conversationDocId(conversationId), tenantId);
  }

  findPersonal(tenantId: TenantId, aadObjectId: string): Promise<ConversationRecord | undefined> {
    return this.read(personalDocId(aadObjectId), tenantId);
  }

  private async read(id: string, tenantId: TenantId): Promise<ConversationRecord | undefined> {
    const doc = await readOptional<ConversationDoc>(
      this.container,
      id,
      tenantId,
      `conversation ${id}`,
    );
    if (doc === undefined) return undefined;
    const { id: _id, type: _type, schemaVersion: _v, ...record } = stripSystemFields(doc);
    return record;
  }
}

import type { Container } from '@azure/cosmos';
import type { ActionDoc } from './cosmos-action-repository.js';
import { actionFromDoc, actionToDoc } from './cosmos-action-repository.js';
import { cosmosStatus, withContext } from './cosmos-errors.js';
import { queryAll } from './cosmos-documents.js';

const PAGE = 100;

/**
 * Actions stored before they carried their query keys (`ownerKeys`, `historyBy`) are invisible to
 * "actions mine", "actions <initials>" and subject access until their next write. This writes the
 * keys onto them, a page at a time across every board, each on its ETag (one changed meanwhile got
 * its keys from that change). Run once at start; with nothing left to do it costs one query.
 * Returns how many it updated.
 */
export const addActionQueryKeys = async (container: Container): Promise<number> => {
  let updated = 0;
  const skipped = new Set<string>();
  for (;;) {
    const page = await queryAll<ActionDoc>(
      container,
      {
        query: `SELECT TOP ${PAGE + skipped.size} * FROM c WHERE c.type = "action" AND NOT IS_DEFINED(c.ownerKeys)`,
      },
      'actions without query keys',
    );
    const todo = page.filter((doc) => !skipped.has(`${doc.boardId}/${doc.id}`));
    for (const doc of todo) {
      try {
        await container.item(doc.id, doc.boardId).replace(actionToDoc(actionFromDoc(doc)), {
          accessCondition: { type: 'IfMatch', condition: doc._etag ?? '' },
        });
        updated += 1;
      } catch (error) {
        if (cosmosStatus(error) !== 412 && cosmosStatus(error) !== 404)
          throw withContext(`add query keys to action ${doc.id}`, error);
        skipped.add(`${doc.boardId}/${doc.id}`);
      }
    }
    if (page.length < PAGE + skipped.size || todo.length === 0) return updated;
  }
};

import type { Container, JSONObject } from '@azure/cosmos';
import type { Action } from '../domain/action.js';
import { DomainError } from '../domain/domain-error.js';
import type { ActionId, BoardId } from '../domain/ids.js';
import type { Versioned } from '../services/ports.js';
import { commitAtomic } from './cosmos-batch.js';
import { readOptional, stripSystemFields } from './cosmos-documents.js';
import { bumpRevision } from './read-modify-write.js';

const MAX_ATTEMPTS = 6;

type Doc = JSONObject & { id: string; _etag?: string };

type Mapping = { toDoc: (action: Action) => Doc; fromDoc: (doc: never) => Action };

/**
 * An action's change and its audit entry in one transactional batch (both in the board's partition
 * of the actions container): the action replaced on the ETag it was read with, the entry created.
 * One round trip when the caller hands over the action as it just read it (`known`). Both or
 * neither are kept (`commitAtomic`):
 * - 412 on the replace: someone changed the action since; it is read again and `change` applied
 *   again, a bounded number of times, then CONCURRENT_UPDATE;
 * - 409 on the entry: an entry with its key is recorded already (a retried change), so the change
 *   is written alone on the next attempt and the entry kept as it is.
 * `change` returning the action unchanged writes nothing.
 */
export const updateAuditedAction = async (
  container: Container,
  ref: { boardId: BoardId; actionId: ActionId },
  mapping: Mapping,
  change: (action: Action) => Action,
  audit: (before: Action, after: Action) => Doc,
  known?: Versioned<Action>,
): Promise<Action> => {
  let withEntry = true;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    const current: Doc | undefined =
      attempt === 1 && known !== undefined
        ? { ...mapping.toDoc(known.value), _etag: known.etag }
        : await readOptional<Doc>(container, ref.actionId, ref.boardId, `action ${ref.actionId}`);
    if (current === undefined || current.type !== 'action')
      throw new DomainError('NOT_FOUND', 'That action no longer exists.');
    const before = mapping.fromDoc(stripSystemFields(current) as never);
    const changed = change(before);
    if (changed === before) return before;
    const after = bumpRevision(before, changed);
    const outcome = await commitAtomic(
      container,
      ref.boardId,
      [
        {
          kind: 'replace',
          doc: mapping.toDoc(after),
          ifMatch: current._etag ?? '',
          previous: current,
        },
        ...(withEntry ? [{ kind: 'create' as const, doc: audit(before, after) }] : []),
      ],
      `action ${ref.actionId}`,
    );
    if (outcome.ok) {
      const body = outcome.results[0]?.resourceBody;
      return body === undefined ? after : mapping.fromDoc(stripSystemFields(body) as never);
    }
    if (outcome.index === 0 && outcome.status === 404)
      throw new DomainError('NOT_FOUND', 'That action no longer exists.');
    if (outcome.index === 1 && outcome.status === 409) withEntry = false;
    else if (outcome.index !== 0 || outcome.status !== 412)
      throw new Error(`change action ${ref.actionId}: the batch failed with ${outcome.status}`);
  }
  throw new DomainError(
    'CONCURRENT_UPDATE',
    'Someone else changed this at the same moment. Please try again.',
  );
};

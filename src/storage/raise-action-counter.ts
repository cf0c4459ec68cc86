import type { Container } from '@azure/cosmos';
import type { BoardId } from '../domain/ids.js';
import { DomainError } from '../domain/domain-error.js';
import type { CounterDoc } from './create-numbered-action.js';
import { COUNTER_ID } from './create-numbered-action.js';
import { cosmosStatus, withContext } from './cosmos-errors.js';
import { readOptional, stripSystemFields } from './cosmos-documents.js';

const MAX_ATTEMPTS = 6;

/**
 * Moves the board's action counter up to `atLeast` (the highest number of an imported log), so the
 * next capture takes the number after it. Never moves it down: a capture that took a higher number
 * meanwhile keeps it. On the counter's ETag (or its create), retried on a lost race.
 */
export const raiseActionCounter = async (
  container: Container,
  boardId: BoardId,
  atLeast: number,
): Promise<number> => {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const counter = await readOptional<CounterDoc>(container, COUNTER_ID, boardId, 'counter');
    if (counter !== undefined && counter.next >= atLeast) return counter.next;
    try {
      if (counter === undefined)
        await container.items.create<CounterDoc>({
          id: COUNTER_ID,
          type: 'counter',
          boardId,
          next: atLeast,
          items: {},
        });
      else
        await container
          .item(COUNTER_ID, boardId)
          .replace(stripSystemFields({ ...counter, next: atLeast }), {
            accessCondition: { type: 'IfMatch', condition: counter._etag ?? '' },
          });
      return atLeast;
    } catch (error) {
      const status = cosmosStatus(error);
      if (status !== 412 && status !== 409)
        throw withContext(`raise action counter ${boardId}`, error);
    }
  }
  throw new DomainError(
    'CONCURRENT_UPDATE',
    'Actions were being recorded at the same moment. Please import again.',
  );
};

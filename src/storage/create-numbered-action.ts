import type { Container, JSONObject } from '@azure/cosmos';
import type { Action } from '../domain/action.js';
import type { BoardId } from '../domain/ids.js';
import type { NumberedAction } from '../services/ports.js';
import { commitAtomic } from './cosmos-batch.js';
import { cosmosStatus, withContext } from './cosmos-errors.js';
import { readOptional, stripSystemFields } from './cosmos-documents.js';

/** The board's action counter: the last number given, and per agenda item the last ordinal. */
export type CounterDoc = {
  id: 'counter';
  type: 'counter';
  boardId: BoardId;
  next: number;
  items: Record<string, number>;
  _etag?: string;
};

export const COUNTER_ID = 'counter';

/** Item keys as the counter stores them (they were patch paths once: no "/" or "~"). */
export const counterKey = (key: string): string => key.replace(/[^A-Za-z0-9_-]/g, '_');

type Mapping = { toDoc: (action: Action) => JSONObject; fromDoc: (doc: never) => Action };

/** The counter's atomic increment (a patch): never contended, used when the batch loses a race. */
type Allocate = (boardId: BoardId, itemKey?: string) => Promise<NumberedAction>;

const readStored = async (
  container: Container,
  action: Action,
  mapping: Mapping,
): Promise<{ action: Action; created: boolean } | undefined> => {
  const existing = await readOptional<JSONObject & { id: string }>(
    container,
    action.id,
    action.boardId,
    `action ${action.id}`,
  );
  return existing === undefined
    ? undefined
    : { action: mapping.fromDoc(existing as never), created: false };
};

type Stored = { action: Action; created: boolean };

/**
 * Boards whose last batch lost a race, and when: for a while their captures take the number by the
 * counter's increment straight away, as a busy board would otherwise lose race after race.
 */
const recentRaces = new Map<BoardId, number>();
const RACE_MEMORY_MS = 30_000;

const busy = (boardId: BoardId): boolean => {
  const at = recentRaces.get(boardId);
  if (at !== undefined && Date.now() - at < RACE_MEMORY_MS) return true;
  recentRaces.delete(boardId);
  return false;
};

const noteRace = (boardId: BoardId): void => {
  if (recentRaces.size > 10_000) recentRaces.clear();
  recentRaces.set(boardId, Date.now());
};

/** The number from the counter's increment, and the action created alone (three round trips). */
const createAlone = async (
  container: Container,
  boardId: BoardId,
  build: (numbered: NumberedAction) => Action,
  itemKey: string | undefined,
  mapping: Mapping,
  allocate: Allocate,
): Promise<Stored> => {
  /** A retry of a capture already stored takes no number (the batch path learns it from its 409). */
  const stored = await readStored(container, build({ number: 0 }), mapping);
  if (stored !== undefined) return stored;
  const action = build(await allocate(boardId, itemKey));
  try {
    const { resource } = await container.items.create(mapping.toDoc(action));
    return {
      action: resource === undefined ? action : mapping.fromDoc(resource as never),
      created: true,
    };
  } catch (error) {
    if (cosmosStatus(error) !== 409) throw withContext(`create action ${action.id}`, error);
    const stored = await readStored(container, action, mapping);
    if (stored === undefined) throw withContext(`create action ${action.id}`, error);
    return stored;
  }
};

/** The board counters this process wrote last, with their ETags: a capture need not read them. */
export type KnownCounters = Map<BoardId, CounterDoc>;

const remember = (known: KnownCounters, counter: CounterDoc): void => {
  if (known.size > 10_000) known.clear();
  known.set(counter.boardId, counter);
};

type Audited = Stored & { audited: boolean };

/**
 * Stores a new action under the board's next number in one transactional batch with the counter
 * and, with `audit`, the action's audit entry (all three in the board's partition of the actions
 * container): the counter's replace on its ETag, the action's create, the entry's create. Costs
 * the batch, one round trip, when this process wrote the board's counter last (`known`, whose ETag
 * is then current); otherwise a counter read first: two. Nothing is kept unless all are
 * (`commitAtomic`).
 * - The replace answers 412 when another capture (or another instance) took a number since: a
 *   remembered counter is read again and the batch tried once more; a counter just read means a
 *   race, and the number then comes from the counter's atomic increment (a patch, which never waits
 *   on anyone) and the action is created alone, and so for the board's next captures for a while
 *   (`recentRaces`). The caller records the audit entry then (`audited: false`).
 * - The create answers 409 when a retried capture already stored the action: that one is returned
 *   (`created: false`, `audited: false`: the caller completes the entry, by its key). A stored action
 *   is never undone, so no late request can remove or renumber one.
 */
export const createNumberedAction = async (
  container: Container,
  boardId: BoardId,
  build: (numbered: NumberedAction) => Action,
  itemKey: string | undefined,
  mapping: Mapping,
  allocate: Allocate,
  options: { audit?: (action: Action) => JSONObject & { id: string }; known?: KnownCounters } = {},
): Promise<Audited> => {
  const alone = async (): Promise<Audited> => ({
    ...(await createAlone(container, boardId, build, itemKey, mapping, allocate)),
    audited: false,
  });
  if (busy(boardId)) return alone();
  const known = options.known ?? new Map<BoardId, CounterDoc>();
  const key = itemKey === undefined ? undefined : counterKey(itemKey);
  let remembered = known.get(boardId);
  for (;;) {
    const counter =
      remembered ?? (await readOptional<CounterDoc>(container, COUNTER_ID, boardId, 'counter'));
    const items = counter?.items ?? {};
    const numbered: NumberedAction = {
      number: (counter?.next ?? 0) + 1,
      ...(key !== undefined && { ordinal: (items[key] ?? 0) + 1 }),
    };
    const action = build(numbered);
    const next: CounterDoc = {
      id: COUNTER_ID,
      type: 'counter',
      boardId,
      next: numbered.number,
      items: key === undefined ? items : { ...items, [key]: numbered.ordinal ?? 1 },
    };
    const audit = options.audit?.(action);
    const outcome = await commitAtomic(
      container,
      boardId,
      [
        counter === undefined
          ? { kind: 'create', doc: next }
          : { kind: 'replace', doc: next, ifMatch: counter._etag ?? '', previous: counter },
        { kind: 'create', doc: { ...mapping.toDoc(action), id: action.id } },
        ...(audit === undefined ? [] : [{ kind: 'create' as const, doc: audit }]),
      ],
      `action ${action.id}`,
    );
    if (outcome.ok) {
      const etag = outcome.results[0]?.eTag;
      if (etag !== undefined) remember(known, { ...next, _etag: etag });
      const body = outcome.results[1]?.resourceBody;
      return {
        action: body === undefined ? action : mapping.fromDoc(stripSystemFields(body) as never),
        created: true,
        audited: audit !== undefined,
      };
    }
    known.delete(boardId);
    if (outcome.index === 1 && outcome.status === 409) {
      const stored = await readStored(container, action, mapping);
      if (stored !== undefined) return { ...stored, audited: false };
    }
    const lostRace = outcome.index === 0 && (outcome.status === 412 || outcome.status === 409);
    if (!lostRace)
      throw new Error(`store action ${action.id}: the batch failed with ${outcome.status}`);
    if (remembered === undefined) {
      noteRace(boardId);
      return alone();
    }
    remembered = undefined;
  }
};

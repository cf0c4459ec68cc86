import type { Container, CosmosClient, Database } from '@azure/cosmos';
import { cosmosStatus } from '../storage/cosmos-errors.js';
import { stripSystemFields } from '../storage/cosmos-documents.js';
import type { Doc, Documents, JournalEntry } from './cosmos-snapshot.js';
import {
  appendJournal,
  docKey,
  keyOf,
  readSnapshotFile,
  upsertAll,
  writeSnapshotFile,
} from './cosmos-snapshot.js';
import type { Touched, WriteLog } from './cosmos-write-log.js';

/** What one save did: `read` counts documents read from the server. */
export type SaveStats = {
  documents: number;
  read: number;
  written: number;
  removed: number;
  /** The whole file was rewritten (at exit, or once the journal outgrew it). */
  compacted: boolean;
};

/** A document as it is now: undefined when it is gone. */
const readNow = async (container: Container, t: Touched): Promise<Doc | undefined> => {
  try {
    const { resource } = await container.item(t.id, t.pk as string).read<Doc>();
    return resource === undefined ? undefined : stripSystemFields(resource);
  } catch (error) {
    if (cosmosStatus(error) === 404) return undefined;
    throw error;
  }
};

/** Runs `work` over `items`, a few at a time. */
const eachOf = async <T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> => {
  const queue = [...items];
  const worker = async (): Promise<void> => {
    for (let item = queue.pop(); item !== undefined; item = queue.pop()) await work(item);
  };
  await Promise.all(Array.from({ length: 8 }, worker));
};

/**
 * The local database saved incrementally (`npm run dev`). It keeps a copy of every document, and
 * each save reads only the documents written since the last (the embedded server's write
 * requests are followed, cosmos-write-log.ts): one point read each, which also tells a deleted
 * document from a changed one. The changes are appended to a journal next to the file. At exit,
 * and whenever the journal has grown past the file, the whole file is rewritten from the copy (no
 * reads) and the journal starts again; `restoreSnapshot` reads the file and replays its journal.
 * Querying for what changed (`c._ts >= @since`) would not do: the embedded server answers any
 * query by scanning the whole container, as slow as reading it all.
 */
export class LocalSnapshot {
  private journalStarted = false;
  private journalEntries = 0;

  private constructor(
    private readonly database: Database,
    private readonly file: string,
    private readonly writes: WriteLog,
    private readonly documents: Documents,
    private generation: string,
  ) {}

  /** Restores the file (and journal) into the (already created) schema and starts saving. */
  static async open(
    client: CosmosClient,
    databaseId: string,
    file: string,
    writes: WriteLog,
  ): Promise<LocalSnapshot> {
    const database = client.database(databaseId);
    const { documents, generation, journalEntries } = await readSnapshotFile(file);
    for (const [name, docs] of documents) await upsertAll(database.container(name), docs.values());
    // What the restore wrote is already in the copy.
    writes.take();
    writes.takeUnknown();
    const snapshot = new LocalSnapshot(database, file, writes, documents, generation ?? '');
    // A file from before journals, or a journal to fold in: start a new generation now.
    if (generation === undefined || journalEntries > 0)
      snapshot.generation = await writeSnapshotFile(file, documents);
    return snapshot;
  }

  /** Documents restored or saved so far. */
  get size(): number {
    let count = 0;
    for (const docs of this.documents.values()) count += docs.size;
    return count;
  }

  /** Saves what was written since the last save; `compact` then rewrites the whole file. */
  async save(options: { compact?: boolean } = {}): Promise<SaveStats> {
    const touched = this.writes.take();
    const unknown = this.writes.takeUnknown();
    const entries: JournalEntry[] = [];
    const changes: (() => void)[] = [];
    let read = 0;
    const record = (name: string, key: string, now: Doc | undefined): void => {
      const docs = this.documents.get(name);
      if (docs === undefined) return;
      const before = docs.get(key);
      if (now === undefined) {
        if (before === undefined) return;
        const [pk, id] = JSON.parse(key) as [unknown, string];
        entries.push({ c: name, del: [pk, id] });
        changes.push(() => docs.delete(key));
      } else if (before === undefined || JSON.stringify(before) !== JSON.stringify(now)) {
        entries.push({ c: name, put: now });
        changes.push(() => docs.set(key, now));
      }
    };
    try {
      await eachOf(
        touched.filter((t) => this.documents.has(t.container) && !unknown.has(t.container)),
        async (t) => {
          const now = await readNow(this.database.container(t.container), t);
          read += 1;
          record(t.container, keyOf(t.pk, t.id), now);
        },
      );
      for (const name of unknown) {
        const docs = this.documents.get(name);
        if (docs === undefined) continue;
        const { resources } = await this.database.container(name).items.readAll<Doc>().fetchAll();
        read += resources.length;
        const there = new Map(
          resources.map((found) => {
            const doc = stripSystemFields(found);
            return [docKey(name, doc), doc] as const;
          }),
        );
        for (const key of new Set([...docs.keys(), ...there.keys()]))
          record(name, key, there.get(key));
      }
      await appendJournal(this.file, this.generation, entries, this.journalStarted);
    } catch (error) {
      this.writes.putBack(touched);
      throw error;
    }
    for (const change of changes) change();
    if (entries.length > 0) this.journalStarted = true;
    this.journalEntries += entries.length;
    const compacted = options.compact === true || this.journalEntries > Math.max(1000, this.size);
    if (compacted) {
      this.generation = await writeSnapshotFile(this.file, this.documents);
      this.journalStarted = false;
      this.journalEntries = 0;
    }
    const written = entries.filter((e) => 'put' in e).length;
    return {
      documents: this.size,
      read,
      written,
      removed: entries.length - written,
      compacted,
    };
  }
}

import type { Container } from '@azure/cosmos';
import type { Reminder } from '../domain/reminder.js';
import type { ReminderRepository, Versioned } from '../services/ports.js';
import { cosmosStatus, withContext } from './cosmos-errors.js';
import { readOptional, stripSystemFields } from './cosmos-documents.js';

type ReminderDoc = Reminder & { type: 'reminder'; schemaVersion: number; _etag?: string };

const toDoc = (reminder: Reminder): ReminderDoc => ({
  ...reminder,
  type: 'reminder',
  schemaVersion: 1,
});

const fromDoc = (doc: ReminderDoc): Versioned<Reminder> => {
  const { type: _t, schemaVersion: _s, ...reminder } = stripSystemFields(doc);
  return { value: reminder, etag: doc._etag ?? '' };
};

/**
 * Reminders by due day. A sweep asks for what is ready now: today's and earlier partitions only,
 * pending and due or claimed with an expired lease, oldest first — its cost grows with what is
 * due, not with what is stored. Asked for one due day, it queries that partition alone: one
 * request instead of a query plan and a query.
 */
export class CosmosReminderRepository implements ReminderRepository {
  constructor(private readonly container: Container) {}

  /**
   * Creates what is not stored yet (an id taken means planned already). Several go in one bulk
   * request: they fall on different days, so different partitions, and Cosmos sends a bulk request
   * per physical partition range, not per logical partition: one for a container of up to 50 GB.
   */
  async plan(reminders: readonly Reminder[]): Promise<number> {
    if (reminders.length > 1) return this.planTogether(reminders);
    let created = 0;
    for (const reminder of reminders) {
      try {
        await this.container.items.create(toDoc(reminder));
        created += 1;
      } catch (error) {
        if (cosmosStatus(error) !== 409) throw withContext(`plan reminder ${reminder.id}`, error);
      }
    }
    return created;
  }

  /**
   * Reads the container's partition key ranges, which a bulk request needs and the client keeps:
   * once at start, so that no turn pays for it.
   */
  async warm(): Promise<void> {
    try {
      await this.container.items.bulk([]);
    } catch (error) {
      throw withContext('read reminders partition key ranges', error);
    }
  }

  private async planTogether(reminders: readonly Reminder[]): Promise<number> {
    let answers: { statusCode: number }[];
    try {
      answers = await this.container.items.bulk(
        reminders.map((reminder) => ({
          operationType: 'Create' as const,
          resourceBody: toDoc(reminder),
        })),
      );
    } catch (error) {
      throw withContext(`plan ${reminders.length} reminders`, error);
    }
    const failed = answers.findIndex((a) => a.statusCode >= 400 && a.statusCode !== 409);
    if (failed >= 0 || answers.length !== reminders.length)
      throw new Error(
        `plan reminder ${reminders[failed]?.id ?? ''}: ${answers[failed]?.statusCode ?? 'no answer'}`,
      );
    return answers.filter((a) => a.statusCode < 300).length;
  }

  async listReady(
    now: Date,
    limit: number,
    options: { day?: string } = {},
  ): Promise<Versioned<Reminder>[]> {
    const at = now.toISOString();
    const { day } = options;
    const { resources } = await this.container.items
      .query<ReminderDoc>(
        {
          query:
            `SELECT TOP @limit * FROM c WHERE c.type = @type AND ${day === undefined ? 'c.dueDay <= @today' : 'c.dueDay = @today'} AND ` +
            '((c.status = @pending AND c.fireAt <= @now) OR (c.status = @claimed AND c.leaseUntil <= @now)) ' +
            'ORDER BY c.fireAt',
          parameters: [
            { name: '@limit', value: limit },
            { name: '@type', value: 'reminder' },
            { name: '@today', value: day ?? at.slice(0, 10) },
            { name: '@pending', value: 'pending' },
            { name: '@claimed', value: 'claimed' },
            { name: '@now', value: at },
          ],
        },
        { maxItemCount: limit, ...(day !== undefined && { partitionKey: day }) },
      )
      .fetchAll();
    return resources.map(fromDoc);
  }

  async findById(dueDay: string, id: string): Promise<Versioned<Reminder> | undefined> {
    const doc = await readOptional<ReminderDoc>(this.container, id, dueDay, `reminder ${id}`);
    return doc === undefined ? undefined : fromDoc(doc);
  }

  async replace(
    reminder: Versioned<Reminder>,
    next: Reminder,
  ): Promise<Versioned<Reminder> | undefined> {
    try {
      const { resource } = await this.container
        .item(reminder.value.id, reminder.value.dueDay)
        .replace<ReminderDoc>(toDoc(next), {
          accessCondition: { type: 'IfMatch', condition: reminder.etag },
        });
      if (resource === undefined) throw new Error('replace returned no document');
      return fromDoc(resource);
    } catch (error) {
      const status = cosmosStatus(error);
      if (status === 412 || status === 404) return undefined;
      throw withContext(`write reminder ${reminder.value.id}`, error);
    }
  }
}

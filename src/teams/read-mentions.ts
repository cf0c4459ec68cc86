import type { TurnContext } from 'botbuilder';
import type { Mention } from '../domain/resolve-owners.js';
import type { RosterReader } from './roster-reader.js';

/** `@mentions` in a message, with their Entra ids from the conversation roster. */
export const readMentions = async (
  readRoster: RosterReader,
  context: TurnContext,
): Promise<Mention[]> => {
  const mentioned = (context.activity.entities ?? [])
    .filter((e) => e.type === 'mention')
    .map(
      (e) => (e as { mentioned?: { id?: string; name?: string; aadObjectId?: string } }).mentioned,
    )
    .filter(
      (m): m is { id?: string; name: string; aadObjectId?: string } =>
        typeof m?.name === 'string' && m.id !== context.activity.recipient.id,
    );
  if (mentioned.length === 0) return [];
  const roster = mentioned.every((m) => m.aadObjectId !== undefined)
    ? []
    : await readRoster(context).catch(() => []);
  return mentioned.map((m) => {
    const aad =
      m.aadObjectId ?? roster.find((p) => p.id !== undefined && p.id === m.id)?.aadObjectId;
    return { name: m.name, ...(aad !== undefined && { aadObjectId: aad }) };
  });
};

import type { Activity } from 'botbuilder';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ComposeExtensionCommand, TeamsManifest } from '../../src/dev/app-manifest.js';
import { appManifest, packageSettings } from '../../src/dev/app-manifest.js';
import { MESSAGE_EXTENSION_COMMANDS } from '../../src/teams/routes/message-extension-routes.js';
import type { Harness } from '../support/teams-harness.js';
import { createHarness, groupChat, person, teamsActivity } from '../support/teams-harness.js';

const USER = person(41, 'Ruth Collins');

/** The invoke Teams sends when someone uses a message-extension command. */
const invokeFor = (command: ComposeExtensionCommand): Partial<Activity> => {
  const type = command.type ?? 'query';
  const name =
    type === 'query'
      ? 'composeExtension/query'
      : command.fetchTask === false
        ? 'composeExtension/submitAction'
        : 'composeExtension/fetchTask';
  return teamsActivity(USER, groupChat(), {
    type: 'invoke',
    name,
    value: {
      commandId: command.id,
      commandContext: command.context?.includes('message') ? 'message' : 'compose',
      ...(type === 'query'
        ? {
            parameters: [{ name: 'searchText', value: '' }],
            queryOptions: { skip: 0, count: 25 },
          }
        : { data: {} }),
      messagePayload: { id: '1', body: { contentType: 'html', content: '<p>Hello</p>' } },
    },
  });
};

/** The status of the bot's invoke response, or undefined when it did not answer. */
const answer = async (harness: Harness, command: ComposeExtensionCommand) => {
  const sent = await harness.send(invokeFor(command));
  const response = sent.find((a) => a.type === 'invokeResponse');
  return (response?.value as { status?: number } | undefined)?.status;
};

const manifestCommands = (manifest: TeamsManifest): ComposeExtensionCommand[] =>
  (manifest.composeExtensions ?? []).flatMap((extension) => extension.commands ?? []);

describe('message-extension commands in the manifest', () => {
  let harness: Harness;
  let manifest: TeamsManifest;
  beforeAll(async () => {
    harness = await createHarness();
    manifest = await appManifest(packageSettings({}, '0.1.0').values);
  });

  it('are each answered by the bot with a 200 invoke response', async () => {
    const answered: Record<string, number | undefined> = {};
    for (const command of manifestCommands(manifest)) {
      answered[command.id] = await answer(harness, command);
    }
    const expected = Object.fromEntries(manifestCommands(manifest).map((c) => [c.id, 200]));
    expect(answered).toEqual(expected);
  });

  it('have handlers: no command id in the manifest that the bot does not route', () => {
    const routed: string[] = Object.values(MESSAGE_EXTENSION_COMMANDS);
    const unrouted = manifestCommands(manifest)
      .map((c) => c.id)
      .filter((id) => !routed.includes(id));
    expect(unrouted).toEqual([]);
    for (const extension of manifest.composeExtensions ?? []) {
      expect(extension.botId).toBe(manifest.bots[0]?.botId);
    }
  });

  it('are checked by a probe that tells a handled command from an unhandled one', async () => {
    // Every routed id answers as one of the two kinds of command; an unknown id answers as neither.
    for (const id of Object.values(MESSAGE_EXTENSION_COMMANDS)) {
      const statuses = [
        await answer(harness, { id, type: 'action', fetchTask: true }),
        await answer(harness, { id, type: 'query' }),
      ];
      expect(statuses, id).toContain(200);
    }
    expect(await answer(harness, { id: 'notACommand', type: 'action', fetchTask: true })).toBe(
      undefined,
    );
    expect(await answer(harness, { id: 'notACommand', type: 'query' })).toBe(undefined);
  });
});

import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { ManifestValues, TeamsManifest } from '../../src/dev/app-manifest.js';
import {
  AppPackageError,
  appManifest,
  fillTemplate,
  LOCAL_DEFAULTS,
  MANIFEST_TEMPLATE_FILE,
  manifestProblems,
  packageSettings,
  placeholdersOf,
} from '../../src/dev/app-manifest.js';

const PRODUCTION_ENV = {
  MICROSOFT_APP_ID: '0B6F7A8E-1C2D-4E5F-8A9B-0C1D2E3F4A5B',
  PUBLIC_BASE_URL: 'https://quorate-abc123.azurewebsites.net/',
  TEAMS_APP_ID: '2c9d4e1f-3a5b-4c6d-8e7f-9a0b1c2d3e4f',
  TEAMS_APP_VERSION: '1.4.2',
  TEAMS_APP_DEVELOPER_NAME: 'Northfield SCP',
  TEAMS_APP_PRIVACY_URL: 'https://northfield.example.org/privacy',
};

const filled = async (env: Record<string, string> = PRODUCTION_ENV): Promise<TeamsManifest> =>
  appManifest(packageSettings(env, '0.1.0').values);

const clone = (m: TeamsManifest): TeamsManifest => structuredClone(m);

/**
 * Microsoft's documented resource-specific consent permissions (learn.microsoft.com, "Resource-
 * specific consent for your Teams app": team, chat or meeting, and user tables) with the types
 * each supports. The manifest schema only checks that a name is a string.
 */
const RSC_PERMISSIONS: Record<string, ('Application' | 'Delegated')[]> = {
  // Team (and its channels)
  'Channel.Create.Group': ['Application'],
  'Channel.Delete.Group': ['Application'],
  'ChannelMeeting.ReadBasic.Group': ['Application'],
  'ChannelMeetingParticipant.Read.Group': ['Application', 'Delegated'],
  'ChannelMeetingRecording.Read.Group': ['Application'],
  'ChannelMeetingTranscript.Read.Group': ['Application'],
  'ChannelMeetingNotification.Send.Group': ['Application'],
  'ChannelMessage.Read.Group': ['Application'],
  'ChannelMessage.Send.Group': ['Application'],
  'ChannelSettings.Read.Group': ['Application'],
  'ChannelSettings.ReadWrite.Group': ['Application'],
  'TeamsActivity.Send.Group': ['Application'],
  'TeamsAppInstallation.Read.Group': ['Application'],
  'TeamMember.Read.Group': ['Application'],
  'TeamSettings.Read.Group': ['Application'],
  'TeamSettings.ReadWrite.Group': ['Application'],
  'TeamsTab.Create.Group': ['Application'],
  'TeamsTab.Delete.Group': ['Application'],
  'TeamsTab.Read.Group': ['Application'],
  'TeamsTab.ReadWrite.Group': ['Application'],
  'ChannelMeetingActiveSpeaker.Read.Group': ['Delegated'],
  'ChannelMeetingAudioVideo.Stream.Group': ['Delegated'],
  'ChannelMeetingIncomingAudio.Detect.Group': ['Delegated'],
  'ChannelMeetingStage.Write.Group': ['Delegated'],
  'InAppPurchase.Allow.Group': ['Delegated'],
  'LiveShareSession.ReadWrite.Group': ['Delegated'],
  'MeetingParticipantReaction.Read.Group': ['Delegated'],
  // Chat or meeting
  'Calls.AccessMedia.Chat': ['Application'],
  'Calls.JoinGroupCalls.Chat': ['Application'],
  'ChatSettings.Read.Chat': ['Application'],
  'ChatSettings.ReadWrite.Chat': ['Application'],
  'ChatMessage.Read.Chat': ['Application'],
  'ChatMessageReadReceipt.Read.Chat': ['Application'],
  'ChatMember.Read.Chat': ['Application'],
  'Chat.Manage.Chat': ['Application'],
  'TeamsTab.Read.Chat': ['Application'],
  'TeamsTab.Create.Chat': ['Application'],
  'TeamsTab.Delete.Chat': ['Application'],
  'TeamsTab.ReadWrite.Chat': ['Application'],
  'TeamsAppInstallation.Read.Chat': ['Application'],
  'TeamsActivity.Send.Chat': ['Application'],
  'OnlineMeetingTranscript.Read.Chat': ['Application'],
  'OnlineMeetingArtifact.Read.Chat': ['Application'],
  'OnlineMeeting.ReadBasic.Chat': ['Application'],
  'OnlineMeetingRecording.Read.Chat': ['Application'],
  'OnlineMeetingNotification.Send.Chat': ['Application'],
  'InAppPurchase.Allow.Chat': ['Delegated'],
  'LiveShareSession.ReadWrite.Chat': ['Delegated'],
  'MeetingStage.Write.Chat': ['Delegated'],
  'MeetingParticipantReaction.Read.Chat': ['Delegated'],
  'OnlineMeetingIncomingAudio.Detect.Chat': ['Delegated'],
  'OnlineMeetingActiveSpeaker.Read.Chat': ['Delegated'],
  'OnlineMeetingAudioVideo.Stream.Chat': ['Delegated'],
  'OnlineMeetingParticipant.Read.Chat': ['Application', 'Delegated'],
  'OnlineMeetingParticipant.ToggleIncomingAudio.Chat': ['Delegated'],
  // User
  'CameraStream.Read.User': ['Delegated'],
  'InAppPurchase.Allow.User': ['Delegated'],
  'MicrophoneStream.Read.User': ['Delegated'],
  'MeetingParticipantReaction.Read.User': ['Delegated'],
  'OutgoingVideoStream.Write.User': ['Delegated'],
  'TeamsActivity.Send.User': ['Application'],
  'TeamsAppInstallation.Read.User': ['Application'],
};

describe('the Teams app manifest', () => {
  it('fills every placeholder and validates against the official v1.24 schema, offline', async () => {
    const manifest = await filled();
    expect(manifest.$schema).toBe(
      'https://developer.microsoft.com/json-schemas/teams/v1.24/MicrosoftTeams.schema.json',
    );
    expect(manifest.manifestVersion).toBe('1.24');
    expect(JSON.stringify(manifest)).not.toContain('${{');
    expect(await manifestProblems(manifest)).toEqual([]);
    expect(manifest).toMatchObject({
      id: PRODUCTION_ENV.TEAMS_APP_ID,
      version: '1.4.2',
      developer: {
        name: 'Northfield SCP',
        websiteUrl: 'https://quorate-abc123.azurewebsites.net/',
        privacyUrl: 'https://northfield.example.org/privacy',
        termsOfUseUrl: 'https://quorate-abc123.azurewebsites.net/',
      },
    });
  });

  it('also validates with nothing set (local defaults)', async () => {
    const settings = packageSettings({}, '0.1.0');
    expect(settings.values).toMatchObject({
      APP_ID: LOCAL_DEFAULTS.TEAMS_APP_ID,
      BOT_ID: LOCAL_DEFAULTS.MICROSOFT_APP_ID,
      BOT_DOMAIN: 'localhost',
      APP_VERSION: '0.1.0',
    });
    expect(settings.defaulted).toContain('MICROSOFT_APP_ID');
    expect(await manifestProblems(await appManifest(settings.values))).toEqual([]);
  });

  it('the validator rejects what Teams rejects, so a passing check means something', async () => {
    const good = await filled();
    const lowerCaseScope = clone(good);
    lowerCaseScope.bots[0]!.scopes = ['personal', 'groupchat'];
    expect((await manifestProblems(lowerCaseScope)).join('\n')).toContain('/bots/0/scopes/1');

    const oldVersion = { ...clone(good), manifestVersion: '1.23' };
    expect(await manifestProblems(oldVersion)).not.toEqual([]);

    const { id: _id, ...noId } = clone(good);
    expect((await manifestProblems(noId)).join('\n')).toContain("required property 'id'");

    const tooMany = clone(good);
    const list = tooMany.bots[0]!.commandLists![0]!;
    list.commands = [...list.commands, { title: 'quorum', description: 'one too many' }];
    expect((await manifestProblems(tooMany)).join('\n')).toContain('Teams shows 10 at most');

    const longTitle = clone(good);
    longTitle.bots[0]!.commandLists![0]!.commands[0]!.title = 'x'.repeat(33);
    expect((await manifestProblems(longTitle)).join('\n')).toContain('over 32 characters');

    const longDescription = clone(good);
    longDescription.bots[0]!.commandLists![0]!.commands[0]!.description = 'x'.repeat(129);
    expect((await manifestProblems(longDescription)).join('\n')).toContain('over 128 characters');
  });

  it('offers the bot in personal chat, channels and group chats (meeting chats are group chats)', async () => {
    const manifest = await filled();
    expect(manifest.bots).toHaveLength(1);
    const bot = manifest.bots[0]!;
    expect(bot.botId).toBe(PRODUCTION_ENV.MICROSOFT_APP_ID.toLowerCase());
    expect([...bot.scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(bot.supportsFiles).toBe(false);
    const listed = (bot.commandLists ?? []).flatMap((l) => l.scopes);
    expect([...listed].sort()).toEqual(['groupChat', 'personal', 'team']);
  });

  it('asks only for documented resource-specific permissions, of a type each supports', async () => {
    const manifest = await filled();
    const permissions = manifest.authorization?.permissions?.resourceSpecific ?? [];
    for (const { name, type } of permissions) {
      expect(RSC_PERMISSIONS[name], `${name} is not a documented RSC permission`).toBeDefined();
      expect(RSC_PERMISSIONS[name]).toContain(type);
    }
    expect(permissions.map((p) => `${p.name} ${p.type}`).sort()).toEqual(
      [
        'ChannelMeeting.ReadBasic.Group',
        'ChannelMeetingParticipant.Read.Group',
        'ChatMember.Read.Chat',
        'OnlineMeeting.ReadBasic.Chat',
        'OnlineMeetingArtifact.Read.Chat',
        'OnlineMeetingParticipant.Read.Chat',
        'TeamMember.Read.Group',
      ].map((name) => `${name} Application`),
    );
  });

  it('ties RSC consent and links to the bot: webApplicationInfo and validDomains', async () => {
    const manifest = await filled();
    const botId = PRODUCTION_ENV.MICROSOFT_APP_ID.toLowerCase();
    expect(manifest.webApplicationInfo).toEqual({
      id: botId,
      resource: `api://quorate-abc123.azurewebsites.net/botid-${botId}`,
    });
    expect(manifest.validDomains).toEqual(['quorate-abc123.azurewebsites.net']);
  });
});

describe('filling the template', () => {
  const values: ManifestValues = packageSettings({}, '0.1.0').values;

  it('has a value for every placeholder the template uses, and uses every value', async () => {
    const template = await readFile(MANIFEST_TEMPLATE_FILE, 'utf8');
    expect(placeholdersOf(template).sort()).toEqual(Object.keys(values).sort());
  });

  it('escapes values for JSON and refuses a placeholder without a value', () => {
    expect(JSON.parse(fillTemplate('{"a": "${{X}} and ${{X}}"}', { X: 'say "hi"\\' }))).toEqual({
      a: 'say "hi"\\ and say "hi"\\',
    });
    expect(() => fillTemplate('{"a": "${{X}}", "b": "${{Y}}"}', { X: '1' })).toThrow(
      'No value for ${{Y}}',
    );
  });

  it('reads the environment, refusing values Teams would refuse', () => {
    const { values: v, defaulted } = packageSettings(PRODUCTION_ENV, '0.1.0');
    expect(v.BOT_DOMAIN).toBe('quorate-abc123.azurewebsites.net');
    expect(defaulted.sort()).toEqual(['TEAMS_APP_TERMS_URL', 'TEAMS_APP_WEBSITE_URL']);
    const refused = (env: Record<string, string>): string => {
      try {
        packageSettings({ ...PRODUCTION_ENV, ...env }, '0.1.0');
      } catch (error) {
        expect(error).toBeInstanceOf(AppPackageError);
        return (error as Error).message;
      }
      throw new Error('accepted');
    };
    expect(refused({ MICROSOFT_APP_ID: 'quorate-bot' })).toContain('MICROSOFT_APP_ID');
    expect(refused({ TEAMS_APP_ID: '1234' })).toContain('TEAMS_APP_ID');
    expect(refused({ TEAMS_APP_VERSION: '1.0' })).toContain('TEAMS_APP_VERSION');
    expect(refused({ PUBLIC_BASE_URL: 'http://quorate.example.org' })).toContain('https://');
    expect(refused({ TEAMS_APP_PRIVACY_URL: 'privacy' })).toContain('TEAMS_APP_PRIVACY_URL');
  });
});

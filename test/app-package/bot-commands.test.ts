import { describe, expect, it } from 'vitest';
import type { CommandKind } from '../../src/commands/command.js';
import type { CatalogueEntry } from '../../src/commands/command-catalogue.js';
import { COMMAND_CATALOGUE } from '../../src/commands/command-catalogue.js';
import { parseCommand } from '../../src/commands/parse-command.js';
import type { TeamsManifest } from '../../src/dev/app-manifest.js';
import { appManifest, COMMAND_LIMITS, packageSettings } from '../../src/dev/app-manifest.js';

const manifest = async (): Promise<TeamsManifest> =>
  appManifest(packageSettings({}, '0.1.0').values);

const commandLists = async () => (await manifest()).bots.flatMap((b) => b.commandLists ?? []);

const parsedKind = (text: string): CommandKind | undefined => {
  const result = parseCommand(text);
  return result.ok ? result.command.kind : undefined;
};

/**
 * What a catalogue entry offers as a title of its own: each alternative of its usage
 * (`meeting start  |  meeting end`) that needs no argument — up to its first optional part or note
 * (`[`, `(`), with no required `<placeholder>` before it — when that parses as a command. A Teams
 * command list inserts its title as it is, so an entry whose every form needs arguments
 * (`action <owners> to <text>`, `note <text>`, `members import` + a pasted table) cannot be offered
 * there; `help` lists those.
 */
const bareForms = (entry: CatalogueEntry): { text: string; kind: CommandKind }[] =>
  entry.usage.split(/\s+\|\s+/).flatMap((alternative) => {
    const cut = alternative.search(/[<[(]/);
    if (alternative[cut] === '<') return [];
    const text = (cut < 0 ? alternative : alternative.slice(0, cut)).trim();
    const kind = parsedKind(text);
    return kind === undefined ? [] : [{ text, kind }];
  });

/**
 * Entries with a bare form that the lists leave out because every list they would go in is full
 * (Teams shows 10 commands per list). Each must say why; the test checks the lists are full.
 */
const LEFT_OUT_FOR_SPACE: Partial<Record<CommandKind, string>> = {
  personalData: 'asked for rarely (subject access requests); listed in help',
  undo: 'typed straight after a mistake, where the reply says what was undone; listed in help',
  notes: 'asked for when correcting; the agenda card shows the same numbers; listed in help',
  delegates:
    'named once a year and rarely looked up; the register and the quorum say when a deputy is not authorised; listed in help',
  meetingLink:
    'typed once per Teams meeting chat, told of when a meeting starts there; listed in help',
  attendanceReport:
    'typed after a linked meeting, told of when it ends; the chair also gets a card; listed in help',
  quorumForecast:
    'sent by itself to the chair and coordinators when the next meeting is at risk; listed in help',
};

describe('the bot command lists in the manifest', () => {
  it('stay within what Teams shows: 10 per list, short titles and descriptions', async () => {
    for (const list of await commandLists()) {
      expect(list.commands.length).toBeLessThanOrEqual(COMMAND_LIMITS.perList);
      for (const { title, description } of list.commands) {
        expect(title.length, title).toBeLessThanOrEqual(COMMAND_LIMITS.title);
        expect(description.length, title).toBeLessThanOrEqual(COMMAND_LIMITS.description);
        expect(description, `${title}: Teams drops <words> as HTML`).not.toMatch(/[<>]/);
      }
      const titles = list.commands.map((c) => c.title.toLowerCase());
      expect(new Set(titles).size, 'a title appears twice in one list').toBe(titles.length);
    }
  });

  it('hold only titles that Quorate reads as a command', async () => {
    const titles = (await commandLists()).flatMap((l) => l.commands.map((c) => c.title));
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) {
      const result = parseCommand(title);
      expect(result.ok ? 'command' : `error: ${result.message}`, title).toBe('command');
    }
  });

  it('offer every catalogue command that can be given without arguments', async () => {
    const lists = await commandLists();
    const listedKinds = new Set(
      lists
        .flatMap((l) => l.commands.map((c) => parsedKind(c.title)))
        .filter((k) => k !== undefined),
    );
    const uncovered = COMMAND_CATALOGUE.filter((entry) => {
      const forms = bareForms(entry);
      return forms.length > 0 && !forms.some((f) => listedKinds.has(f.kind));
    }).map((entry) => entry.kind);
    expect(uncovered.filter((kind) => LEFT_OUT_FOR_SPACE[kind] === undefined)).toEqual([]);
    // Leaving one out is only honest while the lists are full.
    if (uncovered.length > 0) {
      for (const list of lists) expect(list.commands).toHaveLength(COMMAND_LIMITS.perList);
    }
    // An exemption for an entry that is listed after all (or gone) is stale.
    for (const kind of Object.keys(LEFT_OUT_FOR_SPACE)) expect(uncovered).toContain(kind);
  });

  it('reads the catalogue the way the coverage check assumes', () => {
    const forms = (kind: CommandKind) =>
      bareForms(COMMAND_CATALOGUE.find((e) => e.kind === kind)!).map((f) => f.text);
    expect(forms('meetingStart')).toEqual(['meeting start', 'meeting end']);
    expect(forms('item')).toEqual(['next']);
    expect(forms('attendanceCodes')).toEqual(['apologies']);
    expect(forms('minutesApproved')).toEqual(['minutes approved', 'minutes not approved']);
    expect(forms('setup')).toEqual(['setup']);
    expect(forms('ratifier')).toEqual([]);
    expect(forms('actionCapture')).toEqual([]);
    expect(forms('membersImport')).toEqual([]);
  });
});

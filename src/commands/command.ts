export type Command =
  | { kind: 'help' }
  | { kind: 'setup'; name?: string }
  | { kind: 'members' }
  | { kind: 'membersImport'; table: string }
  | { kind: 'agencyAdd'; code: string; name: string; statutory: boolean };

export type CommandKind = Command['kind'];

export type ParseResult =
  { ok: true; command: Command } | { ok: false; message: string; usage?: string };

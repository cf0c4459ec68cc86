/**
 * The words a command starts with, as `parseCommand` reads them (its `switch`), and the second
 * word of the commands that have one. A test checks each is a command and that help lists it.
 */
export const COMMAND_WORDS: readonly string[] = [
  'help',
  'setup',
  'members',
  'member',
  'agency',
  'meeting',
  'next',
  'agenda',
  'paper',
  'papers',
  'item',
  'note',
  'decision',
  'agreed',
  'minutes',
  'action',
  'actions',
  'update',
  'done',
  'reopen',
  'close',
  'due',
  'assign',
  'attendance',
  'register',
  'present',
  'apologies',
  'absent',
  'deputy',
  'guest',
  'late',
  'left',
  'minute-taker',
  'minutetaker',
  'quorum',
  'ratify',
  'history',
  'summary',
  'personal',
  'report',
];

export const isCommandWord = (word: string): boolean =>
  word === '?' || COMMAND_WORDS.includes(word.toLowerCase());

import type { Meeting } from './meeting.js';

export type TeamsMeetingMatch =
  | { kind: 'one'; meeting: Meeting; by: 'date' | 'title' }
  | { kind: 'none' }
  | { kind: 'several'; meetings: Meeting[] };

const words = (title: string): string =>
  title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Whether a Teams meeting's title names a board meeting: the same words, or one holding the other
 * ("HSCP Executive Planning Meeting" in Outlook for the board's "Executive Planning Meeting"),
 * case and punctuation aside.
 */
export const titlesMatch = (teamsTitle: string, boardTitle: string): boolean => {
  const a = words(teamsTitle);
  const b = words(boardTitle);
  if (a === '' || b === '') return false;
  if (a === b) return true;
  /** Containment needs two words or more: "Meeting" alone names every meeting. */
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.includes(' ') && ` ${longer} `.includes(` ${shorter} `);
};

/**
 * Which planned board meeting of a day a Teams meeting is. `meeting link` (a person asks) takes the
 * day's only open meeting whatever its title, and the title decides between several; a meeting
 * start (nobody asked) needs the title to match too (`requireTitle`). Closed meetings are history,
 * never linked.
 */
export const matchTeamsMeeting = (
  sameDay: readonly Meeting[],
  teams: { title?: string; requireTitle: boolean },
): TeamsMeetingMatch => {
  const open = sameDay.filter((m) => m.status !== 'closed');
  const titled =
    teams.title === undefined ? [] : open.filter((m) => titlesMatch(teams.title ?? '', m.title));
  const [onlyTitled] = titled;
  if (titled.length === 1 && onlyTitled !== undefined)
    return { kind: 'one', meeting: onlyTitled, by: 'title' };
  if (teams.requireTitle)
    return titled.length > 1 ? { kind: 'several', meetings: titled } : { kind: 'none' };
  const [only] = open;
  if (open.length === 1 && only !== undefined) return { kind: 'one', meeting: only, by: 'date' };
  if (open.length === 0) return { kind: 'none' };
  return { kind: 'several', meetings: titled.length > 1 ? titled : open };
};

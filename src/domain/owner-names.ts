import type { Owner } from './action.js';
import type { Agency, Board, Member } from './board.js';

/** The last word of a team or group's name, as boards name them ("Business Unit", "CSE Working Group"). */
const GROUP_NOUNS = new Set([
  'group',
  'sub-group',
  'subgroup',
  'unit',
  'team',
  'teams',
  'panel',
  'board',
  'partnership',
  'committee',
  'sub-committee',
  'forum',
  'network',
  'service',
  'services',
  'hub',
  'office',
  'department',
  'directorate',
  'leads',
  'partners',
  'groups',
  'units',
  'boards',
  'panels',
  'members',
  'agencies',
  'organisations',
  'colleagues',
]);

const QUOTES = /^["“”'‘’«»]+|["“”'‘’«»]+$/g;

/** `"Shakira Gordon"` → `Shakira Gordon`; `@RS` → `RS`; `RS (LBH)` → `RS` (the designation goes). */
export const bareName = (token: string): string =>
  token
    .trim()
    .replace(/^@/, '')
    .replace(/\s*\([^()]*\)$/, '')
    .replace(QUOTES, '')
    .trim();

/** "the Business Unit" → "Business Unit". */
export const withoutArticle = (token: string): string => token.replace(/^the\s+/i, '').trim();

/** A team or group's name: its last word is a group noun ("Development & Practice Group"). */
export const isGroupName = (token: string): boolean => {
  const words = withoutArticle(token).split(/\s+/);
  const last =
    words
      .at(-1)
      ?.toLowerCase()
      .replace(/[^a-z-]/g, '') ?? '';
  return GROUP_NOUNS.has(last);
};

/**
 * A group's label in the owner column: its name, or for a long name joined by "&"/"and" its
 * capitals with the "&" kept ("Development & Practice Group" → "D&PG"): never bare initials a
 * member could hold.
 */
export const groupLabel = (name: string): string => {
  if (name.length <= 20) return name;
  const letters = name
    .split(/\s+/)
    .filter((w) => !/^(of|the|for|in|on)$/i.test(w))
    .map((w) => (w === '&' || /^and$/i.test(w) ? '&' : (w[0] ?? '').toUpperCase()))
    .join('');
  return letters.includes('&') ? letters : name;
};

export const groupOwner = (token: string): Owner => {
  const name = withoutArticle(token);
  return { kind: 'group', name, initials: groupLabel(name) };
};

/** Words people use for a statutory partner, and how its agency is recognised on a board. */
const AGENCY_WORDS: { words: readonly string[]; agency: RegExp }[] = [
  {
    words: ['police', 'met', 'met police', 'metropolitan police', 'mps'],
    agency: /police|^mps$|^met$/i,
  },
  { words: ['health', 'nhs', 'icb', 'ccg'], agency: /health|^icb$|^ccg$|^nhs$/i },
  { words: ['la', 'local authority', 'the council', 'council'], agency: /^la$|local authority/i },
  { words: ['education', 'schools'], agency: /^edu|education/i },
];

/**
 * One of the board's agencies by code or name ("POLICE", "Police"), or by a common word for it
 * ("MPS", "Met Police", "the police") when exactly one agency of the board fits.
 */
export const findAgencyNamed = (board: Board, token: string): Agency | undefined => {
  const wanted = withoutArticle(token).toLowerCase();
  const exact =
    board.agencies.find((a) => a.code.toLowerCase() === wanted) ??
    board.agencies.find((a) => a.name.toLowerCase() === wanted);
  if (exact !== undefined) return exact;
  const kind = AGENCY_WORDS.find((k) => k.words.includes(wanted));
  if (kind === undefined) return undefined;
  const fits = board.agencies.filter((a) => kind.agency.test(a.code) || kind.agency.test(a.name));
  return fits.length === 1 ? fits[0] : undefined;
};

/** A common word for a statutory partner the board does not list as an agency ("Police"). */
export const isAgencyWord = (token: string): boolean =>
  AGENCY_WORDS.some((k) => k.words.includes(withoutArticle(token).toLowerCase()));

export const agencyOwner = (agency: Agency): Owner => ({
  kind: 'agency',
  code: agency.code,
  name: agency.name,
  initials: agency.code,
});

const TITLES = /^(dr|prof|mr|mrs|ms|miss|cllr|rev|sir|dame)\.?$/i;

/**
 * Members called `word` by first name or surname ("Jacqui", "Burke"), or holding the role a
 * minute names them by ("Chair", "the vice-chair").
 */
export const membersCalled = (board: Board, word: string): Member[] => {
  const wanted = withoutArticle(word).toLowerCase().replace(/\s+/g, '-');
  if (wanted === 'chair' || wanted === 'vice-chair' || wanted === 'coordinator')
    return board.members.filter((m) => m.role === wanted);
  if (wanted.includes('-') && !board.members.some((m) => m.name.toLowerCase().includes(wanted)))
    return [];
  return board.members.filter((m) => {
    const names = m.name.split(/\s+/).filter((w) => !TITLES.test(w));
    const first = names[0]?.toLowerCase();
    const last = names.at(-1)?.toLowerCase();
    return first === wanted || last === wanted;
  });
};

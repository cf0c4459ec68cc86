const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'da', 'di', 'le', 'la', 'du']);
const TITLES = new Set(['dr', 'prof', 'mr', 'mrs', 'ms', 'miss', 'sir', 'dame', 'cllr', 'rev']);

/** "Prof Jenny Pearce" → "JP"; "Korkor Ceasar" → "KC". Titles and particles are skipped. */
export const initialsOf = (name: string): string => {
  const words = name
    .replace(/[()]/g, ' ')
    .split(/[\s-]+/)
    .map((w) => w.replace(/[^\p{L}']/gu, ''))
    .filter((w) => w.length > 0);
  const meaningful = words.filter(
    (w, i) => !(i < words.length - 1 && TITLES.has(w.toLowerCase().replace(/\.$/, ''))),
  );
  const letters = meaningful
    .filter((w) => !NAME_PARTICLES.has(w.toLowerCase()))
    .map((w) => w[0]?.toUpperCase() ?? '');
  return letters.join('') || name.slice(0, 2).toUpperCase();
};

/**
 * Initials that are not yet taken: "JP", then "JPE" (first name + more of the surname), then
 * "JP2". The minutes need them unique within a board.
 */
export const uniqueInitials = (name: string, taken: ReadonlySet<string>): string => {
  const base = initialsOf(name);
  if (!taken.has(base)) return base;
  const lastWord =
    name
      .trim()
      .split(/\s+/)
      .at(-1)
      ?.replace(/[^\p{L}]/gu, '') ?? '';
  const longer = `${base}${lastWord.slice(1, 2).toUpperCase()}`;
  if (longer !== base && !taken.has(longer)) return longer;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}${n}`;
    if (!taken.has(candidate)) return candidate;
  }
};

export const INITIALS_PATTERN = /^[A-Z][A-Z0-9]{0,5}$/;

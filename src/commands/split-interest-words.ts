/** An item as a chair names it: "3", "2a", "2.1", "item 3", or a standing label ("AOB"). */
const ITEM = /^(?:\d+(?:[a-z]|(?:\.\d+)+)?|aob|minutes|welcome|interests)$/i;

/**
 * The words of `interest …` after its verb: who (at least one word), the item (the first word that
 * reads as one, or "item" and one), and the rest as text. Undefined when no item is named.
 */
export const splitInterestWords = (
  args: string,
): { who: string; item: string; text: string } | undefined => {
  const words = args
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  /** "2a:" and "3," name an item as "2a" and "3" do. */
  const itemAt = (n: number): string => (words[n] ?? '').replace(/[:,.;]+$/, '');
  for (let at = 1; at < words.length; at++) {
    const named =
      words[at]?.toLowerCase() === 'item' && ITEM.test(itemAt(at + 1))
        ? at + 1
        : ITEM.test(itemAt(at))
          ? at
          : undefined;
    if (named === undefined) continue;
    return {
      who: words.slice(0, at).join(' '),
      item: itemAt(named),
      text: words
        .slice(named + 1)
        .join(' ')
        .replace(/^[:\s\-–—]+/, ''),
    };
  }
  return undefined;
};

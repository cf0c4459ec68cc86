/** The parts of a register record (domain/attendance.ts) precedence looks at. */
type EntryFacts = { code: string; source: 'event' | 'chair' | 'member'; deputy?: unknown };

/**
 * What happens when an entry for a member reaches a register that may already hold one:
 * - `apply`: the new entry is the member's record;
 * - `keep`: the record stays as it is, and nobody needs telling (the same code again, or a live
 *   Teams event against a person's entry);
 * - `keep-deputy`: the member's own apologies arrive after a deputy was recorded for them: the
 *   record stays SD with the deputy (sending apologies *and* a deputy is what a deputy means);
 * - `conflict`: the member's own entry contradicts the chair's or a coordinator's: the record stays
 *   the chair's, the member is told the chair recorded otherwise, and the chair is told of it.
 */
export type AttendancePrecedence = 'apply' | 'keep' | 'keep-deputy' | 'conflict';

/**
 * Who wins on the register (issue 19, item 8), by who made each entry (`source`):
 *
 * | already recorded       | new entry from          | outcome                                |
 * | ---------------------- | ----------------------- | -------------------------------------- |
 * | nothing                | anyone                  | apply                                  |
 * | anything               | the chair / coordinator | apply (the chair has the last word)    |
 * | a person's entry       | a live Teams event      | keep (events are hints)                |
 * | an event               | an event or the member  | apply                                  |
 * | the member's own       | the member              | apply (they changed their mind)        |
 * | SD (any source)        | the member's apologies  | keep-deputy                            |
 * | SA (any source)        | the member's deputy     | apply (apologies and a deputy: SD)     |
 * | the chair's, same code | the member              | keep                                   |
 * | the chair's, other     | the member              | conflict                               |
 *
 * `recordDeputy` records a deputy as the chair's entry even when members name their own, so a
 * member's own deputy is kept by their later apologies too.
 */
export const attendancePrecedence = (
  existing: EntryFacts | undefined,
  incoming: EntryFacts,
): AttendancePrecedence => {
  if (existing === undefined) return 'apply';
  if (incoming.source === 'chair') return 'apply';
  if (incoming.source === 'event') return existing.source === 'event' ? 'apply' : 'keep';
  if (existing.code === 'SD' && existing.deputy !== undefined && incoming.code === 'SA')
    return 'keep-deputy';
  if (existing.code === 'SA' && incoming.code === 'SD' && incoming.deputy !== undefined)
    return 'apply';
  if (existing.source !== 'chair') return 'apply';
  return existing.code === incoming.code ? 'keep' : 'conflict';
};

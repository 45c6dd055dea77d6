import type { Actor } from '../api/api-types';
import { word, type Translate } from '../i18n/language';

/**
 * The history lib's one-liners start with "<personId> (<role>): "; the pages say who by name
 * and role in the reader's language instead.
 */
export function describeEvent(
  entry: { description: string; actor: Actor },
  t: Translate,
  personName: (personId: string) => string,
): { who: string; what: string } {
  const prefix = `${entry.actor.personId} (${entry.actor.role}): `;
  const what = entry.description.startsWith(prefix)
    ? entry.description.slice(prefix.length)
    : entry.description;
  return { who: `${personName(entry.actor.personId)} (${word(t, 'role', entry.actor.role)})`, what };
}

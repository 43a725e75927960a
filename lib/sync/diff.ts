import type { NamedChanges } from '../messaging';
import type { Pack } from '../profiles/schema';

/**
 * What changed between two packs, by ICP and persona, so a rep who receives a new team
 * version sees "Mid-market SaaS changed, Mike the RevOps Manager added" instead of a
 * version number. Items are matched by id (names may be edited); the names listed are
 * those of the newer pack, or of the older one for removed items.
 */

export interface PackDiff {
  icps: NamedChanges;
  personas: NamedChanges;
}

/**
 * JSON with object keys sorted, so two items equal in content compare equal whatever
 * order their fields were written in (packs from the editor, a file or the server).
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function diffById<T extends { id: string; name: string }>(before: readonly T[], after: readonly T[]): NamedChanges {
  const old = new Map(before.map((item) => [item.id, item]));
  const next = new Map(after.map((item) => [item.id, item]));
  const changes: NamedChanges = { added: [], removed: [], changed: [] };
  for (const item of after) {
    const previous = old.get(item.id);
    if (!previous) changes.added.push(item.name);
    else if (canonicalJson(previous) !== canonicalJson(item)) changes.changed.push(item.name);
  }
  for (const item of before) if (!next.has(item.id)) changes.removed.push(item.name);
  return changes;
}

/** Differences from pack `a` (the one the rep had) to pack `b` (the new one). */
export function diffPacks(a: Pack, b: Pack): PackDiff {
  return { icps: diffById(a.icps, b.icps), personas: diffById(a.personas, b.personas) };
}

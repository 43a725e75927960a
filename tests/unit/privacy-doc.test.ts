import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * PRIVACY.md promises to list every item LeadFit stores: a storage item added to lib/storage.ts
 * without a line there fails here, so the policy cannot fall behind the code.
 */
const root = resolve(import.meta.dirname, '../..');
const storageSource = readFileSync(join(root, 'lib/storage.ts'), 'utf8');
const privacy = readFileSync(join(root, 'PRIVACY.md'), 'utf8');

describe('PRIVACY.md', () => {
  it('names every storage item lib/storage.ts defines', () => {
    const keys = [...storageSource.matchAll(/defineItem<[^\n]*?>\(\s*'((?:local|session|sync|managed):[A-Za-z0-9_-]+)'/g)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThanOrEqual(7);
    if (/session:tab:/.test(storageSource)) keys.push('session:tab:<id>');
    for (const key of keys) expect(privacy, `PRIVACY.md does not mention ${key}`).toContain(`\`${key}\``);
  });

  it('names every IndexedDB database LeadFit opens', () => {
    const names = ['lib/accounts/store.ts', 'lib/book/store.ts'].flatMap((file) =>
      [...readFileSync(join(root, file), 'utf8').matchAll(/export const \w+_DB = '([\w-]+)'/g)].map((m) => m[1]!),
    );
    expect(names).toEqual(['leadfit-accounts', 'leadfit-book']);
    for (const name of names) expect(privacy, `PRIVACY.md does not mention ${name}`).toContain(`IndexedDB \`${name}\``);
  });

  it('states the retention default the settings use', () => {
    const days = readFileSync(join(root, 'lib/settings.ts'), 'utf8').match(/retentionDays: z\.number\(\)[^\n]*\.default\((\d+)\)/)?.[1];
    expect(days).toBeTruthy();
    expect(privacy).toContain(`${days} days by default`);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as stores from '@/lib/storage';

/**
 * Walks every migration: for each fixture `<item>.v<N>[-case].json` in tests/fixtures/storage,
 * store it as version N, run the item's migrations, read it back through the item's validating
 * reader and compare with `<same name>.expected.json` (a subset: packs gain defaults over time).
 * The items come from lib/storage.ts (`STORAGE_ITEMS`), so a new item or a new version without
 * a fixture of each version fails the last test.
 */
const dir = join(__dirname, '../fixtures/storage');
const fixtures = readdirSync(dir)
  .filter((f) => /^[a-z]+\.v\d+(-[a-z0-9-]+)?\.json$/i.test(f))
  .map((file) => {
    const [, item, version] = file.match(/^([a-z]+)\.v(\d+)/i)!;
    return { file, item: item!, version: Number(version), expected: file.replace(/\.json$/, '.expected.json') };
  });

const items = stores.STORAGE_ITEMS as Record<
  string,
  { key: string; version: number; item: { migrate: () => Promise<void> }; read: () => Promise<unknown> }
>;

describe('storage migrations', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each(fixtures.map((f) => [f.file, f] as const))('%s migrates to the current version', async (_name, f) => {
    const target = items[f.item];
    if (!target) throw new Error(`no storage item "${f.item}" in STORAGE_ITEMS for fixture ${f.file}`);
    const stored = JSON.parse(readFileSync(join(dir, f.file), 'utf8'));
    await fakeBrowser.storage.local.set({ [target.key]: stored, [`${target.key}$`]: { v: f.version } });
    await target.item.migrate();
    const value = await target.read();
    expect(value).toMatchObject(JSON.parse(readFileSync(join(dir, f.expected), 'utf8')));
    const meta = await fakeBrowser.storage.local.get(`${target.key}$`);
    expect(meta[`${target.key}$`]).toEqual({ v: target.version });
  });

  it('has a fixture of every version of every versioned item in lib/storage.ts', () => {
    expect(Object.keys(items).length).toBeGreaterThanOrEqual(7);
    for (const [name, target] of Object.entries(items)) {
      for (let v = 1; v <= target.version; v++) {
        expect(fixtures.some((f) => f.item === name && f.version === v), `tests/fixtures/storage/${name}.v${v}.json`).toBe(true);
      }
    }
  });

  it('a settings value that no longer parses is read as the defaults, not a crash', async () => {
    await fakeBrowser.storage.local.set({ settings: { sync: { mode: 'carrier-pigeon' } }, settings$: { v: 2 } });
    const settings = await stores.readSettings();
    expect(settings.sync.mode).toBe('off');
    expect(settings.retentionDays).toBe(90);
  });
});

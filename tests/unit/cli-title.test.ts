// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { main } from '@/cli/leadfit';
import { fakeIo as fakeIoWith } from '../helpers/cli-io';

const fakeIo = (files: Record<string, string> = {}) => fakeIoWith(files, { disk: false });


describe('leadfit title', () => {
  it('prints the classification of one title as pretty JSON', async () => {
    const f = fakeIo();
    expect(await main(['title', 'VP of Sales EMEA'], f.io)).toBe(0);
    const text = f.out();
    expect(text).toContain('\n  "department": "sales"');
    const json = JSON.parse(text);
    expect(json).toMatchObject({ title: 'VP of Sales EMEA', department: 'sales', seniority: 'vp' });
    expect(Object.keys(json)).toEqual(['title', 'department', 'seniority', 'evidence']);
    expect(json.evidence).toContain('"VP" → vp');
  });

  it('classifies a batch file, one compact JSON line per non-blank line, in order', async () => {
    const f = fakeIo({ 'titles.txt': 'CFO\n\nVertriebsleiterin (m/w/d)\r\n  \nStagiaire marketing\n' });
    expect(await main(['title', '--batch', 'titles.txt'], f.io)).toBe(0);
    const lines = f.out().trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const parsed = lines.map((l) => JSON.parse(l));
    expect(parsed.map((p) => [p.title, p.department, p.seniority])).toEqual([
      ['CFO', 'finance', 'cxo'],
      ['Vertriebsleiterin (m/w/d)', 'sales', 'head'],
      ['Stagiaire marketing', 'marketing', 'intern'],
    ]);
    for (const l of lines) expect(l).not.toContain('\n  ');
  });

  it('is a usage error without a title', async () => {
    const f = fakeIo();
    expect(await main(['title'], f.io)).toBe(2);
    expect(f.err()).toMatch(/missing title/);
    expect(f.err()).toMatch(/usage: leadfit title/);
  });

  it('is a usage error when --batch has no file', async () => {
    const f = fakeIo();
    expect(await main(['title', '--batch'], f.io)).toBe(2);
    expect(f.err()).toMatch(/--batch needs a value/);
  });

  it('reports an unreadable batch file with exit code 1', async () => {
    const f = fakeIo();
    expect(await main(['title', '--batch', 'missing.txt'], f.io)).toBe(1);
    expect(f.err()).toMatch(/ENOENT/);
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { main } from '@/cli/leadfit';
import { fakeIo as fakeIoWith } from '../helpers/cli-io';

const fakeIo = (files: Record<string, string> = {}) => fakeIoWith(files, { disk: false });


describe('leadfit title', () => {
  it('prints the classification of one title as pretty JSON, with the rule that decided each field', async () => {
    const f = fakeIo();
    expect(await main(['title', 'VP of Sales EMEA'], f.io)).toBe(0);
    const text = f.out();
    expect(text).toContain('\n  "department": "sales"');
    const json = JSON.parse(text);
    expect(json).toMatchObject({ title: 'VP of Sales EMEA', department: 'sales', seniority: 'vp' });
    expect(Object.keys(json)).toEqual(['title', 'department', 'seniority', 'evidence', 'rules']);
    expect(json.evidence).toContain('"VP" → vp');
    expect(json.rules).toEqual({ department: 'function word "Sales"', seniority: 'level word "VP"' });
  });

  it('names the functional-manager, compound and typo rules when they decide', async () => {
    for (const [title, rule] of [
      ['Key Account Manager', 'plain role noun "Key Account Manager"'],
      ['Purchasing Manager', 'functional-manager rule ("Purchasing Manager")'],
      ['Niederlassungsleiterin', 'level word "Niederlassungsleiterin"'],
      ['Salgssjef', 'level word "Salgssjef" (compound part "sjef")'],
      ['Managing Directr', 'level word "Managing Directr" (typo for "managing director")'],
    ]) {
      const f = fakeIo();
      expect(await main(['title', title!], f.io)).toBe(0);
      expect(JSON.parse(f.out()).rules.seniority, title).toBe(rule);
    }
  });

  it('classifies a batch file into TSV: a header, then one row per non-blank line, in order', async () => {
    const f = fakeIo({ 'titles.txt': 'CFO\n\nVertriebsleiterin (m/w/d)\r\n  \nStagiaire marketing\nHead of\tIT Operations\n' });
    expect(await main(['title', '--batch', 'titles.txt'], f.io)).toBe(0);
    const lines = f.out().trimEnd().split('\n');
    expect(lines[0]).toBe('title\tdepartment\tseniority\tdepartment_rule\tseniority_rule');
    const rows = lines.slice(1).map((l) => l.split('\t'));
    expect(rows.map((r) => r.length)).toEqual([5, 5, 5, 5]);
    expect(rows.map((r) => r.slice(0, 3))).toEqual([
      ['CFO', 'finance', 'cxo'],
      ['Vertriebsleiterin (m/w/d)', 'sales', 'head'],
      ['Stagiaire marketing', 'marketing', 'intern'],
      ['Head of IT Operations', 'it', 'head'],
    ]);
    expect(rows[1]![4]).toBe('level word "Vertriebsleiterin" (compound part "leiterin")');
  });

  it('reads the batch from standard input with "-"', async () => {
    const f = fakeIo({ '/dev/stdin': 'Inköpsansvarig\nPrezes Zarządu\n' });
    expect(await main(['title', '--batch', '-'], f.io)).toBe(0);
    expect(f.out().trimEnd().split('\n').slice(1).map((l) => l.split('\t').slice(0, 3))).toEqual([
      ['Inköpsansvarig', 'procurement', 'manager'],
      ['Prezes Zarządu', 'executive', 'cxo'],
    ]);
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

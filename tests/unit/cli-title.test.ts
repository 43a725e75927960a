// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { main } from '@/cli/leadfit';
import { fakeIo as fakeIoWith } from '../helpers/cli-io';
import { readFileSync } from 'node:fs';
import { classifyTitle } from '@/lib/normalize/title';

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

  it('names the rule family that decided each field', async () => {
    for (const [title, department, seniority] of [
      ['Production Engineer', /^engineer-of-operations rule \("Engineer" with "Production"\)$/, /^plain role noun "Engineer"$/],
      ['Partner at McKinsey', /^consulting-partner rule \("McKinsey"\)$/, /^level word "Partner"$/],
      ['Partner, Kanzlei Müller', /^partner at a law firm \("Kanzlei"\)$/, /^level word "Partner"$/],
      ['Software Consultant', /^weak function word "Software"$/, /^plain role noun "Consultant"$/],
      ['Inhaber', /^no function word; "Inhaber" → executive$/, /^level word "Inhaber"$/],
      ['Zookeeper', /^no known role, level or department word$/, /^occupation without a level word \("Zookeeper"\) → individual \(default\)$/],
      ['Werkstudent Marketing', /^function word "Marketing"$/, /^intern word "Werkstudent"$/],
      ['Junior Accountant', /^function word "Accountant"$/, /^entry word "Junior"$/],
      ['Senior Data Scientist', /^function word "Data Scientist"$/, /^senior word "Senior"$/],
      ['Teamleiter', /^no function word$/, /^people-manager word "Teamleiter"$/],
      ['Gerente de marketing', /^function word "marketing"$/, /^functional-manager rule \("Gerente … marketing"\)$/],
      ['Speaker | Author', /^only side roles \("Speaker", "Author"\)/, /^only side roles/],
    ] as const) {
      const f = fakeIo({ 'one.txt': `${title}\n` });
      expect(await main(['title', title], f.io)).toBe(0);
      const { rules } = JSON.parse(f.out());
      expect(rules.department, title).toMatch(department);
      expect(rules.seniority, title).toMatch(seniority);
      // The batch names the same rules in its last two columns.
      const b = fakeIo({ 'one.txt': `${title}\n` });
      expect(await main(['title', '--batch', 'one.txt'], b.io)).toBe(0);
      expect(b.out().trimEnd().split('\n')[1]!.split('\t').slice(3), title).toEqual([rules.department, rules.seniority]);
    }
  });

  it('names a rule for both fields of every tuning title, the same in the batch as alone', async () => {
    const titles = readFileSync('tests/data/titles.tsv', 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t')[0]!);
    const f = fakeIo({ 'titles.txt': titles.join('\n') });
    expect(await main(['title', '--batch', 'titles.txt'], f.io)).toBe(0);
    const rows = f.out().trimEnd().split('\n').slice(1).map((l) => l.split('\t'));
    expect(rows).toHaveLength(titles.length);
    rows.forEach((row, i) => {
      const r = classifyTitle(titles[i]!);
      expect(row, titles[i]).toEqual([titles[i]!.replace(/[\t\r\n]+/g, ' '), r.department, r.seniority, r.rules.department, r.rules.seniority]);
      expect(row[3]!.length * row[4]!.length, titles[i]).toBeGreaterThan(0);
    });
  });

  it('keeps every row in order on a batch larger than one write, repeated titles included', async () => {
    // ~40,000 rows: several chunks of output; every third title repeats an earlier one.
    const titles = Array.from({ length: 40000 }, (_, i) => (i % 3 === 2 ? `Head of Sales ${i - 2}` : `Head of Sales ${i}`));
    const f = fakeIo({ 'big.txt': titles.join('\n') });
    expect(await main(['title', '--batch', 'big.txt'], f.io)).toBe(0);
    const rows = f.out().trimEnd().split('\n').slice(1).map((l) => l.split('\t'));
    expect(rows.map((r) => r[0])).toEqual(titles);
    expect(rows.every((r) => r[1] === 'sales' && r[2] === 'head' && r.length === 5)).toBe(true);
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

// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyTitle } from '@/lib/normalize/title';

const cases: [title: string, department: string, seniority: string][] = [
  // the brief's anchors
  ['VP Sales', 'sales', 'vp'],
  ['VP of Sales EMEA', 'sales', 'vp'],
  ['Chief Revenue Officer', 'sales', 'cxo'],
  ['CFO', 'finance', 'cxo'],
  ['CEO', 'executive', 'cxo'],
  ['Revenue Operations Manager', 'revenue_operations', 'individual'],
  ['Sales Development Representative', 'business_development', 'individual'],
  ['BDR', 'business_development', 'individual'],
  ['Account Executive', 'sales', 'individual'],
  ['Enterprise AE', 'sales', 'individual'],
  // abbreviations
  ['CRO', 'sales', 'cxo'],
  ['CTO', 'engineering', 'cxo'],
  ['CIO', 'it', 'cxo'],
  ['CISO', 'it', 'cxo'],
  ['CMO', 'marketing', 'cxo'],
  ['COO', 'operations', 'cxo'],
  ['CPO', 'product', 'cxo'],
  ['CHRO', 'hr', 'cxo'],
  ['SVP, Global Sales', 'sales', 'vp'],
  ['EVP Marketing', 'marketing', 'vp'],
  ['AVP Enterprise Sales', 'sales', 'vp'],
  ['GM, North America', 'executive', 'cxo'],
  ['MD @ Acme GmbH', 'executive', 'cxo'],
  ['CSM', 'customer_success', 'individual'],
  ['KAM – Retail', 'sales', 'individual'],
  ['RevOps Lead', 'revenue_operations', 'senior'],
  ['SalesOps Manager', 'revenue_operations', 'individual'],
  ['HRBP', 'hr', 'individual'],
  // gendered forms and gender markers
  ['Vertriebsleiterin', 'sales', 'head'],
  ['Vertriebsleiter (m/w/d)', 'sales', 'head'],
  ['Geschäftsführerin', 'executive', 'cxo'],
  ['Leiterin Marketing', 'marketing', 'head'],
  ['Directrice commerciale', 'sales', 'director'],
  ['Responsable commercial (H/F)', 'sales', 'manager'],
  // Functional-manager rule in manager-first languages (issue #13): the function follows the manager word.
  ['Gerente de Ventas', 'sales', 'individual'],
  ['Gerente de Tienda', 'sales', 'manager'],
  ['Diretora Comercial', 'sales', 'director'],
  ['Directora de Ventas', 'sales', 'director'],
  ['Backend Engineer (f/m/x)', 'engineering', 'individual'],
  ['Vertriebsleiter*in', 'sales', 'head'],
  ['Director/a de Recursos Humanos', 'hr', 'director'],
  // executive / owner / partner decisions
  ['Managing Director', 'executive', 'cxo'],
  ['Directeur Général', 'executive', 'cxo'],
  ['Director General', 'executive', 'cxo'],
  ['Co-Founder & CEO', 'executive', 'owner'],
  ['Inhaber', 'executive', 'owner'],
  ['Gründer & CEO', 'executive', 'owner'],
  ['Propriétaire', 'executive', 'owner'],
  ['Fundadora', 'executive', 'owner'],
  ['Eigenaar', 'executive', 'owner'],
  ['Managing Partner', 'executive', 'partner'],
  ['Senior HR Business Partner', 'hr', 'senior'],
  ['Channel Partner Manager', 'business_development', 'individual'],
  // head / manager words
  ['Head of Sales', 'sales', 'head'],
  ['Leiter Einkauf', 'procurement', 'head'],
  ['Jefe de Ventas', 'sales', 'head'],
  ['Hoofd Marketing', 'marketing', 'head'],
  ['Responsable Achats', 'procurement', 'manager'],
  ['Chef de projet digital', 'project_management', 'individual'],
  ['Projektleiter', 'project_management', 'individual'],
  // modifiers
  ['Senior Software Engineer', 'engineering', 'senior'],
  ['Senior Product Manager', 'product', 'senior'],
  ['Junior Account Manager', 'sales', 'entry'],
  ['Sales Trainee', 'sales', 'entry'],
  ['Associate Consultant', 'consulting', 'entry'],
  ['Marketing Intern', 'marketing', 'intern'],
  ['Werkstudent Marketing', 'marketing', 'intern'],
  ['Praktikantin HR', 'hr', 'intern'],
  ['Stagiaire marketing', 'marketing', 'intern'],
  ['Estagiário de Marketing', 'marketing', 'intern'],
  ['Becario de Marketing', 'marketing', 'intern'],
  ['Stagiair marketing', 'marketing', 'intern'],
  ['Software Engineer', 'engineering', 'individual'],
  // department priority and weak words
  ['VP of Marketing & Sales', 'marketing', 'vp'],
  ['Sales & Marketing Director', 'sales', 'director'],
  ['Sales Engineer', 'sales', 'individual'],
  ['Software Sales Executive', 'sales', 'individual'],
  ['Product Marketing Manager', 'marketing', 'individual'],
  ['Ingénieur commercial', 'sales', 'individual'],
  // headlines, bilingual, tails, former roles
  ['Sales Director / Vertriebsleiter', 'sales', 'director'],
  ['Founder & CPO @ Acme | Ex-Google | Angel investor', 'product', 'owner'],
  ['Helping B2B companies grow | VP Sales @ Gong | ex-Salesforce', 'sales', 'vp'],
  ['CEO at Acme, previously VP Sales at Oracle', 'executive', 'cxo'],
  ['Former CFO | Board Member | Advisor', 'executive', 'cxo'],
  ['Sales Manager at Product Hunt', 'sales', 'individual'],
  ['Vertriebsleiter bei Siemens | ex-SAP', 'sales', 'head'],
  ['Customer Success Manager chez Qonto', 'customer_success', 'individual'],
  ['Gerente de Ventas en Telefónica', 'sales', 'individual'],
  ['Especialista en Marketing Digital', 'marketing', 'individual'],
  ['Recruiter bij Randstad', 'hr', 'individual'],
  ['Executive Assistant to the CEO', 'administrative', 'individual'],
  ['Assistenz der Geschäftsführung', 'administrative', 'individual'],
  // unclassifiable
  ['Open to work', 'other', 'unknown'],
  ['Keynote Speaker | Author | Former CMO', 'other', 'unknown'],
  ['', 'other', 'unknown'],
];

describe('classifyTitle', () => {
  it.each(cases)('%s → %s / %s', (title, department, seniority) => {
    const got = classifyTitle(title);
    expect({ department: got.department, seniority: got.seniority }).toEqual({ department, seniority });
    expect(got.title).toBe(title);
  });

  it('names the rules that fired', () => {
    const got = classifyTitle('VP Sales');
    expect(got.evidence).toContain('"VP" → vp');
    expect(got.evidence).toContain('"Sales" → sales');
  });

  it('says what it ignored', () => {
    const got = classifyTitle('Founder & CPO @ Acme | Ex-Google | Angel investor');
    expect(got.evidence).toContain('ignored "Ex-Google"');
    expect(got.evidence).toContain('ignored "@ Acme"');
    expect(got.evidence).toContain('"Founder" → owner');
    expect(classifyTitle('Vertriebsleiter (m/w/d)').evidence).toContain('ignored "(m/w/d)"');
  });

  it('explains an unclassifiable title', () => {
    const got = classifyTitle('Looking for new opportunities');
    expect(got.evidence.length).toBeGreaterThan(0);
    expect(got.evidence.join(' ')).toMatch(/no known role/);
  });

  it('does not read "it" as IT unless written in capitals', () => {
    expect(classifyTitle('IT Manager').department).toBe('it');
    expect(classifyTitle('making it happen').department).toBe('other');
  });
});

/** Share of rows ([title, department, seniority, language]) classified right. */
function accuracy(rows: string[][]): { department: number; seniority: number } {
  let dep = 0;
  let sen = 0;
  for (const [title, department, seniority] of rows) {
    const got = classifyTitle(title!);
    if (got.department === department) dep++;
    if (got.seniority === seniority) sen++;
  }
  return { department: dep / rows.length, seniority: sen / rows.length };
}

describe('tests/data/titles.tsv', () => {
  const text = readFileSync(new URL('../data/titles.tsv', import.meta.url), 'utf8');
  const rows = text
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => l.split('\t'));

  it('is a well-formed labelled set spread across the 13 languages', () => {
    expect(text.split(/\r?\n/)[0]).toBe('title\tdepartment\tseniority\tlanguage');
    expect(rows.length).toBeGreaterThanOrEqual(450);
    for (const r of rows) expect(r, r.join('|')).toHaveLength(4);
    const perLang = new Map<string, number>();
    for (const r of rows) perLang.set(r[3]!, (perLang.get(r[3]!) ?? 0) + 1);
    for (const lang of ['de', 'fr', 'es', 'pt', 'nl']) expect(perLang.get(lang) ?? 0, lang).toBeGreaterThanOrEqual(50);
    for (const lang of ['it', 'sv', 'da', 'no', 'pl', 'cs', 'tr']) expect(perLang.get(lang) ?? 0, lang).toBeGreaterThanOrEqual(10);
  });

  it('keeps department and seniority accuracy at or above 0.85', () => {
    const { department, seniority } = accuracy(rows);
    expect(department).toBeGreaterThanOrEqual(0.85);
    expect(seniority).toBeGreaterThanOrEqual(0.85);
  });
});

describe('tests/data/titles-holdout.tsv (labelled blind, never used for tuning)', () => {
  const rows = readFileSync(new URL('../data/titles-holdout.tsv', import.meta.url), 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => l.split('\t'));

  it('keeps department and seniority accuracy at or above 0.90 on titles the rules never saw', () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
    const { department, seniority } = accuracy(rows);
    expect(department).toBeGreaterThanOrEqual(0.9);
    expect(seniority).toBeGreaterThanOrEqual(0.9);
  });
});

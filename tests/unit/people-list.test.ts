import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { getTabState, handleMessage, processObservation } from '@/lib/background/service';
import { rowsAccounts, rowsBrief, rowsCsv, sortRowsByFit, type ListRow } from '@/lib/list-rows';
import type { Observation } from '@/lib/observation';
import { emptyCompany, emptyPerson } from '@/lib/observation-empty';
import { tabStateSchema } from '@/lib/storage';
import { storedAccounts } from '../helpers/accounts';

/**
 * #14 "Search and list pages": the background gives each listed person their account's tier and
 * outcome from the accounts the rep has seen; the view sorts, copies a brief and exports CSV
 * from those rows (lib/list-rows.ts).
 */

const page = () => ({ id: browser.runtime.id, url: browser.runtime.getURL('/popup.html') });

const company = (slug: string, name: string, over: Partial<ReturnType<typeof emptyCompany>> = {}): Observation => ({
  url: `https://www.linkedin.com/company/${slug}/`,
  kind: 'linkedin-company',
  person: null,
  people: [],
  company: { ...emptyCompany(), name, linkedinUrl: `https://www.linkedin.com/company/${slug}/`, ...over },
  evidence: {},
  missing: [],
});

const northwind = company('northwind-analytics', 'Northwind Analytics', {
  industry: 'Software Development',
  employees: { min: 201, max: 500 },
  headquarters: 'Boston, MA',
  description: 'A B2B SaaS platform for revenue teams.',
});
// A company page under another name and slug, known to the list only by its stated name.
const harborview = company('harborview-data-inc', 'Harborview Data, Inc.', { industry: 'Restaurants', employees: { min: 2, max: 10 } });

const search: Observation = {
  url: 'https://www.linkedin.com/search/results/people/?keywords=sales',
  kind: 'linkedin-search',
  person: null,
  company: null,
  people: [
    { ...emptyPerson(), name: 'Lena Fischer', headline: 'Product Designer at Pinecrest Labs', title: 'Product Designer', company: 'Pinecrest Labs', linkedinUrl: 'https://www.linkedin.com/in/lena-fischer' },
    {
      ...emptyPerson(),
      name: 'Avery Lindqvist',
      headline: 'VP of Sales at Northwind',
      title: 'VP of Sales',
      company: 'Northwind',
      companyLinkedinUrl: 'https://www.linkedin.com/company/northwind-analytics/',
      linkedinUrl: 'https://www.linkedin.com/in/avery-lindqvist?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAA101',
    },
    { ...emptyPerson(), name: 'Priya Raman', headline: 'Chief Financial Officer at Harborview Data', title: 'Chief Financial Officer', company: 'Harborview Data', linkedinUrl: 'https://www.linkedin.com/in/priya-raman' },
  ],
  evidence: {},
  missing: [],
};

describe('list rows in the background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('gives each row its account tier from the accounts seen (by LinkedIn link or by name), and none where the company was not seen', async () => {
    await processObservation(1, northwind);
    await processObservation(3, harborview);
    const state = await processObservation(2, search);
    const stored = await storedAccounts();
    const nw = Object.values(stored!).find((a) => a.aliases.includes('li:northwind-analytics'))!;
    const hv = Object.values(stored!).find((a) => a.aliases.includes('name:harborview data'))!;
    const rows = state.derived!.rows!;
    expect(rows.map((r) => r.name)).toEqual(['Lena Fischer', 'Avery Lindqvist', 'Priya Raman']);
    const [lena, avery, priya] = rows as [ListRow, ListRow, ListRow];
    expect(lena.account).toBeNull();
    expect(avery.account).toMatchObject({ key: nw.key, tier: nw.tier, icpName: nw.icpName, matchedBy: 'linkedin', outcome: null });
    expect(priya.account).toMatchObject({ key: hv.key, tier: hv.tier, matchedBy: 'name' });
    expect(avery.persona?.name).toBeTruthy();
    // The tracking query is not part of the link the rep pastes.
    expect(avery.profileUrl).toBe('https://www.linkedin.com/in/avery-lindqvist');
    // The stored tab state, rows included, still passes storage's validation.
    expect(tabStateSchema.safeParse(state).success).toBe(true);
  });

  it('shows an outcome marked for the account on the rows when the tab state is read again', async () => {
    await processObservation(1, northwind);
    await processObservation(2, search);
    const avery = (await getTabState(2)).derived!.rows![1]!;
    const answer = await handleMessage({ type: 'setOutcome', accountKey: avery.account!.key, outcome: 'qualified' }, page());
    expect(answer.ok).toBe(true);
    const again = (await getTabState(2)).derived!.rows!;
    expect(again[1]!.account!.outcome).toBe('qualified');
    expect(again[0]!.account).toBeNull();
  });

  it('a company page seen after the list gives the row its tier on the next read', async () => {
    await processObservation(2, search);
    expect((await getTabState(2)).derived!.rows![1]!.account).toBeNull();
    await processObservation(1, northwind);
    expect((await getTabState(2)).derived!.rows![1]!.account?.key).toMatch(/northwind/);
  });

  it('pages that are not lists carry no rows', async () => {
    const state = await processObservation(1, northwind);
    expect(state.derived!.rows).toEqual([]);
  });
});

const row = (index: number, over: Partial<ListRow> = {}): ListRow => ({
  index,
  name: `Person ${index}`,
  title: 'VP Sales',
  headline: null,
  company: `Company ${index}`,
  profileUrl: `https://www.linkedin.com/in/person-${index}`,
  persona: null,
  account: null,
  ...over,
});
const account = (tier: ListRow['account'] extends infer A ? (A extends { tier: infer T } ? T : never) : never, key = `li:c-${tier}`) => ({
  key,
  name: 'C',
  tier,
  score: 50,
  icpName: 'Mid-market SaaS',
  outcome: null,
  matchedBy: 'linkedin' as const,
});
const persona = (confidence: number) => ({ id: 'p', name: 'Sarah the Sales Director', buyingRole: 'decision-maker', confidence });

describe('sorting by fit', () => {
  it('orders decided tiers A, B, C, then undecided, then unseen, D last; persona match breaks ties', () => {
    const rows = [
      row(0, { account: account('D'), persona: persona(0.9) }),
      row(1, { persona: persona(0.5) }),
      row(2, { account: account('B'), persona: persona(0.4) }),
      row(3, { account: account(null), persona: persona(0.8) }),
      row(4, { account: account('A') }),
      row(5, { account: account('B'), persona: persona(0.9) }),
      row(6),
    ];
    expect(sortRowsByFit(rows).map((r) => r.index)).toEqual([4, 5, 2, 3, 1, 6, 0]);
    // An undecided account seen comes before a company never seen, whatever the persona match.
    expect(sortRowsByFit([row(0, { persona: persona(1) }), row(1, { account: account(null) })]).map((r) => r.index)).toEqual([1, 0]);
    // The page order is left as it was.
    expect(rows.map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});

describe('brief and CSV of the selected rows', () => {
  const selected = [
    row(0, { name: 'Avery Lindqvist', title: 'VP of Sales', company: 'Northwind', persona: persona(0.86), account: { ...account('B'), outcome: 'qualified' } }),
    row(1, { name: 'Priya Raman', title: null, headline: 'CFO at Harborview', company: 'Harborview', account: account(null) }),
    row(2, { name: '=HYPERLINK("http://evil")', title: 'Intern, "growth"', company: 'Pinecrest', profileUrl: null }),
  ];

  it('the brief names each person, title, company, persona, tier and profile URL, and says what is not known', () => {
    const text = rowsBrief(selected);
    const blocks = text.split('\n\n');
    expect(blocks).toHaveLength(3);
    expect(blocks[0]).toBe(
      ['Avery Lindqvist, VP of Sales at Northwind', 'Persona: Sarah the Sales Director (86% match)', 'Account: tier B (Mid-market SaaS), marked qualified', 'https://www.linkedin.com/in/person-0'].join('\n'),
    );
    expect(blocks[1]!.split('\n')[0]).toBe('Priya Raman, CFO at Harborview');
    expect(blocks[1]).toContain('Persona: no persona matches');
    expect(blocks[1]).toContain('tier undecided');
    expect(blocks[2]).toContain('Account: company not seen yet');
    expect(blocks[2]).not.toContain('https://');
  });

  it('CSV cells: header, tiers only where known, formulas neutralised, quotes escaped', () => {
    const lines = rowsCsv(selected).split('\r\n');
    expect(lines[0]).toBe('Name,Title,Company,Persona,Persona match %,Tier,ICP,Outcome,Profile URL');
    expect(lines[1]).toBe('Avery Lindqvist,VP of Sales,Northwind,Sarah the Sales Director,86,B,Mid-market SaaS,qualified,https://www.linkedin.com/in/person-0');
    expect(lines[2]).toBe('Priya Raman,CFO at Harborview,Harborview,,,undecided,Mid-market SaaS,,https://www.linkedin.com/in/person-1');
    expect(lines[3]).toBe(`"'=HYPERLINK(""http://evil"")","Intern, ""growth""",Pinecrest,,,,,,`);
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe('');
  });

  it('marking an outcome goes to each distinct account once; rows without an account are named as skipped', () => {
    const same = account('A', 'li:acme');
    const { keys, withoutAccount } = rowsAccounts([row(0, { account: same }), row(1, { account: same }), row(2), row(3, { account: account('C', 'li:other') })]);
    expect(keys).toEqual(['li:acme', 'li:other']);
    expect(withoutAccount.map((r) => r.index)).toEqual([2]);
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { emptyCompany, emptyPerson } from '@/lib/observation-empty';
import type { CompanyObservation, Observation, PersonObservation } from '@/lib/observation';
import { formatPackError, parsePack, type Icp, type Pack, type PackInput, type Persona } from '@/lib/profiles/schema';
import { loadStarterPack } from '@/lib/profiles/starter';
import { TECHNOLOGY_CATEGORY_NAMES } from '@/lib/profiles/template-facts';
import { scorePage } from '@/lib/scoring';
import { renderTemplate, talkingPointsFor } from '@/lib/scoring/talking-points';
import type { IcpFit, RenderedTalkingPoint } from '@/lib/scoring/types';
import { TECHNOLOGY_CATEGORIES } from '@/lib/technographics/fingerprints';

function pack(input: Partial<PackInput> & { icps: PackInput['icps'] }): Pack {
  const result = parsePack({ id: 'test', name: 'Test', version: 1, publishedAt: '2026-01-01T00:00:00Z', publishedBy: 'Mo', personas: [], ...input });
  if (!result.ok) throw new Error(result.errors.map(formatPackError).join('; '));
  return result.pack;
}

const company = (c: Partial<CompanyObservation>): CompanyObservation => ({ ...emptyCompany(), ...c });
const person = (p: Partial<PersonObservation>): PersonObservation => ({ ...emptyPerson(), ...p });

/** A fit that allows ICP points (decided tier B), or a variation of it. */
const fit = (f: Partial<IcpFit> = {}): IcpFit =>
  ({ icpId: 'icp', icpName: 'ICP', score: 70, tier: 'B', coverage: 0.6, lowCoverage: false, disqualified: false, disqualifiedBecause: null, criteria: [], ...f }) as IcpFit;

const icpPack = pack({
  icps: [
    {
      id: 'icp',
      name: 'ICP',
      criteria: { industries: { include: ['Software Development'], weight: 10 } },
      useCases: { '*': ['keep the pipeline honest'] },
      talkingPoints: [
        { id: 'crm', text: 'Teams on {{crm}} at {{company}} lose deals in the data; we {{useCase}}.', facts: { crm: 'technology:CRM' } },
        { id: 'growth', text: '{{company}} grew {{growth}} last year.' },
        { id: 'services', text: '{{company}} keeps partner pipelines in spreadsheets.', industries: ['Professional Services'] },
        { id: 'legacy', text: 'Teams [[on {{technology}}]] at {{company}} need clean data.' },
      ],
    },
  ],
});
const icp: Icp = icpPack.icps[0]!;

/** Every fact's value is in the text as written, and the facts are exactly what the text filled in. */
function expectGrounded(points: RenderedTalkingPoint[]) {
  for (const p of points) {
    expect(p.text).not.toMatch(/\{\{|\}\}|\[\[|\]\]|undefined|null/);
    for (const f of p.facts) expect(p.text, `${p.id}: ${f.name}`).toContain(f.value);
  }
}

describe('grounded talking points', () => {
  it('a template with a missing fact is withheld, with the reason recorded', () => {
    const r = talkingPointsFor({ person: null, company: company({ name: 'Northwind', industry: 'Software Development' }), icp, persona: null, fit: fit() });
    expect(r.shown.map((p) => p.id)).not.toContain('icp:growth');
    const growth = r.withheld.find((w) => w.id === 'icp:growth');
    expect(growth?.reason).toBe("not known for this page: {{growth}} (the company's growth per year)");
    const crm = r.withheld.find((w) => w.id === 'icp:crm');
    expect(crm?.reason).toMatch(/\{\{crm\}\} \(a technology in the category "CRM"\)/);
  });

  it('"scaling fast" style points are said only when growth is known, and carry it as a fact', () => {
    const r = talkingPointsFor({ person: null, company: company({ name: 'Northwind' }), growthPercent: 42.4, icp, persona: null, fit: fit() });
    const point = r.shown.find((p) => p.id === 'icp:growth');
    expect(point?.text).toBe('Northwind grew 42% last year.');
    expect(point?.facts).toEqual([
      { name: 'company', value: 'Northwind', source: 'page' },
      { name: 'growth', value: '42%', source: 'account' },
    ]);
    expectGrounded(r.shown);
  });

  it('a page whose only technology is a CMS gets no CRM point, and {{technology}} is never the CMS', () => {
    const only = company({ name: 'Acme', technologies: [{ name: 'Gatsby', category: 'JavaScript framework' }, { name: 'Drupal', category: 'CMS' }] });
    const r = talkingPointsFor({ person: null, company: only, icp, persona: null, fit: fit() });
    expect(r.shown.find((p) => p.id === 'icp:crm')).toBeUndefined();
    for (const p of r.shown) expect(p.text).not.toMatch(/Drupal|Gatsby/);
    // The legacy {{technology}} inside [[ ]] drops its phrase rather than naming the CMS.
    expect(r.shown.find((p) => p.id === 'icp:legacy')?.text).toBe('Teams at Acme need clean data.');
  });

  it('technology facts name the category exactly as the observation files it', () => {
    const stack = company({ name: 'Acme', technologies: [{ name: 'Drupal', category: 'CMS' }, { name: 'Salesforce', category: 'CRM' }] });
    const r = talkingPointsFor({ person: null, company: stack, icp, persona: null, fit: fit() });
    const crm = r.shown.find((p) => p.id === 'icp:crm');
    expect(crm?.text).toBe('Teams on Salesforce at Acme lose deals in the data; we keep the pipeline honest.');
    expect(crm?.facts).toContainEqual({ name: 'crm', value: 'Salesforce', source: 'technology:CRM' });
    expect(crm?.facts).toContainEqual({ name: 'useCase', value: 'keep the pipeline honest', source: 'pack' });
    expect(r.shown.find((p) => p.id === 'icp:legacy')?.facts).toContainEqual({ name: 'technology', value: 'Salesforce', source: 'technology:CRM' });
    expectGrounded(r.shown);
  });

  it('an ICP chooses templates by industry: a software company never gets the services template', () => {
    const software = talkingPointsFor({ person: null, company: company({ name: 'Maven AGI', industry: 'Software Development' }), icp, persona: null, fit: fit() });
    expect(software.shown.map((p) => p.id)).not.toContain('icp:services');
    expect(software.withheld.find((w) => w.id === 'icp:services')?.reason).toBe('only for Professional Services; Software Development is not one of them');
    const unknown = talkingPointsFor({ person: null, company: company({ name: 'Acme' }), icp, persona: null, fit: fit() });
    expect(unknown.withheld.find((w) => w.id === 'icp:services')?.reason).toBe("only for Professional Services; the company's industry is not known");
    const firm = talkingPointsFor({ person: null, company: company({ name: 'Baker LLP', industry: 'Law Practice' }), icp, persona: null, fit: fit() });
    expect(firm.shown.find((p) => p.id === 'icp:services')).toMatchObject({ text: 'Baker LLP keeps partner pipelines in spreadsheets.', usesCompanyFacts: true });
  });

  it('no ICP point for a disqualified account or a decided tier D; an undecided tier still gets points from known facts', () => {
    const c = company({ name: 'Acme', technologies: [{ name: 'HubSpot CRM', category: 'CRM' }] });
    const dq = talkingPointsFor({ person: null, company: c, icp, persona: null, fit: fit({ disqualified: true, tier: 'D', disqualifiedBecause: 'Fewer than 20 people.' }) });
    expect(dq.shown).toEqual([]);
    expect(dq.withheld.map((w) => w.reason)).toEqual(Array(4).fill('the account is disqualified (Fewer than 20 people.)'));
    const d = talkingPointsFor({ person: null, company: c, icp, persona: null, fit: fit({ tier: 'D', score: 20 }) });
    expect(d.shown).toEqual([]);
    expect(d.withheld[0]?.reason).toBe('the account is tier D');
    const undecided = talkingPointsFor({ person: null, company: c, icp, persona: null, fit: fit({ tier: null }) });
    expect(undecided.shown.map((p) => p.id)).toEqual(['icp:crm', 'icp:legacy']);
  });

  it('facts from the account say so; the account book is named as such', () => {
    const scored = company({ name: 'Northwind', industry: 'Software Development', employees: { min: 201, max: 500 } });
    const r = talkingPointsFor({
      person: null,
      company: scored,
      pageCompany: company({ name: 'Northwind' }),
      companyEvidence: { 'company.employees': { source: 'account book', snippet: 'CRM export row 12' } },
      icp: pack({ icps: [{ id: 'icp', name: 'ICP', criteria: {}, talkingPoints: [{ id: 'size', text: '{{company}} has {{headcount}} people in {{industry}}.' }] }] }).icps[0]!,
      persona: null,
      fit: fit(),
    });
    expect(r.shown[0]?.facts).toEqual([
      { name: 'company', value: 'Northwind', source: 'page' },
      { name: 'headcount', value: '201–500', source: 'account book' },
      { name: 'industry', value: 'Software Development', source: 'account' },
    ]);
  });

  it('values are written as known and never read again as template syntax', () => {
    expect(renderTemplate('Hi {{company}}, from {{persona}}.', { company: '{{persona}}', persona: 'Sarah' })).toBe('Hi persona, from Sarah.');
    // A value that tidying would change is not asserted: the point is withheld instead.
    const odd = talkingPointsFor({ person: null, company: company({ name: 'Acme {{x}}' }), icp, persona: null, fit: fit() });
    expect(odd.shown.find((p) => p.id === 'icp:legacy')).toBeUndefined();
    expect(odd.withheld.find((w) => w.id === 'icp:legacy')?.reason).toMatch(/could not be written as known/);
  });
});

describe('persona points before the company is known', () => {
  const starter = loadStarterPack();
  const founderPage = (title: string, extra: Partial<PersonObservation> = {}): Observation => ({
    url: 'https://www.linkedin.com/in/someone/',
    kind: 'linkedin-person',
    person: person({ name: 'Eugene Mann', title, headline: title, ...extra }),
    people: [],
    company: null,
    evidence: {},
    missing: [],
  });

  it.each(['Founder & CPO @ MavenAGI | Ex-Google', 'Co-Founder', 'CEO & Co-Founder at Acme', 'Gründer und Geschäftsführer', 'Fundador y CEO'])(
    '%s gets the founder persona and its role points, marked as not using company facts',
    (title) => {
      const scored = scorePage(founderPage(title), starter);
      expect(scored.account).toBeNull();
      expect(scored.person?.personas.best?.personaId).toBe('founder-ceo');
      expect(scored.talkingPoints.length).toBeGreaterThan(0);
      for (const p of scored.talkingPoints) {
        expect(p.personaId).toBe('founder-ceo');
        expect(p.usesCompanyFacts).toBe(false);
        expect(p.text.startsWith('Eugene, ') || p.text.includes(', Eugene:')).toBe(true);
      }
      expectGrounded(scored.talkingPoints);
      expect(scored.talkingPoints[0]?.facts).toContainEqual({ name: 'firstName', value: 'Eugene', source: 'page' });
    },
  );

  it('titles that only look like founders do not get the founder persona', () => {
    for (const title of ['Product Owner', 'Executive Assistant to the CEO', "Founder's Associate", 'VP of Sales']) {
      expect(scorePage(founderPage(title), starter).person?.personas.best?.personaId, title).not.toBe('founder-ceo');
    }
  });

  it('a sales leader on a first-seen page gets role points; the company name from the page is used, no ICP point', () => {
    const scored = scorePage(founderPage('VP of Sales', { name: 'Dana Whitfield', company: 'Northwind Analytics' }), starter);
    expect(scored.person?.personas.best?.personaId).toBe('sarah-sales-director');
    expect(scored.talkingPoints.every((p) => p.icpId === null && p.usesCompanyFacts === false)).toBe(true);
    expect(scored.talkingPoints[0]?.text).toMatch(/^Dana, most sales leaders at companies like Northwind Analytics/);
    expectGrounded(scored.talkingPoints);
  });
});

describe('the pack schema and the starter pack', () => {
  const base = { id: 'p', name: 'P', criteria: {} };
  const errorsOf = (point: unknown) => {
    const r = parsePack({ id: 'test', name: 'T', version: 1, publishedAt: '2026-01-01T00:00:00Z', publishedBy: 'Mo', icps: [{ ...base, talkingPoints: [point] }] });
    return r.ok ? [] : r.errors.map(formatPackError);
  };

  it('refuses an unknown variable with a readable error, and accepts a declared one', () => {
    expect(errorsOf({ id: 'a', text: 'We saw {{stack}}.' })).toEqual([expect.stringMatching(/^icps\[0\]\.talkingPoints\[0\]\.text: unknown variable \{\{stack\}\}; use one of .*, or declare it under "facts"$/)]);
    expect(errorsOf({ id: 'a', text: 'We saw {{stack}}.', facts: { stack: 'technology:Marketing automation' } })).toEqual([]);
    expect(errorsOf({ id: 'a', text: 'Hi {{toString}}.' })[0]).toMatch(/unknown variable \{\{toString\}\}/);
  });

  it('refuses bindings that name no fact, unknown categories and reserved names', () => {
    expect(errorsOf({ id: 'a', text: '{{size}}', facts: { size: 'company.size' } })[0]).toMatch(/facts\.size: unknown fact "company\.size"; use one of .*"company\.headcount"/);
    expect(errorsOf({ id: 'a', text: '{{crm}}', facts: { crm: 'technology:Crm systems' } })[0]).toMatch(/unknown technology category "Crm systems"; use one of .*"CRM"/);
    expect(errorsOf({ id: 'a', text: '{{constructor}}', facts: { constructor: 'company.name' } })[0]).toMatch(/"constructor" is a reserved name/);
  });

  it('the declared categories are exactly the ones the page reader files', () => {
    expect([...TECHNOLOGY_CATEGORY_NAMES].sort()).toEqual([...TECHNOLOGY_CATEGORIES].sort());
  });

  it('starter templates declare every fact they state, and no fallback asserts a fact by itself', () => {
    const starter = loadStarterPack();
    const all: [string, Persona['talkingPoints'][number]][] = [
      ...starter.icps.flatMap((i) => i.talkingPoints.map((t) => [i.id, t] as [string, typeof t])),
      ...starter.personas.flatMap((p) => p.talkingPoints.map((t) => [p.id, t] as [string, typeof t])),
    ];
    for (const [owner, t] of all) {
      const vars = [...`${t.text} ${t.fallback ?? ''}`.matchAll(/\{\{\s*([a-zA-Z]+)/g)].map((m) => m[1]);
      for (const v of vars) expect(Object.keys(t.facts ?? {}), `${owner}:${t.id}`).toContain(v);
      expect(`${t.text} ${t.fallback ?? ''}`, `${owner}:${t.id}`).not.toMatch(/scaling fast|fast-growing|growing fast/i);
    }
    expect(starter.personas.find((p) => p.id === 'founder-ceo')?.buyingRole).toBe('decision-maker');
  });
});

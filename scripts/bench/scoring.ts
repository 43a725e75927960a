/**
 * Scoring speed: one contact against 20 ICPs and 50 personas (goal under 1 ms), and CSV scoring
 * throughput on 100,000 generated CRM rows (rows per second). Figures only, no assertions.
 */
import { scoreCsvStream } from '../../lib/crm/score';
import { emptyCompany, emptyPerson } from '../../lib/observation-empty';
import type { Observation } from '../../lib/observation';
import { parsePack, type Pack } from '../../lib/profiles/schema';
import { loadStarterPack } from '../../lib/profiles/starter';
import { scorePage } from '../../lib/scoring';

function bigPack(): Pack {
  const starter = loadStarterPack();
  const icps = Array.from({ length: 20 }, (_, i) => ({ ...starter.icps[i % starter.icps.length]!, id: `icp-${i}`, name: `ICP ${i}` }));
  const personas = Array.from({ length: 50 }, (_, i) => ({ ...starter.personas[i % starter.personas.length]!, id: `persona-${i}`, name: `Persona ${i}`, icpIds: [] }));
  const parsed = parsePack({ ...starter, icps, personas });
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return parsed.pack;
}

export default async function bench(): Promise<void> {
  const pack = bigPack();
  const observation: Observation = {
    url: 'https://www.linkedin.com/in/dana/',
    kind: 'linkedin-person',
    person: { ...emptyPerson(), name: 'Dana Whitfield', title: 'VP of Sales EMEA', headline: 'VP of Sales EMEA at Northwind | ex-Oracle', company: 'Northwind Analytics' },
    people: [],
    company: { ...emptyCompany(), name: 'Northwind Analytics', industry: 'Software Development', employees: { min: 201, max: 500 }, headquarters: 'Boston, MA', description: 'B2B SaaS for revenue teams', technologies: [{ name: 'Salesforce', category: 'CRM' }, { name: 'HubSpot', category: 'Marketing automation' }] },
    evidence: {},
    missing: [],
  };
  for (let i = 0; i < 200; i++) scorePage(observation, pack);
  const runs = 2000;
  const t = performance.now();
  for (let i = 0; i < runs; i++) scorePage(observation, pack);
  const perContact = (performance.now() - t) / runs;
  console.log(`one contact vs 20 ICPs and 50 personas: ${(perContact * 1000).toFixed(0)} µs (goal < 1000 µs)`);

  const starter = loadStarterPack();
  const industries = ['Software Development', 'IT Services and IT Consulting', 'Financial Services', 'Retail', 'Hospitals and Health Care'];
  const titles = ['VP of Sales', 'Revenue Operations Manager', 'CFO', 'Account Executive', 'Product Designer', 'Vertriebsleiter'];
  const lines = ['Company,Website,Industry,Employees,Annual Revenue,Country,Title'];
  for (let i = 0; i < 100_000; i++) {
    lines.push(`Company ${i},company${i}.example,${industries[i % 5]},${(i % 40) * 50 + 10},$${(i % 90) + 5}M,${i % 3 ? 'United States' : 'Germany'},${titles[i % 6]}`);
  }
  const text = lines.join('\n');
  const start = performance.now();
  const result = await scoreCsvStream(text, starter, () => undefined);
  const seconds = (performance.now() - start) / 1000;
  console.log(`CSV: ${result.scored.toLocaleString('en-US')} rows in ${seconds.toFixed(2)} s = ${Math.round(result.scored / seconds).toLocaleString('en-US')} rows/s (${result.rows - result.scored} not scored)`);
}

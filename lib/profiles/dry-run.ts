import type { CompanyObservation, Observation, PersonObservation } from '../observation';
import { emptyCompany, emptyPerson } from '../observation-empty';
import { scorePage } from '../scoring';
import { renderTemplate, type TemplateVars } from '../scoring/talking-points';
import type { Pack } from './schema';
import { TEMPLATE_VARIABLES } from './template-vars';

/**
 * A pack is dry-run before it becomes active (`savePack`, team sync): scored against a few
 * built-in sample pages and every talking-point template rendered, so a pack that passes the
 * schema but breaks scoring is refused with the reason instead of taking down every page.
 * The samples state every field a criterion or template can use (and one states almost
 * nothing), so each criterion of each ICP and each persona rule runs on both known and
 * unknown values.
 */

const company: CompanyObservation = {
  ...emptyCompany(),
  name: 'Northwind Analytics',
  domain: 'northwind.example',
  website: 'https://northwind.example/',
  linkedinUrl: 'https://www.linkedin.com/company/northwind-analytics/',
  industry: 'Software Development',
  employees: { min: 201, max: 500 },
  employeesOnLinkedin: 310,
  headquarters: 'Boston, Massachusetts, United States',
  founded: 2015,
  description: 'Northwind is a B2B SaaS revenue analytics platform for sales, marketing and RevOps teams in mid-market companies.',
  specialties: ['revenue analytics', 'sales forecasting', 'CRM data quality'],
  followers: 12000,
  technologies: [
    { name: 'HubSpot', category: 'Marketing automation' },
    { name: 'Salesforce', category: 'CRM' },
    { name: 'Google Analytics', category: 'Analytics' },
  ],
};

const person: PersonObservation = {
  ...emptyPerson(),
  name: 'Dana Whitfield',
  headline: 'VP of Revenue Operations at Northwind Analytics',
  title: 'VP Revenue Operations',
  company: 'Northwind Analytics',
  companyLinkedinUrl: company.linkedinUrl,
  location: 'Boston, Massachusetts',
  linkedinUrl: 'https://www.linkedin.com/in/dana-whitfield/',
};

const base = { evidence: {}, missing: [] as string[] };

export const DRY_RUN_SAMPLES: readonly { name: string; observation: Observation; account?: CompanyObservation }[] = [
  {
    name: 'a LinkedIn person page',
    observation: { ...base, url: person.linkedinUrl!, kind: 'linkedin-person', person, people: [], company: null },
    account: company,
  },
  { name: 'a LinkedIn company page', observation: { ...base, url: company.linkedinUrl!, kind: 'linkedin-company', person: null, people: [], company } },
  {
    name: 'a company website',
    observation: {
      ...base,
      url: company.website!,
      kind: 'company-site',
      person: null,
      people: [],
      company: { ...emptyCompany(), name: company.name, domain: company.domain, website: company.website, technologies: company.technologies },
    },
  },
  {
    name: 'a LinkedIn search page',
    observation: {
      ...base,
      url: 'https://www.linkedin.com/search/results/people/?keywords=revops',
      kind: 'linkedin-search',
      person: null,
      people: [person, { ...emptyPerson(), name: 'Sam', title: 'Intern' }, { ...emptyPerson(), name: null, title: null }],
      company: null,
    },
  },
];

/**
 * Scores the samples and renders every template with the pack; throws an Error naming the
 * sample or template that failed. Returns quietly when the pack is safe to activate.
 */
export function dryRunPack(pack: Pack, now = new Date()): void {
  for (const sample of DRY_RUN_SAMPLES) {
    try {
      scorePage(sample.observation, pack, { now, account: sample.account ?? null });
    } catch (err) {
      throw new Error(`scoring ${sample.name} with this pack fails (${(err as Error).message || String(err)})`);
    }
  }
  // Every variable known (built-in and the template's own), then none: both paths of each template run.
  const builtIn: TemplateVars = Object.fromEntries(TEMPLATE_VARIABLES.map((name) => [name, `sample ${name}`]));
  const owners = [
    ...pack.icps.map((icp) => ({ where: `ICP "${icp.name}"`, points: icp.talkingPoints })),
    ...pack.personas.map((p) => ({ where: `persona "${p.name}"`, points: p.talkingPoints })),
  ];
  for (const { where, points } of owners) {
    for (const point of points) {
      const full: TemplateVars = { ...builtIn, ...Object.fromEntries(Object.keys(point.facts ?? {}).map((name) => [name, `sample ${name}`])) };
      for (const text of [point.text, point.fallback]) {
        if (text === undefined) continue;
        try {
          renderTemplate(text, full);
          renderTemplate(text, {});
        } catch (err) {
          throw new Error(`talking point "${point.id}" of ${where} cannot be rendered (${(err as Error).message || String(err)})`);
        }
      }
    }
  }
}

import type { Observation } from '../../lib/observation';
import { emptyCompany, emptyPerson } from '../../lib/observation-empty';
import { PACK_LIMITS as L } from '../../lib/profiles/limits';

/**
 * Packs and pages for the hostile-pack suite and the matching bench (scripts/bench/matching.ts):
 * a small valid pack to vary one limit at a time, and a pack at every count limit at once whose
 * keywords are built to be expensive to match against `adversarialPage()` (every keyword made of
 * words the page repeats hundreds of times, differing late).
 */
export function smallPack(): Record<string, any> {
  return {
    id: 'hostile',
    name: 'Hostile test pack',
    version: 1,
    publishedAt: '2026-01-31T09:00:00Z',
    publishedBy: 'Tests',
    icps: [
      {
        id: 'icp-0',
        name: 'ICP 0',
        criteria: { keywords: { positive: ['saas'], negative: ['agency'], weight: 10 }, employees: { min: 50, max: 5000, weight: 10 } },
        talkingPoints: [{ id: 't0', text: 'Hi {{firstName|there}}, {{company}} could use this.' }],
      },
    ],
    personas: [{ id: 'p-0', name: 'Persona 0', match: { titleKeywords: ['revops'] }, buyingRole: 'champion' }],
  };
}

const WORDS = ['revenue', 'platform', 'sales', 'teams'];

/** A business vocabulary for the realistic case: many distinct words, as in real descriptions. */
const VOCABULARY = (
  'analytics platform revenue teams sales marketing operations pipeline forecast customer success data cloud software ' +
  'enterprise mid market growth automation workflow integration crm b2b saas startup scale global leader trusted ' +
  'companies brands retail healthcare finance banking insurance logistics manufacturing education public sector ' +
  'security compliance privacy ai machine learning insights dashboards reporting engagement outreach prospecting ' +
  'accounts territory quota coaching enablement content campaigns demand generation partners channel ecosystem ' +
  'europe america asia offices employees founded headquartered mission vision innovation digital transformation'
).split(' ');

/** Deterministic pseudo-random numbers, so every run measures the same pack and page. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x100000000;
  };
}

export type Vocabulary = 'adversarial' | 'realistic';

/** The i-th distinct keyword of `words` words: from 4 words the page repeats (adversarial) or from a business vocabulary. */
function phraseOf(vocabulary: Vocabulary, i: number, words: number): string {
  const out: string[] = [];
  if (vocabulary === 'realistic') {
    const r = rng(i + 1);
    for (let w = 0; w < Math.min(words, 3); w++) out.push(VOCABULARY[Math.floor(r() * VOCABULARY.length)]!);
    return out.join(' ');
  }
  let n = i;
  for (let w = 0; w < words; w++) {
    out.push(WORDS[n % WORDS.length]!);
    n = Math.floor(n / WORDS.length) + w;
  }
  return out.join(' ');
}
const frequentPhrase = (i: number, words: number) => phraseOf('adversarial', i, words);

/** Every count limit reached at once (ICPs, personas, terms in total, templates in total), under the size limit. */
export function packAtLimits(vocabulary: Vocabulary = 'adversarial'): Record<string, any> {
  const icps = [];
  let term = 0;
  const terms = (n: number, words = 12) => Array.from({ length: n }, () => phraseOf(vocabulary, term++, words));
  for (let i = 0; i < L.icps; i++) {
    icps.push({
      id: `icp-${i}`,
      name: `ICP ${i} `.padEnd(L.labelLength, 'x'),
      description: 'd'.repeat(200),
      criteria: {
        industries: { include: ['Software Development', `Industry ${i}`], exclude: [], weight: 10 },
        employees: { min: 50, max: 5000, weight: 10 },
        locations: { include: ['North America', 'DACH'], exclude: [], weight: 5 },
        technologies: { required: [], preferred: ['HubSpot', 'Salesforce'], excluded: [], weight: 5 },
        keywords: { positive: terms(56), negative: terms(20), weight: 10 },
      },
      disqualifiers: [{ kind: 'keyword', values: terms(6) }, { kind: 'domain', values: ['example.org', 'example.net'] }],
      painPoints: ['forecast accuracy'],
      useCases: Object.fromEntries(Array.from({ length: i === 0 ? L.recordKeys : 2 }, (_, k) => [k === 0 ? '*' : `Industry ${k}`, ['pipeline reviews']])),
      talkingPoints: Array.from({ length: 10 }, (_, t) => ({
        id: `t${t}`,
        text: `Hi {{firstName|there}}, [[teams at {{company}} ]]often fight {{painPoint}} with {{technology|spreadsheets}} in {{location}}.`,
        fallback: 'Teams like yours often fight forecast accuracy.',
      })),
    });
  }
  const personas = [];
  for (let p = 0; p < L.personas; p++) {
    personas.push({
      id: `p-${p}`,
      name: `Persona ${p}`,
      match: { seniorities: ['vp', 'director'], titleKeywords: terms(2, 3), excludeKeywords: p < 100 ? ['intern'] : [] },
      buyingRole: 'champion',
      goals: ['clean pipeline'],
      talkingPoints: Array.from({ length: p < 100 ? 3 : 2 }, (_, t) => ({ id: `pt${t}`, text: `{{firstName|Hi}}, as {{title|a leader}} you want {{goal}}.` })),
    });
  }
  const pack = { ...smallPack(), icps, personas };
  return pack;
}

/** A company page whose text repeats the keywords' words (the most work for the matcher), at the observation's length limits. */
/** A long but ordinary company page: a 5,000-character description in a business vocabulary, 20 specialties. */
export function realisticLongPage(): Observation {
  const r = rng(42);
  const words: string[] = [];
  while (words.join(' ').length < 5000) words.push(VOCABULARY[Math.floor(r() * VOCABULARY.length)]!);
  const page = adversarialPage();
  return {
    ...page,
    company: { ...page.company!, description: words.join(' ').slice(0, 5000), specialties: VOCABULARY.slice(0, 20) },
  };
}

export function adversarialPage(): Observation {
  const description = Array.from({ length: 5000 }, (_, i) => WORDS[(i * 7) % WORDS.length]).join(' ').slice(0, 5000);
  return {
    url: 'https://www.linkedin.com/company/adversarial/',
    kind: 'linkedin-company',
    person: null,
    people: [],
    company: {
      ...emptyCompany(),
      name: 'Adversarial Revenue Platform',
      linkedinUrl: 'https://www.linkedin.com/company/adversarial/',
      industry: 'Software Development',
      employees: { min: 201, max: 500 },
      headquarters: 'Boston, MA',
      description,
      specialties: Array.from({ length: 200 }, (_, i) => `${WORDS[i % 4]} ${WORDS[(i + 1) % 4]} ${WORDS[(i + 2) % 4]}`.padEnd(400, ' sales')),
      technologies: [{ name: 'HubSpot', category: 'Marketing automation' }],
    },
    evidence: {},
    missing: [],
  };
}

/** A search page listing the most people an observation may hold, with titles made of the persona keywords' words. */
export function adversarialSearchPage(): Observation {
  return {
    url: 'https://www.linkedin.com/search/results/people/?keywords=revenue',
    kind: 'linkedin-search',
    person: null,
    people: Array.from({ length: 200 }, (_, i) => ({ ...emptyPerson(), name: `Person ${i}`, title: `VP ${frequentPhrase(i, 6)} and ${frequentPhrase(i + 1, 6)}` })),
    company: null,
    evidence: {},
    missing: [],
  };
}

import { memoize } from '../normalize/memo';
import { foldedWords } from '../normalize/text';
import { FINGERPRINTS, TECHNOLOGY_CATEGORIES, type TechnologyCategory, type TechnologyFingerprint } from './fingerprints';

export { TECHNOLOGY_CATEGORIES };
export type { TechnologyCategory };

export interface TechnologyTermMatch {
  name: string;
  category: string;
  /** Why it matched: "name: HubSpot", "alias Pardot: Salesforce Account Engagement",
   *  "category Marketing automation: HubSpot", "vendor Salesforce: Salesforce Service Cloud". */
  via: string;
}

/** Lower-case words of a term: accents, punctuation and "&" folded away. */
function words(s: string): string[] {
  return foldedWords(s);
}

const compact = (s: string): string => words(s).join('');

// Words that say nothing about which product is meant: "the", "a ... platform", "HubSpot CRM".
const LEADING_FILLER = new Set(['a', 'an', 'the', 'any', 'some', 'uses', 'using', 'use', 'has', 'with', 'their', 'own', 'on']);
const TRAILING_FILLER = new Set([
  'platform', 'platforms', 'tool', 'tools', 'software', 'solution', 'solutions', 'system', 'systems',
  'provider', 'providers', 'vendor', 'vendors', 'technology', 'technologies', 'tech', 'app', 'apps',
  'suite', 'stack', 'service', 'services', 'product', 'products', 'widget', 'widgets', 'inc', 'integration',
  'user', 'users', 'customer', 'customers', 'account', 'instance',
]);
/** Generic words that may follow a product name ("Salesforce CRM", "Marketo automation"). */
const NAME_TRAILING_FILLER = new Set([...TRAILING_FILLER, 'crm', 'cloud', 'marketing', 'automation', 'chat', 'analytics']);

const VENDOR_TRAILING_FILLER = new Set([...TRAILING_FILLER, 'crm']);

function stripLeading(w: string[]): string[] {
  let i = 0;
  while (i < w.length - 1 && LEADING_FILLER.has(w[i]!)) i++;
  return w.slice(i);
}

function stripTrailing(w: string[], filler: Set<string>): string[] {
  let j = w.length;
  while (j > 1 && filler.has(w[j - 1]!)) j--;
  return w.slice(0, j);
}

/** Ways of reading a term, most literal first. */
function readings(w: string[], filler: Set<string>): string[] {
  const out: string[] = [];
  const add = (x: string[]) => {
    const k = x.join('');
    if (k && !out.includes(k)) out.push(k);
  };
  add(w);
  const lead = stripLeading(w);
  add(lead);
  add(stripTrailing(w, filler));
  add(stripTrailing(lead, filler));
  // A trailing plural: "CRMs", "live chats".
  for (const k of [...out]) if (k.length > 3 && k.endsWith('s')) add([k.slice(0, -1)]);
  return out;
}

// --------------------------------------------------------------------------- name index

interface NameEntry {
  fp: TechnologyFingerprint;
  /** The spelling the key came from (the name itself or an alias). */
  spelling: string;
  isAlias: boolean;
}

let nameIndex: Map<string, NameEntry> | null = null;
let fpByName: Map<string, TechnologyFingerprint> | null = null;

function getNameIndex(): Map<string, NameEntry> {
  if (nameIndex) return nameIndex;
  const idx = new Map<string, NameEntry>();
  const byName = new Map<string, TechnologyFingerprint>();
  // Names first so that a name always beats another product's alias.
  for (const fp of FINGERPRINTS) {
    idx.set(compact(fp.name), { fp, spelling: fp.name, isAlias: false });
    byName.set(compact(fp.name), fp);
  }
  for (const fp of FINGERPRINTS) {
    for (const alias of fp.aliases ?? []) {
      const k = compact(alias);
      if (k && !idx.has(k)) idx.set(k, { fp, spelling: alias, isAlias: true });
    }
  }
  nameIndex = idx;
  fpByName = byName;
  return idx;
}

/** The fingerprint a technology name (or alias) refers to. */
function resolve(name: string): TechnologyFingerprint | undefined {
  return getNameIndex().get(compact(name))?.fp;
}

// --------------------------------------------------------------------------- category index

const CATEGORY_SYNONYMS: Record<string, TechnologyCategory[]> = {};
function syn(categories: TechnologyCategory[], ...phrases: string[]): void {
  for (const p of phrases) {
    const k = compact(p);
    const prev = CATEGORY_SYNONYMS[k] ?? [];
    CATEGORY_SYNONYMS[k] = [...prev, ...categories.filter((c) => !prev.includes(c))];
  }
}
for (const c of TECHNOLOGY_CATEGORIES) syn([c], c);
syn(['CRM'], 'crm', 'customer relationship management', 'sales crm', 'crm system');
syn(['Marketing automation'], 'marketing automation', 'map', 'marketing automation platform', 'marketing platform', 'marketing automation software', 'lead nurturing');
syn(['Marketing automation', 'Email'], 'email marketing', 'email automation');
syn(['Live chat', 'Conversational marketing'], 'chat', 'live chat', 'website chat', 'web chat', 'chat widget', 'chatbot', 'chat bot', 'messaging', 'messenger', 'site chat');
syn(['Conversational marketing', 'Live chat'], 'conversational', 'conversational marketing', 'conversational ai');
syn(['Analytics'], 'analytics', 'web analytics', 'website analytics', 'product analytics', 'digital analytics', 'tracking', 'attribution', 'marketing analytics');
syn(['Tag manager'], 'tag manager', 'tag management', 'tms', 'tag management system');
syn(['Customer data platform'], 'cdp', 'customer data platform', 'customer data infrastructure');
syn(['A/B testing'], 'ab testing', 'a b testing', 'ab test', 'split testing', 'experimentation', 'cro', 'conversion rate optimization', 'experiment');
syn(['Personalization'], 'personalization', 'personalisation', 'website personalization', 'web personalization');
syn(['Advertising'], 'advertising', 'ads', 'ad tech', 'adtech', 'retargeting', 'remarketing', 'paid ads', 'paid media', 'paid social', 'ppc', 'ad pixel', 'tracking pixel', 'pixel', 'ad platform');
syn(['Consent management'], 'consent management', 'consent manager', 'consent management platform', 'cmp', 'cookie consent', 'cookie banner', 'cookie management', 'consent', 'gdpr consent', 'privacy management');
syn(['E-commerce'], 'ecommerce', 'e commerce', 'online store', 'webshop', 'web shop', 'online shop', 'commerce', 'shop', 'store', 'storefront', 'shopping cart', 'ecommerce platform');
syn(['Payments'], 'payments', 'payment', 'payment processor', 'payment processing', 'payment gateway', 'billing', 'checkout', 'subscription billing');
syn(['Scheduling'], 'scheduling', 'scheduler', 'meeting scheduler', 'meeting scheduling', 'calendar', 'booking', 'meeting booking', 'demo scheduling', 'appointment scheduling');
syn(['CMS'], 'cms', 'content management', 'content management system', 'headless cms');
syn(['Site builder', 'CMS'], 'website builder', 'site builder', 'landing pages', 'landing page', 'landing page builder', 'no code website');
syn(['Customer support', 'Live chat'], 'customer support', 'support', 'help desk', 'helpdesk', 'customer service', 'ticketing', 'support desk', 'service desk');
syn(['Session replay'], 'session replay', 'session recording', 'heatmap', 'heatmaps', 'heat map', 'session replays');
syn(['Forms'], 'forms', 'form', 'form builder', 'online forms', 'web forms', 'lead forms');
syn(['Video'], 'video', 'video hosting', 'video platform', 'video marketing');
syn(['Reviews'], 'reviews', 'review', 'review platform', 'review widgets', 'ratings', 'customer reviews');
syn(['Sales engagement'], 'sales engagement', 'sales engagement platform', 'sep', 'sales automation', 'revenue intelligence', 'conversation intelligence', 'sales outreach');
syn(['Account-based marketing'], 'abm', 'account based marketing', 'intent data', 'account based advertising');
syn(['Enrichment', 'Account-based marketing'], 'enrichment', 'data enrichment', 'visitor identification', 'website visitor identification', 'reverse ip', 'ip lookup', 'b2b data', 'intent');
syn(['JavaScript framework'], 'javascript framework', 'js framework', 'frontend framework', 'front end framework', 'spa framework', 'javascript');
syn(['CDN'], 'cdn', 'content delivery network', 'edge network');
syn(['Hosting'], 'hosting', 'web hosting', 'website hosting', 'paas');
syn(['Search'], 'search', 'site search', 'search engine', 'website search', 'search as a service');
syn(['Error monitoring'], 'error monitoring', 'error tracking', 'apm', 'rum', 'real user monitoring', 'observability', 'monitoring', 'performance monitoring');
syn(['Email'], 'email', 'esp', 'email service provider', 'transactional email', 'newsletter', 'email delivery');

function categoriesOf(tech: { name: string; category: string }): string[] {
  const fp = resolve(tech.name);
  const cats = [tech.category];
  if (fp) for (const c of [fp.category, ...(fp.alsoCategories ?? [])]) if (!cats.includes(c)) cats.push(c);
  return cats;
}

// --------------------------------------------------------------------------- public API

/**
 * Does `term` (an ICP criterion such as "HubSpot", "Salesforce CRM", "GA4", "a marketing
 * automation platform", "live chat", "CDP") match one of the detected `technologies`?
 * Tried in order: product name or alias (case-, punctuation- and filler-word-insensitive),
 * category (its name or a common synonym; products sold in several categories count for each),
 * then vendor prefix ("Salesforce" matches "Salesforce Service Cloud"). Returns the first
 * matching technology in list order, or null.
 */
function matchTechnologyTermUncached(
  term: string,
  technologies: { name: string; category: string }[],
): TechnologyTermMatch | null {
  if (typeof term !== 'string' || !Array.isArray(technologies) || technologies.length === 0) return null;
  const w = words(term);
  if (!w.length) return null;
  const idx = getNameIndex();

  // 1. Name or alias.
  for (const key of readings(w, NAME_TRAILING_FILLER)) {
    const entry = idx.get(key);
    for (const t of technologies) {
      const tKey = compact(t.name);
      const tFp = resolve(t.name);
      if (entry ? tFp === entry.fp || tKey === key : tKey === key) {
        const via = entry?.isAlias ? `alias ${entry.spelling}: ${t.name}` : `name: ${t.name}`;
        return { name: t.name, category: t.category, via };
      }
    }
    // The term names a known product that was not detected: don't let a shorter reading name another
    // product ("Salesforce Marketing Cloud" must not fall back to "Salesforce"); categories are tried next.
    if (entry) break;
  }

  // 2. Category.
  for (const key of readings(w, TRAILING_FILLER)) {
    const cats = CATEGORY_SYNONYMS[key];
    if (!cats) continue;
    for (const cat of cats) {
      const primary = technologies.find((t) => t.category === cat);
      if (primary) return { name: primary.name, category: primary.category, via: `category ${cat}: ${primary.name}` };
    }
    for (const cat of cats) {
      const secondary = technologies.find((t) => categoriesOf(t).includes(cat));
      if (secondary) return { name: secondary.name, category: secondary.category, via: `category ${cat}: ${secondary.name}` };
    }
    return null; // the term is a category, and nothing detected is in it
  }

  // 3. Vendor: the term's words begin a detected product's name ("Salesforce" -> "Salesforce Service Cloud").
  // Only generic words are dropped here: "Salesforce CRM" -> "Salesforce", but "Salesforce Marketing Cloud" stays whole.
  const core = stripTrailing(stripLeading(w), VENDOR_TRAILING_FILLER);
  const coreKey = core.join(' ');
  if (coreKey.replace(/ /g, '').length >= 4) {
    for (const t of technologies) {
      const tw = words(t.name).join(' ');
      if (tw.startsWith(coreKey + ' ')) {
        return { name: t.name, category: t.category, via: `vendor ${core.map(cap).join(' ')}: ${t.name}` };
      }
    }
  }
  return null;
}

function cap(s: string): string {
  const fp = fpByName?.get(s);
  return fp ? fp.name : s.charAt(0).toUpperCase() + s.slice(1);
}

/** Every technology name the detector knows, alphabetically (for option-page suggestions). */
export function knownTechnologyNames(): string[] {
  return FINGERPRINTS.map((f) => f.name).sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
}

/** Aliases of a known technology name (empty for unknown names). */
export function technologyAliases(name: string): string[] {
  return [...(resolve(name)?.aliases ?? [])];
}

/** Memoized: scoring asks the same term against the same list for every ICP. */
export const matchTechnologyTerm = memoize(matchTechnologyTermUncached);

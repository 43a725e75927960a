import type { CompanyObservation, Observation, PersonObservation } from '../observation';
import { emptyCompany } from '../observation-empty';
import type { IcpFit, ScoredPage } from '../scoring/types';
import type { AccountRecord, ContactRecord } from './types';

/**
 * Merges what each page says into accounts (pure: records in, records out).
 * A company is known by up to three keys: its LinkedIn company slug ("li:acme-inc"),
 * its web domain ("domain:acme.com") and, as a last resort, its name ("name:acme").
 * A person's current company joins the company page seen (by LinkedIn company URL) and the
 * company's website (by domain, or by the site's own LinkedIn link).
 */

/** "https://www.linkedin.com/company/acme-inc/about/" → "acme-inc"; also Sales Navigator "/sales/company/123". */
export function linkedinCompanySlug(url: string | null): string | null {
  if (!url) return null;
  const m = url.match(/linkedin\.com\/(?:company|school|showcase)\/([^/?#]+)/i) ?? url.match(/linkedin\.com\/sales\/company\/([^/?#]+)/i);
  return m ? decodeURIComponent(m[1]!).toLowerCase() : null;
}

export function normalizeDomain(domain: string | null): string | null {
  if (!domain) return null;
  const host = domain.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').split(/[/?#]/)[0]!.replace(/^www\./, '');
  return host.includes('.') ? host : null;
}

/** Lower case, no legal suffix, no punctuation: "Acme, Inc." → "acme". */
export function normalizeCompanyName(name: string | null): string | null {
  if (!name) return null;
  const n = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[.,()&'"’]/g, ' ')
    .replace(/\b(inc|llc|ltd|limited|gmbh|ag|sa|sas|bv|nv|plc|corp|corporation|co|company|ab|oy|as|srl|spa)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return n || null;
}

export function companyKeys(company: Pick<CompanyObservation, 'linkedinUrl' | 'domain' | 'website' | 'name'>): string[] {
  const keys: string[] = [];
  const slug = linkedinCompanySlug(company.linkedinUrl);
  if (slug) keys.push(`li:${slug}`);
  const domain = normalizeDomain(company.domain) ?? normalizeDomain(company.website);
  if (domain) keys.push(`domain:${domain}`);
  const name = normalizeCompanyName(company.name);
  if (name) keys.push(`name:${name}`);
  return keys;
}

/** The company a page is about: the company itself, or the person's current company. */
export function companyOfObservation(obs: Observation): CompanyObservation | null {
  if (obs.company && companyKeys(obs.company).length) return obs.company;
  const person = obs.person;
  if (person && (person.company || person.companyLinkedinUrl)) {
    return { ...emptyCompany(), name: person.company, linkedinUrl: person.companyLinkedinUrl };
  }
  return null;
}

function contactKey(person: PersonObservation): string | null {
  if (person.linkedinUrl) {
    const m = person.linkedinUrl.match(/linkedin\.com\/(?:in|sales\/lead)\/([^/?#,]+)/i);
    if (m) return `li:${decodeURIComponent(m[1]!).toLowerCase()}`;
  }
  return person.name ? `name:${person.name.trim().toLowerCase()}` : null;
}

/**
 * Which fields a page kind is the authority for. A LinkedIn company (or Sales Navigator account)
 * page states the firmographics; the company's own website states its domain and technologies;
 * a person page only fills gaps.
 */
const AUTHORITY: Partial<Record<Observation['kind'], ReadonlyArray<keyof CompanyObservation> | 'all'>> = {
  'linkedin-company': 'all',
  'salesnav-account': 'all',
  'company-site': ['domain', 'website', 'technologies'],
};

function mergeCompany(base: CompanyObservation, next: CompanyObservation, kind: Observation['kind'] | null): CompanyObservation {
  const authority = kind ? AUTHORITY[kind] : undefined;
  const out: CompanyObservation = { ...base };
  for (const key of Object.keys(next) as Array<keyof CompanyObservation>) {
    const value = next[key];
    const empty = value === null || (Array.isArray(value) && value.length === 0);
    if (empty) continue;
    const current = out[key];
    const currentEmpty = current === null || (Array.isArray(current) && current.length === 0);
    const wins = authority === 'all' || (Array.isArray(authority) && authority.includes(key));
    if (currentEmpty || wins) (out as Record<string, unknown>)[key] = value;
  }
  return out;
}

function reasonsOf(fit: IcpFit | null): string[] {
  return fit ? fit.criteria.map((c) => `${c.label}: ${c.status} — ${c.sentence}`) : [];
}

export interface MergeInput {
  observation: Observation;
  scored: ScoredPage | null;
  now: Date;
}

/**
 * Adds one page to the accounts. Returns the new map and the key of the account the page
 * belongs to (null when the page names no company). Records that turn out to be the same
 * company (a name-only record from a profile, then the company page) are folded into one.
 */
export function mergeObservation(
  accounts: Record<string, AccountRecord>,
  { observation, scored, now }: MergeInput,
): { accounts: Record<string, AccountRecord>; key: string | null } {
  const company = companyOfObservation(observation);
  if (!company) return { accounts, key: null };
  const keys = companyKeys(company);
  if (!keys.length) return { accounts, key: null };
  const at = now.toISOString();

  const next = { ...accounts };
  const matching = Object.values(next).filter((a) => a.aliases.some((k) => keys.includes(k)));
  let record: AccountRecord = matching.length
    ? matching.reduce((a, b) => foldRecords(a, b))
    : {
        key: keys[0]!,
        aliases: [],
        company: emptyCompany(),
        contacts: [],
        score: null,
        tier: null,
        coverage: 0,
        icpId: null,
        icpName: null,
        reasons: [],
        packId: scored?.packId ?? '',
        packVersion: scored?.packVersion ?? 0,
        outcome: null,
        outcomePackVersion: null,
        pages: [],
        firstSeenAt: at,
        lastSeenAt: at,
      };
  for (const old of matching) delete next[old.key];

  record = {
    ...record,
    aliases: [...new Set([...record.aliases, ...keys])],
    company: mergeCompany(record.company, company, observation.company ? observation.kind : null),
    pages: [...new Set([observation.url, ...record.pages])].slice(0, 50),
    lastSeenAt: at,
  };
  // The stable key is the strongest alias known: LinkedIn slug, then domain, then name.
  const strongest = [...record.aliases].sort((a, b) => rank(a) - rank(b))[0]!;
  record.key = strongest;

  if (scored?.account?.best) {
    const best = scored.account.best;
    record = {
      ...record,
      score: best.score,
      tier: best.tier,
      coverage: best.coverage,
      icpId: best.icpId,
      icpName: best.icpName,
      reasons: reasonsOf(best),
      packId: scored.packId,
      packVersion: scored.packVersion,
    };
  }

  if (observation.person && observation.person.name) {
    const person = observation.person;
    const ck = contactKey(person);
    if (ck) {
      const persona = scored?.person?.personas.best ?? null;
      const existing = record.contacts.find((c) => c.key === ck);
      const contact: ContactRecord = {
        key: ck,
        person,
        personaId: persona?.personaId ?? null,
        personaName: persona?.personaName ?? null,
        firstSeenAt: existing?.firstSeenAt ?? at,
        lastSeenAt: at,
      };
      record = { ...record, contacts: [contact, ...record.contacts.filter((c) => c.key !== ck)].slice(0, 200) };
    }
  }
  next[record.key] = record;
  return { accounts: next, key: record.key };
}

function rank(key: string): number {
  return key.startsWith('li:') ? 0 : key.startsWith('domain:') ? 1 : 2;
}

function foldRecords(a: AccountRecord, b: AccountRecord): AccountRecord {
  const [older, newer] = a.lastSeenAt <= b.lastSeenAt ? [a, b] : [b, a];
  const contacts = [...newer.contacts];
  for (const c of older.contacts) if (!contacts.some((x) => x.key === c.key)) contacts.push(c);
  return {
    ...newer,
    aliases: [...new Set([...newer.aliases, ...older.aliases])],
    company: mergeCompany(older.company, newer.company, null),
    contacts,
    outcome: newer.outcome ?? older.outcome,
    outcomePackVersion: newer.outcome ? newer.outcomePackVersion : older.outcomePackVersion,
    pages: [...new Set([...newer.pages, ...older.pages])].slice(0, 50),
    firstSeenAt: older.firstSeenAt < newer.firstSeenAt ? older.firstSeenAt : newer.firstSeenAt,
  };
}

/** Finds the account a page belongs to without changing anything. */
export function findAccount(accounts: Record<string, AccountRecord>, observation: Observation): AccountRecord | null {
  const company = companyOfObservation(observation);
  if (!company) return null;
  const keys = companyKeys(company);
  return Object.values(accounts).find((a) => a.aliases.some((k) => keys.includes(k))) ?? null;
}

/** Drops accounts not seen for `days` days. */
export function applyRetention(accounts: Record<string, AccountRecord>, days: number, now: Date): Record<string, AccountRecord> {
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
  return Object.fromEntries(Object.entries(accounts).filter(([, a]) => a.lastSeenAt >= cutoff));
}

import type { CompanyObservation, Observation, PersonObservation } from '../observation';
import { emptyCompany } from '../observation-empty';
import { normalizeDomain } from '../normalize/domain';
import { foldAccents } from '../normalize/text';
import type { IcpFit, ScoredPage } from '../scoring/types';
import { IDENTITY_FIELDS, type AccountRecord, type ContactRecord, type IdentityConflict, type IdentityField } from './types';
import { readerInfo } from '../sites/reader-infos';

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

// Moved to lib/normalize/domain.ts (one normalisation for accounts, CSV rows and research); re-exported for callers here.
export { normalizeDomain };

/** Lower case, no legal suffix, no punctuation: "Acme, Inc." → "acme". */
export function normalizeCompanyName(name: string | null): string | null {
  if (!name) return null;
  const n = foldAccents(name.toLowerCase())
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
 * Which fields a page kind is the authority for comes from its reader (lib/sites, `authority`):
 * a LinkedIn company (or Sales Navigator account) page states the firmographics; the company's
 * own website states its domain and technologies; a person or list page only fills gaps.
 */
function mergeCompany(base: CompanyObservation, next: CompanyObservation, kind: Observation['kind'] | null): CompanyObservation {
  const authority = kind ? readerInfo(kind)?.authority : undefined;
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

/**
 * Merge trust (#11): the identity facts (name, domain, website) a LinkedIn company page or a Sales
 * Navigator account page stated — readers with authority 'all' — are remembered per field with
 * their source. A later page from a less trusted source (a website's claim about itself, e.g. a
 * JSON-LD `sameAs` that joined it to this account) may fill a gap but never replaces them; when
 * it disagrees, the claim is kept as a conflict for the rep to see.
 */
export function identitySource(kind: Observation['kind'] | null): string | null {
  return kind && readerInfo(kind)?.authority === 'all' ? kind : null;
}

function sameIdentity(field: IdentityField, a: string, b: string): boolean {
  if (field === 'name') {
    const x = normalizeCompanyName(a);
    const y = normalizeCompanyName(b);
    // "Northwind" on the website and "Northwind Analytics" on LinkedIn are the same company's names.
    return !x || !y || x === y || x.includes(y) || y.includes(x);
  }
  const x = normalizeDomain(a);
  const y = normalizeDomain(b);
  return !x || !y || x === y;
}

const CONFLICTS_KEPT = 20;

function mergeWithTrust(
  record: Pick<AccountRecord, 'company' | 'identity' | 'conflicts'>,
  next: CompanyObservation,
  kind: Observation['kind'] | null,
  pageUrl: string,
  at: string,
): Pick<AccountRecord, 'company' | 'identity' | 'conflicts'> {
  const trusted = identitySource(kind);
  const identity = { ...record.identity };
  const conflicts = [...(record.conflicts ?? [])];
  const protectedFields = new Set<IdentityField>();
  for (const field of IDENTITY_FIELDS) {
    const claimed = next[field];
    if (!claimed) continue;
    if (trusted) {
      identity[field] = trusted;
      continue;
    }
    const keptFrom = identity[field];
    const kept = record.company[field];
    if (!keptFrom || !kept) continue;
    protectedFields.add(field);
    if (sameIdentity(field, kept, claimed)) continue;
    const conflict: IdentityConflict = { field, kept, keptFrom, claimed, claimedBy: pageUrl, at };
    const i = conflicts.findIndex((c) => c.field === field && c.claimed === claimed);
    if (i >= 0) conflicts.splice(i, 1);
    conflicts.unshift(conflict);
  }
  const filtered: CompanyObservation = { ...next };
  for (const field of protectedFields) filtered[field] = null;
  return {
    company: mergeCompany(record.company, filtered, kind),
    identity: Object.keys(identity).length ? identity : undefined,
    conflicts: conflicts.length ? conflicts.slice(0, CONFLICTS_KEPT) : undefined,
  };
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
    ...mergeWithTrust(record, company, observation.company ? observation.kind : null, observation.url, at),
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
  const company = mergeCompany(older.company, newer.company, null);
  // A trusted identity fact wins over an untrusted one whichever record is newer.
  const identity = { ...older.identity, ...newer.identity };
  for (const field of IDENTITY_FIELDS) {
    const from = newer.identity?.[field] ? newer : older.identity?.[field] ? older : null;
    if (from) company[field] = from.company[field];
  }
  const conflicts = [...(newer.conflicts ?? []), ...(older.conflicts ?? [])].slice(0, CONFLICTS_KEPT);
  const research = [newer.research, older.research].filter((r) => r !== undefined).sort((a, b) => (a.researchedAt < b.researchedAt ? 1 : -1))[0];
  return {
    ...newer,
    aliases: [...new Set([...newer.aliases, ...older.aliases])],
    company,
    identity: Object.keys(identity).length ? identity : undefined,
    conflicts: conflicts.length ? conflicts : undefined,
    research,
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

/**
 * Joins `aliases` to the account stored under `key`, folding any other account already known by
 * one of them. Only for keys LeadFit has verified belong to one company (research checked that
 * the LinkedIn page read is the person's company); never from a page's own claim.
 */
export function joinAliases(accounts: Record<string, AccountRecord>, key: string, aliases: string[]): { accounts: Record<string, AccountRecord>; key: string } {
  const target = accounts[key];
  if (!target) return { accounts, key };
  const next = { ...accounts };
  const others = Object.values(next).filter((a) => a.key !== key && a.aliases.some((k) => aliases.includes(k)));
  let record = others.reduce((acc, o) => foldRecords(o, acc), target);
  for (const o of others) delete next[o.key];
  delete next[key];
  record = { ...record, aliases: [...new Set([...record.aliases, ...aliases])] };
  record.key = [...record.aliases].sort((a, b) => rank(a) - rank(b))[0]!;
  next[record.key] = record;
  return { accounts: next, key: record.key };
}

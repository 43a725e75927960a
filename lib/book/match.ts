import type { CompanyObservation, Evidence } from '../observation';
import { emptyCompany } from '../observation-empty';
import { normalizeCompanyName, normalizeLinkedinCompanyUrl, registrableDomain } from './keys';
import type { Book, BookAccount } from './schema';

/**
 * Finds the book account of a page's company: by LinkedIn company URL, then registrable domain,
 * then normalised name (lib/book/keys.ts). Three hash maps built once, so a lookup costs the
 * same with 100 or 100,000 accounts. Duplicate keys (CRMs hold duplicates) keep the first
 * account in file order. A name shared by accounts with different domains is ambiguous and
 * does not match: a wrong owner or status is worse than none.
 */
export type MatchedBy = 'linkedin' | 'domain' | 'name';

export interface BookMatch {
  account: BookAccount;
  matchedBy: MatchedBy;
}

export interface BookIndex {
  size: number;
  match: (page: { linkedinUrl?: string | null; domain?: string | null; name?: string | null }) => BookMatch | null;
}

const AMBIGUOUS = null;

export function createBookIndex(book: Pick<Book, 'accounts'>): BookIndex {
  const byLinkedin = new Map<string, BookAccount>();
  const byDomain = new Map<string, BookAccount>();
  const byName = new Map<string, BookAccount | typeof AMBIGUOUS>();
  for (const a of book.accounts) {
    if (a.linkedinUrl && !byLinkedin.has(a.linkedinUrl)) byLinkedin.set(a.linkedinUrl, a);
    if (a.domain && !byDomain.has(a.domain)) byDomain.set(a.domain, a);
    const key = normalizeCompanyName(a.name);
    if (key) {
      const prev = byName.get(key);
      if (prev === undefined) byName.set(key, a);
      else if (prev !== AMBIGUOUS && prev.domain !== a.domain && prev.domain && a.domain) byName.set(key, AMBIGUOUS);
    }
  }
  return {
    size: book.accounts.length,
    match({ linkedinUrl, domain, name }) {
      const li = normalizeLinkedinCompanyUrl(linkedinUrl);
      const byLi = li ? byLinkedin.get(li) : undefined;
      if (byLi) return { account: byLi, matchedBy: 'linkedin' };
      const d = registrableDomain(domain);
      const byD = d ? byDomain.get(d) : undefined;
      if (byD) return { account: byD, matchedBy: 'domain' };
      const n = normalizeCompanyName(name);
      const byN = n ? byName.get(n) : undefined;
      if (byN) return { account: byN, matchedBy: 'name' };
      return null;
    },
  };
}

/**
 * A book account as the company facts the scorer reads, with evidence `source: "account book"`
 * for each, so the score says where a fact came from. Revenue is not a CompanyObservation field
 * (pages do not state it): it comes back beside the company, for scorePage's `revenue` option,
 * with its evidence under "revenue" (the field the revenue criterion cites).
 */
export function bookCompany(account: BookAccount, matchedBy: MatchedBy): { company: CompanyObservation; evidence: Record<string, Evidence>; revenue: { min: number | null; max: number | null } | null } {
  const company: CompanyObservation = {
    ...emptyCompany(),
    name: account.name,
    domain: account.domain,
    website: account.domain,
    linkedinUrl: account.linkedinUrl,
    industry: account.industry,
    employees: account.employees ? { min: account.employees.min === null ? null : Math.round(account.employees.min), max: account.employees.max === null ? null : Math.round(account.employees.max) } : null,
    headquarters: account.location ?? ([account.city, account.region, account.country].filter(Boolean).join(', ') || null),
  };
  const evidence: Record<string, Evidence> = {};
  for (const [key, value] of Object.entries(company)) {
    if (value === null || (Array.isArray(value) && value.length === 0)) continue;
    const shown = typeof value === 'object' && value && 'min' in value ? `${value.min ?? '?'}–${value.max ?? '+'}` : String(value);
    evidence[`company.${key}`] = { source: 'account book', snippet: `book line ${account.line} (matched by ${matchedBy}): ${shown}`.slice(0, 200) };
  }
  const revenue = account.revenue ? { min: account.revenue.min, max: account.revenue.max } : null;
  if (revenue) evidence.revenue = { source: 'account book', snippet: `book line ${account.line} (matched by ${matchedBy}): revenue ${revenue.min ?? '?'}–${revenue.max ?? '+'} USD`.slice(0, 200) };
  return { company, evidence, revenue };
}

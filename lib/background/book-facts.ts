import { emptyCompany } from '../observation-empty';
import type { CompanyObservation, Evidence, Observation } from '../observation';
import { companyOfObservation } from '../accounts/merge';
import { bookCompany, type BookMatch } from '../book/match';
import { matchBookMany, onBookChanged } from '../book/store';
import type { ScoreOptions } from '../scoring';
import type { AccountScore, ScoredPage } from '../scoring/types';

/**
 * The team's account book on a scored page (#11): the page's company is matched against the
 * book stored in this browser (lib/book/store.ts: LinkedIn company URL, then domain, then name),
 * and the book's facts complete what neither the page nor the rep's own account knows, with
 * evidence `source: "account book"`. The page's own facts and the account's (e.g. a LinkedIn
 * company page seen before) always win: the book only fills unknowns. The match itself (name,
 * owner, status, how it matched) goes on `scored.account.book` for the popup.
 *
 * Recent matches are kept in memory (bounded), so re-scoring a tab or returning to a page costs
 * no IndexedDB read; a new or removed book (Options, team sync) empties the cache.
 */

export interface BookKeys {
  linkedinUrl: string | null;
  domain: string | null;
  name: string | null;
}

/** What the book gives the page's company: its match and the facts in the scorer's shape. */
export interface CompanyBookFacts {
  match: BookMatch;
  company: CompanyObservation;
  evidence: Record<string, Evidence>;
  revenue: { min: number | null; max: number | null } | null;
}

/** What the book gives a page: its company's facts, and on list pages each listed person's company (by index in observation.people). */
export interface BookFacts {
  company: CompanyBookFacts | null;
  rows: Array<BookMatch | null>;
}

/**
 * The keys of the page's company: a company page's own (or its URL), else the person's current
 * employer (its LinkedIn company link and name), completed by what the rep's account knows
 * (a domain read from the website earlier).
 */
export function bookKeysOf(observation: Observation, known: CompanyObservation | null): BookKeys | null {
  const c = companyOfObservation(observation);
  const keys: BookKeys = {
    linkedinUrl: c?.linkedinUrl ?? (observation.kind === 'linkedin-company' ? observation.url : null) ?? known?.linkedinUrl ?? null,
    domain: c?.domain ?? c?.website ?? known?.domain ?? known?.website ?? null,
    name: c?.name ?? known?.name ?? null,
  };
  return keys.linkedinUrl || keys.domain || keys.name ? keys : null;
}

const CACHE_SIZE = 500;
const cache = new Map<string, BookMatch | null>();
let listening = false;

function listen(): void {
  if (listening) return;
  listening = true;
  onBookChanged(() => cache.clear());
}

/** Forgets cached matches (tests; the store's change notice does it in the extension). */
export function clearBookCache(): void {
  cache.clear();
}

function cacheId(keys: BookKeys): string {
  return JSON.stringify([keys.linkedinUrl, keys.domain, keys.name]);
}

function remember(id: string, match: BookMatch | null): void {
  cache.delete(id);
  cache.set(id, match);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
}

/**
 * The book accounts for several companies: from the cache, the rest in one IndexedDB read
 * transaction. Null for each that does not match (never a guess).
 */
export async function matchBookCached(all: ReadonlyArray<BookKeys | null>): Promise<Array<BookMatch | null>> {
  listen();
  const out: Array<BookMatch | null> = all.map(() => null);
  const missing: Array<{ i: number; id: string; keys: BookKeys }> = [];
  all.forEach((keys, i) => {
    if (!keys) return;
    const id = cacheId(keys);
    if (cache.has(id)) {
      out[i] = cache.get(id) ?? null;
      // Most recent last: the oldest entry is the first one dropped.
      remember(id, out[i]!);
    } else missing.push({ i, id, keys });
  });
  if (missing.length) {
    const found = await matchBookMany(missing.map((m) => m.keys));
    missing.forEach((m, k) => {
      out[m.i] = found[k] ?? null;
      remember(m.id, out[m.i]!);
    });
  }
  return out;
}

/** A listed person's company as book keys: the row's LinkedIn company link and company name. */
function rowKeys(person: Observation['people'][number]): BookKeys | null {
  return person.companyLinkedinUrl || person.company ? { linkedinUrl: person.companyLinkedinUrl, domain: null, name: person.company } : null;
}

/**
 * The book's facts for a page and its listed people's companies, or null when the book knows
 * none of them (or no book is stored). One IndexedDB transaction at most.
 */
export async function bookFactsFor(observation: Observation, known: CompanyObservation | null): Promise<BookFacts | null> {
  try {
    const [match, ...rows] = await matchBookCached([bookKeysOf(observation, known), ...observation.people.map(rowKeys)]);
    if (!match && !rows.some(Boolean)) return null;
    return { company: match ? { match, ...bookCompany(match.account, match.matchedBy) } : null, rows };
  } catch (err) {
    // The book is an extra: a failure here must never cost the rep the page's own score.
    console.warn('LeadFit: the account book could not be read for this page', err);
    return null;
  }
}

function empty(value: unknown): boolean {
  return value === null || value === undefined || (Array.isArray(value) && value.length === 0);
}

/**
 * The scorer's options with the book: the rep's account facts first, the book filling only the
 * fields they leave unknown (those keep the book's evidence; the page's own facts override both
 * inside scorePage).
 */
export function withBookFacts(options: ScoreOptions, page: BookFacts | null): ScoreOptions {
  const book = page?.company;
  if (!book) return options;
  const known = options.account ?? null;
  const company: CompanyObservation = { ...emptyCompany(), ...book.company };
  const evidence: Record<string, Evidence> = { ...book.evidence };
  if (known) {
    for (const [key, value] of Object.entries(known) as [keyof CompanyObservation, unknown][]) {
      if (empty(value)) continue;
      (company as Record<string, unknown>)[key] = value;
      const own = options.accountEvidence?.[`company.${key}`];
      if (own) evidence[`company.${key}`] = own;
      else delete evidence[`company.${key}`];
    }
  }
  return { ...options, account: company, accountEvidence: evidence, revenue: options.revenue ?? book.revenue };
}

function onPage(match: BookMatch): NonNullable<AccountScore['book']> {
  return { name: match.account.name, owner: match.account.owner, status: match.account.status, matchedBy: match.matchedBy };
}

/** Puts the matches on the scored result: `scored.account.book` (as the CLI does) and each listed person's `book`. */
export function markBook(scored: ScoredPage | null, book: BookFacts | null): ScoredPage | null {
  if (!scored || !book) return scored;
  const match = book.company?.match;
  const account = scored.account && match ? { ...scored.account, book: onPage(match) } : scored.account;
  const people = book.rows.some(Boolean)
    ? scored.people.map((p) => {
        const row = book.rows[p.index];
        return row ? { ...p, book: onPage(row) } : p;
      })
    : scored.people;
  return { ...scored, account, people };
}

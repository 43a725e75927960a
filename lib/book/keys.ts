import { getDomain } from 'tldts';
import { foldAccents, foldedWords } from '../normalize/text';

/**
 * The three keys a page is matched to a book account by: LinkedIn company URL, registrable
 * domain, normalised name.
 */

/**
 * The registrable domain of a web address, host or e-mail address, public-suffix aware:
 * "https://shop.acme.co.uk/x" → "acme.co.uk", "info@acme.de" → "acme.de". Null for what is not
 * a public domain (an IP, "localhost", "acme"). Private suffixes count ("acme.github.io").
 */
export function registrableDomain(text: string | null | undefined): string | null {
  if (!text) return null;
  let s = text.trim().toLowerCase();
  if (!s || /\s/.test(s.replace(/\s+$/, ''))) return null;
  const at = s.lastIndexOf('@');
  if (at >= 0 && !s.includes('/')) s = s.slice(at + 1);
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(s)) s = `http://${s}`;
  let host: string;
  try {
    host = new URL(s).hostname;
  } catch {
    return null;
  }
  if (!host.includes('.') || /^[\d.]+$/.test(host) || host.startsWith('[')) return null;
  return getDomain(host, { allowPrivateDomains: true }) ?? null;
}

/**
 * A LinkedIn company page as one form: https://www.linkedin.com/company/<slug>/ (slug lower-case,
 * any country subdomain, sub-page or query dropped). "linkedin.com/showcase/x" pages are kept as
 * /showcase/. Null for anything else (a person's /in/ page, a school, another site).
 */
export function normalizeLinkedinCompanyUrl(text: string | null | undefined): string | null {
  if (!text) return null;
  let s = text.trim();
  if (!/^https?:\/\//i.test(s)) s = `https://${s.replace(/^\/+/, '')}`;
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return null;
  }
  if (!/(^|\.)linkedin\.com$/i.test(url.hostname)) return null;
  const m = /^\/(company|showcase)\/([^/?#]+)/i.exec(url.pathname);
  if (!m) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(m[2]!).toLowerCase();
  } catch {
    return null;
  }
  if (!slug || slug.length > 200) return null;
  return `https://www.linkedin.com/${m[1]!.toLowerCase()}/${encodeURIComponent(slug)}/`;
}

/**
 * Legal-form words removed from the end of a name (as word sequences after accent folding):
 * Inc, GmbH, Ltd, AG, SA, SAS, BV, AB, AS, Oy and their usual companions.
 */
const LEGAL_SUFFIXES: string[][] = [
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'llc', 'llp', 'lp', 'ltd', 'limited', 'plc', 'gmbh', 'mbh', 'ag', 'kg', 'kgaa', 'ug', 'se',
  'sa', 'sas', 'sarl', 'sasu', 'srl', 'spa', 'bv', 'nv', 'ab', 'as', 'asa', 'aps', 'oy', 'oyj', 'pty', 'pte', 'kk', 'sl', 'lda', 'ltda', 'group',
].map((w) => [w]);
LEGAL_SUFFIXES.push(['g', 'm', 'b', 'h'], ['a', 'g'], ['s', 'a'], ['s', 'a', 's'], ['b', 'v'], ['n', 'v'], ['a', 's'], ['a', 'b'], ['s', 'r', 'l'], ['s', 'p', 'a'], ['and', 'co'], ['s', 'l'], ['k', 'k'], ['l', 'l', 'c']);

/**
 * A company name as a matching key: accents folded, lower case, punctuation dropped, legal
 * suffixes removed from the end ("Müller GmbH & Co. KG" → "muller", "Acme, Inc." → "acme").
 * A name that is only a legal form, or written in a script the folding drops, keeps its folded text.
 */
export function normalizeCompanyName(name: string | null | undefined): string | null {
  if (!name) return null;
  const words = foldedWords(name);
  let changed = true;
  while (changed && words.length > 1) {
    changed = false;
    for (const suffix of LEGAL_SUFFIXES) {
      if (suffix.length < words.length && suffix.every((w, i) => words[words.length - suffix.length + i] === w)) {
        words.length -= suffix.length;
        changed = true;
        break;
      }
    }
  }
  if (words[0] === 'the' && words.length > 1) words.shift();
  const key = words.join(' ');
  if (key) return key;
  const folded = foldAccents(name).toLowerCase().replace(/\s+/g, ' ').trim();
  return folded || null;
}

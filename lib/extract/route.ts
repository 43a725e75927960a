import type { Observation, PageKind } from '../observation';
import { extractLinkedinCompany } from '../sites/linkedin-company';
import { extractLinkedinPerson } from '../sites/linkedin-person';
import { extractLinkedinSearch } from '../sites/linkedin-search';
import { extractSalesnavAccount, extractSalesnavLead } from '../sites/salesnav';
import { Recorder } from './record';

export type SiteReader = (document: Document, r: Recorder, url: string) => void;

/**
 * Reads one page with the reader its URL calls for. Never throws: a page that cannot be read
 * yields the fields that could be read, and the rest is listed in `missing`.
 * `companySite` is passed in so the LinkedIn content script can leave the company-website
 * reader (and its fingerprint data) out of its bundle.
 */
export function readPage(document: Document, url: string, companySite: SiteReader | null): Observation {
  const routed = routeUrl(url);
  const kind = routed === 'company-site' && !companySite ? 'unsupported' : routed;
  const r = new Recorder(url, kind);
  try {
    switch (kind) {
      case 'linkedin-person':
        extractLinkedinPerson(document, r, url);
        break;
      case 'linkedin-company':
        extractLinkedinCompany(document, r, url);
        break;
      case 'linkedin-search':
        extractLinkedinSearch(document, r);
        break;
      case 'salesnav-lead':
        extractSalesnavLead(document, r);
        break;
      case 'salesnav-account':
        extractSalesnavAccount(document, r);
        break;
      case 'company-site':
        companySite?.(document, r, url);
        break;
      case 'unsupported':
        break;
    }
  } catch {
    // A hostile or half-rendered page: keep what was read; the rest is reported missing.
  }
  return r.finish();
}

/** The LinkedIn content script's reader. */
export function extractLinkedinPage(document: Document, url: string): Observation {
  return readPage(document, url, null);
}

/** Which reader a URL gets. LinkedIn pages other than people, companies and search are unsupported. */
export function routeUrl(url: string): PageKind {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'unsupported';
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return 'unsupported';
  const host = u.hostname.toLowerCase();
  const path = u.pathname;
  if (host === 'linkedin.com' || host.endsWith('.linkedin.com')) {
    if (/^\/(in|pub)\/[^/]+/.test(path)) return 'linkedin-person';
    if (/^\/(company|school|showcase)\/[^/]+/.test(path)) return 'linkedin-company';
    if (/^\/search\/results\/(people|all)\b/.test(path)) return 'linkedin-search';
    if (/^\/sales\/(lead|people)\//.test(path)) return 'salesnav-lead';
    if (/^\/sales\/(company|account)\//.test(path)) return 'salesnav-account';
    if (/^\/sales\/search\/people\b/.test(path)) return 'linkedin-search';
    return 'unsupported';
  }
  if (/\.(pdf|png|jpe?g|gif|svg|zip|json|xml)$/i.test(path)) return 'unsupported';
  return 'company-site';
}

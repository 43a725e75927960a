import type { Observation, PageKind } from '../observation';
import { READERS } from '../sites/registry';
import { completeObservation } from './complete';
import { readPage, routeUrl as routeAmong, type ReadOptions } from './route';

export { completeObservation } from './complete';
export { extractLinkedinPage, type ReadOptions } from './route';

/**
 * Reads one page into an observation: LinkedIn people, companies and lists, Sales Navigator,
 * and any company website (every reader in lib/sites/registry.ts). The same function runs in
 * the company content script, in tests and in the command line (over a linkedom document).
 * It never throws; reader errors go to `options.onReaderError`.
 */
export function extractPage(document: Document, url: string, options: ReadOptions = {}): Observation {
  return completeObservation(extractPageRaw(document, url, options));
}

/** What a content script sends for the page: the observation before `completeObservation` (lib/extract/complete.ts). */
export function extractPageRaw(document: Document, url: string, options: ReadOptions = {}): Observation {
  return readPage(document, url, READERS, options);
}

/** Which reader a URL gets among all readers. */
export function routeUrl(url: string): PageKind {
  return routeAmong(url, READERS);
}

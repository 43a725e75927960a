import type { Observation, PageKind } from '../observation';
import { LINKEDIN_READERS } from '../sites/linkedin-readers';
import { findReader, type SiteReader } from '../sites/reader';
import { completeObservation } from './complete';
import { readPage, type ReadOptions } from './read';

export { readPage, type ReadOptions };

/**
 * The LinkedIn content script's reader: the raw observation (headline and size band unparsed, see
 * lib/extract/complete.ts), which the background completes on receipt (#12, size budget).
 */
export function extractLinkedinPageRaw(document: Document, url: string, options: ReadOptions = {}): Observation {
  return readPage(document, url, LINKEDIN_READERS, options);
}

/** A LinkedIn page's completed observation, as the background sees it (CLI, eval, tests). */
export function extractLinkedinPage(document: Document, url: string, options: ReadOptions = {}): Observation {
  return completeObservation(extractLinkedinPageRaw(document, url, options));
}

/** Which reader kind a URL gets among `readers`; 'unsupported' when none claims it. */
export function routeUrl(url: string, readers: readonly Pick<SiteReader, 'kind' | 'matches'>[]): PageKind {
  return findReader(readers, url)?.kind ?? 'unsupported';
}

import type { Observation, PageKind } from '../observation';
import { findReader, type SiteReader } from '../sites/reader';
import { completeObservation } from './complete';
import { extractLinkedinPageRaw } from './linkedin-page';
import { readPage, type ReadOptions } from './read';

export { extractLinkedinPageRaw, readPage, type ReadOptions };

/** A LinkedIn page's completed observation, as the background sees it (CLI, eval, tests). */
export function extractLinkedinPage(document: Document, url: string, options: ReadOptions = {}): Observation {
  return completeObservation(extractLinkedinPageRaw(document, url, options));
}

/** Which reader kind a URL gets among `readers`; 'unsupported' when none claims it. */
export function routeUrl(url: string, readers: readonly Pick<SiteReader, 'kind' | 'matches'>[]): PageKind {
  return findReader(readers, url)?.kind ?? 'unsupported';
}

import type { Observation, PageKind } from '../observation';
import { LINKEDIN_READERS } from '../sites/linkedin-readers';
import { findReader, type SiteReader } from '../sites/reader';
import { readPage, type ReadOptions } from './read';

export { readPage, type ReadOptions };

/** The LinkedIn content script's reader. */
export function extractLinkedinPage(document: Document, url: string, options: ReadOptions = {}): Observation {
  return readPage(document, url, LINKEDIN_READERS, options);
}

/** Which reader kind a URL gets among `readers`; 'unsupported' when none claims it. */
export function routeUrl(url: string, readers: readonly Pick<SiteReader, 'kind' | 'matches'>[]): PageKind {
  return findReader(readers, url)?.kind ?? 'unsupported';
}

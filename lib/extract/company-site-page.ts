import type { Observation } from '../observation';
import { companySiteReader } from '../sites/company-site-reader';
import { readPage, type ReadOptions } from './read';

/**
 * The company content script's reader: only the company-website reader, so the injected script
 * does not carry the LinkedIn readers (LinkedIn pages are read by the LinkedIn content script; on a
 * LinkedIn URL this answers "unsupported", as the company-site reader excludes LinkedIn's origins).
 */
export function extractCompanySitePage(document: Document, url: string, options: ReadOptions = {}): Observation {
  return readPage(document, url, [companySiteReader], options);
}

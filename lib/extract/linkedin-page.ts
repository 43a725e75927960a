import type { Observation } from '../observation';
import { LINKEDIN_READERS } from '../sites/linkedin-readers';
import { readPage, type ReadOptions } from './read';

/**
 * The LinkedIn content script's reader: the raw observation (headline and size band unparsed),
 * which the background completes on receipt with lib/extract/complete.ts (#12, size budget).
 * A module of its own so the content script's bundle holds none of the parsing (extractLinkedinPage
 * in ./route.ts completes the observation for everyone else).
 */
export function extractLinkedinPageRaw(document: Document, url: string, options: ReadOptions = {}): Observation {
  return readPage(document, url, LINKEDIN_READERS, options);
}

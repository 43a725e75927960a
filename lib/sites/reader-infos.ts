import { companySiteInfo } from './company-site-info';
import { LINKEDIN_READERS } from './linkedin-readers';
import { findReader, type ReaderInfo } from './reader';

/**
 * The registry's descriptors, in routing order, without the company-site reader's code: what the
 * background (tab classification, merge authority) needs. Same order and kinds as READERS
 * (lib/sites/registry.ts); the meta-test checks that.
 */
export const READER_INFOS: readonly ReaderInfo[] = [...LINKEDIN_READERS, companySiteInfo];

export function readerInfo(kind: string): ReaderInfo | null {
  return READER_INFOS.find((r) => r.kind === kind) ?? null;
}

/** The descriptor of the reader a URL gets, or null (unsupported). */
export function readerInfoForUrl(url: string | null | undefined): ReaderInfo | null {
  return findReader(READER_INFOS, url);
}

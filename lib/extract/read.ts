import type { Observation, PageKind } from '../observation';
import { findReader, type SiteReader } from '../sites/reader';
import { Recorder } from './record';

export interface ReadOptions {
  /**
   * Called when a reader throws. The page still yields what was read before the error (the rest
   * is listed in `missing`), so a broken reader is invisible to the rep: tests and the eval
   * pass this hook to see it (tests/unit/extract-fuzz.test.ts asserts it is never called).
   */
  onReaderError?: (error: unknown, context: { kind: PageKind; url: string }) => void;
}

/**
 * Reads one page with the reader its URL calls for. The observation is raw: the LinkedIn readers
 * leave headline and size-band parsing to `completeObservation` (lib/extract/complete.ts), which
 * `extractPage` and `extractLinkedinPage` run, and the background on what a content script sends. The reader is
 * chosen from `readers` (the LinkedIn content script passes only the LinkedIn readers, so the
 * company-website reader stays out of its bundle).
 * Never throws: a reader error is reported to `onReaderError`, and the fields read so far are kept.
 */
export function readPage(document: Document, url: string, readers: readonly SiteReader[], options: ReadOptions = {}): Observation {
  const reader = findReader(readers, url);
  const kind: PageKind = reader?.kind ?? 'unsupported';
  const r = new Recorder(url, kind);
  if (reader) {
    try {
      reader.read(document, r, url);
    } catch (error) {
      // A hostile or half-rendered page: keep what was read; the rest is reported missing.
      options.onReaderError?.(error, { kind, url });
    }
  }
  return r.finish();
}

import { parseHTML } from 'linkedom';

/** Parses saved HTML into a DOM the extractors read, as the browser would hand it to the content script. */
export function parseDocument(html: string): Document {
  // linkedom needs a document element; body fragments saved on their own get one.
  const source = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(source).document as unknown as Document;
}

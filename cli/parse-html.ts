import { parseHTML } from 'linkedom';

/**
 * Parses saved HTML into a DOM the extractors read, as the browser would hand it to the content
 * script. Where linkedom's parser differs from a browser's, the difference is undone here, in one
 * place, so the extension and the CLI read the same tree (tests/e2e/extract-parity.spec.ts
 * compares them on real pages):
 * - CR LF and lone CR become LF (the HTML input stream does this before tokenising);
 * - minified pages without a `<head>` tag get one;
 * - attribute names are lower-cased outside SVG and MathML ("srcSet" is "srcset" in an HTML DOM);
 * - `<noscript>` holds its source as one text node, as in a browser with scripting enabled (a
 *   content script always runs with scripting enabled; readers that want noscript content, such as
 *   the GTM `<iframe>` fallback, read that text).
 */
export function parseDocument(html: string): Document {
  // linkedom needs a document element; body fragments saved on their own get one.
  let source = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  source = source.replace(/\r\n?/g, '\n');
  // Minified pages omit the optional <head> tag ("<html><meta …><title>…<body>"): a browser still
  // builds head and body, linkedom hangs everything off <html> and leaves <body> empty. Spelling
  // the tag out gives linkedom the browser's tree.
  if (!/<head[\s>]/i.test(source.slice(0, 200_000)) && /<body[\s>]/i.test(source)) {
    source = source.replace(/<html\b[^>]{0,2000}>/i, (tag) => `${tag}<head>`).replace(/<body\b/i, '</head><body');
  }
  const document = parseHTML(source).document as unknown as Document;
  lowerCaseAttributeNames(document);
  noscriptAsText(document);
  return document;
}

const UPPER = /[A-Z]/;

/** linkedom keeps "srcSet", "onClick" as written; a browser's HTML parser lower-cases them (not in SVG or MathML). */
function lowerCaseAttributeNames(document: Document): void {
  const elements = document.querySelectorAll('*');
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i]!;
    const attrs = el.attributes;
    let mixed = false;
    for (let j = 0; j < attrs.length && !mixed; j++) mixed = UPPER.test(attrs[j]!.name);
    if (!mixed || el.closest('svg, math')) continue;
    // Removed and set again keeping their order (evidence is built from attributes in order).
    // linkedom's setAttribute puts a new attribute first, hence the reverse; the first of two
    // spellings of one name wins, as in a browser.
    const pairs = Array.from(attrs, (a) => [a.name.toLowerCase(), a.value] as const).filter(([name], k, list) => list.findIndex(([n]) => n === name) === k);
    for (const a of Array.from(attrs, (x) => x.name)) el.removeAttribute(a);
    for (let k = pairs.length - 1; k >= 0; k--) el.setAttribute(pairs[k]![0], pairs[k]![1]);
    if (el.attributes[0]?.name !== pairs[0]?.[0]) reorder(el, pairs);
  }
}

/** Fallback should a linkedom version append instead of prepend: set them again in source order. */
function reorder(el: Element, pairs: (readonly [string, string])[]): void {
  for (const [name] of pairs) el.removeAttribute(name);
  for (const [name, value] of pairs) el.setAttribute(name, value);
}

/** With scripting enabled a browser parses `<noscript>` content as raw text: one text node holding the markup. */
function noscriptAsText(document: Document): void {
  for (const el of Array.from(document.querySelectorAll('noscript'))) {
    if (el.childNodes.length === 1 && el.firstChild?.nodeType === 3) continue;
    el.textContent = el.innerHTML;
  }
}

import { FINGERPRINTS } from '../../lib/technographics/fingerprints';

/**
 * A page holding one element for every technology markup marker, built from the marker's own
 * compound (tag, id, classes, attribute conditions), each after a near miss that must not match
 * (a longer class, the class in capitals, a value cut short, the attribute under another name) and
 * after a span carrying the same classes and attributes (matches only tag-less markers). Used to
 * compare the marker lookup with the selector engine, in linkedom, happy-dom and Chromium.
 */
export function everyMarkerPage(order: 'forward' | 'reverse'): string {
  const markers = FINGERPRINTS.flatMap((f) => f.markers ?? []);
  const parts: string[] = [];
  for (const marker of order === 'forward' ? markers : [...markers].reverse()) {
    const m = /^([a-z][\w-]*)?(.*)$/i.exec(marker)!;
    const tag = m[1] ?? 'div';
    if (tag === 'html' || tag === 'body') continue; // one each per document; covered below
    let attrs = '';
    let miss = '';
    // The same attributes on a span (ids left out: an id names one element, and getElementById finds the first).
    let spanAttrs = '';
    for (const p of (m[2] ?? '').matchAll(/#([\w-]+)|\.([\w-]+)|\[([\w:-]+)(?:([*^$]?=)"([^"]*)")?\]/g)) {
      if (p[1]) {
        attrs += ` id="${p[1]}"`;
        miss += ` id="${p[1]}-x"`;
      } else if (p[2]) {
        attrs += ` class="x ${p[2]} y"`;
        spanAttrs += ` class="x ${p[2]} y"`;
        // Not the token: a longer class, and the class in another case.
        miss += ` class="${p[2]}-x ${p[2].toUpperCase()}"`;
      } else if (p[3]) {
        const value = p[4] === '*=' ? `a${p[5]}b` : p[4] === '^=' ? `${p[5]}z` : p[4] === '$=' ? `z${p[5]}` : p[4] === '=' ? p[5] : '';
        attrs += ` ${p[3]}="${value}"`;
        spanAttrs += ` ${p[3]}="${value}"`;
        // The value cut short, or (for presence tests) the attribute on a differently named one.
        miss += p[4] ? ` ${p[3]}="${(p[5] ?? '').slice(1)}"` : ` ${p[3]}-x=""`;
      }
    }
    const open = (a: string) => (['img', 'source', 'input', 'link', 'meta'].includes(tag) ? `<${tag}${a}>` : `<${tag}${a}></${tag}>`);
    // A near miss first, on the marker's tag and on another tag, then the real one.
    parts.push(`<section>${open(miss)}<span${spanAttrs}></span><div><p>${open(attrs)}</p></div></section>`);
  }
  return `<!doctype html><html data-wf-page="1"><head><title>t</title></head><body class="woocommerce">${parts.join('\n')}</body></html>`;
}


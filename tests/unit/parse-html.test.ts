import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/parse-html';

/**
 * The CLI's DOM must be the tree a browser hands the content script (tests/e2e/extract-parity.spec.ts
 * checks the whole observation on real pages); these are the parser differences undone in cli/parse-html.ts.
 */
describe('parseDocument: the browser\'s tree from linkedom', () => {
  it('normalises CR LF and lone CR to LF in text and attributes, as the HTML input stream does', () => {
    const doc = parseDocument('<html><head><script>var a = 1;\r\nvar b = 2;\rvar c;</script></head><body><p title="x\r\ny">one\r\ntwo</p></body></html>');
    expect(doc.querySelector('script')!.textContent).toBe('var a = 1;\nvar b = 2;\nvar c;');
    expect(doc.querySelector('p')!.textContent).toBe('one\ntwo');
    expect(doc.querySelector('p')!.getAttribute('title')).toBe('x\ny');
  });

  it('lower-cases attribute names in HTML, keeping their order and values', () => {
    const doc = parseDocument('<html><body><img data-a="1" srcSet="a.png 1x" ALT="Acme" onClick="go()"></body></html>');
    const img = doc.querySelector('img')!;
    expect(Array.from(img.attributes, (a) => `${a.name}=${a.value}`)).toEqual(['data-a=1', 'srcset=a.png 1x', 'alt=Acme', 'onclick=go()']);
    expect(doc.querySelector('img[srcset]')).toBe(img);
  });

  it('keeps the camelCase attributes of SVG', () => {
    const doc = parseDocument('<html><body><svg viewBox="0 0 10 10"><path d="M0 0"/></svg></body></html>');
    expect(doc.querySelector('svg')!.getAttribute('viewBox')).toBe('0 0 10 10');
  });

  it('keeps <noscript> content as text (a content script runs with scripting enabled)', () => {
    const doc = parseDocument(
      '<html><head><noscript><link rel="stylesheet" href="/no-js.css"></noscript></head><body><header><noscript><img alt="Lazy logo" src="/logo.png"></noscript></header><noscript><p>Enable JavaScript &amp; reload</p></noscript><p>Acme</p></body></html>',
    );
    const [head, logo, prose] = Array.from(doc.querySelectorAll('noscript'));
    expect(head!.childNodes.length).toBe(1);
    expect(head!.textContent).toBe('<link rel="stylesheet" href="/no-js.css">');
    // What a browser shows as elements is what readers see: no logo image, no paragraph inside noscript.
    expect(doc.querySelector('header img')).toBeNull();
    expect(logo!.textContent).toContain('alt="Lazy logo"');
    expect(prose!.textContent).toBe('<p>Enable JavaScript &amp; reload</p>');
    expect(Array.from(doc.querySelectorAll('p'), (p) => p.textContent)).toEqual(['Acme']);
  });

  it('still gives a head and a body to minified pages and fragments', () => {
    expect(parseDocument('<html><title>T</title><body><p>x</p></body></html>').body!.textContent).toBe('x');
    expect(parseDocument('<p>fragment</p>').body!.textContent).toBe('fragment');
  });
});

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inertHappyWindow } from '../helpers/happy-dom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/parse-html';
import { detectTechnologies, INLINE_SCRIPT_SCAN_LIMIT, urlHost, type DetectedTechnology } from '@/lib/technographics';
import { FINGERPRINTS, TECHNOLOGY_CATEGORIES } from '@/lib/technographics/fingerprints';
import { knownTechnologyNames, matchTechnologyTerm, TECHNOLOGY_CATEGORIES as MATCH_CATEGORIES } from '@/lib/technographics/match';

const fixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../fixtures/company-site/${name}.html`, import.meta.url)), 'utf8');

/** linkedom never runs scripts or fetches anything. */
function linkedomDoc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

const happyWindow = inertHappyWindow();
/** happy-dom's DOMParser marks scripts non-executable, and loading is disabled above. */
function happyDoc(html: string): Document {
  return new happyWindow.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

const names = (techs: DetectedTechnology[]): string[] => techs.map((t) => t.name);
const byName = (techs: DetectedTechnology[], name: string): DetectedTechnology => {
  const t = techs.find((x) => x.name === name);
  if (!t) throw new Error(`${name} not detected; got ${names(techs).join(', ')}`);
  return t;
};

describe.each([
  ['linkedom', linkedomDoc],
  ['happy-dom', happyDoc],
] as const)('detectTechnologies over %s', (_label, parse) => {
  it('finds the B2B SaaS stack with evidence, in document order', () => {
    const techs = detectTechnologies(parse(fixture('b2b-saas')));
    expect(names(techs)).toEqual([
      'OneTrust',
      'Google Tag Manager',
      'Salesforce', // the web-to-lead form in <main> precedes the footer scripts
      'HubSpot',
      'Drift',
      'LinkedIn Insight Tag',
    ]);
    expect(byName(techs, 'OneTrust')).toEqual({
      name: 'OneTrust',
      category: 'Consent management',
      evidence: { source: 'script-src', snippet: 'https://cdn.cookielaw.org/scripttemplates/otSDKStub.js' },
    });
    expect(byName(techs, 'HubSpot')).toMatchObject({
      category: 'Marketing automation',
      evidence: { source: 'script-src', snippet: '//js.hs-scripts.com/7654321.js' },
    });
    const gtm = byName(techs, 'Google Tag Manager');
    expect(gtm.category).toBe('Tag manager');
    expect(gtm.evidence.source).toBe('inline-script');
    expect(gtm.evidence.snippet).toContain('gtm.start');
    const drift = byName(techs, 'Drift');
    expect(drift.evidence.source).toBe('inline-script');
    expect(drift.evidence.snippet).toMatch(/drift/i);
    const li = byName(techs, 'LinkedIn Insight Tag');
    expect(li).toMatchObject({ category: 'Advertising', evidence: { source: 'inline-script' } });
    expect(li.evidence.snippet).toContain('_linkedin_partner_id');
    const sf = byName(techs, 'Salesforce');
    expect(sf).toMatchObject({ category: 'CRM', evidence: { source: 'markup' } });
    expect(sf.evidence.snippet).toMatch(/^<form action="https:\/\/webto\.salesforce\.com\/servlet\/servlet\.WebToLead/);
    for (const t of techs) {
      expect(t.evidence.snippet.length).toBeGreaterThan(0);
      expect(t.evidence.snippet.length).toBeLessThanOrEqual(200);
    }
  });

  it('finds the Shopify store stack', () => {
    const techs = detectTechnologies(parse(fixture('shopify-store')));
    expect(names(techs)).toEqual(['Shopify', 'Meta Pixel', 'Klaviyo', 'Stripe']);
    expect(byName(techs, 'Shopify').evidence).toEqual({ source: 'link', snippet: 'https://cdn.shopify.com' });
    expect(byName(techs, 'Meta Pixel').evidence.snippet).toContain("fbq('init'");
    expect(byName(techs, 'Klaviyo').evidence).toEqual({
      source: 'script-src',
      snippet: 'https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=AbC123',
    });
    expect(byName(techs, 'Stripe')).toMatchObject({ category: 'Payments', evidence: { source: 'script-src' } });
  });

  it('finds the WordPress + Marketo + Cookiebot + Calendly stack', () => {
    const techs = detectTechnologies(parse(fixture('wordpress-marketo')));
    expect(names(techs)).toEqual(['Cookiebot', 'WordPress', 'jQuery', 'Marketo', 'Calendly']);
    expect(byName(techs, 'WordPress')).toMatchObject({ category: 'CMS', evidence: { source: 'link' } });
    expect(byName(techs, 'WordPress').evidence.snippet).toContain('/wp-includes/');
    expect(byName(techs, 'Marketo').evidence).toMatchObject({ source: 'inline-script' });
    expect(byName(techs, 'Marketo').evidence.snippet).toContain('Munchkin.init');
    expect(byName(techs, 'Calendly').evidence.snippet).toBe('https://assets.calendly.com/assets/external/widget.js');
  });

  it('finds nothing on a plain site that only talks about vendors', () => {
    // Vendor names in text, a meta description, an <a href="https://www.salesforce.com/">, a calendly.com link,
    // an escaped install snippet in <pre>, a Clearbit logo <img>, rel=me/alternate links: none is evidence.
    expect(detectTechnologies(parse(fixture('plain')))).toEqual([]);
  });

  it('prefers a meta generator when it comes first', () => {
    const doc = parse('<html><head><meta name="generator" content="WordPress 6.5"></head><body><p>x</p></body></html>');
    expect(detectTechnologies(doc)).toEqual([
      { name: 'WordPress', category: 'CMS', evidence: { source: 'meta-generator', snippet: '<meta name="generator" content="WordPress 6.5">' } },
    ]);
  });
});

describe('detectTechnologies: false positives', () => {
  it('ignores vendor names in visible text and ordinary links', () => {
    const doc = linkedomDoc(`<!doctype html><html><head><title>Partners</title></head><body>
      <p>We moved from HubSpot to salesforce.com last year; Marketo, Pardot and Eloqua were also considered.</p>
      <p>See <a href="https://www.salesforce.com/">salesforce.com</a> and <a href="https://www.hubspot.com/products/crm">HubSpot CRM</a>.</p>
      <a href="https://js.hs-scripts.com/123.js">a link that looks like a snippet</a>
      <a href="https://www.youtube.com/watch?v=abc">our video</a>
      <div data-note="window.intercomSettings _hsq fbq('init')">data attribute text</div>
    </body></html>`);
    expect(detectTechnologies(doc)).toEqual([]);
  });

  it('does not read JSON-LD or templates as code', () => {
    const doc = linkedomDoc(`<html><head>
      <script type="application/ld+json">{"description":"uses _hsq, window.intercomSettings and Munchkin.init"}</script>
      <script type="text/template"><div>drift.load('abc')</div></script>
    </head><body></body></html>`);
    expect(detectTechnologies(doc)).toEqual([]);
  });

  it('matches host suffixes on label boundaries only', () => {
    const doc = linkedomDoc(`<html><head>
      <script src="https://notjs.hs-scripts.com.evil.example/x.js"></script>
      <script src="https://myhs-scripts.com/x.js"></script>
      <script src="https://cdn.example.com/assets/js.hs-scripts.com.js"></script>
    </head><body></body></html>`);
    expect(names(detectTechnologies(doc))).not.toContain('HubSpot');
    const ok = linkedomDoc('<html><head><script src="https://JS-EU1.HS-SCRIPTS.COM:443/1.js"></script></head></html>');
    expect(names(detectTechnologies(ok))).toEqual(['HubSpot']);
  });

  it('reports each technology once, with its first evidence', () => {
    const doc = linkedomDoc(`<html><head>
      <script>var _hsq = window._hsq = window._hsq || [];</script>
      <script src="https://js.hs-scripts.com/1.js"></script>
      <script src="https://js.hsforms.net/forms/embed/v2.js"></script>
    </head><body><div id="hubspot-messages-iframe-container"></div></body></html>`);
    const techs = detectTechnologies(doc);
    expect(names(techs)).toEqual(['HubSpot']);
    expect(techs[0]!.evidence.source).toBe('inline-script');
  });

  it('detects markup markers and consent-blocked scripts', () => {
    const doc = linkedomDoc(`<html data-wf-page="65a" data-wf-site="65b"><head>
      <script type="text/plain" data-cookieconsent="marketing" data-src="https://snap.licdn.com/li.lms-analytics/insight.min.js"></script>
    </head><body><div id="onetrust-consent-sdk"></div><iframe src="https://fast.wistia.net/embed/iframe/abc"></iframe></body></html>`);
    const techs = detectTechnologies(doc);
    expect(names(techs)).toEqual(['Webflow', 'LinkedIn Insight Tag', 'OneTrust', 'Wistia']);
    expect(byName(techs, 'Webflow').evidence).toEqual({ source: 'markup', snippet: '<html data-wf-page="65a" data-wf-site="65b">' });
    expect(byName(techs, 'Wistia').evidence.source).toBe('iframe');
    expect(byName(techs, 'OneTrust').evidence.source).toBe('markup');
  });

  it('checks paths on relative script srcs but ignores their host', () => {
    const doc = linkedomDoc(`<html><head>
      <script src="/wp-content/themes/x/app.js"></script>
      <script src="js/hs-scripts.com.js"></script>
    </head></html>`);
    expect(names(detectTechnologies(doc))).toEqual(['WordPress']);
  });
});

describe('detectTechnologies: robustness', () => {
  it('finishes on a 5 MB inline script and scans only its head', () => {
    const huge = 'var pad = "' + 'x'.repeat(5_000_000) + '"; var _hsq = [];';
    const doc = linkedomDoc(`<html><head><script>${huge}</script><script>window.intercomSettings = { app_id: "a1" };</script></head></html>`);
    const techs = detectTechnologies(doc);
    expect(names(techs)).toEqual(['Intercom']); // _hsq sits past the first 20 KB of its script
  });

  it('stops scanning inline scripts after the per-document budget', () => {
    const filler = '/*' + 'a'.repeat(INLINE_SCRIPT_SCAN_LIMIT) + '*/';
    const scripts = Array.from({ length: 30 }, () => `<script>${filler}</script>`).join('');
    const doc = linkedomDoc(`<html><head>${scripts}<script>window.intercomSettings = {};</script>
      <script src="https://js.hs-scripts.com/1.js"></script></head></html>`);
    // 30 x 20 KB > 500 KB: the late inline Intercom snippet is not scanned, script srcs still are.
    expect(names(detectTechnologies(doc))).toEqual(['HubSpot']);
  });

  it('does not throw on malformed URLs', () => {
    const doc = linkedomDoc(`<html><head>
      <script src="http://[::1"></script>
      <script src="https:////"></script>
      <script src="ht!tp://%%%/\u0000"></script>
      <script src="javascript:alert(1)"></script>
      <script src="//"></script>
      <script src="   "></script>
      <script src="https://user:pw@@js.stripe.com:99999/v3"></script>
      <link rel="preload" href="//:80">
      <iframe src="http://%E0%A4%A/"></iframe>
      <meta name="generator">
      <script src="https://js.hs-scripts.com/1.js"></script>
    </head></html>`);
    let techs: DetectedTechnology[] = [];
    expect(() => {
      techs = detectTechnologies(doc);
    }).not.toThrow();
    expect(names(techs)).toContain('HubSpot');
    expect(urlHost('http://[::1')).toBeNull();
    expect(urlHost('/relative/path.js')).toBeNull();
    expect(urlHost('//Cdn.Example.com./x')).toBe('cdn.example.com');
  });

  it('never throws, even on a broken document', () => {
    const broken = {
      querySelectorAll() {
        throw new Error('boom');
      },
      querySelector() {
        throw new Error('boom');
      },
    } as unknown as Document;
    expect(detectTechnologies(broken)).toEqual([]);
    expect(detectTechnologies(linkedomDoc(''))).toEqual([]);
  });

  it('is deterministic', () => {
    const html = fixture('b2b-saas');
    expect(detectTechnologies(linkedomDoc(html))).toEqual(detectTechnologies(linkedomDoc(html)));
  });
});

describe('fingerprints', () => {
  it('has at least 100 technologies with unique names and valid categories', () => {
    expect(FINGERPRINTS.length).toBeGreaterThanOrEqual(100);
    const all = FINGERPRINTS.map((f) => f.name);
    expect(new Set(all).size).toBe(all.length);
    const categories = new Set<string>(TECHNOLOGY_CATEGORIES);
    expect(categories.size).toBe(TECHNOLOGY_CATEGORIES.length);
    expect(MATCH_CATEGORIES).toBe(TECHNOLOGY_CATEGORIES);
    for (const f of FINGERPRINTS) {
      expect(categories.has(f.category), `${f.name}: ${f.category}`).toBe(true);
      for (const c of f.alsoCategories ?? []) expect(categories.has(c), `${f.name}: ${c}`).toBe(true);
    }
  });

  it('has well-formed patterns', () => {
    const aliasOwners = new Map<string, string>();
    const key = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
    for (const f of FINGERPRINTS) aliasOwners.set(key(f.name), f.name);
    for (const f of FINGERPRINTS) {
      const signals =
        (f.scriptHosts?.length ?? 0) + (f.scriptPaths?.length ?? 0) + (f.inline?.length ?? 0) +
        (f.linkHosts?.length ?? 0) + (f.meta?.length ?? 0) + (f.markers?.length ?? 0);
      expect(signals, f.name).toBeGreaterThan(0);
      for (const h of [...(f.scriptHosts ?? []), ...(f.linkHosts ?? [])]) {
        expect(h, f.name).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
      }
      // Short purely alphanumeric needles would match inside minified code or base64 blobs.
      for (const s of f.inline ?? []) expect(s.length >= 5 || /[^A-Za-z0-9]/.test(s), `${f.name}: ${s}`).toBe(true);
      for (const p of f.scriptPaths ?? []) expect(p.length, `${f.name}: ${p}`).toBeGreaterThanOrEqual(4);
      for (const a of f.aliases ?? []) {
        const owner = aliasOwners.get(key(a));
        expect(owner === undefined || owner === f.name, `alias ${a} of ${f.name} clashes with ${owner}`).toBe(true);
        aliasOwners.set(key(a), f.name);
      }
    }
  });

  it('has valid marker selectors', () => {
    const doc = linkedomDoc('<html><body><p>x</p></body></html>');
    for (const f of FINGERPRINTS) {
      for (const m of f.markers ?? []) expect(() => doc.querySelector(m), `${f.name}: ${m}`).not.toThrow();
    }
  });

  it('covers the vendors sales teams ask about', () => {
    const known = new Set(knownTechnologyNames());
    for (const n of [
      'Salesforce', 'HubSpot', 'Marketo', 'Salesforce Account Engagement', 'Oracle Eloqua', 'Drift', 'Intercom',
      'Zendesk', 'Google Analytics', 'Google Tag Manager', 'Segment', 'Optimizely', 'Meta Pixel',
      'LinkedIn Insight Tag', '6sense', 'Demandbase', 'ZoomInfo', 'Clearbit', 'OneTrust', 'Cookiebot', 'Shopify',
      'Stripe', 'Calendly', 'Chili Piper', 'WordPress', 'Webflow', 'Gong', 'Outreach', 'Salesloft',
      'Microsoft Dynamics 365', 'Zoho SalesIQ', 'Pipedrive', 'Freshsales', 'Sentry', 'SendGrid',
    ]) {
      expect(known.has(n), n).toBe(true);
    }
    const list = knownTechnologyNames();
    expect([...list].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }))).toEqual(list);
  });
});

describe('matchTechnologyTerm', () => {
  const stack = [
    { name: 'Google Tag Manager', category: 'Tag manager' },
    { name: 'HubSpot', category: 'Marketing automation' },
    { name: 'Salesforce Account Engagement', category: 'Marketing automation' },
    { name: 'Drift', category: 'Conversational marketing' },
    { name: 'OneTrust', category: 'Consent management' },
    { name: 'Google Analytics', category: 'Analytics' },
    { name: 'Segment', category: 'Customer data platform' },
    { name: 'Shopify', category: 'E-commerce' },
  ];

  it('matches by name, case- and punctuation-insensitively', () => {
    expect(matchTechnologyTerm('hubspot', stack)).toEqual({ name: 'HubSpot', category: 'Marketing automation', via: 'name: HubSpot' });
    expect(matchTechnologyTerm('  Hub-Spot! ', stack)?.name).toBe('HubSpot');
    expect(matchTechnologyTerm('HubSpot CRM', stack)?.name).toBe('HubSpot');
    expect(matchTechnologyTerm('google tag-manager', stack)?.via).toBe('name: Google Tag Manager');
  });

  it('matches by alias', () => {
    expect(matchTechnologyTerm('Pardot', stack)).toEqual({
      name: 'Salesforce Account Engagement',
      category: 'Marketing automation',
      via: 'alias Pardot: Salesforce Account Engagement',
    });
    expect(matchTechnologyTerm('GA4', stack)?.name).toBe('Google Analytics');
    expect(matchTechnologyTerm('gtm', stack)?.name).toBe('Google Tag Manager');
    expect(matchTechnologyTerm('Salesforce CRM', [{ name: 'Salesforce', category: 'CRM' }])?.name).toBe('Salesforce');
    // A detected name that is itself an alias still resolves.
    expect(matchTechnologyTerm('Salesforce Account Engagement', [{ name: 'Pardot', category: 'Marketing automation' }])?.name).toBe('Pardot');
  });

  it('matches by category and its synonyms', () => {
    expect(matchTechnologyTerm('marketing automation', stack)).toEqual({
      name: 'HubSpot',
      category: 'Marketing automation',
      via: 'category Marketing automation: HubSpot',
    });
    expect(matchTechnologyTerm('a marketing automation platform', stack)?.via).toBe('category Marketing automation: HubSpot');
    expect(matchTechnologyTerm('MAP', stack)?.name).toBe('HubSpot');
    expect(matchTechnologyTerm('CRM', stack)).toEqual({ name: 'HubSpot', category: 'Marketing automation', via: 'category CRM: HubSpot' });
    expect(matchTechnologyTerm('live chat', stack)?.name).toBe('Drift');
    expect(matchTechnologyTerm('Chat', stack)?.name).toBe('Drift');
    expect(matchTechnologyTerm('consent manager', stack)?.via).toBe('category Consent management: OneTrust');
    expect(matchTechnologyTerm('CDP', stack)?.name).toBe('Segment');
    expect(matchTechnologyTerm('analytics', stack)?.name).toBe('Google Analytics');
    expect(matchTechnologyTerm('ecommerce', stack)?.name).toBe('Shopify');
    expect(matchTechnologyTerm('E-Commerce platform', stack)?.name).toBe('Shopify');
  });

  it('falls back from a product to its vendor', () => {
    expect(matchTechnologyTerm('Salesforce', stack)).toEqual({
      name: 'Salesforce Account Engagement',
      category: 'Marketing automation',
      via: 'vendor Salesforce: Salesforce Account Engagement',
    });
  });

  it('returns null when nothing matches', () => {
    expect(matchTechnologyTerm('Marketo', stack)).toBeNull();
    expect(matchTechnologyTerm('scheduling', stack)).toBeNull();
    expect(matchTechnologyTerm('Salesforce Marketing Cloud', [{ name: 'Salesforce', category: 'CRM' }])).toBeNull();
    expect(matchTechnologyTerm('Salesforce Marketing Cloud', [{ name: 'Salesforce Service Cloud', category: 'Customer support' }])).toBeNull();
    expect(matchTechnologyTerm('Salesforce CRM', [{ name: 'Salesforce Service Cloud', category: 'Customer support' }])?.via).toBe(
      'vendor Salesforce: Salesforce Service Cloud',
    );
    expect(matchTechnologyTerm('', stack)).toBeNull();
    expect(matchTechnologyTerm('!!!', stack)).toBeNull();
    expect(matchTechnologyTerm('hubspot', [])).toBeNull();
    expect(matchTechnologyTerm('Oracle', stack)).toBeNull();
  });
});

describe('detectTechnologies: <noscript> fallbacks read as a content script sees them', () => {
  // With scripting enabled (always, for a content script) a browser keeps <noscript> content as
  // one text node; cli/parse-html.ts gives linkedom the same. The GTM fallback iframe is still evidence.
  const page = (noscript: string): string =>
    `<!doctype html><html><head><title>Acme</title></head><body>${noscript}<main><p>Acme builds things.</p></main></body></html>`;

  it('finds Google Tag Manager from its noscript iframe written as text', () => {
    const doc = linkedomDoc(page('<noscript>PLACEHOLDER</noscript>'));
    doc.querySelector('noscript')!.textContent = '<iframe src="https://www.googletagmanager.com/ns.html?id=GTM-ABC123&amp;gtm_auth=x" height="0" width="0" style="display:none"></iframe>';
    const gtm = byName(detectTechnologies(doc), 'Google Tag Manager');
    expect(gtm.evidence).toEqual({ source: 'iframe', snippet: 'https://www.googletagmanager.com/ns.html?id=GTM-ABC123&gtm_auth=x' });
  });

  it('gives the same evidence over the CLI DOM as over the text a browser keeps', () => {
    const html = page(`<noscript><iframe src='//www.googletagmanager.com/ns.html?id=GTM-XYZ' height=0></iframe></noscript>`);
    const cli = detectTechnologies(parseDocument(html));
    const asText = linkedomDoc(page('<noscript>x</noscript>'));
    asText.querySelector('noscript')!.textContent = `<iframe src='//www.googletagmanager.com/ns.html?id=GTM-XYZ' height=0></iframe>`;
    expect(cli).toEqual(detectTechnologies(asText));
    expect(byName(cli, 'Google Tag Manager').evidence.snippet).toBe('//www.googletagmanager.com/ns.html?id=GTM-XYZ');
  });

  it('reads nothing from noscript prose or from tags other than iframes', () => {
    const doc = parseDocument(page('<noscript><p>Please enable JavaScript to see googletagmanager.com content</p><img src="https://www.googletagmanager.com/x.gif"></noscript>'));
    expect(names(detectTechnologies(doc))).not.toContain('Google Tag Manager');
  });

  it('stays bounded on a hostile noscript (one huge unterminated tag)', () => {
    const doc = linkedomDoc(page('<noscript>x</noscript>'));
    doc.querySelector('noscript')!.textContent = `<iframe ${'a'.repeat(1_000_000)}`;
    const t0 = performance.now();
    detectTechnologies(doc);
    expect(performance.now() - t0).toBeLessThan(100);
  });
});

describe('detectTechnologies: evidence built from attributes reads the same in every DOM', () => {
  it('spells attribute names in lower case, as an HTML DOM does ("srcSet" → "srcset")', () => {
    // React server rendering writes srcSet; Chromium's DOM says srcset, linkedom kept the source's case.
    const html = '<html><body><img Alt="" srcSet="https://cdn.sanity.io/images/a.png 1x" src="https://cdn.sanity.io/images/a.png"></body></html>';
    const expected = '<img alt srcset="https://cdn.sanity.io/images/a.png 1x" src="https://cdn.sanity.io/images/a.png">';
    expect(byName(detectTechnologies(linkedomDoc(html)), 'Sanity').evidence.snippet).toBe(expected);
    expect(byName(detectTechnologies(parseDocument(html)), 'Sanity').evidence.snippet).toBe(expected);
  });
});

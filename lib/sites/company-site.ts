import { all, allOf, canonicalCompanyUrl, clean, hasType, hostOf, isObject, jsonLd, str, textOf, type JsonObject } from '../extract/dom';
import { PROSE_TEXT_LIMIT } from '../extract/prose-limit';
import { foldAccents } from '../normalize/text';
import { companyNameShapeProblem } from '../extract/name-shape';
import type { Recorder } from '../extract/record';
import type { SitePage } from '../observation';
import { detectTechnologies } from '../technographics';

/**
 * Any company website. The company's name is its brand, from ranked sources checked against the
 * domain (JSON-LD Organization, og:site_name, application-name, WebSite name, the logo's alt text,
 * the title segment that names the domain, the brand written out in the page, the domain itself);
 * the domain is the registrable domain of the page; the address only when the page states one
 * (JSON-LD, a postal address in the footer, "headquartered in …" on home and about pages);
 * technologies from the markup (lib/technographics).
 *
 * What the page is decides what is read: descriptions and prose facts come from home and about
 * pages only (a blog post's meta description describes the post, not the company).
 *
 * JSON-LD traps handled: pages listing customers as Organization objects (only an Organization
 * tied to this domain, or the single one on the page, is the company), empty or broken blocks.
 */
export function extractCompanySite(doc: Document, r: Recorder, pageUrl: string): void {
  const host = hostOf(pageUrl);
  const domain = registrableDomain(host);
  const head = readHead(doc);
  const ld = lazy(() => jsonLd(doc));
  const page = pageTypeOf(pageUrl, head, ld, doc.body);
  r.page = page;
  const org = ownOrganization(ld(), domain);
  if (org) readOrganization(org, r, page);
  readName(doc, r, domain, head, ld);
  if (domain) {
    r.companyText('domain', domain, 'url', pageUrl);
    r.companyText('website', `https://${host || domain}/`, 'url', pageUrl);
  }
  readLinkedinLink(doc, r);
  const text = lazy(() => bodyText(doc));
  // The footer's address, an Impressum's, "headquartered in …" and "founded in …" are parsed in the
  // background from the text recorded here (lib/extract/site-facts.ts, run by completeObservation
  // after JSON-LD as before): the address grammars and the prose vocabulary stay out of this script.
  const prose = page === 'home' || page === 'about';
  r.raw.factsAt = Object.keys(r.evidence).length;
  if (!r.has('company.headquarters')) r.raw.addressBlocks = addressBlocks(doc);
  if ((!r.has('company.headquarters') && (prose || page === 'legal')) || (prose && !r.has('company.founded'))) r.raw.pageText = text();
  if (!r.has('company.employees') && (prose || page === 'careers')) readHeadcount(text(), r);
  if (prose) {
    const description = head.get('description') || head.get('og:description') || '';
    r.companyText('description', description, 'meta', description);
  }
  const technologies = detectTechnologies(doc);
  if (technologies.length > 0) {
    r.companyValue(
      'technologies',
      technologies.map((t) => ({ name: t.name, category: t.category })),
      'script',
      technologies
        .slice(0, 5)
        .map((t) => `${t.name}: ${t.evidence.snippet}`)
        .join(' · '),
    );
    technologies.forEach((t, i) => {
      r.evidence[`company.technologies[${i}]`] = t.evidence;
    });
  }
}

function lazy<T>(fn: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = fn();
      done = true;
    }
    return value;
  };
}

/** Every `<meta name|property content>` and the title, read once (lower-case keys; the first value wins). */
function readHead(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length && i < 500; i++) {
    const el = metas[i]!;
    const key = (el.getAttribute('property') || el.getAttribute('name') || '').toLowerCase();
    if (!key || out.has(key)) continue;
    const content = clean(el.getAttribute('content'));
    if (content) out.set(key, content.length > 2000 ? content.slice(0, 2000) : content);
  }
  const title = clean(doc.title);
  if (title) out.set('title', title.slice(0, 500));
  return out;
}

// --------------------------------------------------------------------------- page type

/**
 * Page words in the URL path, in the languages of European B2B prospects (en, de, fr, es, it, pt,
 * nl, sv, da, no, pl, cs, tr) as slugs write them, without accents; the commonest only, as the
 * company content script has a size budget of 30 KB gzipped.
 */
const PAGE_PATHS: [SitePage, RegExp][] = [
  ['legal', /(?:^|[/_-])(?:privacy|terms|legal|imprint|impressum|cookies?|gdpr|datenschutz|agb|mentions-legales|disclaimer|security-policy|aviso-legal|note-legali|polityka-prywatnosci|ochrana-osobnich-udaju|gizlilik)(?:[/._-]|$)/],
  ['careers', /(?:^|[/_-])(?:careers?|jobs|job(?![_-])|join-us|joinus|work-with-us|karriere|stellenangebote|emplois?|empleo|vacatures|trabaja-con-nosotros|lavora-con-noi|carreiras|werken-bij|jobb|kariera|kariyer)(?:[/._-]|$)/],
  ['blog', /(?:^|\/)(?:blogs?|news|newsroom|press|articles?|insights|posts?|stories|magazine|aktuelles|actualites|noticias|notizie|nieuws|nyhete[rd]|aktualnosci|aktuality|novinky|haberler)(?:[/._-]|$)/],
  ['about', /(?:^|\/)(?:about|aboutus|company|who-we-are|our-story|our-company|team|our-team|leadership|mission|(?:wir-)?ueber-uns|uber-uns|unternehmen|a-propos|qui-sommes-nous|quienes-somos|sobre-nosotros|chi-siamo|quem-somos|sobre-nos|over-ons|om-[a-z]+|o-(?:nas|firm[a-z]*|spol[a-z]*)|hakkimizda|kurumsal|empresa|azienda|firma)(?:[/._-]|$)/],
  ['product', /(?:^|\/)(?:products?|platform|solutions?|features?|pricing|services?|leistungen|produkte?|produits?|shop|store|use-cases|integrations)(?:[/._-]|$)/],
];
const LOCALE = /^\/(?:[a-z]{2}(?:[-_][a-z]{2})?\/?)?(?:index\.(?:html?|php|aspx?))?$/i;

/**
 * What a company-site page is, from its URL path (the clearest signal), then its markup
 * (og:type article, JSON-LD BlogPosting or NewsArticle).
 */
export function pageTypeOf(pageUrl: string, head: Map<string, string>, ld: () => JsonObject[], body: Element | null = null): SitePage {
  let path = '/';
  let query = '';
  try {
    const url = new URL(pageUrl);
    path = url.pathname.toLowerCase();
    query = url.search.slice(0, 300);
  } catch {
    /* keep "/" */
  }
  // The path decides first ("/blog/about-us" is a blog post, which is why blog comes before about);
  // page words before locale prefixes, since "/om-os" (Danish "about us") is shaped like "/en-us".
  // og:type "article" only where the path says nothing, since CMSs stamp it on every page.
  // TYPO3, WordPress and others serve pages as "/index.php?id=12", "/?page_id=7", "/?p=42": a page
  // id (or its slug: "?id=ueber-uns") in the query is a page, not the home page.
  // ("?id=" only after a script path: on "/?id=spring-mailing" it is a campaign's tag, not a page.)
  const id = /[?&](?:page_id|p)=([^&#]{1,80})/i.exec(query) ?? (/\.(?:php|aspx?)$/.test(path) ? /[?&](?:id|page)=([^&#]{1,80})/i.exec(query) : null);
  const slug = id ? `/${decodeSlug(id[1]!)}` : '';
  const trimmed = path.length > 300 ? path.slice(0, 300) : path;
  for (const [type, re] of PAGE_PATHS) if (re.test(trimmed) || (slug && re.test(slug))) return type;
  if (LOCALE.test(path) && !id) return 'home';
  // The breadcrumb names the page where the URL does not ("Startseite › Über uns" is an about page).
  const objects = ld();
  const trail = breadcrumbTrail(objects, body);
  if (trail) for (const [type, re] of PAGE_PATHS) if (re.test(trail)) return type;
  if ((head.get('og:type') ?? '').toLowerCase() === 'article' || head.has('article:published_time')) return 'blog';
  // WordPress and Ghost mark a single post on <body>.
  if (/(?:^|\s)(?:single-post|post-template|blog-post)(?:\s|$)/.test(body?.className ?? '')) return 'blog';
  if (objects.some((o) => hasType(o, 'BlogPosting', 'NewsArticle'))) return 'blog';
  // JSON-LD names an about page in any language.
  return objects.some((o) => hasType(o, 'AboutPage')) ? 'about' : 'other';
}

/** "Über%20uns" → "uber-uns": a query value or a breadcrumb item as a URL slug. */
function decodeSlug(value: string): string {
  let v = value;
  try {
    v = decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    /* keep it as written */
  }
  return fold(v.toLowerCase())
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The breadcrumb as a path of slugs ("/startseite/uber-uns"), from JSON-LD BreadcrumbList or a
 * breadcrumb element (its text nodes are its items, so separators drawn by CSS do not glue them),
 * or "" when the page has none. At most eight items.
 */
function breadcrumbTrail(objects: JsonObject[], body: Element | null): string {
  const list = objects.find((o) => hasType(o, 'BreadcrumbList'));
  let items: string[] = [];
  if (list && Array.isArray(list.itemListElement))
    items = list.itemListElement.slice(0, 8).map((e) => (isObject(e) ? str(e, 'name') || (isObject(e.item) ? str(e.item, 'name') : '') : ''));
  const el = items.length ? null : body?.querySelector('[aria-label*="breadcrumb" i], [class*="breadcrumb" i], [id*="breadcrumb" i]');
  if (el) {
    const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
    for (let n = walker.nextNode(); n && items.length < 8; n = walker.nextNode()) if (/\p{L}/u.test((n as Text).data)) items.push((n as Text).data.slice(0, 80));
  }
  const slugs = items.map(decodeSlug).filter(Boolean);
  return slugs.length ? `/${slugs.join('/')}` : '';
}

/** Letters without accents, as domains and slugs write them ("ü" → "u", "ł" → "l", "ı" → "i"). */
function fold(text: string): string {
  return foldAccents(text).replace(/[ıłøß]/g, (c) => ({ ı: 'i', ł: 'l', ø: 'o', ß: 'ss' })[c] ?? c);
}

// --------------------------------------------------------------------------- registrable domain

/** Second-level domains under which companies register (example.co.uk). */
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu', 'ltd', 'plc', 'or', 'ne', 'go']);

/** "resources.audiense.com" → "audiense.com"; "shop.example.co.uk" → "example.co.uk". */
export function registrableDomain(host: string): string {
  const parts = host.toLowerCase().replace(/^www\./, '').split('.').filter(Boolean);
  if (parts.length <= 2) return parts.join('.');
  const secondLast = parts[parts.length - 2] ?? '';
  const last = parts[parts.length - 1] ?? '';
  const keep = SECOND_LEVEL.has(secondLast) && last.length === 2 ? 3 : 2;
  return parts.slice(-keep).join('.');
}

function ownOrganization(objects: JsonObject[], domain: string): JsonObject | null {
  const orgs = objects.filter((o) => hasType(o, 'Organization', 'Corporation', 'LocalBusiness', 'ProfessionalService'));
  const mine = orgs.find((o) => domain && registrableDomain(hostOf(str(o, 'url'))) === domain);
  if (mine) return mine;
  // A single Organization is the site's own; many are a customer wall or a partner list.
  return orgs.length === 1 ? (orgs[0] ?? null) : null;
}

function readOrganization(org: JsonObject, r: Recorder, page: SitePage): void {
  const address = isObject(org.address) ? org.address : Array.isArray(org.address) && isObject(org.address[0]) ? org.address[0] : null;
  if (address) {
    const locality = [str(address, 'addressRegion'), str(address, 'postalCode').replace(/^(\d{5})-\d{4}$/, '$1')].filter(Boolean).join(' ');
    const text = [str(address, 'streetAddress'), str(address, 'addressLocality'), locality].filter(Boolean).join(', ');
    r.companyText('headquarters', text, 'json-ld', `Organization.address: ${text}`);
  }
  const employees = isObject(org.numberOfEmployees) ? org.numberOfEmployees : null;
  if (employees) {
    const min = Number(employees.minValue ?? employees.value);
    const max = Number(employees.maxValue ?? employees.value);
    if (Number.isInteger(min) && Number.isInteger(max) && min >= 0 && max >= min)
      r.companyValue('employees', { min, max }, 'json-ld', `Organization.numberOfEmployees: ${min}–${max}`);
  }
  const founded = Number.parseInt(str(org, 'foundingDate'), 10);
  if (founded > 1600 && founded <= new Date().getFullYear()) r.companyValue('founded', founded, 'json-ld', `Organization.foundingDate: ${str(org, 'foundingDate')}`);
  const sameAs = (Array.isArray(org.sameAs) ? org.sameAs : [org.sameAs]).filter((u): u is string => typeof u === 'string');
  const linkedin = sameAs.map(canonicalCompanyUrl).find((u): u is string => u !== null);
  if (linkedin) r.companyText('linkedinUrl', linkedin, 'json-ld', `Organization.sameAs: ${linkedin}`);
  if (page === 'home' || page === 'about') r.companyText('description', str(org, 'description'), 'json-ld');
}

// --------------------------------------------------------------------------- name

/** Legal forms after a name, US to Turkish: "Acme GmbH & Co. KG", "Acme S.p.A.", "Acme Sp. z o.o.", "Acme A.Ş.". */
const LEGAL_SUFFIX =
  /[,\s]+(inc\.?|incorporated|llc|l\.l\.c\.|ltd\.?(?: şti\.)?|limited|gmbh(?: & co\. kg)?|ag|kg|s\.?a\.?s?|b\.?v\.?|n\.?v\.?|plc|corp\.?|corporation|co\.|s\.?p\.?a\.?|s\.?r\.?l\.?|s\.l\.|lt?da\.?|ab|a\/s|as|aps|oy|sp\. z o\.o\.|s\.r\.o\.|a\.s\.|a\.ş\.)$/i;
/** A title's, logo's or og:site_name's word for the page, not the company: "Startseite", "Ana Sayfa". */
const PAGE_WORD = /^(?:home ?page|start(?:seite|sida)?|accueil|inicio|início|hem|forside|strona główna|úvod|ana ?sayfa)$/i;

/** "DataVisor, Inc." → "DataVisor"; "Segment Blog" → "Segment"; "Acme GmbH & Co. KG" → "Acme". */
function brand(name: string): string {
  const n = clean(name);
  const bare = clean((n.length > 200 ? n.slice(0, 200) : n).replace(LEGAL_SUFFIX, '').replace(/\s+(blog|news|newsroom|careers|docs|home|homepage)$/i, ''));
  return PAGE_WORD.test(bare) ? '' : bare;
}

function squash(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * How well a candidate name agrees with the domain's label ("togetherai" / "together"):
 * 2 spells it (or it spells the candidate), 1 one begins the other closely, 0 unrelated.
 */
export function domainAgreement(candidate: string, label: string): 0 | 1 | 2 {
  // Domains are written without accents, or with German "ue" for "ü": "Fjällsoft" / fjallsoft.se,
  // "Müller" / mueller-praezision.de, "Ege Yazılım" / egeyazilim.com.
  // Small words the domain leaves out: "Corticeira do Norte" / corticeira-norte.pt.
  const plain = squash(candidate.replace(/\s(?:de|do|da|di|del|van|von|the|and|und)(?=\s)/gi, ''));
  if (!/[^a-z0-9]/.test(plain)) return Math.max(agreement(plain, candidate, label), agreement(squash(candidate), candidate, label)) as 0 | 1 | 2;
  const german = plain.replace(/[äöü]/g, (ch) => ({ ä: 'ae', ö: 'oe', ü: 'ue' })[ch] ?? ch);
  return Math.max(agreement(fold(plain), candidate, label), agreement(fold(german), candidate, label)) as 0 | 1 | 2;
}

function agreement(c: string, candidate: string, label: string): 0 | 1 | 2 {
  if (!c || !label) return 0;
  if (c === label) return 2;
  // "Coalition" for coalitioninc.com, "Together AI" for together.ai, "LeanData" for leandatainc.com.
  if (c.length >= 3 && label.startsWith(c) && /^(?:inc|hq|app|labs?|ai|io|co|corp|group|global|software|tech|data|online|web|usa|us|the)?$/.test(label.slice(c.length))) return 2;
  if (label.length >= 3 && c.startsWith(label) && c.length - label.length <= 12) return 2;
  // Initials: "RS Ingenieure" for rs-ingenieure.de is already equal; "International Business Machines" for ibm.com.
  const initials = candidate
    .split(/[\s&-]+/)
    .filter(Boolean)
    .map((w) => w[0]?.toLowerCase() ?? '')
    .join('');
  if (initials.length >= 2 && initials === label) return 1;
  if (c.length >= 4 && (label.includes(c) || c.includes(label))) return 1;
  // A shortened domain: "SolVerde Tecnologia" for solverde-tech.pt (a long shared beginning).
  let common = 0;
  while (common < c.length && common < label.length && c[common] === label[common]) common++;
  if (common >= 6 && common >= 0.8 * Math.min(c.length, label.length)) return 1;
  return 0;
}

interface Candidate {
  name: string;
  source: string;
  snippet: string;
  /** Sources that state the company's name by definition win when nothing agrees with the domain. */
  authoritative: boolean;
}

function readName(doc: Document, r: Recorder, domain: string, head: Map<string, string>, ld: () => JsonObject[]): void {
  if (r.has('company.name')) return;
  const label = squash(domain.split('.')[0] ?? '');
  const candidates: Candidate[] = [];
  // The first candidate that spells the domain wins outright: once one is found, the later (and
  // costlier: the logo query) sources are not read.
  let settled = false;
  const add = (raw: string, source: string, snippet: string, authoritative = false): void => {
    if (settled) return;
    const name = brand(raw);
    if (name && name.length <= 80 && !companyNameShapeProblem(name)) {
      candidates.push({ name, source, snippet, authoritative });
      settled = Boolean(label) && domainAgreement(name, label) === 2;
    }
  };
  const org = ownOrganization(ld(), domain);
  if (org) add(str(org, 'name'), 'json-ld', `Organization.name: ${str(org, 'name')}`, true);
  const siteName = head.get('og:site_name') ?? '';
  if (siteName) add(siteName, 'meta', `og:site_name: ${siteName}`, true);
  for (const key of ['application-name', 'apple-mobile-web-app-title']) {
    const v = head.get(key) ?? '';
    if (v) add(v, 'meta', `${key}: ${v}`);
  }
  const website = ld().find((o) => hasType(o, 'WebSite') && str(o, 'name'));
  if (website) add(str(website, 'name'), 'json-ld', `WebSite.name: ${str(website, 'name')}`);
  for (const img of settled ? [] : logoImages(doc)) {
    const alt = clean(img.getAttribute('alt'))
      .replace(/[_-]+/g, ' ')
      .replace(/^logo\s+/i, '')
      .replace(/\s*[–—|:]?\s+(?:logo(type)?|logo mark|wordmark|home|black|white|dark|light|color|colour|zur startseite)\b.*$/i, '');
    if (alt) add(alt, 'selector', `logo alt: ${clean(img.getAttribute('alt'))}`);
  }
  const title = head.get('title') || head.get('og:title') || '';
  for (const part of titleSegments(title)) {
    // "About TabaPay", "Welcome to Acme", "Careers at Acme": the page's words around the brand.
    // "Benvenuti su Acme", "Welkom bij Acme", "Witamy w Acme": a welcome word and its preposition.
    const bare = part
      .replace(/^(?:about(?: us)?|home|welcome to|contact(?: us)?|careers at|jobs at|über|[aà] propos de|(?:willkommen|bienvenue|bienvenid[oa]s?|benvenut[oi]|bem-vind[oa]s?|welkom|välkommen|velkommen|witamy|vítejte)\s\p{L}{1,4})\s+/iu, '');
    // Turkish puts the name first, with a dative ending: "Acme'ye Hoş Geldiniz", "Ege Yazılım'a hoş geldiniz".
    add(bare.replace(/['’]y?[ae]\s+hoş\s+geldiniz\W{0,2}$/iu, '').replace(/\.(com|io|ai|co|net|org|de)$/i, ''), 'text', `title: ${title}`);
  }

  // The first candidate, by rank, that agrees with the domain; a name stated as the site's own
  // (Organization, og:site_name) when nothing agrees; then the brand spelled out on the page.
  // Only the name's shape is checked here: the full check (error phrases, sentences; lib/extract/names.ts)
  // runs when the observation is completed, outside the content script's budget, and falls through
  // to the next candidate in this order (the Recorder keeps them), then to the domain's name.
  const agreeing = (n: number): Candidate[] => (label ? candidates.filter((c) => domainAgreement(c.name, label) === n) : []);
  const ranked = new Set([...agreeing(2), ...agreeing(1), ...candidates.filter((c) => c.authoritative && c.name.length <= 40)]);
  // Last of all: the domain's own name, as written in the address bar ("acme.com" → "Acme").
  const fromDomain = domain.split('.')[0] ?? '';
  const last = (): unknown => fromDomain.length >= 2 && r.companyText('name', fromDomain.charAt(0).toUpperCase() + fromDomain.slice(1), 'url', domain);
  if (ranked.size > 0) {
    for (const c of ranked) r.companyText('name', c.name, c.source, c.snippet);
    last();
    return;
  }
  // The brand written out where the domain's name appears: "LangChain is the platform…",
  // the copyright line.
  const sources: [string, string][] = [
    ['meta', head.get('description') || head.get('og:description') || ''],
    ['meta', head.get('og:title') ?? ''],
    ['text', (textOf(doc.querySelector('footer')).slice(0, 20_000).match(/©[^|.]{0,80}/) ?? [''])[0]],
  ];
  for (const [source, text] of sources) {
    const found = label ? phraseMatching(text, label) : null;
    if (found && r.companyText('name', found, source, text)) return;
  }
  last();
}

/** Logo images: in the header or navigation, linked to the home page, or named "logo". */
function logoImages(doc: Document): Element[] {
  return allOf(doc, ['header img[alt]', 'a[href="/"] img[alt]', 'nav img[alt]', 'img[class*="logo" i][alt]', 'img[src*="logo" i][alt]']).slice(0, 10);
}

/** "Together AI | The AI Acceleration Cloud" → ["Together AI", "The AI Acceleration Cloud"]. */
function titleSegments(title: string): string[] {
  return title
    .slice(0, 300)
    .split(/\s[|–—:·-]\s|\s?[|–—·]\s?/)
    .map(clean)
    .filter((p) => p.length > 0 && p.length <= 60)
    .slice(0, 6);
}

/** The 1–3 word phrase of `text` that spells `label` ("Lang Chain", "LangChain" for "langchain"). */
function phraseMatching(text: string, label: string): string | null {
  const words = text.slice(0, 5000).split(/[^\p{L}\p{N}&'’.-]+/u).filter(Boolean).slice(0, 400);
  for (let i = 0; i < words.length; i++) {
    let joined = '';
    for (let n = 0; n < 3 && i + n < words.length; n++) {
      joined += `${n ? ' ' : ''}${words[i + n]}`;
      const sq = squash(joined);
      if (sq === label) return joined.replace(/[.]+$/, '');
      if (sq.length > label.length) break;
    }
  }
  return null;
}

// --------------------------------------------------------------------------- links, text, head-count, address

function readLinkedinLink(doc: Document, r: Recorder): void {
  const links = allOf(doc, ['a[href*="linkedin.com/company/"]', 'a[href*="linkedin.com/school/"]']);
  // Footer and header links are the site's own; a link in an article may be a customer's.
  const own = links.find((a) => a.closest('footer, header, nav, [class*="footer"], [class*="social"]')) ?? links[0];
  const href = own?.getAttribute('href') ?? '';
  const url = canonicalCompanyUrl(href);
  if (url) r.companyText('linkedinUrl', url, 'link', href);
}

const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'script', 'style', 'noscript', 'template', 'svg']);

/**
 * The visible words of the body, scripts and styles left out, sentences kept apart,
 * capped at PROSE_TEXT_LIMIT characters. One walk over text nodes, no layout (never innerText).
 */
export function bodyText(doc: Document): string {
  // The body, not <main>: sites put their story outside <main> as often as inside it.
  return wordsOf(doc.body ?? doc.documentElement, PROSE_TEXT_LIMIT);
}

/** The words under `root`, element boundaries kept apart ("S.r.l.<br>Via Roma 1" is not "S.r.l.Via Roma 1"). */
function wordsOf(root: Element | null, limit: number): string {
  if (!root) return '';
  const parts: string[] = [];
  let size = 0;
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n && size < limit; n = walker.nextNode()) {
    const parent = n.parentNode as Element | null;
    if (parent && SKIP_TEXT.has(parent.nodeName)) continue;
    const data = (n as Text).data.slice(0, limit - size);
    parts.push(data);
    size += data.length + 1;
  }
  return clean(parts.join(' '));
}

/** Words right after a number that make it a head-count ("600k+ active users" is not staff). */
const STAFF_WORD = /\b(?:employees|team members|staff members|Mitarbeiter(?:innen|:innen)?|employés|collaborateurs|empleados|medewerkers)\b/gi;
/** The number before a staff word, read from a short window (so the pattern never meets a long digit run whole). */
const HEADCOUNT_TAIL = /(?:\b(team of|over|more than|nearly|about|around|almost)\s{1,3})?(\d{1,3}(?:[,.]\d{3}){1,2}|\d{1,6})\s?(\+)?\s{1,3}$/i;

/**
 * A head-count the site states in words: "a team of 120", "over 2,000 employees", "350+ people
 * work at". Linear: the staff words are found first, and the number is read from the 40 characters before each.
 */
function readHeadcount(text: string, r: Recorder): void {
  STAFF_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  let tries = 0;
  while ((m = STAFF_WORD.exec(text)) !== null && tries++ < 50) {
    const window = text.slice(Math.max(0, m.index - 40), m.index);
    const n = HEADCOUNT_TAIL.exec(window);
    if (!n || !n[2]) continue;
    // A digit right before the window's number means it was cut from a longer one: not a head-count.
    const start = m.index - window.length + n.index + (n[0].length - n[0].trimStart().length);
    if (start > 0 && /[\d,.]/.test(text.charAt(start - 1))) continue;
    const count = Number(n[2].replace(/[,.]/g, ''));
    if (!Number.isInteger(count) || count < 2) continue;
    const qualifier = (n[1] ?? '').toLowerCase();
    const open = Boolean(n[3]) || /over|more than/.test(qualifier);
    // "about 250" is recorded as 250–250, like a stated head-count; the evidence keeps the words.
    r.companyValue('employees', { min: count, max: open ? null : count }, 'text', `${n[0].trim()} ${m[0]}`);
    return;
  }
}

/**
 * The footer, address and contact blocks, in page order, for the address grammars in the
 * background: each as one string (`text`, capped) and with its words kept apart at element
 * boundaries (`words`: "S.r.l.<br>Via Roma 1" is not "S.r.l.Via Roma 1"). An address block inside
 * an article is the article's (a customer's address in a case study), not the site's. Empty blocks
 * are left out, and so are repeats (read as their first copy was, which did not stop the search).
 */
function addressBlocks(doc: Document): { text: string; words: string }[] {
  const scopes = allOf(doc, ['address', 'footer', '[class*="footer"]', '[id*="footer"]', '[class*="address"]', '[class*="contact"]']).slice(0, 30);
  const out: { text: string; words: string }[] = [];
  const seen = new Set<string>();
  for (const scope of scopes) {
    if (scope.closest('article') && !scope.closest('footer, [class*="footer"], [id*="footer"]')) continue;
    const text = textOf(scope).slice(0, 20_000);
    if (!text) continue;
    const words = wordsOf(scope, 20_000);
    const key = `${text}\u0000${words}`;
    if (!seen.has(key)) out.push({ text, words });
    seen.add(key);
  }
  return out;
}


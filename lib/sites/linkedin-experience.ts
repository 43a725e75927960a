import { canonicalCompanyUrl, canonicalProfileUrl, clean, str, type JsonObject } from '../extract/dom';
import type { Recorder } from '../extract/record';
import { deref, readEmbeddedJsonWith, type EmbeddedJson } from './embedded-json';

/**
 * The Experience section of a LinkedIn profile: the person's positions with their dates, across
 * the markup generations (public 2013, public 2015–2016, logged-in Ember 2018, guest 2024,
 * logged-in 2024–2025 and the /details/experience/ sub-page) and the embedded JSON of logged-in
 * pages saved before they rendered.
 *
 * A position is current only when the page says it has no end ("Present", "Heute", "– "): a
 * position without readable dates is never taken as current, since a past role shown as the
 * person's job would be worse than no title at all.
 */
export interface Position {
  title: string | null;
  company: string | null;
  companyLinkedinUrl: string | null;
  /** The date range as shown ("Feb 2019 - Present · 5 yrs 7 mos"); "" when none. */
  dates: string;
  current: boolean;
  /** Which generation's markup (or the embedded JSON) it was read from, for the evidence. */
  from: string;
}

/** "Present" in the languages LinkedIn's UI ships in: the end of a range that has not ended. */
const PRESENT =
  /(?:^|[\s(–—-])(?:present|current|now|today|heute|aktuell|jetzt|présent|aujourd.hui|actuel(?:le)?|actualidad|presente|hoy|atual|momento|oggi|attuale|heden|huidig|nu|i dag|nå|dziś|obecnie|teraz|obecnosť|současnost|jelenleg|prezent|până în prezent|σήμερα|настоящее время|сейчас|по настоящее время|теперішній час|bugün|günümüz|halen|sekarang|saat ini|kini|hiện tại|ปัจจุบัน|kasalukuyan)(?=$|[\s).,·])|現在|至今|今|현재|الآن|حتى الآن|הווה|वर्तमान/i;
/** The separator of a range ("Jan 2014 - Dec 2017", "2008 – Present", "2019年2月～現在", "Jan 2019 to Present"). */
const RANGE = /\s[–—-]\s?|\s?[–—]\s|^[–—-]\s|\s[–—-]$|～|~|\sto\s|\sbis\s/;

/** Whether a date range says the position has not ended; `times`: the number of `<time>` dates it holds. */
export function rangeIsCurrent(dates: string, times = 0): boolean {
  // "· 5 yrs 7 mos", "(7 years)": the duration says nothing about the end.
  const range = clean(dates.slice(0, 200).replace(/·.*$/, '').replace(/\([^)]{0,60}\)/g, ''));
  if (!range) return false;
  const m = RANGE.exec(range);
  if (!m) return false;
  const end = range.slice(m.index + m[0].length).trim();
  if (PRESENT.test(` ${end}`)) return true;
  if (times >= 2 || /\d/.test(end)) return false;
  // Guest 2024: "<time>Feb 2022</time> - Present" reads "Feb 2022 - Present"; "– " with nothing after
  // it and a start before it is an open range in the older public pages.
  return end === '' && /\d/.test(range.slice(0, m.index));
}

/** One generation's markup: selectors are data, most recent first. */
interface Generation {
  name: string;
  /** One position (a role inside a company group counts as one). */
  entry: string;
  title: readonly string[];
  company: readonly string[];
  dates: readonly string[];
  /** A company group holding several roles, and where it names the company. */
  group?: string;
  groupCompany?: readonly string[];
}

const GENERATIONS: readonly Generation[] = [
  {
    name: 'guest 2024',
    entry: 'li.experience-item, li.experience-group-position',
    title: ['.experience-item__title', 'h3'],
    company: ['.experience-item__subtitle', 'h4'],
    dates: ['.date-range'],
    group: '.experience-group',
    groupCompany: ['.experience-group-header__company', '.experience-group-header h4'],
  },
  {
    name: 'Ember 2018',
    entry: '.pv-entity__position-group-role-item, .pv-position-entity',
    title: ['.pv-entity__summary-info h3', '.pv-entity__summary-info-v2 h3', 'h3'],
    company: ['.pv-entity__secondary-title'],
    dates: ['.pv-entity__date-range'],
    group: '.pv-position-entity',
    groupCompany: ['.pv-entity__company-summary-info h3'],
  },
  {
    name: 'public 2015',
    entry: 'li.position',
    title: ['.item-title'],
    company: ['.item-subtitle'],
    dates: ['.date-range'],
  },
  {
    name: 'public 2013',
    entry: '.position.experience',
    title: ['.title'],
    company: ['.org'],
    dates: ['.period'],
  },
];

/** Where the section is, per generation (the 2024–2025 anchor `<div id="experience">` sits inside its card). */
const SECTION = ['#experience-section', '.experience-section', '#profile-experience', 'section.experience', '[data-section="experience"]'];

const MAX_POSITIONS = 60;

/**
 * The positions the Experience section lists, in page order; [] when the page has none.
 * `stop`: the list ends with the first position it accepts (a reader that wants one position
 * reads no further: each position costs several queries); the generation read is the same.
 */
export function experiencePositions(doc: Document, pageUrl = '', stop?: (p: Position) => boolean): Position[] {
  const section = experienceSection(doc, pageUrl);
  if (section) {
    const pvs = readPvs(section, stop);
    if (pvs.length) return pvs;
    for (const g of GENERATIONS) {
      const found = readGeneration(section, g, stop);
      if (found.length) return found;
    }
  }
  return [];
}

function experienceSection(doc: Document, pageUrl: string): Element | null {
  const anchor = doc.getElementById('experience');
  if (anchor) return anchor.tagName === 'SECTION' ? anchor : (anchor.closest('section') ?? anchor.parentElement);
  for (const s of SECTION) {
    const el = doc.querySelector(s);
    if (el) return el;
  }
  // The guest page's list, when its section wrapper changed; the /details/experience/ sub-page is all Experience.
  const list = doc.querySelector('.experience__list');
  if (list) return list;
  if (/\/details\/experience\b/.test(pageUrl)) return doc.querySelector('main');
  return null;
}

function readGeneration(section: Element, g: Generation, stop?: (p: Position) => boolean): Position[] {
  const out: Position[] = [];
  let entries: Element[];
  try {
    entries = [...section.querySelectorAll(g.entry)];
  } catch {
    return out;
  }
  for (const entry of entries) {
    // A group's own element also matches the single-entry selector (Ember 2018): its roles are read instead.
    if (g.group && entry.matches(g.group) && entry.querySelector(g.entry)) continue;
    const group = g.group ? entry.parentElement?.closest(g.group) ?? null : null;
    const datesEl = firstIn(entry, g.dates);
    const dates = datesEl ? visibleText(datesEl) : '';
    const title = textIn(entry, g.title);
    const company = textIn(entry, g.company) || (group && g.groupCompany ? textIn(group, g.groupCompany) : '');
    if (!title && !company) continue;
    out.push({
      title: title || null,
      company: company ? companyPart(company) : null,
      companyLinkedinUrl: companyLink(entry) ?? (group ? companyLink(group) : null),
      dates,
      current: rangeIsCurrent(dates, datesEl ? datesEl.querySelectorAll('time').length : 0),
      from: g.name,
    });
    if (out.length >= MAX_POSITIONS || stop?.(out[out.length - 1]!)) break;
  }
  return out;
}

/**
 * Logged-in 2024–2025 (`pvs-list`, class names otherwise obfuscated): each list item is either one
 * position (bold title, "Company · Full-time", dates) or a company (bold name, total duration)
 * whose roles, each with a bold title and dates, sit in its sub-components.
 */
function readPvs(section: Element, stop?: (p: Position) => boolean): Position[] {
  const out: Position[] = [];
  const items = [...section.querySelectorAll('li.artdeco-list__item, li.pvs-list__paged-list-item')].filter(
    (li) => !li.parentElement?.closest('li.artdeco-list__item, li.pvs-list__paged-list-item'),
  );
  for (const li of items) {
    const header = [...li.querySelectorAll('.t-bold')].find((b) => !insideSubComponents(b, li)) ?? null;
    const headerText = header ? visibleText(header) : '';
    const captions = [...li.querySelectorAll('.pvs-entity__caption-wrapper')];
    // A company group's own caption is its location ("Guayaquil"): its roles carry the dates.
    const group = captions.some((c) => insideSubComponents(c, li));
    for (const caption of captions) {
      const block = blockWithBold(caption, li);
      const bold = block?.querySelector('.t-bold') ?? null;
      if (!block || !bold) continue;
      const single = bold === header;
      if (single && group) continue;
      const title = visibleText(bold);
      let company = '';
      if (single) {
        const line = [...block.querySelectorAll('span.t-14.t-normal')].find((s) => !s.classList.contains('t-black--light') && !s.contains(caption));
        company = line ? companyPart(visibleText(line)) : '';
      } else company = headerText;
      const dates = visibleText(caption);
      out.push({
        title: title || null,
        company: company || null,
        companyLinkedinUrl: companyLink(li),
        dates,
        current: rangeIsCurrent(dates),
        from: 'logged-in 2024–2025',
      });
      if (out.length >= MAX_POSITIONS || stop?.(out[out.length - 1]!)) return out;
    }
  }
  return out;
}

function insideSubComponents(el: Element, stop: Element): boolean {
  for (let p = el.parentElement; p && p !== stop; p = p.parentElement) if (p.classList.contains('pvs-entity__sub-components')) return true;
  return false;
}

/** The nearest ancestor of a date caption that also holds a bold title: the position's own block. */
function blockWithBold(caption: Element, stop: Element): Element | null {
  for (let p = caption.parentElement; p && p !== stop.parentElement; p = p.parentElement) if (p.querySelector('.t-bold')) return p;
  return null;
}

/** "Maven AGI · Full-time" → "Maven AGI"; "Tesla Motors," → "Tesla Motors". */
function companyPart(text: string): string {
  return clean(text.split(' · ')[0]?.replace(/,\s*$/, ''));
}

function companyLink(root: Element): string | null {
  for (const a of root.querySelectorAll('a[href*="/company/"], a[href*="/school/"]')) {
    const href = a.getAttribute('href') ?? '';
    const url = canonicalCompanyUrl(href.startsWith('/') ? `https://www.linkedin.com${href}` : href);
    if (url) return url;
  }
  return null;
}

function firstIn(root: Element, selectors: readonly string[]): Element | null {
  for (const s of selectors) {
    const el = root.querySelector(s);
    if (el && visibleText(el)) return el;
  }
  return null;
}

function textIn(root: Element, selectors: readonly string[]): string {
  const el = firstIn(root, selectors);
  return el ? visibleText(el) : '';
}

/**
 * The text a sighted reader sees: screen-reader labels (`.visually-hidden`: "Company Name",
 * "Dates Employed", the duplicate of each line) are skipped. Bounded: a slot is a short line.
 */
function visibleText(el: Element): string {
  let out = '';
  const visit = (node: Node): void => {
    if (out.length > 500) return;
    if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1 || (node as Element).classList.contains('visually-hidden')) return;
    for (let c = node.firstChild; c; c = c.nextSibling) visit(c);
  };
  visit(el);
  return clean(out.slice(0, 500));
}

/**
 * Positions in the embedded JSON of a logged-in page (Voyager 2017–2019 `…Position` with
 * `timePeriod` or `startedOn`/`endedOn`, 2024–2025 `…dash.identity.profile.Position` with `dateRange`).
 * The same blocks also describe the viewer: only positions whose URN carries the id of the profile
 * whose public identifier is the page's slug are read, and none when that profile is not found.
 */
export function embeddedPositions(doc: Document, pageUrl: string): Position[] {
  const slug = /\/in\/([^/]+)\//.exec(canonicalProfileUrl(pageUrl) ?? '')?.[1];
  if (!slug || !doc.querySelector('code')) return [];
  let decoded = slug;
  try {
    decoded = decodeURIComponent(slug);
  } catch {
    /* keep raw */
  }
  // Only the objects read below are parsed (the profiles, the positions), each cut out alone; what
  // they reference is found on demand. Parsing every block was most of a logged-in first read.
  const json = readEmbeddedJsonWith(doc, [decoded], POSITION_TYPE, ['"publicIdentifier":', '"companyName":']);
  const profile = json.objects.find((o) => str(o, 'publicIdentifier').toLowerCase() === decoded.toLowerCase() && urnId(o));
  const id = profile ? urnId(profile) : null;
  if (!id) return [];
  const out: Position[] = [];
  const seen = new Set<string>();
  for (const o of json.objects) {
    const type = str(o, '$type');
    if (!POSITION_TYPE.test(type) && !('companyName' in o && ('timePeriod' in o || 'dateRange' in o || 'startedOn' in o))) continue;
    const urn = str(o, 'entityUrn') || str(o, '$id');
    if (!urn.includes(id) || seen.has(urn)) continue;
    seen.add(urn);
    const title = str(o, 'title');
    const company = str(o, 'companyName');
    if (!title && !company) continue;
    const { dates, current } = jsonDates(json, o);
    out.push({ title: title || null, company: company || null, companyLinkedinUrl: jsonCompanyUrl(json, o), dates, current, from: 'embedded JSON' });
    if (out.length >= MAX_POSITIONS) break;
  }
  return out;
}

const POSITION_TYPE = /\.Position$/;

/** "urn:li:fs_profile:ACoAAB…" → "ACoAAB…" (the member id the position URNs repeat). */
function urnId(o: JsonObject): string | null {
  const urn = str(o, 'entityUrn') || str(o, '$id');
  const m = /^urn:li:[a-z_]*(?:profile|miniprofile)[a-z_]*:([A-Za-z0-9_-]{6,})$/i.exec(urn);
  return m?.[1] ?? null;
}

function jsonDates(json: EmbeddedJson, o: JsonObject): { dates: string; current: boolean } {
  const deleted = Array.isArray(o.$deletedFields) ? o.$deletedFields : [];
  const period = deref(json, o.timePeriod) ?? deref(json, o.dateRange);
  let start: JsonObject | null;
  let end: JsonObject | null;
  if (period) {
    start = deref(json, period.startDate) ?? deref(json, period.start);
    end = deref(json, period.endDate) ?? deref(json, period.end);
  } else {
    start = deref(json, o.startedOn);
    end = deleted.includes('endedOn') ? null : deref(json, o.endedOn);
  }
  const show = (d: JsonObject | null) => (d ? [d.month, d.year].filter((x) => typeof x === 'number').join('/') : '');
  const from = show(start);
  // An open range needs a start: a position with no dates at all is not known to be current.
  return { dates: `${from} – ${end ? show(end) : 'Present'}`, current: from !== '' && !end };
}

function jsonCompanyUrl(json: EmbeddedJson, o: JsonObject): string | null {
  const company = deref(json, o.company);
  const mini = company ? (deref(json, company.miniCompany) ?? company) : null;
  const universal = mini ? str(mini, 'universalName') : '';
  if (universal) return canonicalCompanyUrl(`https://www.linkedin.com/company/${universal}/`);
  const urn = str(o, 'companyUrn') || (typeof o.company === 'string' ? o.company : '') || (mini ? str(mini, 'entityUrn') || str(mini, 'objectUrn') : '');
  const id = /^urn:li:[a-z_]*company:(\d+)$/i.exec(urn)?.[1];
  return id ? `https://www.linkedin.com/company/${id}/` : null;
}

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Fills the person's title, company and company page from the first current position, when the
 * top card, structured data and headline left them empty. With a company already known, only a
 * current position at that company is used, so title and company never come from two jobs.
 */
export function readExperience(doc: Document, r: Recorder, pageUrl: string): void {
  // The name may still come later (the page title): a nameless subject is dropped by the Recorder anyway.
  const person = r.withPerson();
  if (person.title && person.company && person.companyLinkedinUrl) return;
  const known = person.company ? squash(person.company) : '';
  // The markup's list ends at the position picked below (same pick, fewer positions read).
  const wanted = (p: Position): boolean => p.current && (!known || (!!p.company && squash(p.company) === known));
  let current = experiencePositions(doc, pageUrl, wanted).filter((p) => p.current);
  if (current.length === 0) current = embeddedPositions(doc, pageUrl).filter((p) => p.current);
  const position = known ? current.find((p) => p.company && squash(p.company) === known) : current[0];
  if (!position) return;
  const source = position.from === 'embedded JSON' ? 'embedded-json' : 'experience';
  const evidence = `Experience (${position.from}): ${[position.title, position.company, position.dates].filter(Boolean).join(' · ')}`;
  if (!known) r.personText('company', position.company, source, evidence);
  if (r.person?.company && squash(r.person.company) === squash(position.company ?? '')) {
    r.personText('title', position.title, source, evidence);
    r.personText('companyLinkedinUrl', position.companyLinkedinUrl, source, evidence);
  } else if (!position.company) r.personText('title', position.title, source, evidence);
}


import type { Observation, SitePage } from '../observation';
import { findEuropeanAddresses, findUsAddresses } from './address';
import { clean } from './dom';
import { foundedFromProse, headquartersFromProse } from './prose';

/**
 * A company website's headquarters and founding year from the text its content script recorded
 * (Observation.raw.addressBlocks, raw.pageText), parsed here so the address grammars and the prose
 * vocabulary of thirteen languages stay out of the injected script (#12, 30 KB budget). Run by
 * lib/extract/complete.ts at the point where the reader ran them before, in the same order (JSON-LD,
 * which the script still reads, first; then the footer and address blocks; then an Impressum's
 * body; then "headquartered in …" and "founded in …" on home and about pages), so a stronger source
 * still wins and the first value found is kept. Pure.
 */
export interface SiteFactSink {
  /** True when the field already holds a value (a stronger source stated it). */
  has(field: 'headquarters' | 'founded'): boolean;
  /** Records the headquarters unless it is set or unusable; true when recorded (the Recorder's `companyText`). */
  headquarters(value: string, snippet: string): boolean;
  founded(value: number, snippet: string): boolean;
}

type Raw = NonNullable<Observation['raw']>;

/** `names`: the company's name as the reader had it when it read the prose (before the full name check). */
export function readSiteFacts(raw: Raw, page: SitePage | undefined, names: readonly string[], sink: SiteFactSink): void {
  const text = raw.pageText ?? '';
  if (!sink.has('headquarters')) addressFromBlocks(raw.addressBlocks ?? [], page, text, sink);
  const prose = page === 'home' || page === 'about';
  if (prose && !sink.has('headquarters')) {
    const hq = headquartersFromProse(text, names);
    if (hq) sink.headquarters(hq.value, hq.snippet);
  }
  if (prose && !sink.has('founded')) {
    const founded = foundedFromProse(text, names);
    if (founded) sink.founded(founded.value, founded.snippet);
  }
}

/** An address under a label ("Headquarters:", "Connect Us", "Adresse"), up to its postal code. */
const LABELLED_ADDRESS = /\b(?:Headquarters|Head office|HQ|Address|Our address|Connect Us|Registered office|Main office)\s{0,3}:?\s{1,3}(\S.{5,160}?\b\d{4,6})\b/;

/**
 * The company's address from the footer or an address block (lib/extract/address.ts: phone, fax,
 * years and ZIP+4 never part of it), block by block in page order. Two or more different street
 * addresses are a list of offices, not a headquarters: then nothing is claimed. A European address
 * gives the city (and the country when written): "Musterstraße 12, 80331 München" → "München".
 * `text` of a block is its text as one string (US addresses), `words` its words kept apart at
 * element boundaries ("S.r.l.<br>Via Roma 1": European addresses).
 */
function addressFromBlocks(blocks: NonNullable<Raw['addressBlocks']>, page: SitePage | undefined, pageText: string, sink: SiteFactSink): void {
  for (const { text, words } of blocks) {
    const found = findUsAddresses(text, 5);
    const streets = new Set(found.filter((a) => a.street).map((a) => a.text));
    if (streets.size > 1) return;
    const us = found.find((a) => a.street) ?? found[0];
    if (!us) {
      // Offices in different cities are a list, not a headquarters.
      const eu = text ? findEuropeanAddresses(words, 5) : [];
      if (new Set(eu.map((a) => a.place)).size > 1) return;
      if (eu[0] && sink.headquarters(eu[0].place, eu[0].text)) return;
    }
    const labelled = us ? null : LABELLED_ADDRESS.exec(text.slice(0, 5_000));
    const value = us ? us.text : labelled?.[1] ? stripPhones(labelled[1]) : '';
    const snippet = us ? text.slice(Math.max(0, us.index - 80), us.index + 12) : (labelled?.[0] ?? '');
    if (value && sink.headquarters(clean(value).replace(/[.,]$/, ''), snippet)) return;
  }
  // An Impressum or legal notice states the publisher's address in its body; the first one is the company's.
  if (page === 'legal') {
    const eu = findEuropeanAddresses(pageText.slice(0, 50_000), 1)[0];
    if (eu) sink.headquarters(eu.place, eu.text);
  }
}

/** "Shop no.9, … Mumbai 400102 Tel: +91 22 1234 5678" keeps the address part only. */
function stripPhones(text: string): string {
  return text.replace(/(?:\b(?:tel|phone|fax|mobile)\b\.?:?\s{0,3})?\+?\d[\d\s().-]{7,20}\d(?=\s|$)/gi, ' ');
}


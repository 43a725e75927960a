import type { CompanyObservation, Evidence, Observation, PageKind, PersonObservation, SitePage } from '../observation';
import { emptyCompany, emptyPerson } from '../observation-empty';
import { snip, textOf } from './dom';
import { statesEmployeeBand } from '../normalize/employee-band';
import { companyNameShapeProblem, personNameShapeProblem } from './name-shape';
import { stripDecoration } from './text-clean';

/**
 * Collects an observation field by field. Extractors try their layers in order
 * (JSON-LD, meta tags, stable attributes, visible text) and the first layer that gives a
 * value wins; every value carries its evidence, and every field left empty is listed in `missing`.
 */
export class Recorder {
  readonly evidence: Record<string, Evidence> = {};
  person: PersonObservation | null = null;
  company: CompanyObservation | null = null;
  readonly people: PersonObservation[] = [];
  /** Text refused from a name slot ("person.name: \"jane@doe.com\" (is an address, not a name)"). */
  readonly rejected: string[] = [];
  /** Company websites: what the page is (set by the company-site reader). */
  page: SitePage | null = null;
  /** Text left for lib/extract/complete.ts to parse (Observation.raw). */
  readonly raw: NonNullable<Observation['raw']> = {};

  constructor(
    readonly url: string,
    readonly kind: PageKind,
  ) {}

  /** Starts the person section (the page's subject). */
  withPerson(): PersonObservation {
    this.person ??= emptyPerson();
    return this.person;
  }

  withCompany(): CompanyObservation {
    this.company ??= emptyCompany();
    return this.company;
  }

  has(path: string): boolean {
    return path in this.evidence;
  }

  /** Sets `person.name` etc. unless a stronger layer already did. Empty or placeholder text is ignored. */
  personText(field: keyof PersonObservation, value: string | null | undefined, source: string, snippet?: string): boolean {
    const v = usable(value);
    const person = this.withPerson();
    if (!v) return false;
    const problem = field === 'name' ? personNameShapeProblem(v) : field === 'company' ? companyNameShapeProblem(v) : null;
    if (person[field] !== null) {
      if (field === 'name' || field === 'company') this.alternate(field === 'name' ? 'person.name' : 'person.company', person[field], v, problem, source, snippet);
      return false;
    }
    if (this.refuses(`person.${field}`, v, problem)) return false;
    person[field] = v;
    this.evidence[`person.${field}`] = { source, snippet: quote(snippet ?? v) };
    return true;
  }

  /** `personText` with what `first` (lib/extract/dom.ts) found: its text, "selector: text" as evidence. */
  personFound(field: keyof PersonObservation, found: { el: Element; selector: string } | null): boolean {
    const text = found ? textOf(found.el) : '';
    return !!found && this.personText(field, text, 'selector', `${found.selector}: ${text}`);
  }

  /** `companyText` with what `first` found, as `personFound`. */
  companyFound(field: 'name' | 'industry' | 'headquarters', found: { el: Element; selector: string } | null): boolean {
    const text = found ? textOf(found.el) : '';
    return !!found && this.companyText(field, text, 'selector', `${found.selector}: ${text}`);
  }

  companyText(
    field: 'name' | 'domain' | 'website' | 'linkedinUrl' | 'industry' | 'headquarters' | 'description',
    value: string | null | undefined,
    source: string,
    snippet?: string,
  ): boolean {
    const v = usable(value);
    const company = this.withCompany();
    if (!v) return false;
    const problem = field === 'name' ? companyNameShapeProblem(v) : null;
    if (company[field] !== null) {
      if (field === 'name') this.alternate('company.name', company.name, v, problem, source, snippet);
      return false;
    }
    if (this.refuses('company.name', v, problem)) return false;
    company[field] = field === 'description' ? v.slice(0, 5000) : v;
    this.evidence[`company.${field}`] = { source, snippet: quote(snippet ?? v) };
    return true;
  }

  companyValue<K extends 'employees' | 'employeesOnLinkedin' | 'founded' | 'followers' | 'specialties' | 'technologies'>(
    field: K,
    value: CompanyObservation[K] | null,
    source: string,
    snippet: string,
  ): boolean {
    const company = this.withCompany();
    if (value === null || value === undefined) return false;
    if (Array.isArray(value) && value.length === 0) return false;
    const current = company[field];
    if (current !== null && !(Array.isArray(current) && current.length === 0)) return false;
    if (field === 'specialties') {
      const list = (value as string[]).map((x) => usable(x)).filter((x): x is string => x !== null);
      if (list.length === 0) return false;
      value = list as CompanyObservation[K];
    }
    company[field] = value;
    this.evidence[`company.${field}`] = { source, snippet: quote(snippet) };
    return true;
  }

  /**
   * The company-size band's text, unparsed (lib/extract/complete.ts parses it, #12): recorded only
   * when it states a band, so a reader falls through to its next source exactly as when it parsed.
   * Until completed, `company.employees` is {min: null, max: null}.
   */
  employeesBand(text: string, source: string, snippet: string): boolean {
    const company = this.withCompany();
    if (company.employees !== null || !statesEmployeeBand(text)) return false;
    company.employees = { min: null, max: null };
    this.raw.employees = text.slice(0, 400);
    this.evidence['company.employees'] = { source, snippet: quote(snippet) };
    return true;
  }

  /** `insight`: the row's "Current: … at X" line, parsed with the headline by lib/extract/complete.ts. */
  addPerson(person: PersonObservation, evidence: Partial<Record<keyof PersonObservation, Evidence>>, insight: string | null = null): void {
    // List entries get the same cleaning and name checks as the page's subject; an entry whose
    // name is not a name (a "LinkedIn Member" card, an upsell tile) is not a person.
    for (const key of Object.keys(person) as (keyof PersonObservation)[]) person[key] = usable(person[key]);
    if (!person.name || this.refuses(`people[${this.people.length}].name`, person.name, personNameShapeProblem(person.name))) return;
    if (person.company && companyNameShapeProblem(person.company)) person.company = null;
    const i = this.people.length;
    this.people.push(person);
    if (insight) (this.raw.insights ??= {})[String(i)] = insight;
    for (const [field, ev] of Object.entries(evidence)) if (ev) this.evidence[`people[${i}].${field}`] = ev;
  }

  /**
   * A later candidate for a name slot that already holds one: the slot's value is checked in full
   * (lib/extract/names.ts) when the observation is completed, and when it fails there the first
   * candidate that passes takes its place, as if the reader had fallen through to it (#12: the
   * checks' phrase lists stay out of the content script). At most three, distinct.
   */
  private alternate(path: NameSlot, current: string | null, value: string, problem: string | null, source: string, snippet?: string): void {
    if (problem || value === current) return;
    const list = ((this.raw.names ??= {})[path] ??= []);
    if (list.length < 3 && !list.some((a) => a.value === value)) list.push({ value, source, snippet: quote(snippet ?? value) });
  }

  /** True (and noted) when a name check found a problem with `value`. */
  private refuses(path: string, value: string, problem: string | null): boolean {
    if (problem) this.rejected.push(`${path}: "${snip(value, 80)}" (${problem})`);
    return problem !== null;
  }

  /**
   * What was read, not yet finished: lib/extract/complete.ts decides what survives (a person page
   * whose subject has no name is not a profile; an empty section is none), lists what is missing,
   * runs the full name checks and parses the text left raw, outside the content scripts (#12).
   */
  finish(): Observation {
    const obs: Observation = { url: this.url, kind: this.kind, person: this.person, people: this.people, company: this.company, evidence: this.evidence, missing: [] };
    if (this.page) obs.page = this.page;
    const refused = this.rejected.find((x) => x.startsWith('person.name'));
    if (refused) this.raw.refused = refused;
    if (Object.keys(this.raw).length) obs.raw = this.raw;
    return obs;
  }
}

/** The name slots whose later candidates are kept (Observation.raw.names). */
type NameSlot = keyof NonNullable<NonNullable<Observation['raw']>['names']>;

/** Placeholder strings pages show instead of a value. */
const PLACEHOLDERS = new Set(['--', '-', '—', '–', 'n/a', 'na', 'null', 'undefined', 'linkedin member', 'unknown']);

/**
 * The text of a value as a content script records it (decoration stripped: lib/extract/text-clean.ts
 * `stripDecoration`; `cleanText` when the observation is completed), or null when empty, a
 * placeholder, or without a single letter or digit ("…", "|", a lone glyph: nothing to show).
 */
export function usable(value: string | null | undefined, cleanWith: (s: string) => string = stripDecoration): string | null {
  const v = cleanWith(value && value.length > 20_000 ? value.slice(0, 20_000) : (value ?? ''));
  if (!/[\p{L}\p{N}]/u.test(v)) return null;
  if (v.length > 5000) return v.slice(0, 5000);
  if (PLACEHOLDERS.has(v.toLowerCase())) return null;
  return v;
}

/** An evidence snippet: the page's words, cleaned like values, shortened. */
export function quote(text: string, cleanWith: (s: string) => string = stripDecoration): string {
  return snip(cleanWith(text.length > 2_000 ? text.slice(0, 2_000) : text));
}

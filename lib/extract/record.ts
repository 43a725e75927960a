import type { CompanyObservation, Evidence, Observation, PageKind, PersonObservation, SitePage } from '../observation';
import { emptyCompany, emptyPerson } from '../observation-empty';
import { snip, textOf } from './dom';
import { statesEmployeeBand } from '../normalize/employee-band';
import { companyNameProblem, personNameProblem } from './names';
import { cleanText } from './text-clean';

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
  /** Text refused from a name slot ("person.name: \"Page not found\" (an error or sign-in phrase)"). */
  readonly rejected: string[] = [];
  /** Company websites: what the page is (set by the company-site reader). */
  page: SitePage | null = null;
  /** Text left for lib/extract/complete.ts to parse (Observation.raw). */
  readonly raw: NonNullable<Observation['raw']> = {};

  constructor(
    readonly url: string,
    readonly kind: PageKind,
    /** What the reader says the page is about (lib/sites/reader.ts): decides which empty sections count as missing. */
    readonly subject: 'person' | 'company' | 'people' | null = null,
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
    if (!v || person[field] !== null) return false;
    if (this.refuses(`person.${field}`, v, field === 'name' ? personNameProblem(v) : field === 'company' ? companyNameProblem(v) : null)) return false;
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
    if (!v || company[field] !== null) return false;
    if (field === 'name' && this.refuses('company.name', v, companyNameProblem(v))) return false;
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
    if (!person.name || this.refuses(`people[${this.people.length}].name`, person.name, personNameProblem(person.name))) return;
    if (person.company && companyNameProblem(person.company)) person.company = null;
    const i = this.people.length;
    this.people.push(person);
    if (insight) (this.raw.insights ??= {})[String(i)] = insight;
    for (const [field, ev] of Object.entries(evidence)) if (ev) this.evidence[`people[${i}].${field}`] = ev;
  }

  /** True (and noted) when a name check found a problem with `value`. */
  private refuses(path: string, value: string, problem: string | null): boolean {
    if (problem) this.rejected.push(`${path}: "${snip(value, 80)}" (${problem})`);
    return problem !== null;
  }

  finish(): Observation {
    const missing: string[] = [];
    // A person page whose subject has no readable name is not a profile (a wall, an error page,
    // "An exact match for … could not be found"): nothing about a person is claimed.
    const named = this.subject !== 'person' || (this.person?.name ?? null) !== null;
    const person = named && this.person && Object.values(this.person).some((v) => v !== null) ? this.person : null;
    const company =
      this.company && Object.entries(this.company).some(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0))
        ? this.company
        : null;
    const expectsPerson = this.subject === 'person';
    const expectsCompany = this.subject === 'company';
    if (person || expectsPerson) {
      const p = person ?? emptyPerson();
      for (const [k, v] of Object.entries(p)) if (v === null) missing.push(`person.${k}`);
    }
    if (company || expectsCompany) {
      const c = company ?? emptyCompany();
      for (const [k, v] of Object.entries(c)) if (v === null || (Array.isArray(v) && v.length === 0)) missing.push(`company.${k}`);
    }
    if (this.subject === 'people' && this.people.length === 0) missing.push('people');
    if (this.subject === 'person' && !person) {
      const why = this.rejected.find((x) => x.startsWith('person.name'));
      missing.push(`not a profile: ${why ? `the name slot holds ${why.slice('person.name: '.length)}` : 'no name on the page'}`);
    }
    // Evidence only for what survived.
    const evidence: Record<string, Evidence> = {};
    for (const [k, v] of Object.entries(this.evidence)) {
      if ((k.startsWith('person.') && !person) || (k.startsWith('company.') && !company)) continue;
      evidence[k] = v;
    }
    const obs: Observation = { url: this.url, kind: this.kind, person, people: this.people, company, evidence, missing };
    if (this.page) obs.page = this.page;
    if ((this.raw.employees !== undefined && company) || this.raw.insights) obs.raw = this.raw;
    return obs;
  }
}

/** Placeholder strings pages show instead of a value. */
const PLACEHOLDERS = new Set(['--', '-', '—', '–', 'n/a', 'na', 'null', 'undefined', 'linkedin member', 'unknown']);

/**
 * The cleaned text of a value (lib/extract/text-clean.ts: glyphs, emoji, control characters
 * removed; every script's letters kept), or null when empty or a placeholder.
 */
export function usable(value: string | null | undefined): string | null {
  const v = cleanText(value && value.length > 20_000 ? value.slice(0, 20_000) : value);
  if (!v || v.length > 5000) return v.length > 5000 ? v.slice(0, 5000) : null;
  if (PLACEHOLDERS.has(v.toLowerCase())) return null;
  return v;
}

/** An evidence snippet: the page's words, cleaned like values, shortened. */
export function quote(text: string): string {
  return snip(cleanText(text.length > 2_000 ? text.slice(0, 2_000) : text));
}

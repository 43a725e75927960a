import type { CompanyObservation, Evidence, Observation, PageKind, PersonObservation } from '../observation';
import { emptyCompany, emptyPerson } from '../observation-empty';
import { clean, snip } from './dom';

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
    if (!v || person[field] !== null) return false;
    person[field] = v;
    this.evidence[`person.${field}`] = { source, snippet: snip(snippet ?? v) };
    return true;
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
    company[field] = field === 'description' ? v.slice(0, 5000) : v;
    this.evidence[`company.${field}`] = { source, snippet: snip(snippet ?? v) };
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
    company[field] = value;
    this.evidence[`company.${field}`] = { source, snippet: snip(snippet) };
    return true;
  }

  addPerson(person: PersonObservation, evidence: Partial<Record<keyof PersonObservation, Evidence>>): void {
    const i = this.people.length;
    this.people.push(person);
    for (const [field, ev] of Object.entries(evidence)) if (ev) this.evidence[`people[${i}].${field}`] = ev;
  }

  finish(): Observation {
    const missing: string[] = [];
    const person = this.person && Object.values(this.person).some((v) => v !== null) ? this.person : null;
    const company =
      this.company && Object.entries(this.company).some(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0))
        ? this.company
        : null;
    const expectsPerson = this.kind === 'linkedin-person' || this.kind === 'salesnav-lead';
    const expectsCompany = this.kind === 'linkedin-company' || this.kind === 'salesnav-account' || this.kind === 'company-site';
    if (person || expectsPerson) {
      const p = person ?? emptyPerson();
      for (const [k, v] of Object.entries(p)) if (v === null) missing.push(`person.${k}`);
    }
    if (company || expectsCompany) {
      const c = company ?? emptyCompany();
      for (const [k, v] of Object.entries(c)) if (v === null || (Array.isArray(v) && v.length === 0)) missing.push(`company.${k}`);
    }
    if (this.kind === 'linkedin-search' && this.people.length === 0) missing.push('people');
    // Evidence only for what survived.
    const evidence: Record<string, Evidence> = {};
    for (const [k, v] of Object.entries(this.evidence)) {
      if ((k.startsWith('person.') && !person) || (k.startsWith('company.') && !company)) continue;
      evidence[k] = v;
    }
    return { url: this.url, kind: this.kind, person, people: this.people, company, evidence, missing };
  }
}

/** Placeholder strings pages show instead of a value. */
const PLACEHOLDERS = new Set(['--', '-', '—', '–', 'n/a', 'na', 'null', 'undefined', 'linkedin member', 'unknown']);

export function usable(value: string | null | undefined): string | null {
  const v = clean(value);
  if (!v || v.length > 5000) return v.length > 5000 ? v.slice(0, 5000) : null;
  if (PLACEHOLDERS.has(v.toLowerCase())) return null;
  return v;
}

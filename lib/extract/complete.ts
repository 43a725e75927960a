import type { CompanyObservation, Evidence, Observation, PersonObservation } from '../observation';
import { parseEmployeeRange } from '../normalize/employees';
import { companyFromHeadline, headlineEvidence, titleFromHeadline, type HeadlineCompany } from '../sites/headline';
import { readerInfo } from '../sites/reader-infos';
import { emptyCompany, emptyPerson } from '../observation-empty';
import { PAGE_LABELS } from '../normalize/titles';
import { membersOnLinkedin } from '../sites/linkedin-members';
import { companySite, foundedYear, splitList } from '../sites/linkedin-company';
import { snip } from './dom';
import { companyNameProblem, personNameProblem } from './names';
import { quote, usable } from './record';
import { readSiteFacts } from './site-facts';
import { cleanText } from './text-clean';

/**
 * Completes what the readers leave unchecked or unparsed, so the LinkedIn content script stays within
 * its size budget (#12): the full name checks (lib/extract/names.ts: error and sign-in phrases,
 * sentences; the Recorder checked only the shape), the company and title a headline or a list
 * row's insight line states (lib/sites/headline.ts) and the size band's range
 * (lib/normalize/employees.ts), and a company website's headquarters and founding year from its
 * address blocks and prose (lib/extract/site-facts.ts, out of the company script's budget). Nothing here
 * needs the DOM. The background runs it on every observation it receives (the trust boundary),
 * and `extractPage` / `extractLinkedinPage` run it for the CLI, the eval and the tests, so every
 * consumer sees the same observation. Pure; returns a new observation without `raw`; running it
 * on a completed observation changes nothing.
 *
 * Each step is the one the reader ran at that point before (#16: the headline is the last source
 * of a profile's employer), with the same checks and evidence.
 */
export function completeObservation(observation: Observation): Observation {
  const { raw, ...rest } = observation;
  const obs: Observation = { ...rest, evidence: { ...rest.evidence }, missing: [...rest.missing] };
  const refused = raw?.refused ? [raw.refused] : [];
  if (raw && (raw.addressBlocks || raw.pageText !== undefined)) completeSiteFacts(obs, raw);
  finishCleaning(obs);
  const insights = checkNames(obs, raw?.names ?? {}, raw?.insights, refused);
  if (raw?.about && obs.company) completeAbout(obs, obs.company, raw.about);
  if (obs.company && raw?.employees !== undefined && obs.company.employees) {
    // The content script recorded the band only when it parses (lib/normalize/employee-band.ts).
    const range = parseEmployeeRange(raw.employees);
    obs.company = { ...obs.company, employees: range };
    if (!range) delete obs.evidence['company.employees'];
  }
  if (obs.kind === 'linkedin-person' && obs.person) obs.person = completeProfile(obs.person, obs);
  if (obs.people.length) obs.people = obs.people.map((p, i) => completeRow(p, i, insights?.[String(i)] ?? null, obs.evidence));
  finishSections(obs, refused);
  return obs;
}

/**
 * A company website's headquarters and founding year from the text its script recorded
 * (lib/extract/site-facts.ts), set as the Recorder would have set them in the reader: the first
 * value kept, text values and snippets stripped of decoration (cleaned with the rest below). The
 * prose counts a sentence naming the company as about it, by the name the reader had then.
 */
function completeSiteFacts(obs: Observation, raw: NonNullable<Observation['raw']>): void {
  const names = obs.company?.name ? [obs.company.name] : [];
  // The evidence the reader recorded after this point (head-count, description, technologies) stays after the facts'.
  const later = Object.entries(obs.evidence).slice(raw.factsAt ?? Infinity);
  for (const [key] of later) delete obs.evidence[key];
  const set = <K extends 'headquarters' | 'founded'>(field: K, value: CompanyObservation[K] | null, snippet: string): boolean => {
    if (value === null || (obs.company && obs.company[field] !== null)) return false;
    obs.company = { ...(obs.company ?? emptyCompany()), [field]: value };
    obs.evidence[`company.${field}`] = { source: 'text', snippet: quote(snippet) };
    return true;
  };
  readSiteFacts(raw, obs.page, names, {
    has: (field) => `company.${field}` in obs.evidence,
    headquarters: (value, snippet) => set('headquarters', usable(value), snippet),
    founded: (value, snippet) => set('founded', value, snippet),
  });
  for (const [key, ev] of later) obs.evidence[key] = ev;
}

/**
 * LinkedIn About-list entries under a label in another UI language (the content script knows the
 * English, German, French and Spanish ones): the label is looked up in every language's labels
 * (lib/normalize/titles, `labels` of each language module) and the value read as the reader reads
 * it, for the fields the page has not stated otherwise (the entry's next line: a member count).
 */
function completeAbout(obs: Observation, original: CompanyObservation, about: NonNullable<NonNullable<Observation['raw']>['about']>): void {
  const company = { ...original };
  const set = <K extends keyof CompanyObservation>(field: K, value: CompanyObservation[K] | null | undefined, snippet: string): void => {
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return;
    const current = company[field];
    if (current !== null && !(Array.isArray(current) && current.length === 0)) return;
    company[field] = value;
    obs.evidence[`company.${field}`] = { source: 'selector', snippet: quote(snippet, cleanText) };
  };
  for (const [label, rawValue, next] of about) {
    const field = PAGE_LABELS.get(label.toLowerCase());
    const value = usable(rawValue, cleanText);
    if (!field || !value) continue;
    const snippet = `${label}: ${value}`;
    if (field === 'website') {
      const site = companySite(value.split(/\s/)[0] ?? '');
      if (site && company.website === null) {
        set('website', site.url, snippet);
        set('domain', site.domain, snippet);
      }
    } else if (field === 'size') {
      set('employees', parseEmployeeRange(value), snippet);
      const members = next ? membersOnLinkedin(next) : null;
      set('employeesOnLinkedin', members, `${label}: ${next}`);
    } else if (field === 'founded') set('founded', foundedYear(value), snippet); else if (field === 'specialties') set('specialties', splitList(value), snippet);
    else set(field, value, snippet);
  }
  obs.company = company;
}

/**
 * A profile's employer from its headline, when neither structured data, the current-company
 * button nor an Experience entry named one ("VP Sales at Acme | ex-Google" → Acme); when one did
 * and the headline names the same company, the headline's role is the title.
 */
function completeProfile(original: PersonObservation, obs: Observation): PersonObservation {
  const person = { ...original };
  if (!person.headline) return person;
  const found = companyFromHeadline(person.headline);
  if (!found) return person;
  const set = (field: 'company' | 'title', value: string | null): boolean => {
    const v = usable(value, cleanText);
    if (!v || person[field] !== null) return false;
    if (field === 'company' && companyNameProblem(v)) return false;
    person[field] = v;
    obs.evidence[`person.${field}`] = { source: 'headline', snippet: quote(headlineEvidence(found), cleanText) };
    return true;
  };
  if (person.company) {
    // The headline names the current company ("Founder & CPO @ MavenAGI" for "Maven AGI"): its role is the title.
    const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    if (found.title && squash(found.company) === squash(person.company)) set('title', found.title);
    return person;
  }
  if (set('company', found.company) && found.title) set('title', found.title);
  return person;
}

/**
 * A list row without a company: the one its insight line ("Current: VP Sales at Acme") or headline
 * states as current, then the headline's role as its title. As when the row was read: the evidence
 * is kept even when the company then fails the name check (lib/extract/record.ts addPerson).
 */
function completeRow(original: PersonObservation, i: number, insight: string | null, evidence: Record<string, Evidence>): PersonObservation {
  const person = { ...original };
  const set = (field: 'company' | 'title', value: string | null, snippet: string): void => {
    const v = usable(value, cleanText);
    if (!v || person[field] !== null) return;
    person[field] = v;
    evidence[`people[${i}].${field}`] = { source: 'headline', snippet: snip(snippet) };
  };
  if (!person.company) {
    const found: HeadlineCompany | null = companyFromHeadline(person.headline, insight);
    if (found) {
      set('company', found.company, headlineEvidence(found));
      set('title', found.title, headlineEvidence(found));
      if (person.company && companyNameProblem(person.company)) person.company = null;
    }
  }
  if (!person.title) {
    const role = titleFromHeadline(person.headline);
    if (role) set('title', role, `headline "${person.headline}"`);
  }
  return person;
}

/**
 * Every text value and evidence snippet cleaned for display (lib/extract/text-clean.ts `cleanText`:
 * the content scripts only stripped decoration). Changes nothing on a completed observation.
 */
function finishCleaning(obs: Observation): void {
  const cleaned = <T extends Record<string, unknown>>(section: T, path: string): T => {
    const out: Record<string, unknown> = { ...section };
    for (const [key, value] of Object.entries(section)) {
      if (typeof value === 'string') {
        out[key] = usable(value, cleanText);
        if (out[key] === null) delete obs.evidence[`${path}.${key}`];
      } else if (key === 'specialties' && Array.isArray(value)) {
        out[key] = value.map((v) => usable(String(v), cleanText)).filter((v) => v !== null);
      }
    }
    return out as T;
  };
  if (obs.person) obs.person = cleaned(obs.person, 'person');
  if (obs.company) obs.company = cleaned(obs.company, 'company');
  obs.people = obs.people.map((row, i) => cleaned(row, `people[${i}]`));
  // The snippets the Recorder quoted (a field's own evidence; the technologies' are the page's code, kept as read).
  for (const [key, ev] of Object.entries(obs.evidence)) if (FIELD_EVIDENCE.test(key)) obs.evidence[key] = { source: ev.source, snippet: quote(ev.snippet, cleanText) };
}

const FIELD_EVIDENCE = /^(?:person|company|people\[\d+\])\.\w+$/;

type Alternates = NonNullable<NonNullable<Observation['raw']>['names']>;

/**
 * The full name checks on what the Recorder took by shape alone, with the reader's fall-through:
 * a name slot whose value is an error phrase or a sentence takes the first later candidate that
 * passes (the Recorder kept them), else is emptied (why, in `refused`); a list row whose name fails
 * is dropped (evidence and insight lines renumbered). Returns the insight lines by the rows' new indexes.
 */
function checkNames(obs: Observation, alternates: Alternates, insights: Record<string, string> | undefined, refused: string[]): Record<string, string> | undefined {
  /** The slot's value if it passes, else the first alternate that does (its evidence then), else null. */
  const settle = (path: keyof Alternates, value: string | null, problemOf: (s: string) => string | null): string | null => {
    if (value === null) return null;
    const later = (alternates[path] ?? []).map((a) => ({ value: usable(a.value, cleanText), evidence: { source: a.source, snippet: quote(a.snippet, cleanText) } }));
    for (const candidate of [{ value, evidence: null }, ...later]) {
      if (candidate.value === null) continue;
      const problem = problemOf(candidate.value);
      if (!problem) {
        if (candidate.evidence) obs.evidence[path] = candidate.evidence;
        return candidate.value;
      }
      refused.push(`${path}: "${snip(candidate.value, 80)}" (${problem})`);
    }
    delete obs.evidence[path];
    return null;
  };
  if (obs.person) {
    const person = { ...obs.person, name: settle('person.name', obs.person.name, personNameProblem) };
    person.company = settle('person.company', obs.person.company, companyNameProblem);
    // The company page linked was the refused company's: not claimed for another one.
    if (person.company !== obs.person.company && person.companyLinkedinUrl !== null) {
      person.companyLinkedinUrl = null;
      delete obs.evidence['person.companyLinkedinUrl'];
    }
    obs.person = person;
  }
  if (obs.company) obs.company = { ...obs.company, name: settle('company.name', obs.company.name, companyNameProblem) };

  if (!obs.people.some((p) => (p.name !== null && personNameProblem(p.name)) || (p.company !== null && companyNameProblem(p.company)))) return insights;
  const kept: Observation['people'] = [];
  const evidence: Observation['evidence'] = {};
  const renumbered: Record<string, string> = {};
  for (const [key, ev] of Object.entries(obs.evidence)) if (!key.startsWith('people[')) evidence[key] = ev;
  obs.people.forEach((row, i) => {
    if (row.name === null || personNameProblem(row.name)) return;
    const j = kept.length;
    // As the Recorder did: a company that is not a name is dropped, its evidence kept.
    kept.push(row.company !== null && companyNameProblem(row.company) ? { ...row, company: null } : row);
    for (const [key, ev] of Object.entries(obs.evidence)) if (key.startsWith(`people[${i}].`)) evidence[`people[${j}].${key.slice(`people[${i}].`.length)}`] = ev;
    const line = insights?.[String(i)];
    if (line !== undefined) renumbered[String(j)] = line;
  });
  obs.people = kept;
  obs.evidence = evidence;
  return insights ? renumbered : undefined;
}

const FIELD_PATHS = new Set(['people', ...Object.keys(emptyPerson()).map((k) => `person.${k}`), ...Object.keys(emptyCompany()).map((k) => `company.${k}`)]);

/**
 * What survives and what is missing, once every value is checked and parsed: a person page whose
 * subject has no readable name is not a profile (a wall, an error page, "An exact match for … could
 * not be found": nothing about a person is claimed); a section with no value is none, unless it is
 * what the page is about (lib/sites reader's `subject`), whose empty fields are then all listed as
 * missing. Evidence only for what survived. Notes already in `missing` are kept (completing twice
 * changes nothing).
 */
function finishSections(obs: Observation, refused: string[]): void {
  const subject = readerInfo(obs.kind)?.subject ?? null;
  const holds = (section: object): boolean => Object.values(section).some((v) => v !== null && !(Array.isArray(v) && v.length === 0));
  if (obs.person && !((subject !== 'person' || obs.person.name !== null) && holds(obs.person))) obs.person = null;
  if (obs.company && !holds(obs.company)) obs.company = null;
  for (const key of Object.keys(obs.evidence)) if ((key.startsWith('person.') && !obs.person) || (key.startsWith('company.') && !obs.company)) delete obs.evidence[key];
  const notes = obs.missing.filter((m) => !FIELD_PATHS.has(m));
  const missing: string[] = [];
  if (obs.person || subject === 'person') for (const [k, v] of Object.entries(obs.person ?? emptyPerson())) if (v === null) missing.push(`person.${k}`);
  if (obs.company || subject === 'company') for (const [k, v] of Object.entries(obs.company ?? emptyCompany())) if (v === null || (Array.isArray(v) && v.length === 0)) missing.push(`company.${k}`);
  if (subject === 'people' && obs.people.length === 0) missing.push('people');
  if (subject === 'person' && !obs.person && !notes.some((n) => n.startsWith('not a profile'))) {
    const why = refused.find((x) => x.startsWith('person.name'));
    notes.push(`not a profile: ${why ? `the name slot holds ${why.slice('person.name: '.length)}` : 'no name on the page'}`);
  }
  obs.missing = [...missing, ...notes];
}

import type { Evidence, Observation, PersonObservation } from '../observation';
import { parseEmployeeRange } from '../normalize/employees';
import { companyFromHeadline, headlineEvidence, titleFromHeadline, type HeadlineCompany } from '../sites/headline';
import { snip } from './dom';
import { companyNameProblem } from './names';
import { quote, usable } from './record';

/**
 * Completes what the LinkedIn readers leave unparsed, so their content script stays within its
 * size budget (#12): the company and title a headline or a list row's insight line states
 * (lib/sites/headline.ts) and the size band's range (lib/normalize/employees.ts). Nothing here
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
  if (obs.company && raw?.employees !== undefined && obs.company.employees) {
    // The content script recorded the band only when it parses (lib/normalize/employee-band.ts).
    const range = parseEmployeeRange(raw.employees);
    obs.company = { ...obs.company, employees: range };
    if (!range) {
      delete obs.evidence['company.employees'];
      obs.missing.push('company.employees');
    }
  }
  if (obs.kind === 'linkedin-person' && obs.person) obs.person = completeProfile(obs.person, obs);
  if (obs.people.length) obs.people = obs.people.map((p, i) => completeRow(p, i, raw?.insights?.[String(i)] ?? null, obs.evidence));
  return obs;
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
    const v = usable(value);
    if (!v || person[field] !== null) return false;
    if (field === 'company' && companyNameProblem(v)) return false;
    person[field] = v;
    obs.evidence[`person.${field}`] = { source: 'headline', snippet: quote(headlineEvidence(found)) };
    obs.missing = obs.missing.filter((m) => m !== `person.${field}`);
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
    const v = usable(value);
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

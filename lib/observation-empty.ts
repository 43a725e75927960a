// No zod here: the content script imports this and must stay small.
import type { CompanyObservation, PersonObservation } from './observation';

export function emptyPerson(): PersonObservation {
  return { name: null, headline: null, title: null, company: null, companyLinkedinUrl: null, location: null, linkedinUrl: null };
}

export function emptyCompany(): CompanyObservation {
  return {
    name: null,
    domain: null,
    website: null,
    linkedinUrl: null,
    industry: null,
    employees: null,
    employeesOnLinkedin: null,
    headquarters: null,
    founded: null,
    description: null,
    specialties: [],
    followers: null,
    technologies: [],
  };
}

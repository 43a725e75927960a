import { z } from 'zod';

/**
 * What a page says about its subject. This is the contract printed by
 * `leadfit extract` and sent by the content script to the background.
 * A field the page does not state is `null` and its path is listed in `missing`;
 * every stated field has an entry in `evidence` keyed by the same path
 * ("person.name", "company.employees", "people[2].name").
 */
/**
 * Every kind but 'unsupported' is read by exactly one reader in lib/sites (registry.ts); the
 * registry meta-test (tests/unit/reader-registry.test.ts) fails when a kind has no reader or a
 * reader's kind is missing here. The list stays literal because the zod enum needs it statically.
 */
export const PAGE_KINDS = [
  'linkedin-person',
  'linkedin-company',
  'linkedin-search',
  'salesnav-lead',
  'salesnav-account',
  'company-site',
  'unsupported',
] as const;
export const pageKindSchema = z.enum(PAGE_KINDS);
export type PageKind = z.infer<typeof pageKindSchema>;

const text = z.string().max(5000).nullable();

export const evidenceSchema = z.object({
  /** Where the value came from: "json-ld", "meta", "embedded-json", "selector", "text", "url", "script", "link", ... */
  source: z.string().max(64),
  /** A short excerpt of the page that states the value (at most ~200 characters). */
  snippet: z.string().max(1000),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const personSchema = z.object({
  name: text,
  headline: text,
  title: text,
  company: text,
  companyLinkedinUrl: text,
  location: text,
  linkedinUrl: text,
});
export type PersonObservation = z.infer<typeof personSchema>;

export const technologySchema = z.object({
  name: z.string().max(200),
  category: z.string().max(100),
});
export type TechnologyObservation = z.infer<typeof technologySchema>;

export const employeeRangeSchema = z.object({
  min: z.number().int().nonnegative().nullable(),
  max: z.number().int().nonnegative().nullable(),
});
export type EmployeeRange = z.infer<typeof employeeRangeSchema>;

export const companySchema = z.object({
  name: text,
  domain: text,
  website: text,
  linkedinUrl: text,
  industry: text,
  employees: employeeRangeSchema.nullable(),
  employeesOnLinkedin: z.number().int().nonnegative().nullable(),
  headquarters: text,
  founded: z.number().int().nullable(),
  description: text,
  specialties: z.array(z.string().max(500)).max(200),
  followers: z.number().int().nonnegative().nullable(),
  technologies: z.array(technologySchema).max(500),
});
export type CompanyObservation = z.infer<typeof companySchema>;

/** A later candidate for a name slot (Observation.raw.names). */
const nameCandidateSchema = z.object({ value: z.string().max(5000), source: z.string().max(64), snippet: z.string().max(1000) });

export const observationSchema = z.object({
  url: z.string().max(4000),
  kind: pageKindSchema,
  person: personSchema.nullable(),
  people: z.array(personSchema).max(200),
  company: companySchema.nullable(),
  evidence: z.record(z.string(), evidenceSchema),
  missing: z.array(z.string()),
  /**
   * On company websites, what the page is (from its URL and markup): descriptions are read only
   * from home and about pages, prose facts only from home and about pages; a blog post says so.
   */
  page: z.enum(['home', 'about', 'blog', 'product', 'careers', 'legal', 'other']).optional(),
  /**
   * Page text the LinkedIn content script sends unparsed, to keep its bundle small (#12):
   * lib/extract/complete.ts parses it (in the background, the CLI, tests) and removes this field.
   * `employees`: the size band's text (`company.employees` holds {min: null, max: null} until then);
   * `insights`: a list row's "Current: … at X" line, by index into `people`;
   * `names`: later candidates for a name slot (person.name, person.company, company.name), tried in
   * order when the slot's value fails the full name check (lib/extract/names.ts); `refused`: why the
   * Recorder refused a person's name by its shape (for "not a profile: …"); `about`: LinkedIn About-list
   * entries whose label the content script does not know (label, value, the entry's next line), read
   * with every UI language's labels (lib/normalize/titles PAGE_LABELS) when completed.
   * Company websites (the company script's budget, #12): `addressBlocks`, the footer, address and
   * contact blocks in page order (`text` as one string, `words` kept apart at element boundaries),
   * and `pageText`, the body's visible words, when a reader of them still had a field to fill;
   * lib/extract/site-facts.ts reads the headquarters and founding year from them; `factsAt`: how
   * many evidence entries the reader had recorded then (the facts' evidence goes there, as if read then).
   */
  raw: z
    .object({
      employees: z.string().max(400).optional(),
      insights: z.record(z.string(), z.string().max(300)).optional(),
      names: z.partialRecord(z.enum(['person.name', 'person.company', 'company.name']), z.array(nameCandidateSchema).max(3)).optional(),
      refused: z.string().max(400).optional(),
      about: z.array(z.tuple([z.string().max(80), z.string().max(2000), z.string().max(300)])).max(12).optional(),
      addressBlocks: z.array(z.object({ text: z.string().max(20_000), words: z.string().max(20_000) })).max(30).optional(),
      pageText: z.string().max(200_000).optional(),
      factsAt: z.number().int().nonnegative().max(10_000).optional(),
    })
    .optional(),
});
export type Observation = z.infer<typeof observationSchema>;
export type SitePage = NonNullable<Observation['page']>;

import { z } from 'zod';
import { BOOK_STATUSES } from './status';

/**
 * The account book as a file (`leadfit accounts import … --out book.json`, later synced beside
 * the pack). Versioned: `format` names the kind of file, `version` its shape; a reader refuses a
 * newer version with a sentence rather than guessing. Size limits keep a hostile or mistaken
 * file from exhausting memory: 250,000 accounts, 100 MB of JSON, short strings.
 */
export const BOOK_FORMAT = 'leadfit-account-book';
export const BOOK_VERSION = 1;

export const BOOK_LIMITS = {
  accounts: 250_000,
  bytes: 100 * 1024 * 1024,
  text: 300,
  url: 500,
} as const;

const text = z.string().max(BOOK_LIMITS.text).nullable();
const range = z
  .object({ min: z.number().nonnegative().nullable(), max: z.number().nonnegative().nullable() })
  .nullable();

export const bookAccountSchema = z.object({
  name: text,
  /** Registrable domain ("acme.co.uk"). */
  domain: z.string().max(253).nullable(),
  /** https://www.linkedin.com/company/<slug>/ */
  linkedinUrl: z.string().max(BOOK_LIMITS.url).nullable(),
  industry: text,
  employees: range,
  /** Annual revenue in US dollars (lib/normalize/revenue converts other currencies). */
  revenue: range,
  country: text,
  region: text,
  city: text,
  /** A whole address or HQ when the file has no separate parts (Pipedrive "Address"). */
  location: text,
  owner: text,
  status: z.enum(BOOK_STATUSES).nullable(),
  /** The line of the CRM file it came from, so a manager can find it. */
  line: z.number().int().nonnegative(),
});
export type BookAccount = z.infer<typeof bookAccountSchema>;

export const bookSchema = z.object({
  format: z.literal(BOOK_FORMAT),
  version: z.literal(BOOK_VERSION),
  importedAt: z.string().max(40),
  /** Which column each role was read from (the mapping the preview showed). */
  columns: z.record(z.string().max(40), z.string().max(BOOK_LIMITS.text)),
  accounts: z.array(bookAccountSchema).max(BOOK_LIMITS.accounts),
});
export type Book = z.infer<typeof bookSchema>;

export type ParseBookResult = { ok: true; book: Book } | { ok: false; error: string };

/** A book file's text checked against the schema and the limits; errors are sentences. */
export function parseBookJson(textIn: string): ParseBookResult {
  if (textIn.length > BOOK_LIMITS.bytes) return { ok: false, error: `the book is ${(textIn.length / 1048576).toFixed(1)} MB, larger than the limit of ${BOOK_LIMITS.bytes / 1048576} MB` };
  let data: unknown;
  try {
    data = JSON.parse(textIn);
  } catch (err) {
    return { ok: false, error: `the book is not JSON (${(err as Error).message})` };
  }
  const head = data as { format?: unknown; version?: unknown } | null;
  if (!head || typeof head !== 'object' || head.format !== BOOK_FORMAT) return { ok: false, error: `not an account book (format is not "${BOOK_FORMAT}")` };
  if (typeof head.version === 'number' && head.version > BOOK_VERSION) return { ok: false, error: `the book is version ${head.version}; this LeadFit reads version ${BOOK_VERSION}: update LeadFit` };
  const parsed = bookSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, error: `the book is not valid: ${issue.path.join('.') || '(top)'}: ${issue.message}${parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more)` : ''}` };
  }
  return { ok: true, book: parsed.data };
}

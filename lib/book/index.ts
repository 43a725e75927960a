/** The team's account book: import from a CRM export, the versioned file, and matching a page to an account. */
export { importBook, type BookPreview, type BookProblem, type ImportOptions, type ImportResult } from './import';
export { bookCompany, createBookIndex, type BookIndex, type BookMatch, type MatchedBy } from './match';
export { normalizeCompanyName, normalizeLinkedinCompanyUrl, registrableDomain } from './keys';
export { BOOK_FORMAT, BOOK_LIMITS, BOOK_VERSION, bookSchema, parseBookJson, type Book, type BookAccount } from './schema';
export { BOOK_STATUSES, STATUS_LABELS, statusFrom, type BookStatus } from './status';

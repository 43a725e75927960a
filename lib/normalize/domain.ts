/**
 * A company's domain as one key: "https://www.Acme.com/about" → "acme.com". Null when there is
 * no dot (not a domain). Used to join accounts (lib/accounts), CSV rows (lib/scoring/csv-rows)
 * and research pages (lib/background/research).
 */
export function normalizeDomain(domain: string | null): string | null {
  if (!domain) return null;
  const host = domain.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').split(/[/?#]/)[0]!.replace(/^www\./, '');
  return host.includes('.') ? host : null;
}

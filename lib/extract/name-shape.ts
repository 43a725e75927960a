/**
 * The shape of a name, checked where it is read (the Recorder, in the content scripts): length,
 * digits, addresses, markup, word count. What a name slot may hold beyond its shape (error and
 * sign-in phrases in many languages, sentences) is checked by lib/extract/names.ts when the
 * observation is completed (lib/extract/complete.ts), outside the LinkedIn content script's
 * 15 KB budget (#12); the Recorder keeps the candidates after the first so completion can fall
 * through to the next one, as the reader would have. Patterns are linear.
 */

const HAS_DIGIT = /\p{Nd}/u;
const HAS_URL = /:\/\/|\bwww\.|\.(?:com|net|org|io|html?|php)(?:[/?#]|$)/i;
const MARKUP = /[<>{}[\]=|\\/_]|&[a-z]+;/i;

/** Why `name` cannot be a person's name by its shape, or null. */
export function personNameShapeProblem(name: string): string | null {
  const s = name.trim();
  if (s.length < 2) return 'too short';
  if (s.length > 80) return 'too long for a name';
  if (HAS_DIGIT.test(s)) return 'has digits';
  if (s.includes('@') || HAS_URL.test(s)) return 'is an address, not a name';
  if (MARKUP.test(s)) return 'has markup or symbols';
  // Credentials after a comma are part of how people write their name ("Jane Doe, MBA, PMP").
  if (nameWords(s).length > 6) return 'more than six words';
  return null;
}

/**
 * Why `name` cannot be a company's name by its shape, or null. Companies may have digits ("3M",
 * "1Password") and a domain for a name ("Booking.com"), so only URLs with a scheme or path,
 * e-mail addresses and markup are refused.
 */
export function companyNameShapeProblem(name: string): string | null {
  const s = name.trim();
  if (s.length < 1) return 'empty';
  if (s.length > 120) return 'too long for a name';
  if (s.includes('@') || /:\/\/|\bwww\.|\/\S/.test(s)) return 'is an address, not a name';
  if (/[<>{}=\\]|\{\{/.test(s)) return 'has markup';
  if (s.split(/\s+/).filter(Boolean).length > 12) return 'more than twelve words';
  return null;
}

/** The words of a person's name, credentials after a comma left out. */
export function nameWords(s: string): string[] {
  return (s.split(',')[0] ?? s).split(/\s+/).filter(Boolean);
}

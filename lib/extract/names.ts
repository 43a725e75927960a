/**
 * Does a string in a name slot look like a name? Pages put sentences where names go: a LinkedIn
 * "profile not found" page ("An exact match for … could not be found."), sign-in walls, cookie
 * banners, 404 pages in any UI language. Each check returns why the text is not a name, or null.
 * The text is expected already cleaned (lib/extract/text-clean.ts). Patterns are linear.
 */

/**
 * Phrases of error pages, sign-in walls and placeholders, in the UI languages reps use most.
 * Matched as whole words anywhere in the value (names never contain them). One alternation per
 * language group, no regex metacharacters in the phrases (so none are escaped).
 */
const WALL_PHRASES = [
  // English
  "not found|could not be found|cannot be found|can't be found|no longer available|not available|unavailable|does not exist|doesn't exist|page not|profile not|sign in|sign up|signin|signup|log in|login|log out|join now|join linkedin|welcome back|something went wrong|try again|access denied|forbidden|an error|error occurred|error page|404|oops|sorry|exact match|no results|please|to view|to see|view profile|full profile|linkedin member|private profile|out of network|enable javascript|loading|redirecting|captcha|verify you are|are you a robot|security check|accept all|home page|skip to content|skip to",
  // German
  'nicht gefunden|existiert nicht|nicht verfügbar|anmelden|einloggen|registrieren|ein fehler|leider|bitte|jetzt|willkommen',
  // French
  "n'existe pas|n’existe pas|introuvable|pas trouvé|s'identifier|s’identifier|se connecter|s'inscrire|connexion|inscription|une erreur|désolé|bienvenue",
  // Spanish, Portuguese, Italian, Dutch
  'no encontrado|no existe|no se encontró|iniciar sesión|regístrate|únete|lo sentimos|não encontrad|não existe|cadastre|non trovat|non esiste|accedi|niet gevonden|bestaat niet|inloggen|aanmelden',
].join('|');

const WALL = new RegExp(`(?:^|[^\\p{L}])(?:${WALL_PHRASES})(?![\\p{L}])`, 'iu');

/**
 * Words of running text that names do not contain: verbs, pronouns, negations, demonstratives.
 * Counted only when written in lower case (or first), so "We Are Social" stays a company.
 */
const STRONG_WORDS = new Set(
  "is are was were be been being could would should can cannot will not no does doesn't don't did do has have had this that these those it it's you your we our they their here there what which how why if because see view find found get please ist sind wurde nicht kein keine diese dieser dieses sie wir ihr können konnte est sont pas cette vous votre nous été es esta está usted fue não foi het niet è sono non".split(' '),
);
/**
 * Articles and prepositions: one may sit in a company's name ("Bank of America"), two in a
 * person's name slot are a title or a sentence ("Head of Sales at Acme").
 * Name particles (de, van, der, von, da, di, al, bin, la, le, du, dos, das, y, e) are deliberately absent.
 */
const CONNECTIVES = new Set(
  'a an the for with from to of in on at by about into or but and all any more und oder mit für im ein eine une un et ou avec pour una uno con para por que uma um com een il per'.split(' '),
);

const HAS_DIGIT = /\p{Nd}/u;
const HAS_URL = /:\/\/|\bwww\.|\.(?:com|net|org|io|html?|php)(?:[/?#]|$)/i;
const MARKUP = /[<>{}[\]=|\\/_]|&[a-z]+;/i;
/** Ends like a sentence (but "Fabian M." and "Jane Doe Jr." end in a period, so only ?, ! and … count, or a long word + "."). */
const SENTENCE_END = /[?!…]$|\p{Ll}{3,}\.$/u;

/** Why `name` is not a person's name, or null when it may be one. */
export function personNameProblem(name: string): string | null {
  const s = name.trim();
  if (s.length < 2) return 'too short';
  if (s.length > 80) return 'too long for a name';
  if (HAS_DIGIT.test(s)) return 'has digits';
  if (s.includes('@') || HAS_URL.test(s)) return 'is an address, not a name';
  if (MARKUP.test(s)) return 'has markup or symbols';
  // Credentials after a comma are part of how people write their name ("Jane Doe, MBA, PMP").
  const core = s.split(',')[0] ?? s;
  const words = core.split(/\s+/).filter(Boolean);
  if (words.length > 6) return 'more than six words';
  return textProblem(s, words, true);
}

/**
 * Why `name` is not a company's name, or null when it may be one. Companies may have digits
 * ("3M", "1Password") and a domain for a name ("Booking.com"), so only URLs with a scheme or
 * path, e-mail addresses, markup, wall phrases and sentences are refused.
 */
export function companyNameProblem(name: string): string | null {
  const s = name.trim();
  if (s.length < 1) return 'empty';
  if (s.length > 120) return 'too long for a name';
  if (s.includes('@') || /:\/\/|\bwww\.|\/\S/.test(s)) return 'is an address, not a name';
  if (/[<>{}=\\]|\{\{/.test(s)) return 'has markup';
  const words = s.split(/\s+/).filter(Boolean);
  if (words.length > 12) return 'more than twelve words';
  return textProblem(s, words, false);
}

function textProblem(s: string, words: string[], person: boolean): string | null {
  if (WALL.test(s)) return 'an error or sign-in phrase';
  if (SENTENCE_END.test(s) && words.length >= 3) return 'a sentence';
  let strong = 0;
  let connectives = 0;
  words.forEach((raw, i) => {
    const w = raw.replace(/[.,;:!?…]+$/, '');
    const lower = w.toLowerCase();
    if (w !== lower && i > 0) return;
    if (STRONG_WORDS.has(lower)) strong++;
    else if (CONNECTIVES.has(lower) && i > 0) connectives++;
  });
  if (strong >= 2 || (strong === 1 && connectives >= 1)) return 'a sentence';
  if (person && connectives >= 2) return 'a phrase, not a name';
  return null;
}

/**
 * Does a string in a name slot look like a name? Pages put sentences where names go: a LinkedIn
 * "profile not found" page ("An exact match for … could not be found."), sign-in walls, cookie
 * banners, 404 pages in any UI language. Each check returns why the text is not a name, or null.
 * The text is expected already cleaned (lib/extract/text-clean.ts). Patterns are linear.
 * Runs when the observation is completed (lib/extract/complete.ts), not in the content scripts,
 * whose Recorder checks only the shape (lib/extract/name-shape.ts).
 */
import { companyNameShapeProblem, nameWords, personNameShapeProblem } from './name-shape';

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

/** Ends like a sentence (but "Fabian M." and "Jane Doe Jr." end in a period, so only ?, ! and … count, or a long word + "."). */
const SENTENCE_END = /[?!…]$|\p{Ll}{3,}\.$/u;

/** Why `name` is not a person's name (its shape, then its words), or null when it may be one. */
export function personNameProblem(name: string): string | null {
  const s = name.trim();
  return personNameShapeProblem(s) ?? textProblem(s, nameWords(s), true);
}

/**
 * Why `name` is not a company's name, or null when it may be one: its shape (lib/extract/name-shape.ts),
 * then wall phrases and sentences.
 */
export function companyNameProblem(name: string): string | null {
  const s = name.trim();
  return companyNameShapeProblem(s) ?? textProblem(s, s.split(/\s+/).filter(Boolean), false);
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

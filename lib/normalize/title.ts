import { distance } from 'fastest-levenshtein';
import { memoize } from './memo';
import type { Department, Seniority } from '../profiles/taxonomy';
import type { TitleClassification } from './title-classification';
import { COMPOUND_LANGUAGES, JOB_NOUNS, TITLE_LANGUAGES } from './titles';
import { parseMeaning, wordsOf, type Entry, type Level, type Mod, type TitleLanguageCode, type Vocabulary } from './titles/types';

/**
 * Multilingual job-title / headline classifier: title → department + seniority, with the rules that
 * fired as evidence. The words are data, one module per language (lib/normalize/titles/<code>.ts,
 * registry in ./titles/index.ts); this file is the engine. Pure, no per-call regex construction.
 *
 * Pipeline: normalise (lower case, accents stripped, emojis dropped, index map back to the original) →
 * drop gender markers "(m/w/d)", "(h/f)", "(f/m/x)" and inclusive endings ("Leiter*in", "Consultant(e)",
 * "Director/a") → tokenise (separators ranked: space < hyphen < / & + < @ < , ( ) dash < | ; •) →
 * match phrases and words; a word no language knows is tried as a compound (German, Dutch, Swedish,
 * Danish, Norwegian: a known head at the end — "…leiterin", "…chef", "…hoofd", "…ansvarig" — and a
 * known modifier before it — "vertriebs…", "inköps…"; the parts are named in the evidence), then as a
 * typo (7+ letters, edit distance ≤ 1, ≤ 2 from 10 letters, against the role vocabulary) →
 * ignore "ex-/former/…" roles and company tails (" at ", "@", " bei ", " chez ", " bij ", " hos ", " på ",
 * " presso "; " en/em/na/no " only when the tail holds no role word) → the primary role is the first
 * "|"-separated part that names a role; side roles (speaker, author, investor, advisor) only count when
 * nothing else does.
 *
 * Rules (documented so the evaluation sets and the engine agree; README "Titles" says the same):
 * - Department = first strong function word of the primary role ("VP of Marketing & Sales" → marketing).
 *   Weak words (consultant, engineer, assistant, IT, software, technical, customer …) only count when no
 *   strong word is present ("Sales Engineer" → sales, "HR Consultant" → hr). Job nouns (./titles/nouns, from ESCO)
 *   sit between the two: strong word > job noun > weak word ("Consultant Hydrologist" → research). With no function word,
 *   owner / partner / C-level titles are `executive`; anything else `other`.
 * - Department boundaries: "IT" directly before an operations/support word is IT ("Head of IT
 *   Operations", "Leiter IT-Betrieb", "IT-drift" → it); bid, tender and proposal titles are sales
 *   ("Bid Manager", "Angebotsmanager", "Responsable appels d'offres"); quality titles are operations
 *   ("Quality Manager", "Qualitätssicherung", "Kvalitetschef"; only the abbreviation "QA" stays
 *   engineering); a partner with no function word at a consulting firm (a consulting word or a known
 *   firm in the title: "Partner at McKinsey", "Partner | Deloitte") is consulting leadership:
 *   department `consulting`, seniority `partner`.
 * - Engineer-of-operations rule: an engineer or technician word with an operations field word is engineering
 *   ("Production Engineer", "Fertigungsingenieur", "Ingénieur logistique"), except quality, maintenance and
 *   health-and-safety fields, which stay operations ("Quality Engineer", "Técnico de mantenimiento", OPS_STAYS_RE).
 * - Supervisors and foremen (supervisor, foreman, Vorarbeiter, contremaître, capataz, caposquadra, voorman,
 *   arbetsledare, brygadzista, mistr, ustabaşı …) are `manager` with a weak `operations` department: alone they
 *   lead production or a site; a named function wins ("Customer Service Supervisor" → support).
 * - CRO / Chief Revenue Officer / Chief Commercial Officer → sales. SDR / BDR / Business Development /
 *   Partnerships → business_development; AE / Account Executive / Account Manager / KAM → sales.
 * - Seniority = most senior level word of the primary role: owner > partner > cxo (Chief …, CEO,
 *   Managing Director, Geschäftsführer, board and legal-representative titles: Vorstand, Aufsichtsrat,
 *   Verwaltungsrat, administrateur, consejero delegado, amministratore delegato, styrelseordförande,
 *   bestuursvoorzitter, prezes zarządu, jednatel, yönetim kurulu başkanı, genel müdür …) > vp > director
 *   (also Prokurist(in) and its peers: fondé de pouvoir, apoderado, procuratore, prokurent, prokurista —
 *   signing authority for the company below the board) > head (Head of, Leiter, Hoofd, chef/sjef/leder,
 *   kierownik, vedoucí) > manager.
 * - Functional-manager rule: "manager" right after a function or object word ("Key Account Manager",
 *   "Project Manager", "Product Manager", "Purchasing Manager", "Marketing Manager", "Sales Manager",
 *   "Produktmanager") names what the person manages, not a team: the title is a role noun, seniority
 *   `individual` (`senior` with Senior/Lead, `entry` with Junior) — the same label the taxonomy gives
 *   "Product Owner" or "Account Executive". The people-manager level `manager` needs a team marker
 *   (team/équipe/equipo/zespół/tým/ekip anywhere in the role: "Sales Manager – team of 8"), a unit word
 *   right before it ("Store/Branch/Plant/Shift/Country/Regional Manager"), "Engineering Manager", the
 *   word on its own ("Manager", "Senior Manager", "Manager, Sales"), or a people-manager word ("Team
 *   Lead", "Teamleiter", "Supervisor", "Responsable", "Gerente", "müdür"). Project-lead words in
 *   every language ("Projektleiter", "Chef de projet", "Jefe de proyecto", "Projektledare") follow the
 *   same rule: individual.
 *   Manager-first languages follow the same rule with the function AFTER the word: "Gerente de marketing",
 *   "Gestora de contas", "Manažer kvality", "Menedżer ds. sprzedaży", "Manager de projet" → individual; a place
 *   ("Gerente de tienda/loja", "Manažer pobočky"), operations or production ("Gerente de operaciones"), a team
 *   marker or nothing after it keeps `manager` (PLACE_WORDS; "regional/area" before the function is skipped).
 * - Job nouns and stems (./titles/nouns, generated from ESCO): a word nothing else knows gets the department of a
 *   job noun, else of the stem it begins or ends with ("Paleontóloga" → research); a compound head with no
 *   department looks at the part before it the same way ("Kreditrisiko|chef"). Stems are the weakest evidence:
 *   after job nouns, before weak words, never over the executive default of an owner/partner/C-level title.
 * - Round 4 (docs/titles.md): site rule — a place or industry someone runs (`kind:site`: factory, industry, workshop,
 *   waste) gives its department to a vp/director/head/manager with no function word, never to a person without a
 *   level; main-noun rule — a strong person word with a department beats a field word before it ("ICT Buyer" →
 *   procurement, "Tax Policy Officer" → other); suffix-family rule — an unknown person word in "-olog…" is research
 *   (medical specialities health); an `other` job noun ("Puppeteer") blocks a stem; lower-case "it" hyphenated to the
 *   next word is IT ("it-chef").
 * - Round 5: case endings — a Czech/Polish case form nobody lists ("účetního", "księgowego") gives the department of
 *   the listed word with the same beginning (inflectedHit; department only, never a level or a person); feminine
 *   "-ložka" scientists join the suffix-family rule.
 * - Round 6 (LinkedIn positions, group A; tests/data/titles-linkedin-a.tsv): multi-role rule — a primary role that
 *   names only a level below the board and no function ("Prokuristin | Leiterin Finanzen", "Director | Sales") takes
 *   the function of the next "|"-role that names one (owners, partners and C-level keep `executive`); IT-operations
 *   rule also with "IT" anywhere in the role and a word for running systems ("Driftstekniker IT", "Operations Manager
 *   IT"); a level glued to the front of a compound ("Senior|rådgiver", "Junior|utvecklare", LEVEL_PREFIX_RE, only
 *   right before the head or a field part: "Seniorenbetreuerin" is not senior); intern/trainee compound heads
 *   ("Marketing|praktikant", "Afstudeer|stagiair"); a known head with a department outranks a stem of the same word
 *   ("Strategie|beratung"); the level after "to (the)" / "till" / "til" is the boss's ("Chief of Staff to the CEO");
 *   a German feminine "-in" on an English phrase word still matches the phrase ("Key Account Managerin").
 * - Round 7 (several roles in one line, tests/data/titles-linkedin-c.tsv): cross-part level rule — an owner, partner or
 *   C-level word in another "|"-part is the person's level too when it outranks the primary role's ("Økonomichef |
 *   Medejer" → owner, "Head of Finance | CFO" → cxo), if it is that part's own role (not a plural, not "of the CEO", not
 *   a modifier of a noun: "CEO Office", "Founder Relations"; no typo guesses); the multi-role rule also gives an owner or
 *   partner with no function the function of a later part that names a role or a level ("Cofundadora | CMO" →
 *   marketing, "Partner | Rechtsanwalt" → legal; C-level titles keep `executive`); level guards (levelGuards) drop
 *   level words that are not the person's before the primary role is chosen — the people a role serves ("Coach für
 *   Geschäftsführer", "Advisor to the CFO", "Kouč pro ředitele"), plurals in a tagline ("Helping founders scale",
 *   "CEO'lar … için koç"), a role sought ("Looking for CFO roles"), a topic ("CEO-Nachfolge"), "Founder of nothing";
 *   team-head rule — a head word whose object is a team is `manager` ("Jefe del equipo comercial", "Leder af
 *   kundeserviceteamet"); a company tail ends at a second role ("CTO at Acme and Co-founder"); a partner word across
 *   "&" is a level ("Salesmanager & Partner"); "chef du service …" is a head.
 * - Occupation default: a title with no level or role word but a plain word of 4+ letters nothing matched
 *   ("Zookeeper", "Pédologue") is `individual` — an occupation without a level — unless it says the person holds
 *   no position ("Open to work", "Looking for …") or reads as an activity (an English "-ing" word). A side role
 *   that names a person ("Advisor") makes a function title individual ("Mortgage Advisor").
 * - Without a level word: Intern / Werkstudent / Praktikant / Stagiaire / stażysta / stajyer … → intern;
 *   Junior / Trainee / Associate / Graduate / Azubi / Apprentice / PhD candidate → entry (also over
 *   manager); Senior / Sr / Lead / Principal / Staff engineer / Architect → senior; a plain role noun
 *   → individual; nothing → unknown.
 * - "Partner" after a function word ("HR Business Partner") is a role, before manager/marketing/sales
 *   ("Partner Manager") it means partnerships; "Assistant to the CEO", "Assistenz der Geschäftsführung":
 *   the levels after the linking word describe the boss and are ignored. A compound's modifier gives
 *   no level when the head is a role ("Vorstandsassistentin" is an assistant).
 * - Typos: only tokens of 7+ letters that no language knows, against single words of 6+ letters that
 *   start with the same letter; a tie between two meanings is no match. Short tokens are never
 *   corrected ("CTO" is never "CFO"; "Managing" is 3 edits from "Manager").
 */

/** The classification with the rules that decided it (a superset of TitleClassification). */
export interface TitleResult extends TitleClassification {
  /** The rule that decided each field, e.g. `level word "VP"`, `functional-manager rule ("Product Manager")`. */
  rules: { department: string; seniority: string };
}

// ---------------------------------------------------------------- normalisation
const CHAR_CACHE = new Map<number, string>();
function foldChar(code: number, ch: string): string {
  const cached = CHAR_CACHE.get(code);
  if (cached !== undefined) return cached;
  let out: string;
  if (ch === 'ß') out = 'ss';
  else if (ch === 'œ' || ch === 'Œ') out = 'oe';
  else if (ch === 'æ' || ch === 'Æ') out = 'ae';
  else if (ch === 'ø' || ch === 'Ø') out = 'o';
  else if (ch === 'ł' || ch === 'Ł') out = 'l';
  else if (ch === 'ı') out = 'i';
  else if (ch === 'đ' || ch === 'Đ') out = 'd';
  else if ('|;•▪◆►➤»'.includes(ch)) out = '|';
  else if ('–—‒―'.includes(ch)) out = '–';
  else if ('/&+,()@:*_.·-'.includes(ch)) out = ch;
  else if ('\'’‘`´'.includes(ch)) out = ' ';
  else {
    const base = ch.normalize('NFD').charAt(0).toLowerCase();
    out = (base >= 'a' && base <= 'z') || (base >= '0' && base <= '9') ? base : ' ';
  }
  CHAR_CACHE.set(code, out);
  return out;
}

/** Lower case, accents folded, punctuation kept: the engine's view of a string. */
export function foldTitleText(input: string): string {
  let s = '';
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (code >= 97 && code <= 122) s += input[i]!;
    else if (code >= 65 && code <= 90) s += String.fromCharCode(code + 32);
    else if (code === 32 || code === 9 || code === 10 || code === 13) s += ' ';
    else s += foldChar(code, input[i]!);
  }
  return s;
}

/** A vocabulary word as the engine stores it: folded, words joined by one space ("chargé d'affaires" → "charge d affaires"). */
export function vocabularyKey(word: string): string {
  return foldTitleText(word).replace(/[-.]/g, ' ').trim().split(/\s+/).join(' ');
}

// ---------------------------------------------------------------- the vocabulary, from the language modules
interface Source {
  lang: TitleLanguageCode;
  word: string;
}
const DICT = new Map<string, Entry>();
const HEADS = new Map<string, Entry>();
const MODIFIERS = new Map<string, Entry>();
/** Where every entry came from (for the lint test and the evidence). */
const SOURCES = new Map<string, Source[]>();
/** Conflicts found while loading: the same folded word with two meanings. Empty when the modules are clean. */
const CONFLICTS: string[] = [];
const PHRASE_FIRST = new Set<string>();
/** Every single word that is part of a phrase: never "corrected" as a typo. */
const PHRASE_WORDS = new Set<string>();
let PHRASE_MAX = 1;
const MEANINGS = new Map<string, Entry>();

function meaning(key: string): Entry {
  let e = MEANINGS.get(key);
  if (!e) {
    // Every entry with the same fields in the same order (absent ones undefined): one object shape for V8, so the
    // engine's reads of e.lvl, e.d, e.kind … stay monomorphic instead of deoptimising on each new combination.
    const p = parseMeaning(key);
    e = { key: p.key, lvl: p.lvl, mod: p.mod, d: p.d, weak: p.weak, role: p.role, up: p.up, low: p.low, kind: p.kind };
    MEANINGS.set(key, e);
  }
  return e;
}

function load(lang: TitleLanguageCode, vocab: Vocabulary, target: Map<string, Entry>, table: string): void {
  for (const [key, list] of Object.entries(vocab)) {
    const e = meaning(key);
    for (const raw of wordsOf(list)) {
      const w = vocabularyKey(raw);
      const id = `${table}:${w}`;
      const had = target.get(w);
      if (had && had.key !== e.key) CONFLICTS.push(`${table} "${w}" (${lang}) is "${e.key}" but already "${had.key}" (${SOURCES.get(id)!.map((s) => s.lang).join(', ')})`);
      if (!had) target.set(w, e);
      const src = SOURCES.get(id);
      if (src) src.push({ lang, word: raw });
      else SOURCES.set(id, [{ lang, word: raw }]);
      if (target === DICT && w.includes(' ')) {
        const parts = w.split(' ');
        PHRASE_FIRST.add(parts[0]!);
        for (const p of parts) PHRASE_WORDS.add(p);
        if (parts.length > PHRASE_MAX) PHRASE_MAX = parts.length;
      }
    }
  }
}
for (const language of TITLE_LANGUAGES) {
  load(language.code, language.words, DICT, 'word');
  if (language.compounds) {
    load(language.code, language.compounds.heads, HEADS, 'head');
    load(language.code, language.compounds.modifiers, MODIFIERS, 'modifier');
  }
}

// ---------------------------------------------------------------- job nouns (./titles/nouns, issue #13)
/**
 * Everyday job nouns per language, generated from ESCO occupation labels (scripts/build-job-nouns.ts;
 * Turkish hand-written): "Buchhalterin", "sjuksköterska", "programador", "adwokat", "účetní". The lowest
 * tier: a word is looked up here only when no language module knows it (as a word, plural or compound
 * with a level or role), and its department counts only when no strong function word decides
 * (strong word > job noun > weak word). A role noun makes a title with no level `individual`.
 */
const NOUNS = new Map<string, Entry>();
/** Role nouns of compound languages (5+ letters), matched as the end of a longer word ("Finanz|buchhalterin"). */
const NOUN_HEADS = new Map<string, Entry>();
/** Shortest role noun matched as a compound head, and the fewest letters before it. */
const NOUN_HEAD_MIN = 5;
const NOUN_PREFIX_MIN = 3;
for (const [code, nouns] of Object.entries(JOB_NOUNS) as [TitleLanguageCode, (typeof JOB_NOUNS)[TitleLanguageCode]][]) {
  const compound = COMPOUND_LANGUAGES.includes(code);
  for (const role of [true, false]) {
    for (const [d, list] of Object.entries(role ? nouns.roles : nouns.words)) {
      const e = meaning(role ? (d === 'other' ? 'role' : `role ${d}`) : d);
      for (const w of list!.split(' ')) {
        if (!w || DICT.has(w)) continue;
        const had = NOUNS.get(w);
        // Two languages, two meanings: the lint test (tests/unit/title-nouns.test.ts) forbids it; keep a role over a department word.
        if (!had || (!had.role && e.role)) NOUNS.set(w, e);
        if (compound && role && w.length >= NOUN_HEAD_MIN && !NOUN_HEADS.has(w)) NOUN_HEADS.set(w, e);
      }
    }
  }
}
const NOUN_HEAD_LENGTHS = [...new Set([...NOUN_HEADS.keys()].map((k) => k.length))].sort((a, b) => b - a);
/**
 * Stems (generated with the job nouns): the beginning of a word no table knows gives its department —
 * inflected forms ("księgowej", "účetního") and compounds led by their field ("Versicherungs…"). Lowest tier:
 * after job nouns, before weak words; never a role (the occupation default gives seniority).
 */
const STEMS = new Map<string, Entry>();
for (const nouns of Object.values(JOB_NOUNS)) {
  for (const [d, list] of Object.entries(nouns.stems ?? {})) {
    const e = meaning(d);
    for (const w of list!.split(' ')) if (w && !STEMS.has(w)) STEMS.set(w, e);
  }
}
const STEM_LENGTHS = [...new Set([...STEMS.keys()].filter((k) => k[0] !== '-').map((k) => k.length))].sort((a, b) => b - a);
/** Endings ("-ologue" → research), stored with a leading "-": tried after the beginnings, longest first. */
const ENDING_LENGTHS = [...new Set([...STEMS.keys()].filter((k) => k[0] === '-').map((k) => k.length - 1))].sort((a, b) => b - a);

const byLength = (m: Map<string, Entry>) => [...m.keys()].sort((a, b) => b.length - a.length);
/** Level-only modifiers ("senior", "junior" glued to a head, round 6): matched at the start of a word only, apart
 * from the field modifiers so they never hide one ("Seniorenpflege…" keeps "pflege"). */
const LEVEL_MODIFIERS = new Map([...MODIFIERS].filter(([, e]) => e.mod && !e.d && !e.lvl && !e.role));
for (const k of LEVEL_MODIFIERS.keys()) MODIFIERS.delete(k);
const LEVEL_PREFIX_RE = LEVEL_MODIFIERS.size ? new RegExp(`^(?:${byLength(LEVEL_MODIFIERS).join('|')})`) : null;
const MODIFIER_RE = new RegExp(byLength(MODIFIERS).join('|'));
/** Without a head a modifier must begin or end the word ("Vertriebsinnendienst", "Großkundenvertrieb"):
 * inside an unknown word it is too often a coincidence ("Członek" holds the Swedish "löne"). */
const MODIFIER_EDGE_RE = new RegExp(`^(?:${byLength(MODIFIERS).join('|')})|(?:${byLength(MODIFIERS).join('|')})$`);
const HEAD_LENGTHS = [...new Set([...HEADS.keys()].map((k) => k.length))].sort((a, b) => b - a);

/**
 * The letters a-z word holds, one bit each. Every edit removes at most one letter and adds at most one, so
 * `max(letters only in a, letters only in b)` never exceeds the edit distance: typoTarget skips a candidate on
 * these two popcounts before running the real distance (most candidates of a bucket share only the first letter).
 */
function letterMask(w: string): number {
  let m = 0;
  for (let i = 0; i < w.length; i++) m |= 1 << (w.charCodeAt(i) - 97);
  return m;
}
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
/** Typo candidates of one first letter and length, with their letter masks. */
interface FuzzyBucket {
  words: string[];
  masks: number[];
}
/** A bucket's key: its length and first letter as one number (no string built for every lookup). */
const fuzzyKey = (length: number, first: number) => length * 128 + first;
function addFuzzy(index: Map<number, FuzzyBucket>, w: string): void {
  const k = fuzzyKey(w.length, w.charCodeAt(0));
  const bucket = index.get(k);
  if (bucket) {
    bucket.words.push(w);
    bucket.masks.push(letterMask(w));
  } else index.set(k, { words: [w], masks: [letterMask(w)] });
}

/** Typo candidates: single vocabulary words of 6+ letters that carry a meaning, bucketed by first letter + length. */
const FUZZY = new Map<number, FuzzyBucket>();
for (const [w, e] of DICT) {
  if (w.length < 6 || !/^[a-z]+$/.test(w) || e.kind === 'ex' || e.kind === 'tail' || e.kind === 'tailc' || e.low) continue;
  if (!(e.lvl || e.role || e.d || e.mod)) continue;
  addFuzzy(FUZZY, w);
}

/** Phrase words of 6+ letters, for correcting a typo inside a phrase ("Managing Directr", "Vice Presdent"). */
const FUZZY_PHRASE = new Map<number, FuzzyBucket>();
for (const w of PHRASE_WORDS) {
  if (w.length < 6 || !/^[a-z]+$/.test(w) || DICT.has(w)) continue;
  addFuzzy(FUZZY_PHRASE, w);
}

/** The lint test's view of the loaded vocabulary. */
export function titleVocabularyReport(): {
  conflicts: string[];
  lookup: (table: 'word' | 'head' | 'modifier', word: string) => Entry | undefined;
  sources: (table: 'word' | 'head' | 'modifier', word: string) => Source[];
  /** The engine reads this folded word without job nouns (a word, plural, or compound with a level or role): a job noun for it is never consulted. */
  decidedWithoutNouns: (word: string) => boolean;
  /** Single words that carry a level, modifier or context rule (stems must not begin them: "direc…"). */
  levelWords: () => string[];
  /** The job-noun meaning the engine loaded for a folded word. */
  noun: (word: string) => Entry | undefined;
} {
  return {
    decidedWithoutNouns: (word) => {
      const w = vocabularyKey(word);
      if (DICT.has(w) || (w.length > 4 && w.endsWith('s') && DICT.has(w.slice(0, -1)))) return true;
      return w.length >= 6 && compoundHits(w).some((h) => h.e.lvl || h.e.role || (h.e.kind && h.e.kind !== 'site'));
    },
    noun: (word) => NOUNS.get(vocabularyKey(word)),
    levelWords: () => [...DICT].filter(([w, e]) => !w.includes(' ') && (e.lvl || e.mod || e.kind)).map(([w]) => w),
    conflicts: [...CONFLICTS],
    lookup: (table, word) => (table === 'word' ? DICT : table === 'head' ? HEADS : MODIFIERS).get(vocabularyKey(word)) ?? (table === 'modifier' ? LEVEL_MODIFIERS.get(vocabularyKey(word)) : undefined),
    sources: (table, word) => SOURCES.get(`${table}:${vocabularyKey(word)}`) ?? [],
  };
}

// ---------------------------------------------------------------- rule tables that are not words of a language
/** Consulting firms whose partners are consulting leadership (names, not words of a language). */
const CONSULTING_FIRMS = new Set(['mckinsey', 'bcg', 'bain', 'deloitte', 'pwc', 'pricewaterhousecoopers', 'ey', 'kpmg', 'accenture', 'kearney', 'capgemini', 'oliver', 'berger', 'mazars', 'forvis', 'thornton', 'bdo', 'kucher', 'mhp', 'alvarez', 'marsal', 'protiviti', 'zs', 'lek', 'eraneos', 'invensity', 'horvath', 'btelligent', 'sopra', 'wavestone', 'ayming', 'exton', 'ramboll', 'inverto', 'camelot', 'valantic']);
const CONSULTING_WORDS = new Set(['consulting', 'consultancy', 'consultants', 'beratung', 'unternehmensberatung', 'conseil', 'consultoria', 'consultoría', 'consulenza', 'advisory', 'adviesbureau', 'advies', 'radgivning', 'konsult', 'doradztwo', 'poradenstvi', 'danismanlik']);
/** Operations words that keep an engineer or technician in operations (quality, maintenance, health and safety:
 * the labelling guide's and the tuning set's exceptions); other operations fields give way to the engineer word. */
const OPS_STAYS_RE = /mainten|instandh|wartung|mantenim|manuten|udrzb|onderhoud|vedlige|underhal|bakim|utrzym|qual|kval|kwal|calid|jakos|kalite|hse|ehs|qhse|safety|sicherheit|securite|seguridad|sicurezza|seguranca|veiligheid|sikkerhed|sikkerhet|sakerhet|bezpiecz|bezpecn|bozp|arbo|arbeitsschutz|miljo|guvenli/;
/** Words for running systems: with "IT" in the same role they are IT operations (round 6). */
const IT_RUN_RE = /^(?:drift|betrieb|operation|ops\b|bedrijfsvoering)/;
const LAW_WORDS = new Set(['law', 'legal', 'rechtsanwalte', 'rechtsanwaelte', 'anwaltskanzlei', 'kanzlei', 'avocats', 'abogados', 'advogados', 'advocaten', 'avvocati', 'llp', 'advokatfirma', 'advokatfirman', 'kancelaria', 'advokatni']);
/** "to (the) CEO", "till VD", "til direktøren": the level after it is the boss's (round 6). */
const BOSS_LINK = new Set(['to', 'till', 'til']);
const LINK_WORDS = new Set(['to', 'der', 'des', 'du', 'de', 'of', 'da', 'do', 'van', 'del', 'la', 'the', 'di', 'dem', 'for', 'al', 'till', 'for', 'af', 'til', 'dla', 'dell', 'della', 'dello', 'dos', 'das']);
const PARTNER_BEFORE = new Set(['business', 'talent', 'people', 'channel', 'alliance', 'alliances', 'technology', 'strategic', 'implementation', 'solutions', 'success', 'recruiting', 'finance', 'hr', 'acquisition', 'rh']);
const PARTNER_AFTER = new Set(['manager', 'managerin', 'managers', 'account', 'marketing', 'sales', 'development', 'success', 'program', 'programs', 'ecosystem', 'relations', 'operations', 'enablement', 'lead']);
const STAFF_AFTER = new Set(['engineer', 'software', 'data', 'product', 'designer', 'scientist', 'ml', 'machine', 'developer', 'frontend', 'backend', 'security', 'site', 'ux', 'research']);
const ASSOC_LEVEL_AFTER = new Set(['director', 'partner', 'vice', 'vp', 'professor', 'general']);
/** After "chef": French "chef de/des/du" is a manager, Swedish "chef för/över" a head. */
const CHEF_MANAGER_AFTER = new Set(['de', 'des', 'du', 'd']);
const CHEF_HEAD_AFTER = new Set(['for', 'over', 'av', 'af']);
/** "Chef du service comptable", "chef de département": a chef of a department is its head (round 7). */
const CHEF_HEAD_UNIT = new Set(['service', 'departement', 'pole', 'division']);

/**
 * Round 7, level guards: a level word that is not the person's own level. Prepositions for the people a role serves
 * ("Coach for CEOs", "Beraterin für CEO-Nachfolge", "Coach dla prezesów", "Kouč pro ředitele"), the words of a
 * search ("Looking for CFO roles"), plural endings ("founders", "fundadores", "CEO's", "CEO'lar", "VD:ar").
 */
const SERVED_LINK = new Set(['for', 'fur', 'fuer', 'pour', 'para', 'per', 'voor', 'dla', 'pro', 'to', 'till', 'til']);
const SERVED_ARTICLE = new Set(['the', 'den', 'die', 'der', 'dem', 'les', 'le', 'la', 'los', 'las', 'el', 'il', 'i', 'de', 'het', 'os', 'as', 'o', 'a', 'gli', 'ledende', 'nye', 'new', 'future', 'first', 'time', 'aspiring', 'their', 'your']);
const SEARCH_WORDS = new Set(['looking', 'seeking', 'searching', 'buscando', 'busco', 'procura', 'procurando', 'cerca', 'cerco', 'hledam', 'poszukiwaniu', 'szukam', 'suche', 'sucht', 'zoek', 'zoekt', 'soker', 'soger', 'ariyor', 'ariyorum', 'cherche']);
const PLURAL_ENDINGS = ['s', 'es', 'er', 'en', 'ar', 'ere', 'lar', 'ler', 'ow', 'i', 'e', 'os', 'as', 'ne', 'erne'];
const TR_PLURAL_ENDINGS = ['lara', 'lere', 'lari', 'leri', 'larin', 'lerin', 'lar', 'ler'];
/** Verbs of a tagline about the people someone helps ("I help SaaS founders grow", "J'aide les fondateurs"). */
const HELP_WORDS = new Set(['help', 'helps', 'helping', 'coaching', 'mentoring', 'supporting', 'empowering', 'advising', 'enabling', 'serving', 'aide', 'aider', 'accompagne', 'accompagner', 'ayudo', 'ayudando', 'ajudo', 'ajudando', 'aiuto', 'accompagno', 'helfe', 'unterstutze', 'begleite', 'help', 'helpen', 'hjalper', 'hjaelper', 'hjelper', 'pomagam', 'wspieram', 'pomaham', 'podporuji', 'yardimci', 'destek']);
/** Genitive links between an adviser or assistant and the boss ("Conseiller du PDG", "Assessor do CEO"). */
const GENITIVE_LINK = new Set(['du', 'del', 'dell', 'della', 'dello', 'do', 'da', 'van', 'des', 'of', 'de', 'di', 'al', 'af', 'av', 'at']);
/** Turkish search verbs come after the role ("CFO pozisyonu arıyorum"). */
const SEARCH_AFTER = new Set(['ariyorum', 'ariyor', 'arayisindayim', 'arayisinda']);
/** An adviser, consultant, assistant or secretary word: the levels around it may be the boss's. */
function helperRole(x: Match): boolean {
  const e = x.e;
  return !!e.role && !e.lvl && (e.kind === 'assist' || e.low || e.d === 'consulting' || e.d === 'administrative');
}
const NOTHING_WORDS = new Set(['nothing', 'nichts', 'rien', 'nada', 'niente', 'niets', 'ingenting', 'intet', 'nic', 'nicego', 'niceho', 'hicbir']);
function matchesAt(list: Match[], t: number): Match[] {
  const out: Match[] = [];
  for (const m of list) if (m.start <= t && m.end > t) out.push(m);
  return out;
}
/** A plural split off by an apostrophe or colon ("CEO's", "CEO'lar", "VD:ar"). */
const PLURAL_TOKENS = new Set(['s', 'lar', 'ler', 'ar', 'er', 'ene', 'erne']);
/** Words joining two roles of the same person ("CTO at Acme and Co-founder", "Head of Sales & Co-Founder"). */
const CONJ_WORDS = new Set(['and', 'und', 'et', 'y', 'e', 'i', 'og', 'och', 'en', 've', 'a', 'oraz', 'plus']);
const TEAM_TOKEN_RE = /(?:team|teamet|teamets|teams|teamene|teamu|teamen)$/;

/** Places a manager runs ("Gerente de tienda", "Manažer pobočky"): a people manager, not the functional-manager rule. */
const PLACE_WORDS = new Set(['tienda', 'tiendas', 'sucursal', 'loja', 'lojas', 'filial', 'filiale', 'agencia', 'agencia', 'oficina', 'hotel', 'hotelu', 'hotela', 'restaurante', 'ristorante', 'restaurant', 'restauracji', 'restaurace', 'negozio', 'magasin', 'boutique', 'store', 'shop', 'branch', 'planta', 'fabrica', 'almacen', 'armazem', 'magazzino', 'pobocky', 'pobocka', 'prodejny', 'provozovny', 'sklepu', 'oddzialu', 'placowki', 'banco', 'banca', 'supermercado', 'supermarket', 'supermercato', 'usine', 'entrepot', 'depot', 'site', 'zakladu', 'zavodu', 'skladu', 'magazynu', 'stabilimento', 'punto', 'centro', 'centre', 'center', 'campo', 'obra', 'cantiere', 'chantier', 'turno', 'turnu', 'smeny', 'zmiany', 'equipe', 'equipa']);

const AREA_WORDS = new Set(['regional', 'area', 'country', 'district']);

/** Words saying the person holds no position: no default seniority for such titles. */
const STATUS_WORDS = new Set(['passionate', 'about', 'dreamer', 'open', 'looking', 'seeking', 'opportunities', 'opportunity', 'unemployed', 'jobsuche', 'arbeitssuchend', 'busqueda', 'buscando', 'procura', 'cerca', 'werkzoekend', 'arbeidssokende', 'arbetssokande', 'poszukiwaniu', 'hledam', 'aranıyor', 'ariyor', 'ariyorum', 'suche', 'zoek', 'soker', 'soger', 'szukam', 'cherche', 'busco', 'procurando']);
/** Small words that name nothing (conjunctions, prepositions, articles) in the 13 languages. */
const FILLER_WORDS = new Set(['and', 'with', 'from', 'into', 'unit', 'team', 'und', 'oder', 'fuer', 'mit', 'beim', 'avec', 'pour', 'dans', 'chez', 'para', 'como', 'entre', 'sobre', 'della', 'delle', 'dello', 'degli', 'nella', 'presso', 'pela', 'pelo', 'voor', 'naar', 'over', 'och', 'eller', 'inom', 'samt', 'eller', 'mellem', 'oraz', 'przy', 'jako', 'nebo', 'jako', 'pres', 'veya', 'icin', 'olarak', 'emea', 'dach', 'apac', 'amer', 'latam', 'nordics', 'benelux']);

const SENIORITY_RANK = new Map<Seniority, number>([
  ['owner', 0], ['partner', 1], ['cxo', 2], ['vp', 3], ['director', 4], ['head', 5], ['manager', 6],
]);

// ---------------------------------------------------------------- one token → its meanings (memoized)
/** Hits are written with all four fields in this order (part/at undefined when absent): one object shape for V8. */
interface Hit {
  e: Entry;
  /** Compound part or typo target, in folded form. */
  part?: string;
  /** Offset of the part in the folded token (compound parts). */
  at?: number;
  via: 'word' | 'plural' | 'inflect' | 'head' | 'modifier' | 'typo' | 'noun' | 'nounhead' | 'stem' | 'suffix';
}
const NO_HITS: Hit[] = [];
/**
 * Token caches (analyseToken, phraseWord) are cleared when they hold this many words. 20,000 thrashed on a
 * CRM-sized batch (40,000 distinct words in 100,000 varied titles: each word analysed twice or more, typo
 * search included); 100,000 short words is a few MB, reached only by batches that size.
 */
const TOKEN_CACHE_LIMIT = 100000;
const TOKEN_CACHE = new Map<string, Hit[]>();

function analyseToken(w: string): Hit[] {
  // Tokens with digits ("q3", "acme2024") are never compounds or typos; not cached, so they cannot churn the cache.
  if (w.charCodeAt(w.length - 1) <= 57 || /[0-9]/.test(w)) {
    const e = DICT.get(w);
    return e ? [{ e, part: undefined, at: undefined, via: 'word' }] : NO_HITS;
  }
  const cached = TOKEN_CACHE.get(w);
  if (cached) return cached;
  const hits = analyseTokenUncached(w);
  if (TOKEN_CACHE.size > TOKEN_CACHE_LIMIT) TOKEN_CACHE.clear();
  TOKEN_CACHE.set(w, hits);
  return hits;
}

function analyseTokenUncached(w: string): Hit[] {
  const e = DICT.get(w);
  if (e) return [{ e, part: undefined, at: undefined, via: 'word' }];
  if (w.length > 4 && w.endsWith('s')) {
    const p = DICT.get(w.slice(0, -1));
    if (p) return [{ e: p, part: undefined, at: undefined, via: 'plural' }];
  }
  const parts = w.length >= 6 ? compoundHits(w) : NO_HITS;
  // A compound with a level or role decides; a bare modifier ("Steuer…") may still sit in a job noun. So does an
  // intern or trainee head ("Afstudeer|stagiair", "Marketing|praktikant", round 6).
  if (parts.some((h) => h.e.lvl || h.e.role || (h.e.kind && h.e.kind !== 'site') || (h.via === 'head' && h.e.mod))) {
    // …but when no part names a department, the words before the head may still be a job noun or begin with a
    // stem: "Kreditrisiko|chef", "Vermögensverwaltungs|leiter".
    const head = parts.find((h) => h.via === 'head');
    if (head && !parts.some((h) => h.e.d) && head.at! >= 5) {
      const before = nounHit(w.slice(0, head.at!));
      // Read as a stem (weak: an owner of "a shop" stays general management), named by the part that matched.
      if (before && before.e.d) return [...parts, { e: meaning(before.e.d), part: before.part ?? w.slice(0, head.at!), at: before.at ?? 0, via: 'stem' }];
    }
    return parts;
  }
  const noun = nounHit(w);
  // A known head with a department outranks a stem guessed from the same word ("Strategie|beratung" is consulting,
  // not the stem "…atung"): stems are the weakest evidence (round 6).
  if (noun && noun.via === 'stem' && parts.some((h) => h.via === 'head' && h.e.d)) return parts;
  // A scientist's "-olog…" ending outranks a stem ("Microbióloga" is not "micro…" engineering).
  const olog = !noun || noun.via === 'stem' ? ologistHit(w) : null;
  if (olog) return parts.length ? [...parts, olog] : [olog];
  // A case form of a listed field word outranks a stem ("účetního" is "účetní", not a guess from "účet…").
  const inf = !noun || noun.via === 'stem' ? inflectedHit(w) : null;
  if (inf) return parts.length ? [...parts, inf] : [inf];
  if (noun) return parts.length ? [...parts, noun] : [noun];
  if (parts.length) return parts;
  if (w.length >= 7 && !PHRASE_WORDS.has(w) && /^[a-z]+$/.test(w)) {
    const t = typoTarget(w);
    if (t) return [{ e: DICT.get(t)!, part: t, at: undefined, via: 'typo' }];
  }
  return NO_HITS;
}

/** Known head at the end (longest first), known modifier before it (or anywhere, without a head). */
function compoundHits(w: string): Hit[] {
  let head: string | null = null;
  for (const L of HEAD_LENGTHS) {
    if (L > w.length - 2) continue;
    const tail = w.slice(w.length - L);
    if (HEADS.has(tail)) {
      head = tail;
      break;
    }
  }
  const rest = head ? w.slice(0, w.length - head.length) : w;
  const mod = (head ? MODIFIER_RE : MODIFIER_EDGE_RE).exec(rest);
  const hits: Hit[] = [];
  // Round 6: a level glued to the front ("Senior|rådgiver", "Junior|konsulent", "Senior|salgs|konsulent") is that
  // level — only at the start of the word and right before the head or a field part: "Senioren|betreuerin",
  // "Senioren|heimleiter" are elderly care, not a level.
  const lvl = head && LEVEL_PREFIX_RE ? LEVEL_PREFIX_RE.exec(rest) : null;
  if (lvl && (rest.length === lvl[0].length || (mod && mod.index === lvl[0].length))) {
    hits.push({ e: LEVEL_MODIFIERS.get(lvl[0])!, part: lvl[0], at: 0, via: 'modifier' });
  }
  if (mod) {
    let me = MODIFIERS.get(mod[0])!;
    const he = head ? HEADS.get(head)! : null;
    // The head decides the level: "Vorstandsassistentin" is an assistant, not a board member.
    if (me.lvl && he && !he.lvl) me = me.d ? meaning(`${me.d}${me.weak ? ' weak' : ''}`) : meaning('role');
    if (me.lvl || me.d || me.role) hits.push({ e: me, part: mod[0], at: mod.index, via: 'modifier' });
  }
  if (head) hits.push({ e: HEADS.get(head)!, part: head, at: w.length - head.length, via: 'head' });
  return hits;
}

/**
 * Suffix-family rule (round 4): a person word ending in "-olog…" that no table knows is a scientist in every one of
 * the 13 languages — "Anthropologe", "paléontologue", "antropóloga", "zoologo", "etnolog", "bioloog", "ichnologist" —
 * so research; medical specialities are health ("Kardiolog", "iridologa"); cosmetologists, astrologers, theologians
 * and museologists are none of the departments (`other`). Person forms only: the field ("-ology", "-ologie") and
 * the adjective ("-ological", "-ologisch") are not people.
 */
const OLOGIST_RE = /^([a-z]{3,})olo(?:g(?:ist|ista|istas|iste|ists|istin|e|en|in|innen|ue|ues|o|a|os|as|ka|ove|owie)?|og|gen|zka|zky)$/;
const OLOGY_HEALTH_RE = /^(?:cardi|kardi|radi|onk|onc|neur|psych|gyn|gin|jin|derm|ur|gastr|endokr|endocr|anest|anaest|audi|hemat|haemat|nefr|nephr|pneum|pulm|oftalm|ophthalm|oftal|reumat|rheumat|immun|odont|traumat|iri|pod|hepat|angi|proct|andr|vener|alerg|allerg|pat|path|sex|fon|phon)/;
const OLOGY_OTHER_RE = /^(?:cosmet|kosmet|astr|teo|theo|muse|muze|graf|graph|num|numer)/;
function ologistHit(w: string): Hit | null {
  const m = OLOGIST_RE.exec(w);
  if (!m) return null;
  const stem = m[1]!;
  const e = OLOGY_OTHER_RE.test(stem) ? meaning('role') : meaning(OLOGY_HEALTH_RE.test(stem) ? 'role health' : 'role research');
  return { e, part: w.slice(stem.length), at: stem.length, via: 'suffix' };
}

/**
 * Case endings (round 5). Czech and Polish inflect the field after a head ("vedoucí účetního oddělení",
 * "pracownik działu księgowego", "ředitel výroby"): the language modules list the common forms, and the typo
 * search reaches one letter, not "-ního"/"-ou"/"-ych". A word of 6+ letters no table knows, ending in a case
 * ending, is read as a listed word with the same beginning (4+ letters) and a dictionary ending — department
 * words only, never a level or a neighbour-dependent word, so seniority cannot change this way.
 */
const CASE_ENDINGS = ['iego', 'ego', 'emu', 'eho', 'imu', 'iho', 'ych', 'ich', 'ymi', 'imi', 'ami', 'ach', 'ech', 'ej', 'ym', 'im', 'ou', 'ow', 'om', 'um', 'ie', 'ii', 'ji'];
const LISTED_ENDINGS = ['', 'a', 'e', 'i', 'o', 'y', 'u', 'ia', 'ie', 'ii'];
function inflectedHit(w: string): Hit | null {
  if (w.length < 6 || !/^[a-z]+$/.test(w)) return null;
  for (const end of CASE_ENDINGS) {
    if (!w.endsWith(end) || w.length - end.length < 4) continue;
    const base = w.slice(0, w.length - end.length);
    for (const e2 of LISTED_ENDINGS) {
      const cand = base + e2;
      if (cand === w) continue;
      const e = DICT.get(cand);
      // The department only: a case form of a person word is that person's field ("asistent účetního"), not the person.
      if (e && e.d && !e.lvl && !e.mod && !e.kind && !e.up) return { e: meaning(`${e.d}${e.weak ? ' weak' : ''}`), part: cand, at: undefined, via: 'inflect' };
    }
  }
  return null;
}

/** A job noun: the whole word, else (compound languages) a role noun ending it ("Finanzbuchhalterin"). */
function nounHit(w: string): Hit | null {
  const e = NOUNS.get(w);
  if (e) return { e, part: undefined, at: undefined, via: 'noun' };
  for (const L of NOUN_HEAD_LENGTHS) {
    if (L > w.length - NOUN_PREFIX_MIN) continue;
    const tail = w.slice(w.length - L);
    const he = NOUN_HEADS.get(tail);
    if (he) return { e: he, part: tail, at: w.length - L, via: 'nounhead' };
  }
  for (const L of STEM_LENGTHS) {
    if (L >= w.length) continue;
    const se = STEMS.get(w.slice(0, L));
    if (se) return { e: se, part: w.slice(0, L), at: 0, via: 'stem' };
  }
  for (const L of ENDING_LENGTHS) {
    if (L + 3 > w.length) continue;
    const se = STEMS.get('-' + w.slice(w.length - L));
    if (se) return { e: se, part: w.slice(w.length - L), at: w.length - L, via: 'stem' };
  }
  return null;
}

const PHRASE_FIX_CACHE = new Map<string, string>();
/** The phrase word a token of 7+ letters is a typo of, or the token itself. */
function phraseWord(w: string): string {
  if (w.length < 7 || PHRASE_WORDS.has(w)) return w;
  // German feminine of an English phrase word ("Key Account Managerin", "Sales Engineerin", round 6).
  if (w.endsWith('in') && PHRASE_WORDS.has(w.slice(0, -2))) return w.slice(0, -2);
  if (DICT.has(w)) return w;
  let fixed = PHRASE_FIX_CACHE.get(w);
  if (fixed === undefined) {
    fixed = /^[a-z]+$/.test(w) ? (typoTarget(w, FUZZY_PHRASE, false) ?? typoTarget(w, FUZZY, false) ?? w) : w;
    if (PHRASE_FIX_CACHE.size > TOKEN_CACHE_LIMIT) PHRASE_FIX_CACHE.clear();
    PHRASE_FIX_CACHE.set(w, fixed);
  }
  return fixed;
}

function typoTarget(w: string, index = FUZZY, byMeaning = true): string | null {
  const max = w.length >= 10 ? 2 : 1;
  let best: string | null = null;
  let bestD = max + 1;
  let tie = false;
  const mask = letterMask(w);
  const first = w.charCodeAt(0);
  for (let L = w.length - max; L <= w.length + max; L++) {
    const bucket = index.get(fuzzyKey(L, first));
    if (!bucket) continue;
    const { words, masks } = bucket;
    for (let c = 0; c < words.length; c++) {
      const cand = words[c]!;
      if (Math.abs(cand.length - w.length) >= bestD) continue;
      // More than `max` letters on either side only: the distance is above `max`, so the candidate can neither win nor tie.
      if (popcount(mask & ~masks[c]!) > max || popcount(masks[c]! & ~mask) > max) continue;
      const d = distance(w, cand);
      if (d < bestD) {
        bestD = d;
        best = cand;
        tie = false;
      } else if (d === bestD && best && (!byMeaning || DICT.get(best)!.key !== DICT.get(cand)!.key)) tie = true;
    }
  }
  return best && !tie ? best : null;
}

interface Match {
  start: number; // token index
  end: number; // exclusive
  e: Entry;
  hit?: Hit;
}

// separator strength before a token
const SEP_SPACE = 0, SEP_HYPHEN = 1, SEP_JOIN = 2, SEP_AT = 3, SEP_COMMA = 4, SEP_PART = 5;

const isAlnum = (c: string) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');

/** "(m/w/d)", "(h/f)", "(f/m/x)", "m/w/d", "(all genders)". */
const GENDER_RE = /\(\s*(?:[mwfdhvxk]|div|all genders|alle geschlechter|gn)(?:\s*\/\s*(?:[mwfdhvxk]|div))*\s*\*?\)|(?<![a-z0-9])[mwfdhvxk](?:\s*\/\s*[mwfdhvxk]){1,2}(?![a-z0-9])/g;
/** Inclusive endings: "Leiter*in", "Berater:in", "Consultant(e)", "Director/a", "Lehrer/-in", "directeur.rice", "Kierownik/czka". */
const INCL_RE = /([a-z]{3})(?:\(|\/-?|\*|:|_|\.)(innen|in|e|ne|se|trice|rice|euse|a|o|as|os|es|ka|czka)\)?(?![a-z])/g;
const INCL_HINT = /[(/*:_.]/;

/** Folded position → original position; reused between calls (the engine is synchronous). */
let ORIG_AT = new Int32Array(256);
/** The folded characters, as codes, before they become one string (one string built, not one per character). */
let FOLDED = new Uint16Array(256);

function codesToString(codes: Uint16Array, n: number): string {
  // fromCharCode takes its codes as arguments: chunks keep a very long line under the engine's argument limit.
  const CHUNK = 8192;
  if (n <= CHUNK) return String.fromCharCode.apply(null, codes.subarray(0, n) as unknown as number[]);
  let s = '';
  for (let i = 0; i < n; i += CHUNK) s += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + CHUNK)) as unknown as number[]);
  return s;
}
/**
 * The title being classified and its tokens' folded spans, for orig/txt/said below. Module state rather than
 * closures made per title: the engine is synchronous (one title at a time, as ORIG_AT), and the CLI runs under
 * tsx, whose keep-names helper costs ~0.35 µs for every named closure created (issue #13: --batch speed).
 */
let INPUT = '';
let T_START: number[] = [];
let T_END: number[] = [];

/** The original text of folded positions a…b-1, trimmed. */
function orig(a: number, b: number): string {
  return INPUT.slice(ORIG_AT[a]!, ORIG_AT[b - 1]! + 1).trim();
}
/** The original text of a match's tokens. */
function txt(m: Match): string {
  return orig(T_START[m.start]!, T_END[m.end - 1]!);
}
/** The match as evidence: the written words, and the compound part or typo target that matched. */
function said(m: Match): string {
  const h = m.hit;
  if (!h || h.via === 'word' || h.via === 'plural' || h.via === 'noun') return `"${txt(m)}"`;
  if (h.via === 'typo') return `"${txt(m)}" (typo for "${h.part}")`;
  if (h.via === 'inflect') return `"${txt(m)}" (form of "${h.part}")`;
  const from = T_START[m.start]! + h.at!;
  if (h.via === 'suffix') return `"${txt(m)}" (ends "-${h.part}")`;
  if (h.via === 'stem') return `"${txt(m)}" (${h.at ? 'ends' : 'begins'} "${orig(from, from + h.part!.length)}")`;
  return `"${txt(m)}" (compound part "${orig(from, from + h.part!.length)}")`;
}

/** Steps 1–4 of the pipeline: the title's tokens, their spans and separators, and every word, phrase, compound and typo matched. */
interface Scan {
  toks: string[];
  tStart: number[];
  tEnd: number[];
  tSep: number[];
  matches: Match[];
}

/**
 * Steps 1–4, apart from the rules (steps 5–9 in classifyTitleUncached): one function holding the whole pipeline
 * took V8's optimising compiler 0.3–2 s per (re)compile, paid again after every deoptimisation (issue #13).
 */
function scanTitle(input: string, evidence: string[]): Scan {
  INPUT = input;
  // 1. fold to a-z0-9 + separators, remembering where each character came from
  if (ORIG_AT.length < input.length * 2 + 2) {
    ORIG_AT = new Int32Array(input.length * 2 + 64);
    FOLDED = new Uint16Array(input.length * 2 + 64);
  }
  const origAt = ORIG_AT;
  const folded = FOLDED;
  let o = 0;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (code >= 97 && code <= 122) {
      folded[o] = code;
      origAt[o++] = i;
      continue;
    }
    if (code >= 65 && code <= 90) {
      folded[o] = code + 32;
      origAt[o++] = i;
      continue;
    }
    const f = code === 32 || code === 9 || code === 10 || code === 13 ? ' ' : foldChar(code, input[i]!);
    for (let k = 0; k < f.length; k++) {
      folded[o] = f.charCodeAt(k);
      origAt[o++] = i;
    }
  }
  origAt[o] = input.length;
  let s = codesToString(folded, o);

  // 2. gender markers and inclusive endings
  if (s.includes('/') || s.includes('(')) {
    s = s.replace(GENDER_RE, (m, offset: number) => {
      evidence.push(`ignored "${orig(offset, offset + m.length)}"`);
      return ' '.repeat(m.length);
    });
  }
  if (INCL_HINT.test(s)) s = s.replace(INCL_RE, (m, stem: string) => stem + ' '.repeat(m.length - stem.length));

  // 3. tokenise
  const toks: string[] = [];
  const tStart: number[] = [];
  const tEnd: number[] = [];
  const tSep: number[] = [];
  T_START = tStart;
  T_END = tEnd;
  let sep = SEP_PART;
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s[i]!;
    if (isAlnum(c)) {
      let j = i + 1;
      while (j < n) {
        const d = s[j]!;
        if (isAlnum(d)) j++;
        else if ((d === '&' || d === '+') && j + 1 < n && isAlnum(s[j + 1]!) && j - i <= 2) j++;
        else break;
      }
      toks.push(s.slice(i, j));
      tStart.push(i);
      tEnd.push(j);
      tSep.push(sep);
      sep = SEP_SPACE;
      i = j;
      continue;
    }
    let k = SEP_SPACE;
    if (c === '|') k = SEP_PART;
    else if (c === '–' || c === ',' || c === '(' || c === ')') k = SEP_COMMA;
    else if (c === '@') k = SEP_AT;
    else if (c === '/' || c === '&' || c === '+' || c === ':') k = SEP_JOIN;
    else if (c === '-') {
      const spacedBefore = i === 0 || s[i - 1] === ' ';
      const spacedAfter = i + 1 >= n || s[i + 1] === ' ';
      k = spacedBefore && spacedAfter ? SEP_COMMA : SEP_HYPHEN;
    } else if (c === '·' || c === '.') k = c === '·' ? SEP_PART : SEP_SPACE;
    if (k > sep) sep = k;
    i++;
  }
  const T = toks.length;

  // 4. match phrases, words, compounds, typos
  const matches: Match[] = [];
  for (let t = 0; t < T; t++) {
    const w = toks[t]!;
    let found = false;
    const first = PHRASE_FIRST.has(w) ? w : phraseWord(w);
    if (PHRASE_FIRST.has(first)) {
      const maxLen = Math.min(PHRASE_MAX, T - t);
      for (let L = maxLen; L >= 2 && !found; L--) {
        let ok = true;
        let key = first;
        let typo = first !== w;
        for (let q = t + 1; q < t + L; q++) {
          if (tSep[q]! > SEP_HYPHEN) {
            ok = false;
            break;
          }
          const pw = phraseWord(toks[q]!);
          if (pw !== toks[q]) typo = true;
          key += ' ' + pw;
        }
        if (!ok) continue;
        const e = DICT.get(key);
        if (e) {
          matches.push({ start: t, end: t + L, e, hit: typo ? { e, part: key, at: undefined, via: 'typo' } : undefined });
          t += L - 1;
          found = true;
        }
      }
      if (found) continue;
    }
    const hits = analyseToken(w);
    for (const hit of hits) {
      if (hit.e.up && hit.via === 'word') {
        const text = orig(tStart[t]!, tEnd[t]!);
        // Lower case is still the abbreviation when hyphenated to the next word ("it-beveiligingsexpert", "it-chef").
        if (text !== text.toUpperCase() && !(t + 1 < T && tSep[t + 1] === SEP_HYPHEN)) continue;
      }
      matches.push({ start: t, end: t + 1, e: hit.e, hit });
    }
  }
  return { toks, tStart, tEnd, tSep, matches };
}

/** An owner, partner or C-level word starts at token q (or right after a hyphen: "Co-|founder"). */
function topLevelAt(q: number, tSep: number[], matchAt: (Match[] | undefined)[]): boolean {
  for (let k = q; k <= q + 1 && k < tSep.length; k++) {
    if (k > q && tSep[k] !== SEP_HYPHEN) break;
    const list = matchAt[k];
    if (list) for (const m of list) if (m.e.lvl === 'owner' || m.e.lvl === 'partner' || m.e.lvl === 'cxo') return true;
  }
  return false;
}
/**
 * Round 7: a company tail ends where a second role of the person begins ("CTO at Acme and Co-founder", "@ Acme &
 * Founder"): a joining word or "&/+" before an owner, partner or C-level word.
 */
function secondRoleAt(q: number, tSep: number[], toks: string[], matchAt: (Match[] | undefined)[]): boolean {
  if (tSep[q] === SEP_JOIN) return topLevelAt(q, tSep, matchAt);
  return CONJ_WORDS.has(toks[q]!) && q + 1 < tSep.length && tSep[q + 1]! < SEP_COMMA && topLevelAt(q + 1, tSep, matchAt);
}

/** Marks tokens from..the next comma-strength separator as ignored (and as a company tail); returns the token after them. */
function ignoreRange(tSep: number[], ignored: Uint8Array, tail: Uint8Array, evidence: string[], from: number, startTok: number, prefix = '', isTail = false, toks?: string[], matchAt?: (Match[] | undefined)[]): number {
  const T = tSep.length;
  let to = from + 1;
  while (to < T && tSep[to]! < SEP_COMMA && !(toks && secondRoleAt(to, tSep, toks, matchAt!))) to++;
  for (let q = startTok; q < to; q++) {
    ignored[q] = 1;
    if (isTail) tail[q] = 1;
  }
  evidence.push(`ignored "${prefix}${orig(T_START[startTok]!, T_END[to - 1]!)}"`);
  return to;
}

/**
 * Step 5: former roles ("ex-…") and company tails (" at …", "@ …", " bei …") are ignored; `tail` marks the company
 * tails, kept for the consulting-partner rule. Apart from classifyTitleUncached to keep that function small for V8.
 */
function ignoredRanges(tSep: number[], toks: string[], matches: Match[], evidence: string[]): { ignored: Uint8Array; tail: Uint8Array } {
  const T = tSep.length;
  const ignored = new Uint8Array(T);
  const tail = new Uint8Array(T);
  const matchAt: (Match[] | undefined)[] = new Array(T);
  for (const m of matches) {
    const list = matchAt[m.start];
    if (list) list.push(m);
    else matchAt[m.start] = [m];
  }
  for (let t = 0; t < T; t++) {
    if (ignored[t]) continue;
    if (tSep[t] === SEP_AT) {
      t = ignoreRange(tSep, ignored, tail, evidence, t, t, '@ ', true, toks, matchAt) - 1;
      continue;
    }
    const kind = matchAt[t]?.[0]?.e.kind;
    if (kind === 'ex') {
      t = ignoreRange(tSep, ignored, tail, evidence, t, t) - 1;
    } else if (kind === 'tail' && t > 0 && tSep[t]! < SEP_COMMA && t + 1 < T && tSep[t + 1]! < SEP_COMMA) {
      t = ignoreRange(tSep, ignored, tail, evidence, t, t, '', true, toks, matchAt) - 1;
    } else if (kind === 'tailc' && t > 0 && tSep[t]! < SEP_COMMA && t + 1 < T && tSep[t + 1]! < SEP_COMMA) {
      let to = t + 1;
      let hasWord = false;
      while (to < T && tSep[to]! < SEP_COMMA) {
        if (matchAt[to]?.some((m) => !m.e.kind)) hasWord = true;
        to++;
      }
      if (!hasWord) t = ignoreRange(tSep, ignored, tail, evidence, t, t, '', true) - 1;
    }
  }
  return { ignored, tail };
}

/** A match that can make its part the primary role: a level, modifier, role or context word (not a side role). */
function substantive(m: Match): boolean {
  return !!(!m.e.low && (m.e.lvl || m.e.mod || m.e.role || (m.e.kind && m.e.kind !== 'team' && m.e.kind !== 'unit' && m.e.kind !== 'site')));
}

/** A level word written as a plural ("founders", "CEO's", "fundadores" as a typo of "fundador"): other people. */
function pluralLevel(m: Match, toks: string[], tSep: number[], context: boolean): boolean {
  if (m.end - m.start !== 1) return false;
  const tok = toks[m.start]!;
  const next = m.end < toks.length ? toks[m.end]! : '';
  // "CEO's", "CEO'lar", "VD:ar": the apostrophe folds to a space, the colon is a join.
  if (next && PLURAL_TOKENS.has(next) && tSep[m.end]! <= SEP_JOIN) return true;
  const via = m.hit?.via;
  // Turkish plural and case endings on the next word: "Kurucu ortaklara" ("to co-founders"), "yönetici ortakları".
  if (next && tSep[m.end]! <= SEP_HYPHEN) {
    for (const suf of TR_PLURAL_ENDINGS) {
      if (next.length < suf.length + 3 || !next.endsWith(suf)) continue;
      if (DICT.get(next.slice(0, -suf.length))?.lvl) return true;
    }
  }
  // A plural ending alone needs a context naming other people: "Helping founders", "Coach per imprenditori",
  // "Mentora de fundadores". ESCO and job-ad labels name occupations in the plural ("responsabili della
  // manutenzione", "supervisori della malteria"): those are the person's own level.
  if (!context) return false;
  if (via === 'typo') {
    const target = m.hit!.part!;
    if (tok.length < target.length || tok.slice(0, target.length - 1) !== target.slice(0, -1)) return false;
    // Not "-en"/"-n": the Scandinavian definite singular ("arbetsledaren" is the supervisor).
    return PLURAL_ENDINGS.some((suf) => suf !== 'en' && tok.endsWith(suf) && !target.endsWith(suf));
  }
  if (via && via !== 'word' && via !== 'plural') return false;
  for (const suf of PLURAL_ENDINGS) {
    if (suf.length === 1 && suf !== 's') continue; // feminine "-e" ("associée", "présidente") is not a plural
    if (tok.length < suf.length + 3 || !tok.endsWith(suf)) continue;
    const stem = DICT.get(tok.slice(0, -suf.length));
    if (stem && stem.lvl === m.e.lvl) return true;
  }
  return false;
}

/**
 * Round 7, level guards: drops level words that are not the person's own level — the people a role serves
 * ("Coach for CEOs", "Beraterin für CEO-Nachfolge", "Kouč pro ředitele a zakladatele"), plurals ("Helping founders
 * scale", "CEO'lar ve kurucular için koç", "Mentora de fundadores"), a role searched for ("Looking for CFO roles"),
 * and the levels joined to a dropped one by "and/et/y/und …". Before the primary role is chosen, so a line whose first
 * part only serves founders takes its role from the next part ("Helping founders scale | Fractional CFO").
 */
function levelGuards(active: Match[], toks: string[], tSep: number[], partOf: Int32Array, evidence: string[]): Match[] {
  let dropped: Set<Match> | null = null;
  let lastDropped: Match | null = null;
  for (const m of active) {
    if (!m.e.lvl) continue;
    let why = '';
    const part = partOf[m.start]!;
    if (lastDropped && partOf[lastDropped.start] === part) {
      let joined = lastDropped.end <= m.start;
      for (let q = lastDropped.end; q < m.start && joined; q++) {
        const w = toks[q]!;
        if (!(CONJ_WORDS.has(w) || SERVED_ARTICLE.has(w) || LINK_WORDS.has(w) || SERVED_LINK.has(w) || PLURAL_TOKENS.has(w))) joined = false;
      }
      if (joined) why = 'joined to a level that is not the person\'s';
    }
    // A plural ending counts only in a context naming other people (a preposition, an article, a joining word, a
    // helping or searching verb before it); a plural that is the whole role ("Managers") is the person's level.
    let context = false;
    if (m.start > 0 && partOf[m.start - 1] === part) {
      const prev = toks[m.start - 1]!;
      context = SERVED_LINK.has(prev) || SERVED_ARTICLE.has(prev) || LINK_WORDS.has(prev) || CONJ_WORDS.has(prev);
      for (let q = m.start - 1; q >= 0 && partOf[q] === part && !context; q--) if (HELP_WORDS.has(toks[q]!) || SEARCH_WORDS.has(toks[q]!)) context = true;
    }
    if (!why && pluralLevel(m, toks, tSep, context)) {
      let others = 0;
      for (let q = 0; q < toks.length; q++) if (partOf[q] === part && (q < m.start || q >= m.end) && !PLURAL_TOKENS.has(toks[q]!)) others++;
      if (others) why = 'plural: other people';
    }
    if (!why) {
      let q = m.start - 1;
      let skipped = 0;
      while (q >= 0 && partOf[q] === part && SERVED_ARTICLE.has(toks[q]!) && skipped < 2) { q--; skipped++; }
      // Only after a role, level or field of the person's own ("Coach für …", "Assistent for direktøren"): "Junior till
      // supervisor" is a supervisor of the tills.
      if (q > 0 && partOf[q] === part && SERVED_LINK.has(toks[q]!) && active.some((x) => x !== m && x.end <= q && partOf[x.start] === part && !x.e.mod && (x.e.lvl || x.e.role || x.e.d))) why = `after "${orig(T_START[q]!, T_END[q]!)}": the people the role serves`;
    }
    // "Conseiller du PDG", "Asesor del CEO", "Adviseur van de CEO": the boss of an adviser or assistant.
    if (!why) {
      let q = m.start - 1;
      let link = -1;
      while (q >= 0 && q >= m.start - 3 && partOf[q] === part && (GENITIVE_LINK.has(toks[q]!) || SERVED_ARTICLE.has(toks[q]!))) {
        if (GENITIVE_LINK.has(toks[q]!)) link = q;
        q--;
      }
      const end = q + 1;
      if (link >= 0 && q >= 0 && active.some((x) => x.end === end && partOf[x.start] === part && helperRole(x))) why = `after "${orig(T_START[link]!, T_END[link]!)}": the boss of an adviser or assistant`;
    }
    // "CEO Advisor", "VD-assistent", "Genel Müdür Danışmanı": a boss level right before an adviser or assistant word.
    if (!why && m.e.kind !== 'partner' && (m.e.lvl === 'owner' || m.e.lvl === 'partner' || m.e.lvl === 'cxo') && m.end < toks.length && partOf[m.end] === part && tSep[m.end]! <= SEP_HYPHEN) {
      if (active.some((x) => x.start === m.end && helperRole(x) && (x.e.kind === 'assist' || x.e.low || x.e.d === 'consulting'))) why = `"${orig(T_START[m.start]!, T_END[m.end]!)}": the boss of an adviser or assistant`;
    }
    if (!why) {
      // The verb of a search ("Looking for …", "Buscando …"; Turkish after it: "CFO pozisyonu arıyorum"); also when
      // it was guessed as a level itself ("Procurando" is not "procurador").
      if (m.end - m.start === 1 && SEARCH_WORDS.has(toks[m.start]!)) why = 'a search verb';
      for (let q = m.start - 1; !why && q >= 0 && partOf[q] === part; q--) {
        if (SEARCH_WORDS.has(toks[q]!) || (toks[q] === 'recherche' && q > 0 && toks[q - 1] === 'la')) why = `after "${orig(T_START[q]!, T_END[q]!)}": a role sought`;
      }
      for (let q = m.end; !why && q < toks.length && partOf[q] === part; q++) if (SEARCH_AFTER.has(toks[q]!)) why = `"… ${orig(T_START[q]!, T_END[q]!)}": a role sought`;
    }
    // "Founder of nothing (yet)", "CEO de rien": a joke, not a company.
    if (!why) {
      for (let q = m.end; q < toks.length && q <= m.end + 1 && partOf[q] === part; q++) if (NOTHING_WORDS.has(toks[q]!)) { why = `"… ${orig(T_START[q]!, T_END[q]!)}": no company`; break; }
    }
    // An abbreviation hyphenated to a topic word ("CEO-Nachfolge", "CFO-Services"): the subject, not a role.
    if (!why && m.end - m.start === 1 && m.end < toks.length && txt(m) === txt(m).toUpperCase() && tSep[m.end] === SEP_HYPHEN && toks[m.start]!.length <= 4 && toks[m.end]!.length >= 6) {
      const nextTok = m.end;
      if (!matchesAt(active, nextTok).some((x) => x.e.lvl || x.e.role || x.e.mod)) why = `"${orig(T_START[m.start]!, T_END[nextTok]!)}": a topic`;
    }
    if (why) {
      (dropped ??= new Set<Match>()).add(m);
      lastDropped = m;
      evidence.push(`level guard: ${said(m)} is not the person's level (${why})`);
    }
  }
  return dropped ? active.filter((m) => !dropped!.has(m)) : active;
}

/** Step 8 of classifyTitleUncached, the seniority, from what step 7 found (apart for V8, as decideDepartment). */
function decideSeniority(
  mods: Partial<Record<Mod, string>>,
  best: Level | null,
  bestText: string,
  functional: string,
  hasRole: boolean,
  roleText: string,
  nounRole: string,
  sideRole: Match | undefined,
  strong: Match | null,
  nounM: Match | null,
  stemM: Match | null,
  weakM: Match | null,
  occupationWordIn: (part: number) => string,
  primary: number,
  evidence: string[],
): { seniority: Seniority; seniorityRule: string } {
  let seniority: Seniority;
  let occupation = '';
  let seniorityRule: string;
  if (mods.intern && (!best || best === 'manager')) {
    seniority = 'intern';
    seniorityRule = `intern word ${mods.intern}`;
    if (best) evidence.push(`${mods.intern} → intern (overrides ${best})`);
  } else if (best && best !== 'manager') {
    seniority = best;
    seniorityRule = `level word ${bestText}`;
  } else if (best === 'manager') {
    if (mods.entry) {
      seniority = 'entry';
      seniorityRule = `entry word ${mods.entry} over manager`;
      evidence.push(`${mods.entry} → entry (overrides ${bestText})`);
    } else {
      seniority = 'manager';
      seniorityRule = `people-manager word ${bestText}`;
    }
  } else if (mods.entry) {
    seniority = 'entry';
    seniorityRule = `entry word ${mods.entry}`;
  } else if (mods.senior) {
    seniority = 'senior';
    seniorityRule = `senior word ${mods.senior}`;
  } else if (hasRole || (sideRole && (strong || nounM || stemM))) {
    if (!hasRole) roleText = said(sideRole!);
    seniority = 'individual';
    seniorityRule = functional ? `functional-manager rule ("${functional}")` : roleText ? `plain role noun ${roleText}` : nounRole;
    if (!functional) evidence.push('plain role → individual');
  } else if ((occupation = occupationWordIn(primary))) {
    seniority = 'individual';
    seniorityRule = `occupation without a level word ("${occupation}") → individual (default)`;
    evidence.push(seniorityRule);
  } else {
    seniority = 'unknown';
    seniorityRule = 'no role or level word';
    if (strong || weakM) evidence.push('no role or level word: seniority unknown');
  }
  if (functional && seniority !== 'individual' && !best) seniorityRule += ` (functional-manager rule: "${functional}")`;
  return { seniority, seniorityRule };
}

/**
 * Step 9 of classifyTitleUncached, the department, from what step 7 found: a function of its own so that V8
 * recompiles a small function, not the whole engine, when a rare rule first runs (issue #13: --batch speed).
 */
function decideDepartment(
  ms: Match[],
  toks: string[],
  tStart: number[],
  tEnd: number[],
  tSep: number[],
  ignored: Uint8Array,
  tail: Uint8Array,
  strong: Match | null,
  nounM: Match | null,
  stemM: Match | null,
  weakM: Match | null,
  strongRole: Match | null,
  siteM: Match | null,
  otherNoun: Match | null,
  best: Level | null,
  bestText: string,
  deptOf: Map<Match, Department>,
  evidence: string[],
): { department: Department; departmentRule: string } {
  const T = toks.length;
  let department: Department;
  let departmentRule: string;
  const itFirst = ms.find((m) => m.e.d === 'it' && m.e.weak && m.e.up);
  // Engineers and technicians of production, logistics … are engineering under the labelling guide ("Production
  // Engineer", "Fertigungsingenieur"); quality, maintenance and safety ones stay operations ("Quality Engineer",
  // "Técnico de mantenimiento"). Needs the engineer word itself, not a level or a noun.
  let engOps: Match | undefined;
  const engineerOfOperations = (op: Match): Match | undefined => {
    if (deptOf.get(op) !== 'operations' || OPS_STAYS_RE.test(foldTitleText(txt(op)))) return undefined;
    return ms.find((x) => x !== op && x.e.role && x.e.d === 'engineering' && x.e.weak && !x.e.lvl);
  };
  let itOps = itFirst && ms.find((x) => x.start === itFirst.end && tSep[x.start]! <= SEP_HYPHEN && (x.e.d === 'operations' || x.e.d === 'support'));
  // Round 6: "IT" anywhere in the role with a word for running systems ("Driftstekniker IT", "Operations Manager IT",
  // "Betriebsleiter IT") is IT operations too; other operations fields ("Logistik IT") are not.
  if (!itOps && itFirst && strong && deptOf.get(strong) === 'operations' && IT_RUN_RE.test(foldTitleText(txt(strong)))) itOps = strong;
  if (itOps) {
    department = 'it';
    departmentRule = itOps.start < itFirst!.start ? `IT-operations rule ("${txt(itOps)}" with "${txt(itFirst!)}")` : `IT-operations rule ("${txt(itFirst!)} ${txt(itOps)}")`;
    evidence.push(`${departmentRule} → it`);
  } else if (strong && (engOps = engineerOfOperations(strong))) {
    department = 'engineering';
    departmentRule = `engineer-of-operations rule (${said(engOps)} with ${said(strong)})`;
    evidence.push(`${departmentRule} → engineering`);
  } else if (strongRole && strongRole !== strong) {
    // Main-noun rule: a person word with a department beats a field word before it ("ICT Buyer" → procurement,
    // "Finance Recruiter" → hr): the field says where, the person word what the job is.
    department = deptOf.get(strongRole)!;
    departmentRule = `main-noun rule (${said(strongRole)} over ${said(strong!)})`;
    evidence.push(`${departmentRule} → ${department}`);
  } else if (strong) {
    department = deptOf.get(strong)!;
    departmentRule = `function word ${said(strong)}`;
  } else if (siteM && (best === 'vp' || best === 'director' || best === 'head' || best === 'manager')) {
    // Site rule: the head of a factory, an industry, a waste service or a department store runs what it does
    // ("Leiter Papierfabrik", "Directora de industria manufacturera", "Kaufhausleiterin").
    department = siteM.e.d!;
    departmentRule = `site rule (${bestText} of ${said(siteM)})`;
    evidence.push(`${departmentRule} → ${department}`);
  } else if (nounM) {
    department = nounM.e.d!;
    departmentRule = `${nounM.hit?.via === 'suffix' ? 'suffix-family rule' : 'job noun'} ${said(nounM)}`;
  } else if (stemM && !otherNoun && best !== 'owner' && best !== 'partner' && best !== 'cxo') {
    // A stem is weak evidence: an owner or board member of "a shop" is still general management.
    department = stemM.e.d!;
    departmentRule = `stem ${said(stemM)}`;
  } else if (weakM) {
    department = deptOf.get(weakM)!;
    departmentRule = `weak function word ${said(weakM)}`;
  } else if (best === 'owner' || best === 'partner' || best === 'cxo') {
    department = 'executive';
    departmentRule = `no function word; ${bestText} → executive`;
    if (best === 'partner') {
      let firm = '';
      for (let t = 0; t < T && !firm; t++) {
        if (ignored[t] && !tail[t]) continue;
        if (CONSULTING_FIRMS.has(toks[t]!) || CONSULTING_WORDS.has(toks[t]!)) firm = orig(tStart[t]!, tEnd[t]!);
        else if (LAW_WORDS.has(toks[t]!)) {
          department = 'legal';
          departmentRule = `partner at a law firm ("${orig(tStart[t]!, tEnd[t]!)}")`;
          break;
        }
      }
      if (firm) {
        department = 'consulting';
        departmentRule = `consulting-partner rule ("${firm}")`;
      }
    }
    evidence.push(departmentRule.startsWith('no function') ? `no function word; ${bestText} → executive` : `${departmentRule} → ${department}`);
  } else {
    department = 'other';
    departmentRule = 'no function word';
    evidence.push('no function word → other');
  }
  return { department, departmentRule };
}

export function classifyTitleUncached(title: string): TitleResult {
  const evidence: string[] = [];
  const input = typeof title === 'string' ? title : '';
  const { toks, tStart, tEnd, tSep, matches } = scanTitle(input, evidence);
  const T = toks.length;

  // 5. ignored ranges: former roles and company tails
  const { ignored, tail } = ignoredRanges(tSep, toks, matches, evidence);

  // 6. parts and the primary role
  const partOf = new Int32Array(T);
  let partCount = 0;
  for (let t = 0; t < T; t++) {
    if (t > 0 && tSep[t] === SEP_PART) partCount++;
    partOf[t] = partCount;
  }
  partCount++;
  let active = matches.filter((m) => !ignored[m.start] && !(m.e.kind === 'ex' || m.e.kind === 'tail' || m.e.kind === 'tailc'));
  if (active.some((m) => m.e.lvl)) active = levelGuards(active, toks, tSep, partOf, evidence);
  const parts: Match[][] = Array.from({ length: partCount }, () => []);
  for (const m of active) parts[partOf[m.start]!]!.push(m);
  // An occupation named by a word no table knows ("Zookeeper", "Ergotherapeutin", "Kurátor"): a title
  // that names something without a level word is an individual contributor (issue #13). A token counts
  // when it is a plain word of 4+ letters that nothing matched (or only a compound modifier matched, with
  // 6+ letters left: "Finanz|planer"), is not ignored, and is not a filler word; titles that say the person
  // holds no position ("Open to work", "Looking for opportunities") never get this default.
  // Computed only when a title has no role or level word (most titles never need it: the batch cost stays flat).
  const occupationWordIn = (part: number): string => {
    for (let t = 0; t < T; t++) if (STATUS_WORDS.has(toks[t]!)) return '';
    const covered = new Uint8Array(T);
    for (const m of matches) {
      if (m.hit?.via === 'stem') continue;
      const tok = toks[m.start]!;
      // Letters after the modifier, without a linking "s" ("Vertrieb|s|leitr" leaves 5: a garbled head, not a noun).
      const rest = m.hit?.via === 'modifier' ? tok.length - m.hit.at! - m.hit.part!.length - (tok[m.hit.at! + m.hit.part!.length] === 's' ? 1 : 0) : 0;
      if (m.hit?.via === 'modifier' && m.end - m.start === 1 && rest >= 6 && !matches.some((x) => x !== m && x.start === m.start && x.hit?.via !== 'stem')) continue;
      for (let q = m.start; q < m.end; q++) covered[q] = 1;
    }
    // An English "-ing" word makes the title an activity or a slogan ("Helping startups scale"), not an occupation.
    for (let t = 0; t < T; t++) if ((part < 0 || partOf[t] === part) && !covered[t] && toks[t]!.length >= 5 && toks[t]!.endsWith('ing')) return '';
    for (let t = 0; t < T; t++) {
      if ((part >= 0 && partOf[t] !== part) || ignored[t] || covered[t]) continue;
      const w = toks[t]!;
      // English "-ing" words are activities, not occupations ("Managing", "Helping startups scale").
      if (w.length >= 4 && !FILLER_WORDS.has(w) && !LINK_WORDS.has(w) && /^[a-z]+$/.test(w) && !w.endsWith('ing')) return orig(tStart[t]!, tEnd[t]!);
    }
    return '';
  };
  let primary = parts.findIndex((p) => p.some(substantive));
  if (primary < 0) primary = parts.findIndex((p) => p.some((m) => !m.e.low && m.e.d));
  if (primary < 0) primary = parts.findIndex((p) => p.some((m) => m.e.low && m.e.role));
  if (primary < 0) {
    // A loop, not filter().map(): an empty and a filled array of different element kinds deoptimised the whole function.
    const side: string[] = [];
    for (const m of active) if (m.e.low) side.push(`"${txt(m)}"`);
    const why = side.length ? `only side roles (${side.join(', ')}): no department or seniority` : 'no known role, level or department word';
    evidence.push(why);
    const occupation = side.length ? '' : occupationWordIn(-1);
    if (occupation) {
      const rule = `occupation without a level word ("${occupation}") → individual (default)`;
      evidence.push(rule);
      return { title: input, department: 'other', seniority: 'individual', evidence, rules: { department: why, seniority: rule } };
    }
    return { title: input, department: 'other', seniority: 'unknown', evidence, rules: { department: why, seniority: why } };
  }
  let ms = parts[primary]!;
  // A side role that names a person ("Advisor") still makes a function word a role: "Mortgage Advisor" is individual.
  const sideRole = ms.find((m) => m.e.low && m.e.role);
  if (ms.some((m) => !m.e.low)) ms = ms.filter((m) => !m.e.low);
  if (partCount > 1) {
    let a = -1, b = -1;
    for (let t = 0; t < T; t++) if (partOf[t] === primary && !ignored[t]) { if (a < 0) a = t; b = t; }
    if (a >= 0) evidence.push(`primary role: "${orig(tStart[a]!, tEnd[b]!)}"`);
  }
  const hasTeamMarker = ms.some((m) => m.e.kind === 'team');
  const adjacentBefore = (m: Match): Match | undefined =>
    m.start > 0 && tSep[m.start]! <= SEP_HYPHEN && partOf[m.start - 1] === primary ? ms.find((x) => x.end === m.start && x !== m) : undefined;

  /** The function word a manager word is followed by ("Gerente de marketing"), or null for a place, a team or nothing. */
  const functionAfter = (m: Match): Match | null => {
    for (let q = m.end; q < T && q < m.end + 4 && partOf[q] === primary && tSep[q]! <= SEP_HYPHEN; q++) {
      const at = ms.find((x) => x.start === q);
      if (!at) {
        if (PLACE_WORDS.has(toks[q]!)) return null;
        continue;
      }
      if (at.e.kind === 'unit' && AREA_WORDS.has(toks[q]!)) continue; // "Gerente regional de vendas": the scope, not the object
      if (at.e.lvl || at.e.kind === 'unit' || at.e.kind === 'site' || at.e.kind === 'team' || PLACE_WORDS.has(toks[q]!)) return null;
      // Operations and production are run by people ("Gerente de operações", "Manažer výroby"), as "Operations Manager".
      // Quality stays functional ("Manažer kvality", as "Quality Manager").
      if (at.e.d === 'operations' && !/^(?:qual|kval|jakos|kalit)/.test(toks[q]!)) return null;
      return at.e.d ? at : null;
    }
    return null;
  };

  // 7. resolve special words in context
  let levelsMuted = false;
  let best: Level | null = null;
  let bestText = '';
  let functional = '';
  const mods: Partial<Record<Mod, string>> = {};
  let hasRole = false;
  let roleText = '';
  let strong: Match | null = null;
  /** The first strong word that names a person ("Buyer", "Recruiter"): the title's main noun. */
  let strongRole: Match | null = null;
  let weakM: Match | null = null;
  /** The job noun that may give the department (a role noun before a department word). */
  let nounM: Match | null = null;
  let nounRole = '';
  /** A job noun of an occupation outside every department ("Journalist", "Bäcker"): weak evidence gives way to it. */
  let otherNoun: Match | null = null;
  /** The first word whose beginning is a known stem (department only). */
  let stemM: Match | null = null;
  /** The first place or industry someone runs ("Papierfabrik", "industria"): a department for a level title only. */
  let siteM: Match | null = null;
  const deptOf = new Map<Match, Department>();
  /** Each match's meaning after its context rule ("Partner Manager": partner → partnerships). */
  const resolved = new Map<Match, Entry>();
  for (const m of ms) {
    let e = m.e;
    const next = m.end < T && partOf[m.end] === primary ? toks[m.end]! : '';
    const prev = m.start > 0 && partOf[m.start - 1] === primary ? toks[m.start - 1]! : '';
    if (e.kind === 'partner') {
      // Only a department word written right before it ("HR Partner", "HR-Partner"); across "&" or "/" it is a second
      // role ("Salesmanager & Partner", round 7).
      const prevIsDept = tSep[m.start]! <= SEP_HYPHEN && matches.some((x) => x.end === m.start && x.e.d && !x.e.lvl);
      if (PARTNER_AFTER.has(next)) {
        e = meaning('business_development weak');
        evidence.push(`"${txt(m)} ${next}" → partnerships, not partner level`);
      } else if (prevIsDept || PARTNER_BEFORE.has(prev)) {
        e = meaning('role');
        evidence.push(`"${prev} ${txt(m)}" → business-partner role, not partner level`);
      }
    } else if (e.kind === 'chef') {
      if (CHEF_MANAGER_AFTER.has(next) && m.end + 1 < T && partOf[m.end + 1] === primary && CHEF_HEAD_UNIT.has(toks[m.end + 1]!)) e = meaning('head');
      else if (CHEF_MANAGER_AFTER.has(next)) e = meaning('manager');
      else if (CHEF_HEAD_AFTER.has(next) || (m.start > 0 && tSep[m.start] === SEP_HYPHEN)) e = meaning('head');
      else e = meaning('role');
    } else if (e.kind === 'staff') {
      if (!STAFF_AFTER.has(next)) continue;
      e = meaning('senior');
    } else if (e.kind === 'assoc') {
      if (ASSOC_LEVEL_AFTER.has(next)) continue;
    } else if (e.kind === 'admin') {
      // "Administrateur" alone is a board member; "Administrateur systèmes" an IT role.
      if (ms.some((x) => x !== m && x.e.d && !x.e.lvl)) e = meaning('role administrative weak');
    } else if (e.kind === 'manager' && !hasTeamMarker) {
      // Functional-manager rule: "<function or object word> Manager" manages a thing, not people.
      // The modifier nearest the head names the object ("Junior|produkt|manager": "produkt", not the level).
      const beforeMatch = m.hit?.via === 'head' ? ms.filter((x) => x.start === m.start && x.hit?.via === 'modifier').pop() : adjacentBefore(m);
      const before = beforeMatch && { ...(resolved.get(beforeMatch) ?? beforeMatch.e), m: beforeMatch };
      const prevTok = m.hit?.via === 'head' ? '' : prev;
      const people = before && before.d === 'engineering' && !before.weak;
      const unit = before && (before.kind === 'unit' || before.kind === 'site' || before.kind === 'team' || before.lvl || before.mod || before.kind === 'assoc' || before.kind === 'staff');
      const objectWord = before ? !unit && !people : prevTok !== '' && tSep[m.start]! <= SEP_HYPHEN && /^[a-z]{3,}$/.test(prevTok) && !LINK_WORDS.has(prevTok) && m.hit?.via !== 'typo';
      // Manager-first languages ("Gerente de marketing", "Manažer kvality", "Menedżer ds. sprzedaży", "Manager de
      // projet"): the function after the word, across link words, is the managed thing — unless it is a place.
      const after = !before && !objectWord ? functionAfter(m) : null;
      if (after) {
        functional = `${txt(m)} … ${txt(after)}`;
        evidence.push(`functional-manager rule: "${orig(tStart[m.start]!, tEnd[after.end - 1]!)}" manages a function, not a team → individual contributor`);
        e = meaning('role');
      } else if (objectWord) {
        const what = before ? `${txt(before.m)}${m.hit?.via === 'head' ? '' : ' ' + txt(m)}` : `${orig(tStart[m.start - 1]!, tEnd[m.start - 1]!)} ${txt(m)}`;
        functional = m.hit?.via === 'head' ? txt(m) : what;
        evidence.push(`functional-manager rule: "${functional}" manages a function, not a team → individual contributor`);
        e = meaning('role');
      }
    }
    resolved.set(m, e);
    if (e.kind === 'assist' && LINK_WORDS.has(next)) {
      levelsMuted = true;
      evidence.push(`"${txt(m)} ${next} …" → assistant role; the boss's title is ignored`);
    } else if (e.lvl && !levelsMuted && BOSS_LINK.has(prev === 'the' && m.start >= 2 ? toks[m.start - 2]! : prev) && ms.some((x) => x !== m && x.end < m.start && (x.e.lvl || x.e.role || x.e.d))) {
      // Round 6: a role "to the CEO" / "to the Board" serves that level ("Chief of Staff to the CEO", "Advisor to the
      // Board"): the boss's title is ignored, as after an assistant word.
      levelsMuted = true;
      evidence.push(`"${prev} ${txt(m)}" → the boss's title is ignored`);
      continue;
    } else if (levelsMuted && e.lvl) {
      continue;
    }
    if (e.lvl) {
      if (!best || SENIORITY_RANK.get(e.lvl)! < SENIORITY_RANK.get(best)!) {
        best = e.lvl;
        bestText = said(m);
      }
      evidence.push(`${said(m)} → ${e.lvl}${e.d ? `, ${e.d}` : ''}`);
    } else if (e.mod) {
      if (!mods[e.mod]) mods[e.mod] = said(m);
      evidence.push(`${said(m)} → ${e.mod}${e.d ? `, ${e.d}` : ''}`);
    } else if (e.kind === 'site') {
      evidence.push(`${said(m)} → ${e.d} (place run)`);
      if (!siteM) siteM = m;
      continue;
    } else if (m.hit?.via === 'stem') {
      evidence.push(`${said(m)} → ${e.d} (stem)`);
      if (!stemM) stemM = m;
      continue;
    } else if (m.hit && (m.hit.via === 'noun' || m.hit.via === 'nounhead' || m.hit.via === 'suffix') && e === m.e) {
      if (e.role) {
        hasRole = true;
        if (!nounRole) nounRole = m.hit.via === 'suffix' ? `suffix-family rule ${said(m)}` : `job noun ${said(m)}`;
      }
      evidence.push(`${said(m)} → ${e.d ?? 'role'} (${m.hit.via === 'suffix' ? 'suffix family' : 'job noun'})`);
      if (!e.d && e.role && !otherNoun) otherNoun = m;
      if (e.d && (!nounM || (e.role && !nounM.e.role))) nounM = m;
      continue;
    } else if (e.role) {
      hasRole = true;
      if (!roleText) roleText = said(m);
      if (e.d) evidence.push(`${said(m)} → ${e.d}${e.weak ? ' (weak)' : ''}`);
      else if (m.hit && m.hit.via !== 'word' && m.hit.via !== 'plural') evidence.push(`${said(m)} → role`);
    } else if (e.d) {
      evidence.push(`${said(m)} → ${e.d}${e.weak ? ' (weak)' : ''}`);
    }
    if (e.d) {
      deptOf.set(m, e.d);
      if (!e.weak) {
        if (!strong) strong = m;
        if (e.role && !strongRole) strongRole = m;
      } else if (!weakM) weakM = m;
    }
  }

  // Round 7, team-head rule: a head word whose object is a team ("Jefe del equipo comercial", "Leder af
  // kundeserviceteamet", "Satış Ekibi Lideri") leads a team: `manager`, as "Team Lead" (the labelling guide).
  let teamHead = '';
  if (best === 'head') {
    let teamTok = -1;
    const firstLevel = ms.find((m) => m.e.lvl === 'head');
    for (let t = firstLevel ? firstLevel.end - 1 : 0; t < T && teamTok < 0; t++) {
      if (partOf[t] !== primary || ignored[t]) continue;
      if (ms.some((m) => m.start === t && m.e.kind === 'team') || (toks[t]!.length > 4 && TEAM_TOKEN_RE.test(toks[t]!))) teamTok = t;
    }
    if (teamTok >= 0) {
      teamHead = `team-head rule (${bestText} of "${orig(tStart[teamTok]!, tEnd[teamTok]!)}")`;
      evidence.push(`${teamHead} → manager`);
      best = 'manager';
    }
  }
  // Round 7, cross-part level rule: an owner, partner or C-level word in another role of the line is the person's too
  // ("Økonomichef | Medejer", "Head of Finance | CFO", "Avukat | Ortak"): the highest level stated wins. Former roles,
  // company tails and the guarded words (levelGuards) are already gone.
  const primaryBest = best;
  const primaryBestText = bestText;
  let crossPart = '';
  // Only lines with such a word elsewhere pay for the check (a named closure costs ~0.35 µs under tsx, see INPUT).
  let topElsewhere = false;
  if (partCount > 1) for (const m of active) if (partOf[m.start] !== primary && (m.e.lvl === 'owner' || m.e.lvl === 'partner' || m.e.lvl === 'cxo')) topElsewhere = true;
  if (topElsewhere) {
    /**
     * A level word in another part is the person's only as that part's own role: not a plural ("Partners & Alliances",
     * "Founders Fund"), not the object of "of the / to the" ("Office of the CEO"), not a modifier of a plain noun after
     * it ("Founder Relations", "CEO Office", "CFO Advisor", "CEO & CFO placements"). "Founder of X", "Owner @ X",
     * "Founder & Managing Partner" and a level ending its part count.
     */
    const ownLevelInPart = (m: Match, p: number): boolean => {
      if (pluralLevel(m, toks, tSep, true)) return false;
      const before = m.start - 1;
      if (before >= 0 && partOf[before] === p && !ignored[before] && (LINK_WORDS.has(toks[before]!) || SERVED_LINK.has(toks[before]!) || SERVED_ARTICLE.has(toks[before]!))) return false;
      let q = m.end;
      for (let guard = 0; guard < 8; guard++) {
        if (q >= T || partOf[q] !== p || ignored[q] || tSep[q]! >= SEP_COMMA) return true;
        if (tSep[q] === SEP_JOIN || CONJ_WORDS.has(toks[q]!)) {
          const at = tSep[q] === SEP_JOIN ? q : q + 1;
          const nextLevel = parts[p]!.find((x) => x.e.lvl && (x.start === at || (x.start === at + 1 && tSep[at + 1] === SEP_HYPHEN)));
          if (!nextLevel) return true;
          q = nextLevel.end;
          continue;
        }
        if (LINK_WORDS.has(toks[q]!)) return true;
        // Any other word after it makes the level a modifier ("CEO Office", "CFO Advisor", "Founder Coach").
        return parts[p]!.some((x) => x.start === q && x.e.lvl);
      }
      return true;
    };
    for (let p = 0; p < partCount; p++) {
      if (p === primary) continue;
      for (const m of parts[p]!) {
        const l = m.e.lvl;
        // Not a typo: a guessed word in a side part ("Consultoria Empresarial") is too weak to raise the level.
        if (!l || m.e.low || m.hit?.via === 'typo' || (l !== 'owner' && l !== 'partner' && l !== 'cxo')) continue;
        if (!ownLevelInPart(m, p)) continue;
        if (m.e.kind === 'partner') {
          const prevTok = m.start > 0 && partOf[m.start - 1] === p ? toks[m.start - 1]! : '';
          const nextTok = m.end < T && partOf[m.end] === p ? toks[m.end]! : '';
          if (PARTNER_AFTER.has(nextTok) || PARTNER_BEFORE.has(prevTok) || (tSep[m.start]! <= SEP_HYPHEN && parts[p]!.some((x) => x.end === m.start && x.e.d && !x.e.lvl))) continue;
        }
        if (!best || SENIORITY_RANK.get(l)! < SENIORITY_RANK.get(best)!) {
          crossPart = `cross-part level rule (${said(m)} in another role of the line)`;
          evidence.push(`${crossPart} → ${l}`);
          best = l;
          bestText = said(m);
        }
      }
    }
  }

  // 8. seniority
  let { seniority, seniorityRule } = decideSeniority(mods, best, bestText, functional, hasRole, roleText, nounRole, sideRole, strong, nounM, stemM, weakM, occupationWordIn, primary, evidence);

  if (crossPart && seniority === best) seniorityRule = crossPart;
  else if (teamHead && seniority === 'manager') seniorityRule = teamHead;

  // 9. department
  let { department, departmentRule } = decideDepartment(ms, toks, tStart, tEnd, tSep, ignored, tail, strong, nounM, stemM, weakM, strongRole, siteM, otherNoun, best, bestText, deptOf, evidence);
  // Multi-role lines (round 6): when the primary role names only a level below the board and no function
  // ("Prokuristin | Leiterin Finanzen", "Director | Sales & Marketing"), the function comes from the next role that
  // names one. Owners, partners and C-level titles keep general management ("CEO | Sales Coach" runs the company).
  if (partCount > 1 && !strong && !nounM && !siteM && (department === 'executive' || department === 'other') && primaryBest && primaryBest !== 'cxo') {
    const top = primaryBest === 'owner' || primaryBest === 'partner';
    for (let p = primary + 1; p < partCount; p++) {
      let f = parts[p]!.find((m) => m.e.d && !m.e.weak && !m.e.low && !m.e.kind && m.e.d !== 'executive');
      // Round 7: an owner or partner takes the function of a later role only when that part names a role or a level
      // ("Cofundadora | CMO", "Socio | Dottore Commercialista", "Partner | Tax Advisor"), or a person word with a
      // department ("Partner | Rechtsanwalt"); "Fondatrice | Coach certifiée" stays general management.
      if (top) {
        if (f && !parts[p]!.some((m) => m.e.lvl || m.e.role)) f = undefined;
        if (!f) f = parts[p]!.find((m) => m.e.d && m.e.role && !m.e.low && !m.e.kind && m.e.d !== 'executive');
        // A weak field word next to a level of its own ("Cofundador | Director de Tecnología").
        if (!f && parts[p]!.some((m) => m.e.lvl)) f = parts[p]!.find((m) => m.e.d && !m.e.lvl && !m.e.low && !m.e.kind && m.e.d !== 'executive');
      }
      if (f) {
        department = f.e.d!;
        departmentRule = `multi-role rule (${top ? 'owner or partner ' : ''}${primaryBestText} names no function; function word ${said(f)} of the next role)`;
        evidence.push(`${departmentRule} → ${department}`);
        break;
      }
    }
  }
  return { title: input, department, seniority, evidence, rules: { department: departmentRule, seniority: seniorityRule } };
}

/** Memoized: the same inputs come back for every ICP and every CSV row. */
export const classifyTitle: (title: string) => TitleResult = memoize(classifyTitleUncached, 20000);

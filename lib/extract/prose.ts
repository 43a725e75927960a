/**
 * Facts a company states about itself in running text: where it is headquartered and when it was
 * founded, in the languages of European B2B prospects (en, de, fr, es, it, pt, nl, sv, da, no, pl,
 * cs, tr). Read from home, about and company pages only (the caller decides); each fact comes with
 * the sentence that states it as evidence, and counts only when the company (or "we", "wir",
 * "nous", "noi", "wij", "vi", "my", "biz" …) is the sentence's subject, not a customer or partner.
 *
 * Every pattern is anchored on a fixed phrase and reads a bounded number of words after it (a place
 * written first, "İzmir merkezli", from an 80-character window before it), and
 * the text is capped, so the cost is linear in the page. The vocabulary is one alternation per language or shared across
 * languages ("sede" is Spanish, Italian and Portuguese). Runs in the background, the CLI and tests
 * (lib/extract/site-facts.ts, from the text the company content script records), never in a content script.
 */

export interface ProseFact<T> {
  value: T;
  /** The sentence (shortened) that states it. */
  snippet: string;
}

import { PROSE_TEXT_LIMIT } from './prose-limit';

export { PROSE_TEXT_LIMIT };

/** A capitalised word ("Göteborg", "İstanbul'da", "Alsace-Lorraine") or a short abbreviation ("St."). */
const WORD = String.raw`\p{Lu}(?:\p{L}{0,2}\.|[\p{L}\p{M}'’-]{0,30})`;
/**
 * The place as written ("Warszawie", "Praze": no nominatives invented): "San Francisco, California",
 * "Frankfurt am Main", "Freiburg im Breisgau". Case-sensitive, read right after a phrase (sticky).
 */
const PLACE = new RegExp(String.raw`\s{1,3}(?:the\s)?(${WORD}(?:(?:[ -]|\s(?:am|im|an der|upon|sur|de|del|di|da|do|nad)\s)${WORD}){0,3}(?:,\s?${WORD}(?:[ -]${WORD}){0,2})?)`, 'uy');

/** "headquartered in", by language (case-insensitive; the place's capital is checked by PLACE). */
const HQ = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${[
    /* en */ String.raw`headquartered in|headquarters (?:is |are )?in|hq(?:'d| is)? in|hq:|based (?:out of|in)`,
    /* de */ String.raw`(?:mit )?sitz in|(?:haupt|firmen)sitz (?:ist |befindet sich )?in`,
    /* fr */ String.raw`(?:basé|implanté)e?s? à|siège (?:social )?(?:est |se trouve )?à`,
    /* es, it, pt */ String.raw`sede (?:central |social |legale )?(?:en|a|in|em|no|na)|sediad[ao] em`,
    /* nl */ String.raw`gevestigd (?:in|te)|hoofdkantoor (?:is )?in`,
    /* sv, da, no */ String.raw`(?:huvudkontor|hovedkontor|hovedsæde|hovedsete)(?:et)? (?:ligger )?i|säte i|baser(?:ad|et|t) i`,
    /* pl: "z siedzibą w", "siedziba firmy mieści się we" */ String.raw`siedzib[aą] (?:\p{L}+ ){0,3}we?`,
    /* cs: "se sídlem v", "sídlo společnosti je v" */ String.raw`sídl(?:em|o|íme) (?:\p{L}+ ){0,2}ve?`,
    /* tr: "merkezi İstanbul'da" */ String.raw`merkezi(?:miz)?`,
  ].join('|')})(?=\s)`,
  'giu',
);
/**
 * The place written before the word that makes it a headquarters: "İzmir merkezli" (tr), "a
 * Berlin-based startup" (en). English "-based" only before a word for a business ("a Python-based
 * platform", "a React-based team" are not places); the place itself is read backwards from a short window (PLACE_BEFORE).
 */
const HQ_AFTER_PLACE = new RegExp(
  String.raw`(?<=[\p{L}])(?:\smerkezli|[- ]based\s(?:[\p{Ll}-]{1,20}\s){0,2}(?:compan(?:y|ies)|startup|firm|agency|studio|consultancy|manufacturer|business|provider|maker|bank|insurer|software house))(?![\p{L}])`,
  'gu',
);
/** One to three capitalised words at the end of a short window: "New York", "İzmir", "San Francisco". */
const PLACE_BEFORE = /(?:^|[^\p{L}\p{M}'’.-])(\p{Lu}\p{Ll}[\p{L}\p{M}'’]{0,30}(?:[ -]\p{Lu}\p{Ll}[\p{L}\p{M}'’]{0,30}){0,2})$/u;
/** Capitalised words before a place-first phrase that are not the place ("The Berlin-based", "Biz İzmir merkezli"). */
const NOT_PLACE_WORD = /^(?:The|A|An|Our|As|We|Biz|Bir)$/;

/** Turkish case endings after the apostrophe: "İstanbul'da" → "İstanbul"; nothing else is changed. */
const TURKISH_SUFFIX = /['’][dt][ae]n?(?:[dt][ıiuü]r)?$/u;
/** "con sede legale in Via Roma 1": a street, not a city (the address reader reads those). */
const NOT_PLACE = /^(?:The|A|An|Our|Your|More|Over|Every|Via|Viale|Piazza|Corso|Rue|Avenue|Calle|Avenida|Rua)(?:\s|$)/;

const YEAR = String.raw`(1[89]\d\d|20\d\d)`;
/**
 * A place between the founding verb and the year: "fondata a Bologna nel 1950", "gegründet in
 * München im Jahr 1998", "założona w Krakowie w 2005", "founded in Boston in 2013". Case-sensitive,
 * so the place is capitalised ("founded a startup in 2005" is someone else's founding); the verb's
 * first letter may be either case. Bounded: at most three words of at most 31 letters between.
 */
const FOUNDED_AT = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:[Ff]ounded|[Ee]stablished|[Gg]egründet|[Ff]ondée?|[Cc]réée?|[Ff]undad[ao]|[Ff]ondat[ao]|[Oo]pgericht|[Gg]rundad(?:es|e)?|[Gg]rundlagt|[Ee]tableret|[Ss]tiftet|[Gg]runnlagt|[Ee]tablert|[Zz]ałożon[aey]|[Zz]aložen[aáoéiy]?)\s(?:in|a|à|en|em|na|no|w|we|ve?|i|te)\s\p{Lu}\p{Ll}[\p{L}\p{M}'’-]{0,30}(?:\s\p{Lu}\p{Ll}[\p{L}\p{M}'’-]{0,30}){0,2},?\s(?:(?:in|im Jahre?|nel|en|em|w|v roce|i|år|te)\s)?${YEAR}(?!\d)`,
  'gu',
);
const FOUNDED = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:(?:${[
    // The founding verbs, by language: en, de, fr, es, it, pt, nl, sv, da, no, pl, cs, tr.
    String.raw`(?:(?:was\s)?(?:founded|established|incorporated|started)|gegründet|fondée?|créée?|fundad[ao]|fondat[ao]|na(?:sce|t[ao])|opgericht|grundad(?:es|e)?|grundat|startade|grundlagt|etableret|stiftet|grunnlagt|etablert|założon[aey]|založen[aáoéiy]?):?\s(?:(?:in|im jahre?|en|nel|em|i|år|w|v roce)\s)?(?:\p{L}{1,12}\s)?`,
    // "since": en, de, fr, es/pt, it, nl, sv, da/no, cs.
    String.raw`(?:since|seit|depuis|desde|dal|sinds|sedan|siden|od(?: roku)?|est\.)\s`,
  ].join('|')})${YEAR}|${YEAR}(?:\s(?:gegründet|opgericht|grundades|grundlagt|stiftet|założon[aey]|založen[aáoé]?|(?:yılında\s(?:\p{Lu}\S{0,30}\s)?)?kurul(?:du[kmn]?|an|muş))|['’]d[ae]n\sberi))(?!\d)`,
  'giu',
);

/** The company, or "we", as a sentence's subject, in the thirteen languages. */
const SUBJECT =
  /(?:^|[^\p{L}])(?:we|our|us|company|wir|unser\p{L}*|unternehmen|nous|notre|nos|nuestr[ao]s?|somos|empresa|noi|nostr[aoei]|siamo|azienda|società|nós|nossa?s?|wij|ons|onze|bedrijf|vi|vår|vårt|våra|företaget|bolaget|vores|virksomheden|selskabet|selskapet|my|nasz\p{L}*|jesteśmy|firma|spółka|naš\p{L}*|jsme|společnost\p{L}*|biz|şirketimiz\p{L}*|merkezimiz)(?![\p{L}])/u;
/** A customer or partner named before the fact: the sentence is about them ("Our customer Acme was founded in 1998"). */
const SOMEONE_ELSE = /customer|client|part(?:ner|enaire)|kunde|klant|kund|klient|zákazník|müşteri/i;

/** Who a sentence is about: a fact counts only when the company (or "we") is its subject. */
function aboutCompany(sentence: string, before: string, names: readonly string[]): boolean {
  if (SOMEONE_ELSE.test(before)) return false;
  const lower = sentence.toLowerCase();
  return SUBJECT.test(lower) || names.some((n) => n.length >= 2 && lower.includes(n.toLowerCase()));
}

/** Sentence ends; a period after "Co", "Sp", "S.p.A", "o.o" or one letter is not one ("GmbH & Co. KG wurde …"). */
const SENTENCE_END = /[.!?]["”“»]?\s|\n/g;
const ABBREVIATION = /(?:^|[\s(])(?:co|inc|ltd|st|nr|sp|\p{L}(?:\.\p{L})*)$/iu;

function sentenceEnds(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(SENTENCE_END)) if (m[0] === '\n' || !ABBREVIATION.test(text.slice(Math.max(0, m.index - 12), m.index))) out.push(m.index + m[0].length);
  return out;
}

/** The sentence around `index` (bounded: at most 160 characters either side) and its part before the match. */
function sentenceAt(text: string, index: number, length: number): { sentence: string; before: string } {
  const left = text.slice(Math.max(0, index - 160), index);
  const right = text.slice(index + length, index + length + 160);
  const before = left.slice(sentenceEnds(left).pop() ?? 0);
  const sentence = (before + text.slice(index, index + length) + right.slice(0, sentenceEnds(right)[0] ?? right.length)).replace(/\s+/g, ' ').trim();
  return { sentence, before };
}

/** Runs `re` over the capped text; the first match `read` turns into a value, in a sentence about the company, wins. */
function first<T>(text: string, names: readonly string[], re: RegExp, read: (m: RegExpExecArray, t: string) => T | null): (ProseFact<T> & { index: number }) | null {
  const t = text.length > PROSE_TEXT_LIMIT ? text.slice(0, PROSE_TEXT_LIMIT) : text;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  for (let tries = 0; (m = re.exec(t)) !== null && tries < 20; tries++) {
    const value = read(m, t);
    if (value === null) continue;
    const { sentence, before } = sentenceAt(t, m.index, m[0].length);
    if (aboutCompany(sentence, before, names)) return { value, snippet: sentence.slice(0, 300), index: m.index };
  }
  return null;
}

/** "headquartered in San Francisco", "con sede a Milano", "z siedzibą w Warszawie" → the place, when the company is the sentence's subject. */
export function headquartersFromProse(text: string, names: readonly string[] = []): ProseFact<string> | null {
  const after = first(text, names, HQ, (m, t) => {
    PLACE.lastIndex = m.index + m[0].length;
    // "based in 40 countries" never matches (a place is capitalised); "based in Europe and …" is kept as "Europe".
    const place = (PLACE.exec(t)?.[1] ?? '').replace(/[.,]+$/, '').replace(TURKISH_SUFFIX, '');
    return place && !NOT_PLACE.test(place) ? place : null;
  });
  const before = first(text, names, HQ_AFTER_PLACE, (m, t) => placeBefore(t.slice(Math.max(0, m.index - 80), m.index), names));
  // The one the page states first.
  const fact = after && before ? (before.index < after.index ? before : after) : (after ?? before);
  return fact && { value: fact.value, snippet: fact.snippet };
}

/** The place at the end of `window` ("…kurulan Ege Yazılım, İzmir" → "İzmir"), without an article or the company's own name before it. */
function placeBefore(window: string, names: readonly string[]): string | null {
  const words = (PLACE_BEFORE.exec(window)?.[1] ?? '').split(/(?=[ -])/);
  const own = new Set(names.flatMap((n) => n.toLowerCase().split(/\s+/)));
  while (words.length && (NOT_PLACE_WORD.test(words[0]!.trim()) || own.has(words[0]!.trim().toLowerCase()))) words.shift();
  const place = words.join('').replace(/^[ -]+/, '');
  return place && !NOT_PLACE.test(place) ? place : null;
}

/** "founded in 2013", "fondata nel 2013", "2013 yılında kuruldu", "seit 2013" → 2013 (not in the future). */
export function foundedFromProse(text: string, names: readonly string[] = [], now = new Date()): ProseFact<number> | null {
  const read = (m: RegExpExecArray): number | null => {
    const year = Number(m.slice(1).find((g) => g !== undefined));
    return year >= 1800 && year <= now.getFullYear() ? year : null;
  };
  const direct = first(text, names, FOUNDED, read);
  const placed = first(text, names, FOUNDED_AT, read);
  // The one the page states first.
  const fact = direct && placed ? (placed.index < direct.index ? placed : direct) : (direct ?? placed);
  return fact && { value: fact.value, snippet: fact.snippet };
}

import { CURRENT_LABEL } from './insight';

export { isInsightLine } from './insight';

/**
 * The company a LinkedIn headline (or a search row's insight line) states as current.
 *
 * Used where the page has no structured employer: search and list rows, and profiles whose
 * experience section and current-company button are absent. The rules, in order:
 *
 * 1. Insight lines: "Current: VP Sales at Acme" is current; "Past: … at Globex" is never current
 *    (also German "Aktuell:/Früher:", French "Actuel :/Précédent :", Spanish/Portuguese
 *    "Actual:/Atual:/Anterior:", Dutch "Huidig:/Vorige:", Swedish "Nuvarande:/Tidigare:").
 * 2. The headline is split into roles at "|", "•", "·", ";" and before ", ex-…" / "(ex-…)".
 *    A role marked "ex-", "former(ly)", "prev(iously)", "past", "ehemals", "anciennement", "antes"
 *    or "ex " names a past employer and is skipped, never current.
 * 3. The first remaining role that states a company gives it:
 *    "Title at Company", "Title @ Company", and the prepositions of the languages reps meet:
 *    German "bei", French "chez", Spanish "en", Portuguese "na/no/em", Dutch "bij", Swedish "på",
 *    Italian "presso", Danish/Norwegian "hos", Polish "w". Without a preposition, two roles
 *    "Title | Company" or one "Title - Company" give a company only when the left side reads as a
 *    job title (a role word: "Head", "Engineer", "Geschäftsführer", …) and the right side does not.
 * 4. A company slot must look like an organisation name: at most 8 words, no sentence (".", "!",
 *    "?", a run of lower-case words), not starting with a lower-case common word or a verb
 *    ("Helping SaaS teams at scale" has no company). Short, ambiguous prepositions (en, na, no,
 *    em, w, hos, på) require a capitalised company.
 *
 * The result names the phrase it came from, for evidence.
 *
 * @example companyFromHeadline('Chief Revenue Officer @ Fernhill Logistics | ex-Oracle')
 *   // → { company: 'Fernhill Logistics', title: 'Chief Revenue Officer', phrase: 'Chief Revenue Officer @ Fernhill Logistics', marker: '@' }
 */
export interface HeadlineCompany {
  company: string;
  /** The role stated with it ("VP Sales"), or null when the phrase states none. */
  title: string | null;
  /** The words of the headline that state it, for evidence. */
  phrase: string;
  /** How it was stated: "at", "@", "bei", …, "|" or "-", or "Current:" for an insight line. */
  marker: string;
}

const PAST_LABEL = /^(?:past|previous(?:ly)?|prev|former(?:ly)?|früher|frueher|ehemals|précédent(?:e)?|precedent(?:e)?|anterior(?:mente)?|vorige|voorheen|tidigare|passato|wcześniej)\s*:?\s*/i;
/** A role that names a past employer: "ex-Google", "Ex Google", "former CFO at X", "prev. Stripe". */
const PAST_MARK = /^(?:ex[-–\s]|former(?:ly)?\b|prev(?:ious(?:ly)?)?\b\.?|past\b|ehemals\b|ehem\.|anciennement\b|auparavant\b|antes\b|anteriormente\b|zuvor\b|vorher\b|tidigare\b|voorheen\b|tidligere\b|alumni?\b|alumna\b)/i;

/**
 * Prepositions between a role and its company. The short, common words (en, na, no, em, på, hos, w)
 * are `strict`: they need a capitalised company.
 */
const STRICT_PREPOSITIONS = new Set('en na no em på hos w'.split(' '));
const PREPOSITION_RE = /(?:^|\s)(at|@|bei|chez|bij|presso|en|na|no|em|på|hos|w)(?=\s)|\s?@(?=\S)/giu;

/**
 * Stems of the words that make a phrase a job title, in English and the languages above (a stem
 * matches the word and its endings: "direct" → director, directrice, directora). Used to accept the
 * preposition-less forms "Title | Company" and "Title - Company" and the short prepositions. Stems
 * rather than word lists keep the LinkedIn content script within its size budget.
 */
const ROLE_WORDS =
  /(?:^|[^\p{L}])(?:c[eftomrpi]o|ciso|[sea]?vp|(?:co-?)?found|fundad|fondat|gründ|oprichter|grundare|owner|inhab|eigenaar|presid|prezes|chair|partner|princip|direct|diret|dyrekt|manag|gerent|gérant|jef[ea]|kierown|head|hoofd|lead|leit|chief|chef|officer|execut|engin|engenh|ingen|ingén|develop|desenvolv|entwick|utveckl|design|architect|scien|anal[iy][sz]|consult|berat|adviseur|advis|special|specjal|recruit|associat|represent|coordin|admin|amministr|assist|account|attorney|counsel|lawyer|research|profess|teach|editor|writer|author|speaker|invest|mentor|coach|strateg|market|product|sales|vertrieb|verkoop|säljare|operat|revops|[sb]dr|respons)\p{L}*/iu;

/** Words a "company" may not end with: it names what a person is, not where they work ("Speaker", "Board advisor"). */
const PERSON_ROLE_END = /^(?:speaker|advis[oe]r|investor|mentor|coach|(?:co-?)?founder|member|consultant|freelancer|author|writer|creator|entrepreneur|enthusiast|lover|expert|ceo|cto|cfo|coo|owner|leader|engineer|designer|developer)s?$/i;

/** Lower-case words that cannot start an organisation name (articles, pronouns, common nouns of slogans). */
const NOT_ORG_START = new Set(
  'a an the my our your their his her scale heart home work night large best all every any some this that least times first last speed la le les el los las der die das het de o os um uma un une ein eine'.split(' '),
);
/** Stated in the company slot, but not an organisation anyone can be matched to. */
const NOT_AN_EMPLOYER = /^(?:self[- ]?employed|freelance|freelancer|independent|stealth(?: mode| startup)?|confidential|various|multiple companies|retired|open to work|looking for (?:new )?opportunities)$/i;

/** Words that connect the parts of an organisation name and may be lower-case inside it. */
const ORG_CONNECTORS = new Set(
  'of and for the de del der des du la le van von und et y e da do dos das di für & och og i en at'.split(' '),
);

/**
 * Does `text` look like an organisation name (and not a sentence, a slogan or a role)?
 * `strict`: the first letter must be upper-case or a digit.
 */
export function looksLikeOrganization(text: string, strict = false): boolean {
  const t = text.trim().replace(/[,;:]+$/, '');
  if (t.length < 2 || t.length > 80) return false;
  const words = t.split(/\s+/);
  if (words.length > 8 || NOT_AN_EMPLOYER.test(t)) return false;
  // Colons, plus signs and arrows belong to slogans and lists ("Maker: Turas.app + CodeRev.app").
  if (/[!?:+>]/.test(t)) return false;
  // A sentence ends with a full stop after a lower-case word; "Acme Inc." and "bol.com" are fine.
  if (/\b[a-zà-ÿ]{3,}\.$/.test(t) && !/\b(?:inc|ltd|co|corp|llc|gmbh|ag|sa|bv|nv|ab|as|plc|srl|spa|oy)\.$/i.test(t)) return false;
  const firstWord = words[0] ?? '';
  if (/^\p{Ll}/u.test(firstWord)) {
    if (strict) return false;
    if (NOT_ORG_START.has(firstWord.toLowerCase())) return false;
    // A lower-case brand is one token ("trivago", "bol.com", "eBay"), not a phrase.
    if (words.length > 1 && !/[A-Z0-9.]/.test(firstWord.slice(1))) return false;
    // Verbs and gerunds ("helping", "building", "scaling", "growing") start slogans, not names.
    if (/(?:ing|ed)$/.test(firstWord) && !/[A-Z.]/.test(firstWord)) return false;
  }
  // Inside the name, lower-case words other than connectors make it a phrase ("teams at scale").
  const lowerWords = words.slice(1).filter((w) => /^\p{Ll}/u.test(w) && !ORG_CONNECTORS.has(w.toLowerCase()));
  if (lowerWords.length > 1 || (lowerWords.length === 1 && words.length <= 3 && !/[.&\d]/.test(lowerWords[0] ?? ''))) return false;
  // A role is not an employer ("Speaker", "Board advisor", "Angel investor"): a short phrase ending in a role word.
  if (words.length <= 3 && PERSON_ROLE_END.test(words[words.length - 1] ?? '')) return false;
  return true;
}

/**
 * Departments and fields: they make a phrase a title ("Customer Success", "Growth") and a
 * "company" after a dash a team ("Software Engineer - Machine Learning Platform").
 */
const DEPARTMENT_WORDS =
  /\b(?:success|support|growth|engineering|design|data|finance|people|recruiting|talent|legal|security|infrastructure|platform|team|learning|software|operations|partnerships|customer|customers|research|analytics|backend|frontend|full[- ]?stack|devops|cloud|mobile|web|ai|ml)\b/i;

/** Compound role words of German and the Nordic languages ("Säljchef", "Salgssjef", "Vertriebsleiter", "Projektleder"). */
const COMPOUND_ROLE = /\p{L}(?:chef|sjef|leiter|leder|ledare|ansvar|direkt|manager|ingeni|konsul|sälj|sælg|selg|berater|entwickl|utveckl|utvikl|udvikl|führer)\p{L}*/iu;

/** Does `text` read as a job title (for the preposition-less forms)? */
export function looksLikeTitle(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > 100 || t.split(/\s+/).length > 10) return false;
  if (/[.!?]$/.test(t)) return false;
  return ROLE_WORDS.test(t) || COMPOUND_ROLE.test(t) || DEPARTMENT_WORDS.test(t);
}

/** Gerunds and adjectives that start a slogan rather than a title ("Helping…", "Passionate about…"). */
const SLOGAN_START = /^(?:helping|building|making|driving|scaling|growing|empowering|creating|turning|transforming|connecting|passionate|obsessed|love|loving|on a mission|i\b|we\b|i'm|let's)/i;

function tidy(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '').trim();
}

/** Splits a headline into roles, parenthesised and comma-led past-employer notes as roles of their own. */
export function headlineRoles(headline: string): Array<{ text: string; past: boolean }> {
  const roles: Array<{ text: string; past: boolean }> = [];
  const push = (raw: string): void => {
    const text = tidy(raw);
    if (text) roles.push({ text, past: PAST_MARK.test(text) || PAST_LABEL.test(text) });
  };
  // Roles are separated by bars, bullets, semicolons, " // ", and full stops ending a phrase of two
  // or more words ("… at Acme. Ex-Google."; not "prev. Stripe" or "Sr. Engineer").
  const parts = headline.split(/\s*[|•·;]\s*|\s+\/\/\s+/).flatMap((p) => p.trim().split(/(?<=\s\S*\p{L}{3})\.\s+(?=\p{Lu})/u));
  for (const part of parts) {
    // "VP Sales at Acme (ex-Google)": the note is a past role; "Acme (BCAI)" keeps its parentheses.
    const notes: string[] = [];
    const main = part.replace(/\(\s*((?:ex[-–\s]|former|prev|past)[^()]*)\)/gi, (_m, note: string) => {
      notes.push(note);
      return ' ';
    });
    // "VP Sales at Acme, ex-Google, ex-Stripe": everything from the first ", ex-" is past.
    const comma = /,\s*(?:ex[-–\s]|former(?:ly)?\s|prev(?:iously)?\b|past\s)/i.exec(main);
    if (comma) {
      push(main.slice(0, comma.index));
      for (const note of main.slice(comma.index + 1).split(',')) push(note);
    } else push(main);
    for (const note of notes) push(note);
  }
  return roles;
}

/** The company one role states, or null. */
function companyOfRole(role: string): HeadlineCompany | null {
  if (SLOGAN_START.test(role)) return null;
  // Try each preposition occurrence from the last: "Ingeniero en Sistemas en Acme" → "Acme".
  const hits: Array<{ index: number; end: number; word: string }> = [];
  PREPOSITION_RE.lastIndex = 0;
  for (let m = PREPOSITION_RE.exec(role); m; m = PREPOSITION_RE.exec(role)) {
    const word = (m[1] ?? '@').toLowerCase();
    hits.push({ index: m.index, end: m.index + m[0].length, word });
    if (hits.length > 20) break;
  }
  for (let i = hits.length - 1; i >= 0; i--) {
    const hit = hits[i]!;
    const title = tidy(role.slice(0, hit.index));
    const strict = STRICT_PREPOSITIONS.has(hit.word);
    // "Sales @ Acme - We're hiring!": the organisation, without a trailing note after a dash.
    const rest = tidy(role.slice(hit.end));
    const company = [rest, tidy(rest.split(/\s+[-–—]\s+/)[0] ?? '')].find((c) => c && looksLikeOrganization(c, strict));
    if (!company) continue;
    if (title && (title.split(/\s+/).length > 10 || SLOGAN_START.test(title))) continue;
    // A strict preposition after something that is not a title is ordinary text ("Say no to X").
    if (strict && title && !looksLikeTitle(title)) continue;
    if (!title && hit.word !== '@') continue;
    return { company, title: title || null, phrase: role, marker: hit.word };
  }
  return null;
}

/** "Title - Company" within one role. */
function companyAfterDash(role: string): HeadlineCompany | null {
  const m = /^(.+?)\s+[-–—]\s+(.+)$/.exec(role);
  if (!m || !m[1] || !m[2]) return null;
  const title = tidy(m[1]);
  const company = tidy(m[2]);
  // "Software Engineer - Machine Learning Platform" names a team, not an employer.
  if (!looksLikeTitle(title) || looksLikeTitle(company) || DEPARTMENT_WORDS.test(company) || !looksLikeOrganization(company, true)) return null;
  return { company, title, phrase: role, marker: '-' };
}

/**
 * The company a headline states as current, or null when it states none (or only past ones).
 * `insight`: a search row's "Current: … at X" / "Past: … at X" line, when the page shows one;
 * a current insight wins over the headline (it is LinkedIn's own reading of the experience).
 */
export function companyFromHeadline(headline: string | null | undefined, insight?: string | null): HeadlineCompany | null {
  const line = tidy(insight ?? '');
  if (line && CURRENT_LABEL.test(line)) {
    const rest = line.replace(CURRENT_LABEL, '');
    const found = companyOfRole(rest) ?? companyAfterDash(rest);
    if (found) return { ...found, phrase: line, marker: `${line.slice(0, line.indexOf(':') + 1)} ${found.marker}` };
  }
  const text = tidy(headline ?? '');
  if (!text || text.length > 500) return null;
  const roles = headlineRoles(text);
  const current = roles.filter((r) => !r.past);
  for (const role of current) {
    const found = companyOfRole(role.text) ?? companyAfterDash(role.text);
    if (found) return found;
  }
  // "Title | Company": two roles, the first a title, the second an organisation (not a role, not past).
  const [a, b] = roles;
  if (a && b && !a.past && !b.past && looksLikeTitle(a.text) && !looksLikeTitle(b.text) && looksLikeOrganization(b.text, true)) {
    return { company: b.text, title: a.text, phrase: `${a.text} | ${b.text}`, marker: '|' };
  }
  return null;
}

/** Evidence snippet for a headline reading: the phrase and how it was read. */
export function headlineEvidence(found: HeadlineCompany): string {
  return `headline "${found.phrase}" (${found.marker})`;
}


/** The role a headline states when it names no company ("Engineering Leader"): its first current role, if it reads as a title. */
export function titleFromHeadline(headline: string | null | undefined): string | null {
  const first = headlineRoles(tidy(headline ?? '')).find((r) => !r.past);
  return first && looksLikeTitle(first.text) && !SLOGAN_START.test(first.text) ? first.text : null;
}

import { memoize } from './memo';
import { foldedWords } from './text';
import { CRM_PICKLIST_INDUSTRIES, INDUSTRY_SYNONYMS, INDUSTRY_TREE, V1_TO_V2 } from './industries-data';

/**
 * LinkedIn industry normalization for ICP scoring: V2 taxonomy (434 industries),
 * V1 → V2 renames, and ICP synonyms ("B2B SaaS", "Fintech", …). Pure, never throws.
 */

interface IndustryNode {
  name: string;
  id: number;
  parent: string | null;
}

/** Normalized lookup key: case, accents, "&"/"and", punctuation and spacing do not matter. */
function key(text: string): string {
  return words(text).join('');
}

/** Lower-case words with accents and punctuation removed and "and" dropped. */
function words(text: string): string[] {
  return foldedWords(text).filter((w) => w !== 'and');
}

const NODES = new Map<string, IndustryNode>();
const BY_KEY = new Map<string, string>();
const NAMES: string[] = [];

(function parseTree(): void {
  const stack: string[] = [];
  for (const raw of INDUSTRY_TREE.split('\n')) {
    const m = /^( *)(.+?) =(\d+)\s*$/.exec(raw);
    if (!m) continue;
    const depth = Math.floor((m[1] ?? '').length / 2);
    const name = m[2] ?? '';
    stack.length = depth;
    const parent = depth > 0 ? stack[depth - 1] ?? null : null;
    NODES.set(name, { name, id: Number(m[3]), parent });
    NAMES.push(name);
    BY_KEY.set(key(name), name);
    stack.push(name);
  }
})();

const V1_BY_KEY = new Map<string, string>();
for (const [v1, v2] of Object.entries(V1_TO_V2)) {
  if (NODES.has(v2)) V1_BY_KEY.set(key(v1), v2);
}

const SYNONYMS_BY_KEY = new Map<string, readonly string[]>();
for (const [syn, targets] of Object.entries(INDUSTRY_SYNONYMS)) {
  const valid = targets.filter((t) => NODES.has(t));
  if (valid.length > 0) SYNONYMS_BY_KEY.set(key(syn), valid);
}

/** All V2 industry names, in taxonomy order (roots followed by their subtrees). */
export const INDUSTRY_NAMES: readonly string[] = Object.freeze([...NAMES]);

/** LinkedIn's numeric industry id for a V2/V1 name or synonym, or null. */
export function industryId(name: string): number | null {
  const c = canonicalIndustry(name);
  return c === null ? null : NODES.get(c)?.id ?? null;
}

/** V2 name by LinkedIn numeric industry id (e.g. 4 → "Software Development"), or null. */
export function industryById(id: number): string | null {
  for (const node of NODES.values()) if (node.id === id) return node.name;
  return null;
}

/** CRM picklist values (Salesforce, HubSpot) → their V2 readings. */
const CRM_BY_KEY = new Map<string, readonly string[]>();
for (const [value, targets] of Object.entries(CRM_PICKLIST_INDUSTRIES)) {
  const valid = targets.filter((t) => NODES.has(t));
  if (valid.length > 0) CRM_BY_KEY.set(key(value), valid);
}

type Resolved =
  | { kind: 'name'; name: string; v1: boolean }
  | { kind: 'synonym'; targets: readonly string[] };

function resolve(text: string): Resolved | null {
  if (typeof text !== 'string') return null;
  const k = key(text);
  if (k === '') return null;
  const v2 = BY_KEY.get(k);
  if (v2) return { kind: 'name', name: v2, v1: false };
  const v1 = V1_BY_KEY.get(k);
  if (v1) return { kind: 'name', name: v1, v1: true };
  const crm = CRM_BY_KEY.get(k);
  if (crm) return { kind: 'synonym', targets: crm };
  const syn = SYNONYMS_BY_KEY.get(k);
  if (syn) return { kind: 'synonym', targets: syn };
  return null;
}

/** ICP terms: a listed synonym ("Professional services", "Manufacturing") wins over the
 * plain industry name, so group words always cover their sub-industries. */
function resolveTerm(text: string): Resolved | null {
  const syn = typeof text === 'string' ? SYNONYMS_BY_KEY.get(key(text)) : undefined;
  if (syn) return { kind: 'synonym', targets: syn };
  return resolve(text);
}

/**
 * V2 name for a V2 name (case/"&"/"and"/punctuation-insensitive), a V1 name, or a
 * synonym (its first target). Null if unknown.
 */
export function canonicalIndustry(name: string): string | null {
  try {
    const r = resolve(name);
    if (!r) return null;
    return r.kind === 'name' ? r.name : r.targets[0] ?? null;
  } catch {
    return null;
  }
}

/** Path from the top-level group to the industry, e.g. ["Technology, Information and Media", "Technology, Information and Internet", "Software Development"]. [] if unknown. */
export function industryPath(name: string): string[] {
  const c = canonicalIndustry(name);
  if (c === null) return [];
  const path: string[] = [];
  let cur: string | null = c;
  let guard = 0;
  while (cur !== null && guard++ < 20) {
    path.unshift(cur);
    cur = NODES.get(cur)?.parent ?? null;
  }
  return path;
}

/** True when `name` is `ancestor` or lies below it (both V2 names). */
function isWithin(name: string, ancestor: string): boolean {
  let cur: string | null = name;
  let guard = 0;
  while (cur !== null && guard++ < 20) {
    if (cur === ancestor) return true;
    cur = NODES.get(cur)?.parent ?? null;
  }
  return false;
}

function q(s: string): string {
  return `"${s}"`;
}

function orList(names: readonly string[]): string {
  const quoted = names.map(q);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

/** Unknown term or stated industry: equal, or the term is a whole-word part of the industry. */
function compareByName(term: string, industry: string, unknown: string): { matched: boolean; via: string } {
  const t = words(term).join(' ');
  const i = words(industry).join(' ');
  const shown = industry.trim();
  if (t === '' || i === '') {
    return { matched: false, via: `${q(shown || industry)} could not be compared with ${q(term.trim())}` };
  }
  const matched = t === i || ` ${i} `.includes(` ${t} `);
  const note = `${q(unknown)} is not a LinkedIn industry, so names were compared`;
  return {
    matched,
    via: matched
      ? `${q(shown)} contains ${q(term.trim())} (${note})`
      : `${q(shown)} does not mention ${q(term.trim())} (${note})`,
  };
}

/**
 * Does a company whose stated LinkedIn industry is `industry` satisfy the ICP term `term`?
 *
 * - same canonical industry (V2 name, V1 name, punctuation variants) → matched;
 * - `includeChildren` and the industry lies below the term's node → matched;
 * - the term is a synonym ("B2B SaaS", "Professional services") → matched when the
 *   industry is one of its targets or below one (always includes sub-industries);
 * - unknown industry or term → normalized name comparison (equal or whole-word part).
 *
 * `via` is a short phrase a rep can read, e.g. `"B2B SaaS" means "Software Development"`.
 */
function industryMatchesUncached(
  term: string,
  industry: string,
  options: { includeChildren: boolean },
): { matched: boolean; via: string } {
  try {
    const termText = typeof term === 'string' ? term.trim() : '';
    const industryText = typeof industry === 'string' ? industry.trim() : '';
    if (termText === '' || industryText === '') {
      return { matched: false, via: industryText === '' ? 'no industry stated' : 'no industry term given' };
    }
    const includeChildren = options?.includeChildren === true;
    const readings = statedReadings(industryText);
    const wanted = resolveTerm(termText);
    if (readings.length === 0) return compareByName(termText, industryText, industryText);
    if (wanted === null) return compareByName(termText, readings[0] ?? industryText, termText);
    if (readings.length === 1) return compareStated(termText, readings[0] ?? industryText, wanted, includeChildren);
    // A coarse value ("Technology" from a Salesforce export) matches when any of its readings does.
    for (const stated of readings) {
      const r = compareStated(termText, stated, wanted, includeChildren);
      if (r.matched) return { matched: true, via: `${q(industryText)} covers ${q(stated)}: ${r.via}` };
    }
    return { matched: false, via: `${q(industryText)} reads as ${orList(readings)}, none of them ${q(termText)}` };
  } catch {
    return { matched: false, via: 'industry could not be compared' };
  }
}

/** The V2 industries a stated industry can mean: one for a LinkedIn name, several for a coarse CRM value. */
function statedReadings(industry: string): readonly string[] {
  const r = resolve(industry);
  if (!r) return [];
  return r.kind === 'name' ? [r.name] : r.targets;
}

function compareStated(termText: string, stated: string, wanted: Resolved, includeChildren: boolean): { matched: boolean; via: string } {
  try {
    if (wanted.kind === 'synonym') {
      const named = (target: string): boolean => key(target) === key(termText);
      for (const target of wanted.targets) {
        if (stated === target) {
          return { matched: true, via: named(target) ? `${q(stated)} is the same industry` : `${q(termText)} means ${q(target)}` };
        }
      }
      for (const target of wanted.targets) {
        if (isWithin(stated, target)) {
          return {
            matched: true,
            via: named(target) ? `${q(stated)} is under ${q(target)}` : `${q(stated)} is under ${q(target)}, which ${q(termText)} means`,
          };
        }
      }
      if (wanted.targets.length === 1 && named(wanted.targets[0] ?? '')) {
        return { matched: false, via: `${q(stated)} is not under ${q(wanted.targets[0] ?? '')}` };
      }
      return { matched: false, via: `${q(stated)} is not under ${orList(wanted.targets)} (what ${q(termText)} means)` };
    }

    const node = wanted.name;
    if (stated === node) {
      const same = key(termText) === key(stated);
      return { matched: true, via: same ? `${q(stated)} is the same industry` : `${q(stated)} is the same industry as ${q(termText)}` };
    }
    if (isWithin(stated, node)) {
      return includeChildren
        ? { matched: true, via: `${q(stated)} is under ${q(node)}` }
        : { matched: false, via: `${q(stated)} is under ${q(node)}, but sub-industries are not included` };
    }
    return includeChildren
      ? { matched: false, via: `${q(stated)} is not under ${q(node)}` }
      : { matched: false, via: `${q(stated)} is not ${q(node)}` };
  } catch {
    return { matched: false, via: 'industry could not be compared' };
  }
}

/** Memoized: the same inputs come back for every ICP and every CSV row. */
export const industryMatches = memoize(industryMatchesUncached);

/**
 * Talking-point audit (part of `npm test`; `npx tsx scripts/audit-talking-points.ts`): every real
 * page in ../shared/fixtures/real (never copied into this repository) is read as the extension
 * reads it (lib/extract via linkedom, like `leadfit extract`), scored with the starter pack, and
 * every talking point shown is checked:
 * - every fact's value is in the point's text as written;
 * - every fact is traceable: `page` to the observation, `account`/`account book` to the account
 *   (none is given here, so any is a violation), `pack` to the pack, `technology:<category>` to a
 *   technology the observation files under exactly that category;
 * - growth words ("scaling fast") only with a growth fact; no ICP point for a disqualified or
 *   tier-D account; no template syntax left in the text.
 * It prints the points shown, the points withheld and why, and exits 1 on any violation.
 * A first-seen person page is also scored on its own (no account), which is where persona points
 * by role must carry no company fact.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../cli/parse-html';
import { extractPage } from '../lib/extract';
import type { Observation } from '../lib/observation';
import { loadStarterPack } from '../lib/profiles/starter';
import type { Pack } from '../lib/profiles/schema';
import { scorePage } from '../lib/scoring';
import type { RenderedTalkingPoint, ScoredPage } from '../lib/scoring/types';
import { urlForTruthEntry } from './eval-extract';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = process.env.LEADFIT_REAL_FIXTURES ?? path.resolve(root, '../shared/fixtures/real');

const lower = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');

/** Strings and numbers of a value, flattened (the observation's stated fields). */
function texts(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(lower(value));
  else if (typeof value === 'number') out.push(String(value));
  else if (Array.isArray(value)) for (const v of value) texts(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) texts(v, out);
  return out;
}

/**
 * A page fact is traceable when the observation states it: as a substring of a stated field
 * ("Eugene" of "Eugene Mann"), or for a formatted number ("51–200", "1,001+") when every number
 * in it is one the observation states.
 */
function onObservation(value: string, observation: Observation): boolean {
  const stated = texts({ person: observation.person, company: observation.company, people: observation.people });
  const v = lower(value);
  if (stated.some((s) => s.includes(v))) return true;
  const numbers = value.match(/\d[\d,]*/g)?.map((n) => n.replace(/,/g, '')) ?? [];
  return numbers.length > 0 && numbers.every((n) => stated.includes(n));
}

function violationsOf(point: RenderedTalkingPoint, observation: Observation, scored: ScoredPage, pack: Pack): string[] {
  const out: string[] = [];
  const packText = lower(JSON.stringify(pack));
  if (/\{\{|\}\}|\[\[|\]\]|\bundefined\b|\bnull\b/.test(point.text)) out.push('template syntax or "undefined" left in the text');
  for (const f of point.facts) {
    if (!point.text.includes(f.value)) out.push(`fact ${f.name} = "${f.value}" is not in the text as written`);
    if (f.source === 'page') {
      if (!onObservation(f.value, observation)) out.push(`fact ${f.name} = "${f.value}" claims the page, but the observation does not state it`);
    } else if (f.source === 'pack') {
      if (!packText.includes(lower(f.value))) out.push(`fact ${f.name} = "${f.value}" claims the pack, but the pack does not contain it`);
    } else if (f.source.startsWith('technology:')) {
      const category = f.source.slice('technology:'.length);
      const tech = observation.company?.technologies.find((t) => t.name === f.value);
      if (!tech) out.push(`fact ${f.name} = "${f.value}" claims a technology the observation does not list`);
      else if (tech.category !== category) out.push(`fact ${f.name} = "${f.value}" claims category "${category}", but the observation files it under "${tech.category}"`);
    } else {
      // account / account book: no account is given to this audit.
      out.push(`fact ${f.name} = "${f.value}" claims source "${f.source}", but no account was given`);
    }
  }
  if (/scaling fast|growing fast|fast[- ]growing|hyper-?growth|growing as quickly/i.test(point.text) && !point.facts.some((f) => f.name === 'growth' || /growth/i.test(f.name)))
    out.push('says the company is growing fast without a growth fact');
  const best = scored.account?.best;
  if (point.icpId && point.personaId === null && best && (best.disqualified || best.tier === 'D')) out.push('ICP point for a disqualified or tier-D account');
  if (!observation.company && point.usesCompanyFacts && !scored.account) out.push('marked as using company facts on a page with no company');
  return out;
}

function main(): void {
  const truthPath = path.join(dataDir, 'truth.json');
  if (!fs.existsSync(truthPath)) {
    console.log(`Talking-point audit skipped: ${truthPath} not found (the real pages live outside this repository).`);
    return;
  }
  const entries = JSON.parse(fs.readFileSync(truthPath, 'utf8')) as { file: string; source: { original_url: string | null } }[];
  const pack = loadStarterPack();
  const now = new Date('2026-12-01T00:00:00Z');
  let shown = 0;
  let withheld = 0;
  let pagesWithPoints = 0;
  const violations: string[] = [];
  const reasons = new Map<string, number>();
  for (const entry of entries) {
    const file = path.join(dataDir, entry.file);
    if (!fs.existsSync(file)) continue;
    const url = urlForTruthEntry(entry);
    const observation = extractPage(parseDocument(fs.readFileSync(file, 'utf8')), url);
    const scored = scorePage(observation, pack, { now });
    const held = scored.talkingPointsWithheld ?? [];
    shown += scored.talkingPoints.length;
    withheld += held.length;
    if (scored.talkingPoints.length) pagesWithPoints++;
    const who = [observation.person?.name, observation.person?.title, observation.company?.name].filter(Boolean).join(' · ') || '(nothing read)';
    const fit = scored.account?.best ? `${scored.account.best.icpName}: ${scored.account.best.tier ?? '?'}${scored.account.best.disqualified ? ', disqualified' : ''}` : 'no company';
    const persona = scored.person?.personas.best?.personaName ?? 'no persona';
    console.log(`\n${entry.file}\n  ${observation.kind} · ${who} · ${fit} · ${persona}`);
    for (const p of scored.talkingPoints) {
      const facts = p.facts.map((f) => `${f.name}="${f.value}" (${f.source})`).join(', ') || 'no facts';
      console.log(`  shown    ${p.id}${p.personaId && !p.usesCompanyFacts ? ' [by role]' : ''}: ${p.text}\n           facts: ${facts}`);
      for (const v of violationsOf(p, observation, scored, pack)) violations.push(`${entry.file} ${p.id}: ${v}`);
    }
    for (const w of held) {
      console.log(`  withheld ${w.id}: ${w.reason}`);
      const general = w.reason.replace(/; .* is not one of them$/, '; the industry is not one of them');
      reasons.set(general, (reasons.get(general) ?? 0) + 1);
    }
  }
  console.log(`\n${shown} talking points shown on ${pagesWithPoints} of ${entries.length} pages; ${withheld} withheld:`);
  for (const [reason, n] of [...reasons.entries()].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)} × ${reason}`);
  if (violations.length) {
    console.log(`\n${violations.length} violation(s):`);
    for (const v of violations) console.log(`  ✗ ${v}`);
    process.exitCode = 1;
  } else console.log('\nNo violations: every fact shown is in its text and traceable to the page or the pack.');
}

main();

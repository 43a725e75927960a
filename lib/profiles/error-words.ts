import { CRITERIA, isCriterionId } from '../scoring/criteria';
import type { PackError } from './schema';

/**
 * A pack validation error in words a manager reads without knowing the JSON:
 * `personas[5].match: give at least one department…` becomes
 * `Persona “Mike the RevOps Manager”: pick at least one department…`.
 * The ICP, persona or talking point is named by its name (or id), the field by the label the
 * options form shows (criterion fields by the criterion registry's own labels). Pure: the pack
 * is only read, and a path that does not fit the pack (a stale error) still gives a sentence.
 */

type Token = string | number;

function tokens(path: string): Token[] {
  const out: Token[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : (m[1] ?? ''));
  return out;
}

function at(value: unknown, ...keys: Token[]): unknown {
  let cur = value;
  for (const k of keys) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur;
}

function nameOf(item: unknown, fallback: string): string {
  const name = at(item, 'name');
  if (typeof name === 'string' && name.trim()) return `“${name.trim()}”`;
  const id = at(item, 'id');
  if (typeof id === 'string' && id.trim()) return `“${id.trim()}”`;
  return fallback;
}

const PACK_LABELS: Record<string, string> = {
  name: 'Pack name',
  id: 'Pack id',
  version: 'Version',
  publishedBy: 'Published by',
  publishedAt: 'Published at',
  changeNotes: 'Change notes',
  schemaVersion: 'Schema version',
  icps: 'ICPs',
  personas: 'Personas',
};

const ICP_LABELS: Record<string, string> = {
  name: 'Name',
  id: 'Id',
  description: 'Description',
  criteria: 'Criteria',
  disqualifiers: 'Disqualifiers',
  painPoints: 'Pain points',
  useCases: 'Use cases by industry',
  tiers: 'Tier cut-offs',
  talkingPoints: 'Talking points',
};

const PERSONA_LABELS: Record<string, string> = {
  name: 'Name',
  id: 'Id',
  icpIds: 'Buys for these ICPs',
  match: '',
  buyingRole: 'Buying role',
  description: 'Description',
  goals: 'Goals',
  painPoints: 'Pain points',
  objections: 'Objections',
  channels: 'Channels',
  bestTime: 'Best time',
  communicationStyle: 'Communication style',
  talkingPoints: 'Talking points',
};

const MATCH_LABELS: Record<string, string> = {
  departments: 'Departments',
  seniorities: 'Seniorities',
  titleKeywords: 'Title keywords',
  excludeKeywords: 'Exclude keywords',
};

const POINT_LABELS: Record<string, string> = {
  id: 'Id',
  text: 'Template',
  fallback: 'Fallback',
  icpIds: 'Only for ICPs',
  facts: 'Facts this point states',
  industries: 'Only for industries',
};

const SINGULAR: Record<string, string> = {
  painPoints: 'Pain point',
  goals: 'Goal',
  channels: 'Channel',
  industries: 'Industry',
  departments: 'Department',
  seniorities: 'Seniority',
  titleKeywords: 'Title keyword',
  excludeKeywords: 'Exclude keyword',
  icpIds: 'ICP',
};

/** "Pain point 2" for `painPoints[1]`, else the list's label. */
function listLabel(key: string, labels: Record<string, string>, rest: Token[]): string {
  const base = labels[key] ?? key;
  const index = rest[0];
  if (typeof index === 'number') return `${SINGULAR[key] ?? base} ${index + 1}`;
  return base;
}

function criterionLabel(rest: Token[]): string {
  const [id, key, index] = rest;
  if (typeof id !== 'string') return 'Criteria';
  if (!isCriterionId(id)) return `Criterion “${id}”`;
  const spec = CRITERIA[id];
  if (key === undefined) return spec.editor.title;
  if (key === 'weight') return `${spec.label} weight`;
  const field = (spec.editor.fields as { key: string; label: string }[]).find((f) => f.key === key);
  const label = field?.label ?? `${spec.label} ${String(key)}`;
  return typeof index === 'number' ? `${label} (item ${index + 1})` : label;
}

function icpFieldLabel(rest: Token[]): string {
  const [key, ...more] = rest;
  if (key === undefined) return '';
  if (typeof key !== 'string') return String(key);
  if (key === 'criteria') return criterionLabel(more);
  if (key === 'tiers') return typeof more[0] === 'string' ? `Tier ${more[0]} cut-off` : 'Tier cut-offs';
  if (key === 'useCases') {
    const industry = more[0];
    if (typeof industry !== 'string') return 'Use cases by industry';
    return `Use cases for ${industry === '*' ? 'any industry' : `“${industry}”`}`;
  }
  if (key === 'disqualifiers') {
    const index = more[0];
    if (typeof index !== 'number') return 'Disqualifiers';
    const field = more[1];
    const what = field === 'values' ? 'values' : field === 'value' ? 'value' : field === 'reason' ? 'reason' : field === 'kind' ? 'rule' : '';
    return `Disqualifier ${index + 1}${what ? ` ${what}` : ''}`;
  }
  return listLabel(key, ICP_LABELS, more);
}

function personaFieldLabel(rest: Token[]): string {
  const [key, ...more] = rest;
  if (key === undefined) return '';
  if (typeof key !== 'string') return String(key);
  if (key === 'match') {
    const sub = more[0];
    if (typeof sub !== 'string') return '';
    return listLabel(sub, MATCH_LABELS, more.slice(1));
  }
  if (key === 'objections') {
    const index = more[0];
    if (typeof index !== 'number') return 'Objections';
    return more[1] === 'response' ? `Response to objection ${index + 1}` : `Objection ${index + 1}`;
  }
  return listLabel(key, PERSONA_LABELS, more);
}

function pointFieldLabel(rest: Token[]): string {
  const [key, ...more] = rest;
  if (key === undefined) return '';
  if (typeof key !== 'string') return String(key);
  if (key === 'facts' && typeof more[0] === 'string') return `Fact “${more[0]}”`;
  return listLabel(key, POINT_LABELS, more);
}

/** zod's "give …" reads as an instruction to the data; the form asks the manager to pick. */
function reword(message: string): string {
  return message.replace(/^give at least one department, seniority or title keyword$/, 'pick at least one department or seniority, or type a title keyword');
}

/** "Minimum employees must be at least 0"; "Template: unknown variable {{x}}". */
function join(label: string, message: string): string {
  if (!label) return message;
  return /^(must|is|has|needs|cannot|should)\b/.test(message) ? `${label} ${message}` : `${label}: ${message}`;
}

/** One sentence for one error, naming the ICP / persona / talking point and the field. */
export function errorSentence(pack: unknown, error: PackError): string {
  const t = tokens(error.path);
  const message = reword(error.message);
  const [top, index, ...rest] = t;
  if ((top === 'icps' || top === 'personas') && typeof index === 'number') {
    const item = at(pack, top, index);
    const subject = top === 'icps' ? `ICP ${nameOf(item, String(index + 1))}` : `Persona ${nameOf(item, String(index + 1))}`;
    if (rest[0] === 'talkingPoints' && typeof rest[1] === 'number') {
      const point = at(item, 'talkingPoints', rest[1]);
      const pointId = at(point, 'id');
      const pointName = typeof pointId === 'string' && pointId.trim() ? `“${pointId.trim()}”` : String(rest[1] + 1);
      return `${subject}, talking point ${pointName}: ${join(pointFieldLabel(rest.slice(2)), message)}`;
    }
    const label = top === 'icps' ? icpFieldLabel(rest) : personaFieldLabel(rest);
    return `${subject}: ${join(label, message)}`;
  }
  if (top === undefined) return `Pack: ${message}`;
  const label = typeof top === 'string' ? listLabel(top, PACK_LABELS, t.slice(1)) : String(top);
  return `Pack: ${join(label, message)}`;
}

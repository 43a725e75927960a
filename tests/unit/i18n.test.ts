import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CRITERIA } from '@/lib/scoring/criteria';
import { chromeMessages, LOCALES } from '../helpers/i18n';

/**
 * Localisation (#14): every UI string goes through t() (components/i18n.ts) with English and
 * German complete. Fails on a key missing in either locale, a key the code uses that no locale
 * has, a key no code uses, and UI text written straight into JSX instead of through t().
 */
const root = resolve(import.meta.dirname, '../..');

/** The UI's source: components and the extension pages, plus the background's user-facing sentences. */
const UI_DIRS = ['components', 'entrypoints/popup', 'entrypoints/options', 'entrypoints/sidepanel'];
const CODE_DIRS = [...UI_DIRS, 'entrypoints/background', 'lib/background'];

function files(dir: string, ext = /\.(ts|tsx)$/): string[] {
  const abs = join(root, dir);
  let names: string[];
  try {
    names = readdirSync(abs);
  } catch {
    return [];
  }
  return names.flatMap((n) => {
    const p = join(abs, n);
    return statSync(p).isDirectory() ? files(relative(root, p), ext) : ext.test(n) ? [p] : [];
  });
}

/** Message names in messages.json form ("popup_title"), back to t()'s dotted keys ("popup.title") via the source keys. */
const messages = Object.fromEntries(LOCALES.map((l) => [l, chromeMessages(l)])) as Record<(typeof LOCALES)[number], Record<string, { message: string }>>;
const en = messages.en;
const de = messages.de;

/** Dotted keys of locales/en.yml (nested YAML → "a.b.c"), found through the compiled names plus the YAML's shape. */
function dottedKeys(): Map<string, string> {
  // messages.json joins nested keys with "_"; t('a.b') asks for "a_b". Keys are camelCase, so "_" only ever means nesting.
  return new Map(Object.keys(en).map((name) => [name.replace(/_/g, '.'), name]));
}
const KEYS = dottedKeys();
const NAMESPACES = new Set([...KEYS.keys()].map((k) => k.split('.')[0]!));

const named = (m: string) => [...m.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((x) => x[1]).sort();
const positional = (m: string) => [...m.matchAll(/(?<!\$)\$([1-9])/g)].map((x) => x[1]).sort();

describe('locales', () => {
  it('English and German have the same keys', () => {
    const missingInDe = Object.keys(en).filter((k) => !(k in de));
    const missingInEn = Object.keys(de).filter((k) => !(k in en));
    expect(missingInDe, 'keys in en.yml missing from de.yml').toEqual([]);
    expect(missingInEn, 'keys in de.yml missing from en.yml').toEqual([]);
  });

  it('every message is non-empty and keeps its placeholders and plural forms in both languages', () => {
    for (const [name, { message }] of Object.entries(en)) {
      const other = de[name]?.message;
      if (other === undefined) continue;
      expect(message.trim(), `en ${name}`).not.toBe('');
      expect(other.trim(), `de ${name}`).not.toBe('');
      expect(named(other), `de ${name}: named substitutions`).toEqual(named(message));
      expect(positional(other), `de ${name}: $1…$9`).toEqual(positional(message));
      expect(other.split(' | ').length, `de ${name}: plural forms`).toBe(message.split(' | ').length);
    }
  });

  it('message names are valid for the browser (letters, digits and "_" only)', () => {
    for (const l of LOCALES) for (const name of Object.keys(messages[l])) expect(name, `${l}: ${name}`).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it('German is translated: a message equal to the English one is a word German shares', () => {
    // Brand names, loanwords German sales teams use as they are, and pure formats.
    const same = new Set(['LeadFit', 'Persona', 'Champion', 'Gatekeeper', 'Website', 'ICP', 'ICPs', 'Personas', 'Account', 'Accounts', 'Id', 'Tier', 'Score', 'Team-Sync', 'CSV', 'Domain', 'Name', 'Status', 'Export', 'Import', 'Version', 'Team', 'Sync', 'en',
      // Job-title English that German titles use as it is (departments, seniorities).
      'Marketing', 'Business', 'Development', 'Customer', 'Success', 'Support', 'Revenue', 'Operations', 'IT', 'Design', 'Partner', 'VP', 'Director', 'Head', 'of', 'Manager', 'Senior',
      // An example person's name (a placeholder).
      'Maria', 'Keller']);
    const untranslated = Object.entries(en)
      .filter(([name, { message }]) => de[name]?.message === message)
      // Words outside {placeholders} that German does not share ("Account: {name}" passes).
      .filter(([name, { message }]) => name !== 'meta_lang' && (message.replace(/\{\w+\}/g, '').match(/[A-Za-zÀ-ÿ]{2,}/g) ?? []).some((w) => !same.has(w)))
      .map(([name, { message }]) => `${name}: ${message}`);
    expect(untranslated).toEqual([]);
    expect(de.meta_lang?.message).toBe('de');
  });
});

describe('keys in code', () => {
  const sources = CODE_DIRS.flatMap((d) => files(d)).map((f) => ({ file: relative(root, f), text: readFileSync(f, 'utf8') }));
  // Every string literal shaped like a key of a known namespace ("popup.title"), and every t('…') argument.
  const used = new Map<string, string>();
  const prefixes = new Set<string>();
  for (const { file, text } of sources) {
    // Key-shaped literals count only where t() is in scope (a key passed through a ternary or a table).
    const usesI18n = /from '(#i18n|[./]*i18n|@\/components\/i18n)'/.test(text);
    // Message types ({ type: 'book.publish' }) look like keys and are not.
    if (usesI18n)
      for (const m of text.matchAll(/(type:\s*|case\s+)?['"`]([a-z][A-Za-z]*(?:\.[A-Za-z0-9]+)+)['"`]/g)) if (!m[1] && NAMESPACES.has(m[2]!.split('.')[0]!)) used.set(m[2]!, file);
    for (const m of text.matchAll(/\bt\(\s*['"]([^'"]+)['"]/g)) used.set(m[1]!, file);
    // t(`cards.status.${s}`): every key under that prefix counts as used.
    for (const m of text.matchAll(/\bt\(\s*`([a-z][A-Za-z.]*\.)\$\{/g)) prefixes.add(m[1]!);
  }
  const config = readFileSync(join(root, 'wxt.config.ts'), 'utf8');
  const manifestNames = new Set([...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!));

  it('finds the code that uses t()', () => {
    expect(used.size).toBeGreaterThan(100);
  });

  it('every key the code uses is in the locales', () => {
    const missing = [...used].filter(([key]) => !KEYS.has(key)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('every key in the locales is used by the code or the manifest', () => {
    const unused = [...KEYS].filter(([key, name]) => !used.has(key) && !manifestNames.has(name) && ![...prefixes].some((p) => key.startsWith(p))).map(([key]) => key);
    expect(unused).toEqual([]);
  });

  it('every criterion editor field of the registry has its words in the locales', () => {
    const missing: string[] = [];
    for (const [id, spec] of Object.entries(CRITERIA)) {
      if (!KEYS.has(`criteria.${id}.title`)) missing.push(`criteria.${id}.title`);
      for (const f of spec.editor.fields as Array<{ key: string; hint?: string }>) {
        if (!KEYS.has(`criteria.${id}.${f.key}`)) missing.push(`criteria.${id}.${f.key}`);
        if (f.hint && !KEYS.has(`criteria.${id}.${f.key}Hint`)) missing.push(`criteria.${id}.${f.key}Hint`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('the manifest names only messages that exist', () => {
    expect(manifestNames.size).toBeGreaterThan(0);
    for (const name of manifestNames) expect(en[name], name).toBeDefined();
  });
});

/**
 * UI text that bypasses t(): JSX text with words, and string literals with words in user-facing
 * props (aria-label, title, placeholder, label, …) or in what a JSX expression shows. Non-words
 * (·, —, ×, "/ 100") and the product's name pass.
 */
const USER_PROPS = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'legend', 'addLabel', 'hint', 'aria-description']);
// The product's name, and examples that are data rather than words: template syntax, and a LinkedIn
// industry name (the taxonomy is English in LinkedIn's data, so it is matched in English).
const ALLOWED = new Set(['LeadFit', 'crm = technology:CRM', 'Professional Services']);
const hasWords = (s: string) => /[A-Za-zÀ-ÿ]{2,}/.test(s) && !ALLOWED.has(s.trim());

/** String pieces an expression shows as-is: literals, through ?:, &&, ||, ??, parentheses and template text. Calls (t('…'), join(', ')) are not followed. */
function shownLiterals(node: ts.Node, out: string[]): void {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) out.push(node.text);
  else if (ts.isTemplateExpression(node)) {
    out.push(node.head.text);
    for (const span of node.templateSpans) {
      out.push(span.literal.text);
      shownLiterals(span.expression, out);
    }
  } else if (ts.isConditionalExpression(node)) {
    shownLiterals(node.whenTrue, out);
    shownLiterals(node.whenFalse, out);
  } else if (ts.isParenthesizedExpression(node)) shownLiterals(node.expression, out);
  else if (ts.isBinaryExpression(node) && [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(node.operatorToken.kind)) {
    shownLiterals(node.left, out);
    shownLiterals(node.right, out);
  }
}

export function bypasses(file: string, text: string): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const where = (n: ts.Node) => `${relative(root, file)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.text)) found.push(`${where(node)} text "${node.text.trim()}"`);
    if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      const lits: string[] = [];
      shownLiterals(node.expression, lits);
      for (const l of lits) if (hasWords(l)) found.push(`${where(node)} shown "${l}"`);
    }
    if (ts.isJsxAttribute(node) && USER_PROPS.has(node.name.getText()) && node.initializer) {
      const lits: string[] = [];
      if (ts.isStringLiteral(node.initializer)) lits.push(node.initializer.text);
      else if (ts.isJsxExpression(node.initializer) && node.initializer.expression) shownLiterals(node.initializer.expression, lits);
      for (const l of lits) if (hasWords(l)) found.push(`${where(node)} ${node.name.getText()}="${l}"`);
    }
    // window.confirm('…') / alert('…'): a sentence the rep reads.
    if (ts.isCallExpression(node) && /(^|\.)(confirm|alert)$/.test(node.expression.getText())) {
      const lits: string[] = [];
      for (const a of node.arguments) shownLiterals(a, lits);
      for (const l of lits) if (hasWords(l)) found.push(`${where(node)} ${node.expression.getText()}("${l}")`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('no UI text bypasses t()', () => {
  it('catches text, props and shown literals (the scanner can fail)', () => {
    const sample = `export const X = () => <div title="Open it" aria-label={a ? 'Copied' : 'Copy'}>Hello there{b ? ' · ok now' : '—'}{t('x.y')}{' · '}{'×'}</div>;\nconfirm('Remove it?');`;
    const hits = bypasses(join(root, 'components/sample.tsx'), sample);
    expect(hits.map((h) => h.replace(/^.*?:\d+ /, ''))).toEqual(['title="Open it"', 'aria-label="Copied"', 'aria-label="Copy"', 'text "Hello there"', 'shown " · ok now"', 'confirm("Remove it?")']);
  });

  it('components/ and the extension pages have none', () => {
    const hits = UI_DIRS.flatMap((d) => files(d, /\.tsx$/)).flatMap((f) => bypasses(f, readFileSync(f, 'utf8')));
    expect(hits).toEqual([]);
  });
});

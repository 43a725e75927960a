/**
 * The browser's i18n.getMessage for tests, over the compiled messages of locales/<lang>.yml (the
 * same compilation @wxt-dev/i18n does at build). tests/helpers/i18n-setup.ts installs English for
 * every unit test; a test calls useLocale('de') to render the German UI.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';

export const LOCALES = ['en', 'de'] as const;
export type Locale = (typeof LOCALES)[number];

const root = resolve(import.meta.dirname, '../..');

export type ChromeMessages = Record<string, { message: string }>;

const cache = new Map<Locale, ChromeMessages>();

/** locales/<lang>.yml compiled to messages.json's shape (key → { message }). */
export function chromeMessages(locale: Locale): ChromeMessages {
  let messages = cache.get(locale);
  if (!messages) {
    const text = readFileSync(resolve(root, 'locales', `${locale}.yml`), 'utf8');
    messages = generateChromeMessages(parseMessagesText(text, 'YAML')) as ChromeMessages;
    cache.set(locale, messages);
  }
  return messages;
}

/** Chrome's getMessage: $1…$9 filled from the substitutions, `$$` → `$`, '' for an unknown key. */
export function getMessageFrom(messages: ChromeMessages) {
  return (name: string, substitutions?: string | string[]): string => {
    const entry = messages[name];
    if (!entry) return '';
    const subs = substitutions == null ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return entry.message.replace(/\$(\$|[1-9])/g, (_m, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
  };
}

/** Makes t() answer in `locale` until the next call. */
export function useLocale(locale: Locale): void {
  const getMessage = getMessageFrom(chromeMessages(locale));
  (fakeBrowser.i18n as { getMessage: unknown }).getMessage = getMessage;
  (fakeBrowser.i18n as { getUILanguage: unknown }).getUILanguage = () => locale;
}

/**
 * Every UI string goes through `t()`: the browser's i18n API (browser.i18n.getMessage) with the
 * messages of locales/en.yml and locales/de.yml, which @wxt-dev/i18n compiles into
 * _locales/<lang>/messages.json at build. The browser picks the language from its UI language
 * (English when it has no messages for it).
 *
 * Keys are typed from locales/en.yml (.wxt/i18n/structure.d.ts, written by `wxt prepare`/build),
 * so a key missing in English is a type error; tests/unit/i18n.test.ts checks German, unused keys
 * and string literals that bypass t().
 *
 *   t('common.copy')                                // "Copy"
 *   t('list.title', 3)                              // plural: `title: { 1: 1 person on this page, n: $1 people on this page }`
 *   t('popup.employees', { range: '51–200' })       // named substitution: "{range} employees"
 *
 * Named substitutions ({name}) are preferred over $1…$9: the translator sees what goes where and
 * can reorder freely.
 */
import { i18n } from '#i18n';

export const t = i18n.t;

/**
 * The page's `lang` (screen readers, hyphenation) and title in the language the messages came in:
 * `meta.lang` is "de" in de.yml, so a French browser that falls back to English says "en".
 */
export function localizeDocument(title?: string): void {
  document.documentElement.lang = t('meta.lang') || 'en';
  if (title) document.title = title;
}

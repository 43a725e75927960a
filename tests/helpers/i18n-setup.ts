// Vitest setup (vitest.config.ts): unit tests see the English UI, as a browser with no German.
import { beforeEach } from 'vitest';
import { useLocale } from './i18n';

useLocale('en');
beforeEach(() => useLocale('en'));

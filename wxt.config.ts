import { defineConfig } from 'wxt';
import { LINKEDIN_ORIGINS, WEB_ORIGINS } from './lib/sites/origins';

// See README.md "Permissions" for the reason behind each entry.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'LeadFit',
    description:
      'Qualify the LinkedIn person or company you are viewing against your team’s ICPs and buyer personas. Scoring runs locally.',
    permissions: ['storage', 'alarms', 'activeTab', 'scripting', 'clipboardWrite'],
    // LinkedIn only (www, bare and country subdomains), from the readers' origins (lib/sites/origins.ts).
    host_permissions: [...LINKEDIN_ORIGINS],
    optional_host_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'],
    action: { default_title: 'LeadFit' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'leadfit@leadfit.dev', strict_min_version: '121.0' } } }
      : {}),
  }),
  hooks: {
    // The LinkedIn content script is held to 15 KB gzipped (docs/design.md "Budgets"). It only calls
    // runtime.sendMessage, which returns a promise natively in Chrome MV3 and Firefox, so it uses
    // WXT's plain `browser` (globalThis.browser ?? chrome) instead of webextension-polyfill (3 KB gz).
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (!(entrypoints.length === 1 && entrypoints[0]?.name === 'linkedin')) return;
      const alias = viteConfig.resolve?.alias;
      const isPolyfill = (find: unknown) => find === 'wxt/browser' || (find instanceof RegExp && find.source.includes('wxt'));
      if (Array.isArray(alias)) {
        viteConfig.resolve!.alias = alias.filter((a: { find: unknown; replacement: string }) => !(isPolyfill(a.find) && a.replacement.includes('webextension-polyfill')));
      } else if (alias && typeof alias === 'object' && String((alias as Record<string, string>)['wxt/browser']).includes('webextension-polyfill')) {
        delete (alias as Record<string, string>)['wxt/browser'];
      }
    },
    // The company content script is registered at runtime and injected only through activeTab
    // (or the optional all-sites permission the rep turns on); WXT would otherwise add its
    // company-site origins (`https://*/*`, `http://*/*`) to the required host permissions.
    'build:manifestGenerated': (_wxt, manifest) => {
      const web = new Set<string>(WEB_ORIGINS);
      manifest.host_permissions = (manifest.host_permissions ?? []).filter((p: string) => !web.has(p));
    },
  },
});

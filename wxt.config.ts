import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { manifestCommands } from './lib/commands';
import { LINKEDIN_ORIGINS, WEB_ORIGINS } from './lib/sites/origins';

/**
 * Content scripts built without webextension-polyfill: the LinkedIn script only calls
 * runtime.sendMessage (a promise natively in Chrome MV3 and Firefox); the company script calls no
 * extension API at all (its return value is the observation).
 */
const CONTENT_SCRIPTS_WITHOUT_POLYFILL = new Set(['linkedin', 'company']);

/**
 * Content scripts whose `main` uses no WXT context: built with an empty one (lib/content/bare-context.ts)
 * instead of WXT's (~1 KB gzipped of the LinkedIn script's 15 KB budget).
 */
const CONTENT_SCRIPTS_WITHOUT_CONTEXT = new Set(['linkedin']);

/** The shortcuts' descriptions in the browser's language (locales/*.yml `command.*`); the English ones in lib/commands.ts are the fallback. */
const COMMAND_MESSAGES: Record<string, string> = {
  'open-side-panel': '__MSG_command_openSidePanel__',
  _execute_sidebar_action: '__MSG_command_openSidePanel__',
  'copy-talking-point': '__MSG_command_copyTalkingPoint__',
  'mark-qualified': '__MSG_command_markQualified__',
  'mark-not-a-fit': '__MSG_command_markNotAFit__',
};
function localizedCommands(browser: string) {
  return Object.fromEntries(Object.entries(manifestCommands(browser)).map(([name, c]) => [name, { ...c, description: COMMAND_MESSAGES[name] ?? c.description }]));
}

// See README.md "Permissions" for the reason behind each entry.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // `npm run zip`: the Chrome and Firefox packages and, for Mozilla's review, the sources that build
  // them (WXT already leaves out node_modules, .output and tests' *.test/*.spec files).
  zip: {
    excludeSources: ['test-results/**', 'playwright-report/**', 'demo-output/**', 'server/data/**', 'data/**', '.tmp/**', 'scripts/bench/.prof/**'],
  },
  manifest: ({ browser }) => ({
    // UI strings live in locales/{en,de}.yml (@wxt-dev/i18n writes _locales/*/messages.json).
    default_locale: 'en',
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    permissions: ['storage', 'alarms', 'activeTab', 'scripting', 'clipboardWrite'],
    // LinkedIn only (www, bare and country subdomains), from the readers' origins (lib/sites/origins.ts).
    host_permissions: [...LINKEDIN_ORIGINS],
    optional_host_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'],
    // Grey until LeadFit reads the tab's page (lib/background/badge.ts sets the colour icon per tab).
    // Firefox MV2 is named here: WXT fills `browser_action` from the popup without the icon.
    [browser === 'firefox' ? 'browser_action' : 'action']: { default_title: 'LeadFit', default_icon: { 16: 'icon-grey-16.png', 32: 'icon-grey-32.png' } },
    // Icons: modules/icons.ts renders assets/icon.svg to icon-16/32/48/128.png, which WXT lists here.
    // The side panel (Chrome `side_panel` + `sidePanel`, Firefox `sidebar_action`) comes from entrypoints/sidepanel/.
    commands: localizedCommands(browser),
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'leadfit@leadfit.dev', strict_min_version: '121.0', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
  hooks: {
    // Content scripts are held to their budgets (LinkedIn 15 KB, company 30 KB gzipped): those in
    // CONTENT_SCRIPTS_WITHOUT_POLYFILL use WXT's plain `browser` (globalThis.browser ?? chrome)
    // instead of webextension-polyfill (3 KB gz).
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (!(entrypoints.length === 1 && CONTENT_SCRIPTS_WITHOUT_POLYFILL.has(entrypoints[0]?.name ?? ''))) return;
      // Content scripts run on a browser's DOM only: the paths for linkedom's JavaScript DOM (the CLI,
      // the tests) are dropped from them (lib/extract/dom.ts `nativeSelectors`).
      viteConfig.define = { ...viteConfig.define, __LEADFIT_BROWSER_DOM__: 'true' };
      if (CONTENT_SCRIPTS_WITHOUT_CONTEXT.has(entrypoints[0]?.name ?? '')) {
        // Terser packs this script ~4 % smaller than Vite's default minifier (measured: 0.6 KB gzipped).
        viteConfig.build ??= {};
        viteConfig.build.minify = 'terser';
        viteConfig.build.terserOptions = { compress: { passes: 2 }, format: { comments: false } };
        const bare = { find: 'wxt/utils/content-script-context', replacement: resolve(import.meta.dirname ?? __dirname, 'lib/content/bare-context.ts') };
        viteConfig.resolve ??= {};
        const current = viteConfig.resolve.alias;
        viteConfig.resolve.alias = Array.isArray(current)
          ? [bare, ...current]
          : [bare, ...Object.entries(current ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }))];
      }
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

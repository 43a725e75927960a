import { defineConfig } from 'wxt';

// See README.md "Permissions" for the reason behind each entry.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'LeadFit',
    description:
      'Qualify the LinkedIn person or company you are viewing against your team’s ICPs and buyer personas. Scoring runs locally.',
    permissions: ['storage', 'alarms', 'activeTab', 'scripting', 'clipboardWrite'],
    host_permissions: ['https://www.linkedin.com/*'],
    optional_host_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'],
    action: { default_title: 'LeadFit' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'leadfit@leadfit.dev', strict_min_version: '121.0' } } }
      : {}),
  }),
  hooks: {
    // The company content script is registered at runtime and injected only through activeTab
    // (or the optional all-sites permission the rep turns on); WXT would otherwise add its
    // `https://*/*` match to the required host permissions.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.host_permissions = (manifest.host_permissions ?? []).filter((p: string) => p !== 'https://*/*');
    },
  },
});

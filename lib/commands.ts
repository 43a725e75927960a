/**
 * LeadFit's keyboard shortcuts, as data: wxt.config.ts writes them into both manifests, and
 * lib/background/commands.ts handles them. Pure (no browser API) so the config can import it.
 *
 * Chrome allows at most four suggested keys per extension; the rep can change any of them at
 * chrome://extensions/shortcuts (Firefox: about:addons → ⚙ → Manage Extension Shortcuts).
 */
export const COMMAND = {
  openSidePanel: 'open-side-panel',
  copyTalkingPoint: 'copy-talking-point',
  markQualified: 'mark-qualified',
  markNotAFit: 'mark-not-a-fit',
} as const;

export type CommandName = (typeof COMMAND)[keyof typeof COMMAND];

/**
 * Firefox opens its sidebar itself for this reserved name (no handler needed, and
 * `sidebarAction.open()` is only allowed from a user action anyway). Chrome has no reserved
 * side-panel command, so there the background calls `sidePanel.open` (lib/background/commands.ts).
 */
export const FIREFOX_SIDEBAR_COMMAND = '_execute_sidebar_action';

interface CommandSpec {
  name: CommandName;
  description: string;
  /** Chrome's and Firefox's syntax: modifiers + key. */
  key: string;
}

export const COMMAND_SPECS: readonly CommandSpec[] = [
  { name: COMMAND.openSidePanel, description: 'Open the LeadFit side panel', key: 'Alt+Shift+L' },
  { name: COMMAND.copyTalkingPoint, description: 'Copy the best talking point', key: 'Alt+Shift+C' },
  { name: COMMAND.markQualified, description: 'Mark the account qualified', key: 'Alt+Shift+Q' },
  { name: COMMAND.markNotAFit, description: 'Mark the account not a fit', key: 'Alt+Shift+N' },
];

/** The manifest's `commands` for a browser build. */
export function manifestCommands(browser: string): Record<string, { description: string; suggested_key: { default: string } }> {
  const out: Record<string, { description: string; suggested_key: { default: string } }> = {};
  for (const spec of COMMAND_SPECS) {
    const name = browser === 'firefox' && spec.name === COMMAND.openSidePanel ? FIREFOX_SIDEBAR_COMMAND : spec.name;
    out[name] = { description: spec.description, suggested_key: { default: spec.key } };
  }
  return out;
}

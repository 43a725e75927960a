/**
 * Stands in for WXT's `ContentScriptContext` (wxt/utils/content-script-context) in the LinkedIn
 * content script's build only (wxt.config.ts): WXT constructs a context for every content script,
 * and its code (location watcher, invalidation events, timers) is ~1 KB gzipped of a 15 KB budget.
 * That script's `main` uses none of it: its watcher (lib/content/watcher.ts) tells navigations from
 * the URL and stops when the extension is gone. Any other script keeps WXT's context.
 */
export class ContentScriptContext {}

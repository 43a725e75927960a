import { z } from 'zod';

/**
 * The rep's settings (storage item `local:settings`, see lib/storage.ts).
 * Sync: "off"; "server" = a LeadFit sync server (serverUrl + team + tokens);
 * "static" = a plain HTTPS URL of a pack JSON file on any host (read-only).
 */
export const syncSettingsSchema = z.object({
  mode: z.enum(['off', 'server', 'static']).default('off'),
  serverUrl: z.string().max(2000).default(''),
  team: z.string().max(200).default(''),
  readerToken: z.string().max(500).default(''),
  /** Only managers have one; it lets them publish from the profile editor. */
  managerToken: z.string().max(500).default(''),
  staticUrl: z.string().max(2000).default(''),
  /**
   * Static mode: an HTTPS URL of the team's account book JSON (`leadfit accounts import … --out
   * book.json`), pulled with If-None-Match beside the pack; empty: no book. A server pulls the book
   * from the same server. Added with a default, so settings stored before it still parse.
   */
  staticBookUrl: z.string().max(2000).default(''),
});
export type SyncSettings = z.infer<typeof syncSettingsSchema>;

export const settingsSchema = z.object({
  sync: syncSettingsSchema.default(syncSettingsSchema.parse({})),
  /** Accounts not seen for this many days are deleted automatically. */
  retentionDays: z.number().int().min(1).max(3650).default(90),
  /** Read company websites automatically (needs the optional all-sites permission). */
  autoReadCompanySites: z.boolean().default(false),
  /**
   * Automatic company research (#11, lib/background/auto-research.ts): read a first-seen company's
   * LinkedIn page (and its website where already allowed) without a click, rate-limited. Off by
   * default; a defaulted field, so settings stored before it still parse (no migration).
   */
  autoResearch: z.boolean().default(false),
  /**
   * The manager's own name, set once in Options (Team sync): "published by" of every pack this
   * browser saves, exports or publishes — never carried over from the previous version. A sync
   * server records the manager token's name instead (server/app.ts); this one is shown before
   * publishing and written into packs edited, exported or hosted as a static file.
   * Added with a default, so settings stored before it still parse (no migration).
   */
  managerName: z.string().trim().max(200).default(''),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** The optional permission automatic company-site reading needs; asked for when the rep turns it on. */
export const ALL_SITES = 'https://*/*';

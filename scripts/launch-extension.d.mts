import type { BrowserContext } from '@playwright/test';
export const QUIET_FLAGS: string[];
export function launchWithExtension(userDataDir: string, extensionDir: string, options?: { grantHosts?: string[] }): Promise<BrowserContext>;

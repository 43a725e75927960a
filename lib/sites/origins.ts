/**
 * The origins readers run on, as browser match patterns. No imports: wxt.config.ts reads this
 * file when it builds the manifest, and the readers' `matches` use the same constants, so the
 * manifest and the router cannot disagree about which hosts are LinkedIn.
 *
 * `*.linkedin.com` also covers linkedin.com itself and the country subdomains
 * (de.linkedin.com/in/…, se.linkedin.com/in/…) that guest links and search engines lead to (#15).
 */
export const LINKEDIN_ORIGINS = ['https://*.linkedin.com/*'] as const;

/**
 * Company websites: any http(s) page that is not LinkedIn. Plain http is included on purpose:
 * small firms still serve their site over http, and a site is read only on the rep's click
 * (activeTab) — automatic reading needs the optional `https://*\/*` grant, so it never runs on http.
 */
export const WEB_ORIGINS = ['https://*/*', 'http://*/*'] as const;

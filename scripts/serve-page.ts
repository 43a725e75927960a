import type { BrowserContext } from '@playwright/test';

/**
 * Serves `html` as the only page of the context: the top-level navigation gets it with scripts
 * blocked (a saved page's own scripts must not change what is read), every other request is
 * aborted, so nothing leaves the machine. For the scripts that time readers on real pages.
 */
export async function serveOnlyPage(context: BrowserContext, html: string): Promise<void> {
  await context.unroute('**/*');
  await context.route('**/*', (route) =>
    route.request().isNavigationRequest() && route.request().frame().parentFrame() === null
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': "script-src 'none'" }, body: html })
      : route.abort(),
  );
}

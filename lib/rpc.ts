import { browser } from 'wxt/browser';
import type { Request, RequestType, Response, ResponseMap } from './messaging';

/**
 * The extension pages' side of the protocol in lib/messaging.ts. Kept apart from the zod
 * schemas (which only the background needs) so the popup and options bundles stay small.
 */
/** Sends a typed request from any extension context (uses the polyfilled `browser`). */
export async function send<T extends RequestType>(
  request: Extract<Request, { type: T }>,
): Promise<Response<T>> {
  return (await browser.runtime.sendMessage(request)) as Response<T>;
}

/** Like `send`, but throws the error text of a failed response. */
export async function call<T extends RequestType>(request: Extract<Request, { type: T }>): Promise<ResponseMap[T]> {
  const res = await send<T>(request);
  if (!res.ok) throw Object.assign(new Error(res.error), { errors: res.errors });
  return res.data;
}

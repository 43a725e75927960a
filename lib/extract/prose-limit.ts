/**
 * How much of a page's visible text the prose readers read (lib/extract/prose.ts). Its own module so
 * the company content script, which records that text for the background to parse (#12), caps it
 * the same way without bundling the readers.
 */
export const PROSE_TEXT_LIMIT = 200_000;

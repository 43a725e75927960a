import type { Evidence } from '../observation';

export interface DetectedTechnology {
  name: string;
  category: string;
  evidence: Evidence;
}

/**
 * Technologies a page uses, from its markup only (script src hosts, inline loader snippets,
 * meta generator, link hosts, markup markers); no page code is run.
 * PLACEHOLDER SIGNATURE: the fingerprint set is being written.
 */
export function detectTechnologies(_document: Document): DetectedTechnology[] {
  return [];
}

import type { Department, Seniority } from '../profiles/taxonomy';

/**
 * What the title classifier (lib/normalize/title.ts) answers. Declared here, beside the
 * classifier, so lib/normalize does not import lib/scoring (which imports the classifier);
 * lib/scoring/types.ts re-exports it.
 */
export interface TitleClassification {
  title: string;
  department: Department;
  seniority: Seniority;
  /** The rules that matched, for the rep ("'VP' → vp", "'Sales' → sales"). */
  evidence: string[];
}

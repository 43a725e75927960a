import type { TitleClassification } from '../scoring/types';

/**
 * Classifies a job title or LinkedIn headline into department and seniority.
 * PLACEHOLDER SIGNATURE: being replaced by the full multilingual classifier.
 */
export function classifyTitle(title: string): TitleClassification {
  return { title, department: 'other', seniority: 'unknown', evidence: [] };
}

import type { Department } from '../../../profiles/taxonomy';

/**
 * One language's job nouns (issue #13): everyday words for an occupation that the hand-written language
 * module (../<code>.ts) does not list — "Buchhalterin", "sjuksköterska", "programador", "adwokat", "účetní".
 * The engine (lib/normalize/title.ts) consults them only for a word no language module knows, and a
 * noun's department counts only when no strong function word decides.
 *
 * Words are folded (lower case, no accents: what `foldTitleText` makes of them), space-separated, one
 * string per department. `roles` name a person: a title whose only role is such a noun is seniority
 * `individual`; under `other` they give that seniority and no department. `words` give a department only.
 */
export interface JobNouns {
  roles: Readonly<Partial<Record<Department, string>>>;
  words: Readonly<Partial<Record<Department, string>>>;
  /** Beginnings of words ("ksiegow", "versicherung", "contab"): an unknown word starting with one gets its
   * department (longest stem first), never a role. Generated from ESCO; absent in hand-written lexicons. */
  stems?: Readonly<Partial<Record<Department, string>>>;
}

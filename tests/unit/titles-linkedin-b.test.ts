// @vitest-environment node
import { describeLabelledPositions } from '../helpers/title-rows';

/**
 * Issue #13, round 6, group B: LinkedIn positions as sales reps meet them in French, Spanish, Italian, Portuguese,
 * Polish, Czech and Turkish (tests/data/titles-linkedin-b.tsv, labelled by the guide in
 * tests/data/titles-independent.md before the classifier ran on them). The classes fixed in this round (insurance
 * agents, IT support and IT administrators, "interno" ≠ intern, SAP consultants, health-and-safety technicians,
 * project-lead words, construction sites, the Turkish "yönetici" as a functional manager, assistants to a boss …)
 * must stay fixed: agreement ≥ 0.97 on department and on seniority, overall, and ≥ 0.95 in every language.
 */
describeLabelledPositions('LinkedIn positions, group B (fr es it pt pl cs tr)', 'titles-linkedin-b.tsv', ['fr', 'es', 'it', 'pt', 'pl', 'cs', 'tr'], 40, 0.95);

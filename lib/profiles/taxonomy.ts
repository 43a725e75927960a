/** Departments and seniorities a title can be classified into (lib/normalize/title.ts). */
export const DEPARTMENTS = [
  'executive',
  'sales',
  'business_development',
  'marketing',
  'customer_success',
  'support',
  'revenue_operations',
  'operations',
  'finance',
  'it',
  'engineering',
  'data',
  'product',
  'design',
  'hr',
  'legal',
  'procurement',
  'project_management',
  'consulting',
  'administrative',
  'research',
  'education',
  'health',
  'other',
] as const;
export type Department = (typeof DEPARTMENTS)[number];

/** From most to least senior; `unknown` when the title does not say. */
export const SENIORITIES = [
  'owner',
  'partner',
  'cxo',
  'vp',
  'director',
  'head',
  'manager',
  'senior',
  'individual',
  'entry',
  'intern',
  'unknown',
] as const;
export type Seniority = (typeof SENIORITIES)[number];

export const BUYING_ROLES = [
  'decision-maker',
  'champion',
  'influencer',
  'user',
  'gatekeeper',
  'technical-evaluator',
] as const;
export type BuyingRole = (typeof BUYING_ROLES)[number];

export const TIERS = ['A', 'B', 'C', 'D'] as const;
export type Tier = (typeof TIERS)[number];

import type { Department, Seniority } from '@/lib/profiles/taxonomy';
import { t } from './i18n';

/** A department of the title taxonomy (lib/profiles/taxonomy.ts) in words; an id this version does not know, spaced out. */
export function departmentLabel(id: string): string {
  const words: Record<Department, () => string> = {
    executive: () => t('department.executive'),
    sales: () => t('department.sales'),
    business_development: () => t('department.businessDevelopment'),
    marketing: () => t('department.marketing'),
    customer_success: () => t('department.customerSuccess'),
    support: () => t('department.support'),
    revenue_operations: () => t('department.revenueOperations'),
    operations: () => t('department.operations'),
    finance: () => t('department.finance'),
    it: () => t('department.it'),
    engineering: () => t('department.engineering'),
    data: () => t('department.data'),
    product: () => t('department.product'),
    design: () => t('department.design'),
    hr: () => t('department.hr'),
    legal: () => t('department.legal'),
    procurement: () => t('department.procurement'),
    project_management: () => t('department.projectManagement'),
    consulting: () => t('department.consulting'),
    administrative: () => t('department.administrative'),
    research: () => t('department.research'),
    education: () => t('department.education'),
    health: () => t('department.health'),
    other: () => t('department.other'),
  };
  return words[id as Department]?.() ?? id.replace(/_/g, ' ');
}

/** A seniority of the title taxonomy in words. */
export function seniorityLabel(id: string): string {
  const words: Record<Seniority, () => string> = {
    owner: () => t('seniority.owner'),
    partner: () => t('seniority.partner'),
    cxo: () => t('seniority.cxo'),
    vp: () => t('seniority.vp'),
    director: () => t('seniority.director'),
    head: () => t('seniority.head'),
    manager: () => t('seniority.manager'),
    senior: () => t('seniority.senior'),
    individual: () => t('seniority.individual'),
    entry: () => t('seniority.entry'),
    intern: () => t('seniority.intern'),
    unknown: () => t('seniority.unknown'),
  };
  return words[id as Seniority]?.() ?? id.replace(/_/g, ' ');
}

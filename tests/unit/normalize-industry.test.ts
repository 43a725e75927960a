// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { INDUSTRY_TREE, INDUSTRY_SYNONYMS, V1_TO_V2 } from '@/lib/normalize/industries-data';
import {
  INDUSTRY_NAMES,
  canonicalIndustry,
  industryById,
  industryId,
  industryMatches,
  industryPath,
} from '@/lib/normalize/industry';

const kids = { includeChildren: true };
const exact = { includeChildren: false };

describe('industry taxonomy data', () => {
  it('has the 434 V2 industries in 20 top-level groups, no duplicates', () => {
    expect(INDUSTRY_NAMES).toHaveLength(434);
    expect(new Set(INDUSTRY_NAMES).size).toBe(434);
    const roots = INDUSTRY_TREE.split('\n').filter((l) => /^\S.* =\d+$/.test(l));
    expect(roots).toHaveLength(20);
  });
  it('every V1 rename and synonym points at a V2 name', () => {
    const names = new Set(INDUSTRY_NAMES);
    for (const v2 of Object.values(V1_TO_V2)) expect(names.has(v2), v2).toBe(true);
    for (const targets of Object.values(INDUSTRY_SYNONYMS)) for (const t of targets) expect(names.has(t), t).toBe(true);
  });
  it('knows LinkedIn ids', () => {
    expect(industryId('Software Development')).toBe(4);
    expect(industryId('Computer Software')).toBe(4);
    expect(industryById(96)).toBe('IT Services and IT Consulting');
    expect(industryById(2)).toBeNull();
  });
});

describe('canonicalIndustry', () => {
  it('maps V1 names to V2', () => {
    expect(canonicalIndustry('Computer Software')).toBe('Software Development');
    expect(canonicalIndustry('Information Technology and Services')).toBe('IT Services and IT Consulting');
    expect(canonicalIndustry('Internet')).toBe('Technology, Information and Internet');
    expect(canonicalIndustry('Marketing and Advertising')).toBe('Advertising Services');
    expect(canonicalIndustry('Management Consulting')).toBe('Business Consulting and Services');
    expect(canonicalIndustry('Hospital & Health Care')).toBe('Hospitals and Health Care');
    expect(canonicalIndustry('Computer & Network Security')).toBe('Computer and Network Security');
    expect(canonicalIndustry('Financial Services')).toBe('Financial Services');
    expect(canonicalIndustry('Staffing and Recruiting')).toBe('Staffing and Recruiting');
  });
  it('ignores case, "&" vs "and", punctuation and spacing', () => {
    expect(canonicalIndustry('software development')).toBe('Software Development');
    expect(canonicalIndustry('  IT services & IT consulting ')).toBe('IT Services and IT Consulting');
    expect(canonicalIndustry('Technology Information & Media')).toBe('Technology, Information and Media');
    expect(canonicalIndustry('Nonprofit Organizations')).toBe('Non-profit Organizations');
    expect(canonicalIndustry('Media and Telecommunications')).toBe('Media & Telecommunications');
    expect(canonicalIndustry('elearning providers')).toBe('E-Learning Providers');
  });
  it('maps ICP synonyms to their first target', () => {
    expect(canonicalIndustry('B2B SaaS')).toBe('Software Development');
    expect(canonicalIndustry('saas')).toBe('Software Development');
    expect(canonicalIndustry('Fintech')).toBe('Financial Services');
    expect(canonicalIndustry('Healthcare')).toBe('Hospitals and Health Care');
    expect(canonicalIndustry('Cybersecurity')).toBe('Computer and Network Security');
    expect(canonicalIndustry('E-commerce')).toBe('Online and Mail Order Retail');
  });
  it('returns null for unknown and garbage input without throwing', () => {
    expect(canonicalIndustry('Widgets')).toBeNull();
    expect(canonicalIndustry('')).toBeNull();
    expect(canonicalIndustry('   &&& ')).toBeNull();
    expect(canonicalIndustry(undefined as unknown as string)).toBeNull();
    expect(canonicalIndustry(42 as unknown as string)).toBeNull();
  });
});

describe('industryPath', () => {
  it('goes from the top-level group to the node', () => {
    expect(industryPath('Mobile Gaming Apps')).toEqual([
      'Technology, Information and Media',
      'Technology, Information and Internet',
      'Software Development',
      'Computer Games',
      'Mobile Gaming Apps',
    ]);
    expect(industryPath('Computer Software')).toEqual([
      'Technology, Information and Media',
      'Technology, Information and Internet',
      'Software Development',
    ]);
    expect(industryPath('Manufacturing')).toEqual(['Manufacturing']);
    expect(industryPath('Banking')).toEqual(['Financial Services', 'Credit Intermediation', 'Banking']);
    expect(industryPath('nope')).toEqual([]);
  });
  it('keeps LinkedIn placement of IT services under Professional Services', () => {
    expect(industryPath('Computer and Network Security')).toEqual([
      'Professional Services',
      'IT Services and IT Consulting',
      'Computer and Network Security',
    ]);
  });
});

describe('industryMatches', () => {
  it('matches the same industry, including V1 names on either side', () => {
    expect(industryMatches('Software Development', 'Software Development', exact)).toEqual({
      matched: true,
      via: '"Software Development" is the same industry',
    });
    const v1 = industryMatches('Computer Software', 'Software Development', exact);
    expect(v1.matched).toBe(true);
    expect(v1.via).toContain('is the same industry');
    expect(industryMatches('Software Development', 'Computer Software', exact).matched).toBe(true);
    expect(industryMatches('hospital & health care', 'Hospitals and Health Care', exact).matched).toBe(true);
  });
  it('includes descendants only when asked', () => {
    expect(industryMatches('Technology, Information and Media', 'Software Development', kids)).toEqual({
      matched: true,
      via: '"Software Development" is under "Technology, Information and Media"',
    });
    expect(industryMatches('Software Development', 'Mobile Gaming Apps', kids).matched).toBe(true);
    const off = industryMatches('Technology, Information and Media', 'Software Development', exact);
    expect(off.matched).toBe(false);
    expect(off.via).toContain('sub-industries are not included');
    expect(industryMatches('IT Services and IT Consulting', 'Computer and Network Security', kids).matched).toBe(true);
  });
  it('never matches upwards (a parent is not under its child)', () => {
    expect(industryMatches('Software Development', 'Technology, Information and Media', kids).matched).toBe(false);
  });
  it('reads synonyms as industry sets, with sub-industries', () => {
    expect(industryMatches('B2B SaaS', 'Software Development', exact)).toEqual({
      matched: true,
      via: '"B2B SaaS" means "Software Development"',
    });
    const games = industryMatches('B2B SaaS', 'Computer Games', exact);
    expect(games.matched).toBe(true);
    expect(games.via).toContain('"B2B SaaS" means');
    expect(industryMatches('Professional services', 'Legal Services', exact).matched).toBe(true);
    expect(industryMatches('Professional services', 'Law Practice', exact).matched).toBe(true);
    expect(industryMatches('Financial services', 'Banking', kids).matched).toBe(true);
    expect(industryMatches('Fintech', 'Insurance', exact).matched).toBe(true);
    expect(industryMatches('Tech', 'IT Services and IT Consulting', exact).matched).toBe(true);
    expect(industryMatches('Tech', 'Internet', exact).matched).toBe(true);
    expect(industryMatches('IT', 'Information Technology and Services', exact).matched).toBe(true);
    expect(industryMatches('Healthcare', 'Hospitals', exact).matched).toBe(true);
    expect(industryMatches('Consulting', 'Management Consulting', exact).matched).toBe(true);
    expect(industryMatches('Cybersecurity', 'Computer & Network Security', exact).matched).toBe(true);
    expect(industryMatches('Ecommerce', 'Online and Mail Order Retail', exact).matched).toBe(true);
    expect(industryMatches('Marketing agencies', 'Marketing and Advertising', exact).matched).toBe(true);
    expect(industryMatches('Agencies', 'Public Relations and Communications Services', exact).matched).toBe(true);
    expect(industryMatches('Manufacturing', 'Machinery Manufacturing', kids).matched).toBe(true);
  });
  it('treats group words as covering their sub-industries', () => {
    expect(industryMatches('Manufacturing', 'Machinery Manufacturing', exact)).toEqual({
      matched: true,
      via: '"Machinery Manufacturing" is under "Manufacturing"',
    });
    expect(industryMatches('Financial Services', 'Financial Services', exact).via).toBe('"Financial Services" is the same industry');
    expect(industryMatches('Manufacturing', 'Retail', exact).via).toBe('"Retail" is not under "Manufacturing"');
  });
  it('explains misses', () => {
    expect(industryMatches('Software Development', 'Retail', kids)).toEqual({
      matched: false,
      via: '"Retail" is not under "Software Development"',
    });
    const syn = industryMatches('B2B SaaS', 'Retail', exact);
    expect(syn.matched).toBe(false);
    expect(syn.via).toContain('"Retail" is not under "Software Development"');
    expect(industryMatches('Fintech', 'Software Development', kids).matched).toBe(false);
    expect(industryMatches('Professional services', 'Banking', kids).matched).toBe(false);
  });
  it('compares names when the stated industry is unknown', () => {
    const eq = industryMatches('Widgets', 'widgets', kids);
    expect(eq.matched).toBe(true);
    expect(eq.via).toContain('not a LinkedIn industry');
    expect(industryMatches('Widgets', 'Acme Widgets & Gadgets', kids).matched).toBe(true);
    expect(industryMatches('Widget', 'Widgets', kids).matched).toBe(false);
    expect(industryMatches('Software', 'Software and stuff', kids).matched).toBe(true);
    expect(industryMatches('Retail', 'Space Mining Co', kids).matched).toBe(false);
  });
  it('handles unknown terms and empty or garbage input', () => {
    expect(industryMatches('Quantum stuff', 'Software Development', kids).matched).toBe(false);
    expect(industryMatches('', 'Software Development', kids).matched).toBe(false);
    expect(industryMatches('Software', '', kids)).toEqual({ matched: false, via: 'no industry stated' });
    expect(() => industryMatches(null as unknown as string, undefined as unknown as string, kids)).not.toThrow();
    expect(industryMatches('Software', 'Software Development', undefined as unknown as { includeChildren: boolean }).matched).toBe(true);
  });
  it('handles unicode and accents', () => {
    expect(industryMatches('Café', 'CAFE', kids).matched).toBe(true);
    expect(canonicalIndustry('Sóftware Devélopment')).toBe('Software Development');
  });
});

describe('CRM industry picklists', () => {
  // Salesforce's standard Account.Industry picklist, every value.
  const SALESFORCE = ['Agriculture', 'Apparel', 'Banking', 'Biotechnology', 'Chemicals', 'Communications', 'Construction', 'Consulting', 'Education', 'Electronics', 'Energy', 'Engineering', 'Entertainment', 'Environmental', 'Finance', 'Food & Beverage', 'Government', 'Healthcare', 'Hospitality', 'Insurance', 'Machinery', 'Manufacturing', 'Media', 'Not For Profit', 'Recreation', 'Retail', 'Shipping', 'Technology', 'Telecommunications', 'Transportation', 'Utilities'];
  // HubSpot's default company `industry` property, every internal value.
  const HUBSPOT = `ACCOUNTING AIRLINES_AVIATION ALTERNATIVE_DISPUTE_RESOLUTION ALTERNATIVE_MEDICINE ANIMATION APPAREL_FASHION ARCHITECTURE_PLANNING ARTS_AND_CRAFTS AUTOMOTIVE AVIATION_AEROSPACE BANKING BIOTECHNOLOGY BROADCAST_MEDIA BUILDING_MATERIALS BUSINESS_SUPPLIES_AND_EQUIPMENT CAPITAL_MARKETS CHEMICALS CIVIC_SOCIAL_ORGANIZATION CIVIL_ENGINEERING COMMERCIAL_REAL_ESTATE COMPUTER_NETWORK_SECURITY COMPUTER_GAMES COMPUTER_HARDWARE COMPUTER_NETWORKING COMPUTER_SOFTWARE INTERNET CONSTRUCTION CONSUMER_ELECTRONICS CONSUMER_GOODS CONSUMER_SERVICES COSMETICS DAIRY DEFENSE_SPACE DESIGN EDUCATION_MANAGEMENT E_LEARNING ELECTRICAL_ELECTRONIC_MANUFACTURING ENTERTAINMENT ENVIRONMENTAL_SERVICES EVENTS_SERVICES EXECUTIVE_OFFICE FACILITIES_SERVICES FARMING FINANCIAL_SERVICES FINE_ART FISHERY FOOD_BEVERAGES FOOD_PRODUCTION FUND_RAISING FURNITURE GAMBLING_CASINOS GLASS_CERAMICS_CONCRETE GOVERNMENT_ADMINISTRATION GOVERNMENT_RELATIONS GRAPHIC_DESIGN HEALTH_WELLNESS_AND_FITNESS HIGHER_EDUCATION HOSPITAL_HEALTH_CARE HOSPITALITY HUMAN_RESOURCES IMPORT_AND_EXPORT INDIVIDUAL_FAMILY_SERVICES INDUSTRIAL_AUTOMATION INFORMATION_SERVICES INFORMATION_TECHNOLOGY_AND_SERVICES INSURANCE INTERNATIONAL_AFFAIRS INTERNATIONAL_TRADE_AND_DEVELOPMENT INVESTMENT_BANKING INVESTMENT_MANAGEMENT JUDICIARY LAW_ENFORCEMENT LAW_PRACTICE LEGAL_SERVICES LEGISLATIVE_OFFICE LEISURE_TRAVEL_TOURISM LIBRARIES LOGISTICS_AND_SUPPLY_CHAIN LUXURY_GOODS_JEWELRY MACHINERY MANAGEMENT_CONSULTING MARITIME MARKET_RESEARCH MARKETING_AND_ADVERTISING MECHANICAL_OR_INDUSTRIAL_ENGINEERING MEDIA_PRODUCTION MEDICAL_DEVICES MEDICAL_PRACTICE MENTAL_HEALTH_CARE MILITARY MINING_METALS MOBILE_GAMES MOTION_PICTURES_AND_FILM MUSEUMS_AND_INSTITUTIONS MUSIC NANOTECHNOLOGY NEWSPAPERS NON_PROFIT_ORGANIZATION_MANAGEMENT OIL_ENERGY ONLINE_MEDIA OUTSOURCING_OFFSHORING PACKAGE_FREIGHT_DELIVERY PACKAGING_AND_CONTAINERS PAPER_FOREST_PRODUCTS PERFORMING_ARTS PHARMACEUTICALS PHILANTHROPY PHOTOGRAPHY PLASTICS POLITICAL_ORGANIZATION PRIMARY_SECONDARY_EDUCATION PRINTING PROFESSIONAL_TRAINING_COACHING PROGRAM_DEVELOPMENT PUBLIC_POLICY PUBLIC_RELATIONS_AND_COMMUNICATIONS PUBLIC_SAFETY PUBLISHING RAILROAD_MANUFACTURE RANCHING REAL_ESTATE RECREATIONAL_FACILITIES_AND_SERVICES RELIGIOUS_INSTITUTIONS RENEWABLES_ENVIRONMENT RESEARCH RESTAURANTS RETAIL SECURITY_AND_INVESTIGATIONS SEMICONDUCTORS SHIPBUILDING SPORTING_GOODS SPORTS STAFFING_AND_RECRUITING SUPERMARKETS TELECOMMUNICATIONS TEXTILES THINK_TANKS TOBACCO TRANSLATION_AND_LOCALIZATION TRANSPORTATION_TRUCKING_RAILROAD UTILITIES VENTURE_CAPITAL_PRIVATE_EQUITY VETERINARY WAREHOUSING WHOLESALE WINE_AND_SPIRITS WIRELESS WRITING_AND_EDITING`.split(' ');

  it.each([...SALESFORCE, ...HUBSPOT])('%s reads as a LinkedIn industry', (value) => {
    const name = canonicalIndustry(value);
    expect(name).not.toBeNull();
    expect(industryPath(value).length).toBeGreaterThan(0);
  });

  it('a software company matches the SaaS ICP the same from Salesforce ("Technology") and HubSpot ("COMPUTER_SOFTWARE")', () => {
    for (const term of ['B2B SaaS', 'Software Development']) {
      expect(industryMatches(term, 'Technology', { includeChildren: true }), term).toEqual({
        matched: true,
        via: `"Technology" covers "Software Development": ${term === 'B2B SaaS' ? '"B2B SaaS" means "Software Development"' : '"Software Development" is the same industry'}`,
      });
      expect(industryMatches(term, 'COMPUTER_SOFTWARE', { includeChildren: true }).matched, term).toBe(true);
      expect(industryMatches(term, 'INFORMATION_TECHNOLOGY_AND_SERVICES', { includeChildren: true }).matched, term).toBe(false);
    }
    expect(industryMatches('IT Services and IT Consulting', 'INFORMATION_TECHNOLOGY_AND_SERVICES', { includeChildren: true }).matched).toBe(true);
  });

  it('coarse values still miss what they do not cover, and say what they were read as', () => {
    expect(industryMatches('Government Administration', 'Technology', { includeChildren: true })).toEqual({
      matched: false,
      via: '"Technology" reads as "Software Development", "IT Services and IT Consulting" or "Technology, Information and Internet", none of them "Government Administration"',
    });
    expect(industryMatches('Financial Services', 'Finance', { includeChildren: true }).matched).toBe(true);
    expect(industryMatches('Non-profit Organizations', 'Not For Profit', { includeChildren: true }).matched).toBe(true);
    expect(industryMatches('Software Development', 'Shipping', { includeChildren: true }).matched).toBe(false);
    expect(industryMatches('Truck Transportation', 'TRANSPORTATION_TRUCKING_RAILROAD', { includeChildren: true }).matched).toBe(true);
  });
});

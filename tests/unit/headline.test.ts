// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { companyFromHeadline, headlineEvidence, headlineRoles, looksLikeOrganization, titleFromHeadline } from '@/lib/sites/headline';

/** company + title a headline gives, or null. */
const read = (headline: string, insight?: string) => {
  const found = companyFromHeadline(headline, insight);
  return found ? { company: found.company, title: found.title } : null;
};

describe('headline parser: the forms of "Title <preposition> Company"', () => {
  it.each([
    ['Product Designer at Lumen Health', 'Lumen Health', 'Product Designer'],
    ['Chief Revenue Officer @ Fernhill Logistics', 'Fernhill Logistics', 'Chief Revenue Officer'],
    ['Growth Lead @Kestrel', 'Kestrel', 'Growth Lead'],
    ['VP Sales | Acme Corp', 'Acme Corp', 'VP Sales'],
    ['Head of Sales - Brightline Freight', 'Brightline Freight', 'Head of Sales'],
    ['Head of Sales – Brightline Freight', 'Brightline Freight', 'Head of Sales'],
    ['Designer at trivago', 'trivago', 'Designer'],
  ])('%s', (headline, company, title) => {
    expect(read(headline)).toEqual({ company, title });
  });

  it.each([
    ['German bei', 'Vertriebsleiterin bei Quelle Werke GmbH', 'Quelle Werke GmbH', 'Vertriebsleiterin'],
    ['French chez', 'Directrice commerciale chez Maison Dupont', 'Maison Dupont', 'Directrice commerciale'],
    ['Spanish en', 'Director de Ventas en Grupo Andino', 'Grupo Andino', 'Director de Ventas'],
    ['Spanish en, twice', 'Ingeniero en Sistemas en Mercado Libre', 'Mercado Libre', 'Ingeniero en Sistemas'],
    ['Portuguese na', 'Gerente de Produto na Nubank', 'Nubank', 'Gerente de Produto'],
    ['Portuguese no', 'Engenheiro de Software no Itaú Unibanco', 'Itaú Unibanco', 'Engenheiro de Software'],
    ['Portuguese em', 'Analista de Dados em Banco Inter', 'Banco Inter', 'Analista de Dados'],
    ['Dutch bij', 'Accountmanager bij Van Dijk Logistiek', 'Van Dijk Logistiek', 'Accountmanager'],
    ['Swedish på', 'Säljchef på Nordkap AB', 'Nordkap AB', 'Säljchef'],
    ['Italian presso', 'Responsabile vendite presso Ferro Italia', 'Ferro Italia', 'Responsabile vendite'],
    ['Danish/Norwegian hos', 'Salgssjef hos Fjord Data', 'Fjord Data', 'Salgssjef'],
    ['Polish w', 'Kierownik sprzedaży w Orlen', 'Orlen', 'Kierownik sprzedaży'],
  ])('%s', (_language, headline, company, title) => {
    expect(read(headline)).toEqual({ company, title });
  });

  it('short prepositions of other languages are not read in ordinary text', () => {
    expect(read('Say no to spam')).toBeNull();
    expect(read('Vida en familia y en Madrid')).toBeNull();
    expect(read('Ingeniero en sistemas')).toBeNull();
    expect(read('Salgssjef hos oss')).toBeNull();
  });
});

describe('headline parser: several roles and past employers', () => {
  it('several roles give the first current one', () => {
    expect(read('Head of RevOps at Brightline Freight | Advisor at Kestrel Ventures')).toEqual({ company: 'Brightline Freight', title: 'Head of RevOps' });
    expect(read('Mentor | Partner at HOF Capital | Board member at Initech')).toEqual({ company: 'HOF Capital', title: 'Partner' });
    expect(read('CEO at Tidewater • Investor at Globex')).toEqual({ company: 'Tidewater', title: 'CEO' });
  });

  it.each([
    ['ex-Google | Former VP Sales at Oracle'],
    ['Former CFO at Globex'],
    ['Formerly Head of Sales at Globex'],
    ['Ex-Stripe, Ex-Plaid'],
    ['prev. Head of Growth at Segment'],
    ['Previously Sales Director @ Initech'],
    ['Past: VP Sales at Oracle'],
    ['ehemals Vertriebsleiter bei Siemens'],
    ['anciennement Directeur chez Renault'],
  ])('a past employer is never current: %s', (headline) => {
    expect(read(headline)).toBeNull();
  });

  it('a past note next to the current role is skipped, whatever its form', () => {
    expect(read('Founder & CPO @ MavenAGI | Ex-Google, Ex-Stripe, Ex-BCG')?.company).toBe('MavenAGI');
    expect(read('ex-Oracle | Chief Revenue Officer @ Fernhill Logistics')?.company).toBe('Fernhill Logistics');
    expect(read('VP Sales at Acme (ex-Google)')?.company).toBe('Acme');
    expect(read('VP Sales at Acme, ex-Google')?.company).toBe('Acme');
    expect(read('Leiter Vertrieb bei Quelle Werke GmbH · zuvor Siemens')?.company).toBe('Quelle Werke GmbH');
    expect(headlineRoles('VP Sales at Acme (ex-Google) | Mentor')).toEqual([
      { text: 'VP Sales at Acme', past: false },
      { text: 'ex-Google', past: true },
      { text: 'Mentor', past: false },
    ]);
  });

  it('sentences and notes around the role: the organisation alone', () => {
    expect(read('Head of Marketing at Acme. Ex-Google.')).toEqual({ company: 'Acme', title: 'Head of Marketing' });
    expect(read("Sales @ Acme - We're hiring!")).toEqual({ company: 'Acme', title: 'Sales' });
    expect(read('Engineer at Acme | prev. Stripe')?.company).toBe('Acme');
    expect(read('Sr. Engineer at Acme')?.company).toBe('Acme');
  });

  it('placeholders in the company slot are not employers', () => {
    for (const headline of ['Consultant at Self-Employed', 'Founder at Stealth', 'Advisor at Various', 'Designer @ Freelance']) expect(read(headline), headline).toBeNull();
  });

  it('parentheses that are part of the name stay', () => {
    expect(read('Senior Consultant bei Bosch Center for Artificial Intelligence (BCAI)')?.company).toBe('Bosch Center for Artificial Intelligence (BCAI)');
  });
});

describe('search-insight lines', () => {
  it('"Current: … at X" is current and wins over a headline without a company', () => {
    expect(read('Revenue leader', 'Current: Chief Revenue Officer at Fernhill Logistics')).toEqual({ company: 'Fernhill Logistics', title: 'Chief Revenue Officer' });
    expect(read('Vertrieb', 'Aktuell: Vertriebsleiter bei Quelle Werke GmbH')?.company).toBe('Quelle Werke GmbH');
  });
  it('"Past: … at X" is never current', () => {
    expect(read('Software Engineer', 'Past: Software Engineer at Stripe')).toBeNull();
    expect(read('Fullstack Software Engineer', 'Past: Fullstack Software Engineer at Basepaws')).toBeNull();
  });
  it('a past insight does not hide the current company the headline states', () => {
    expect(read('Engineer at Acme', 'Past: Engineer at Globex')?.company).toBe('Acme');
  });
});

describe('false companies: the company slot must look like an organisation', () => {
  it.each([
    ['Helping SaaS teams at scale'],
    ['Passionate about growth | Speaker'],
    ['Growth marketer at heart'],
    ['Investor at scale'],
    ['Building the future of work at Acme'],
    ['Sales leader at the intersection of data and people'],
    ['Engineer at a fast-growing startup in Berlin'],
    ['Software Engineer - Machine Learning Platform'],
    ['Principal Software Engineer | Maker: Turas.app + CodeRev.app'],
    ['Analytics Solutions | Data Architect & Engineer | Data Analytics Expert'],
    ['Entrepreneur and Explorer'],
    ['Researcher.'],
    ['Sales Director at We make logistics simple for every warehouse team in Europe'],
    ['Founder | Building great software for SMBs'],
    ['Board advisor | Speaker'],
  ])('%s → no company', (headline) => {
    expect(read(headline)).toBeNull();
  });

  it('organisation-shaped names of every kind are accepted', () => {
    for (const name of ['Acme', 'Fernhill Logistics', 'McKinsey & Company', 'bol.com', 'eBay', 'Bank of America', 'Universidad de Buenos Aires', '3M', 'Quelle Werke GmbH', 'Tata Consultancy Services', 'Acme Inc.']) {
      expect(looksLikeOrganization(name), name).toBe(true);
    }
    for (const text of ['scale', 'heart', 'the intersection of data and people', 'a fast-growing startup in Berlin', 'Speaker', 'Board advisor', 'one two three four five six seven eight nine', 'helping teams grow']) {
      expect(looksLikeOrganization(text), text).toBe(false);
    }
  });
});

describe('evidence and titles', () => {
  it('names the phrase and how it was read', () => {
    const found = companyFromHeadline('Chief Revenue Officer @ Fernhill Logistics | ex-Oracle')!;
    expect(found.phrase).toBe('Chief Revenue Officer @ Fernhill Logistics');
    expect(headlineEvidence(found)).toBe('headline "Chief Revenue Officer @ Fernhill Logistics" (@)');
    const insight = companyFromHeadline('Revenue leader', 'Current: CRO at Fernhill Logistics')!;
    expect(headlineEvidence(insight)).toContain('Current: CRO at Fernhill Logistics');
  });

  it('a headline without a company still gives its role as the title, never a slogan', () => {
    expect(titleFromHeadline('Engineering Leader')).toBe('Engineering Leader');
    expect(titleFromHeadline('ex-Google | Product Manager')).toBe('Product Manager');
    expect(titleFromHeadline('Helping SaaS teams at scale')).toBeNull();
    expect(titleFromHeadline('Passionate About Building')).toBeNull();
  });

  it('adversarial input is bounded', () => {
    expect(companyFromHeadline('at '.repeat(10_000))).toBeNull();
    expect(companyFromHeadline(`${'Head of Sales at '.repeat(40)}Acme`)).toBeNull();
    expect(companyFromHeadline('')).toBeNull();
    expect(companyFromHeadline(null)).toBeNull();
  });
});

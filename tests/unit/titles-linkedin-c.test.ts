// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { classifyTitle } from '@/lib/normalize/title';
import { describeLabelledPositions } from '../helpers/title-rows';

/**
 * Issue #13, round 7: LinkedIn positions with several roles in one line and level words around the head, in all 13
 * languages (tests/data/titles-linkedin-c.tsv, labelled by the guide in tests/data/titles-independent.md and the
 * conventions of tests/data/titles.tsv before the classifier ran on them): an owner, partner or C-level word in a
 * later part, the department of a later part for owners and partners, a head word with an adjective before its team
 * or department word, every separator — and the level words that are not the person's ("ex-CEO", "Coach for CEOs").
 */
describeLabelledPositions('LinkedIn positions, group C (several roles in one line, 13 languages)', 'titles-linkedin-c.tsv', ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'sv', 'da', 'no', 'pl', 'cs', 'tr'], 20);

const check = (title: string, department: string, seniority: string) =>
  expect(classifyTitle(title), title).toMatchObject({ department, seniority });
const rules = (title: string) => classifyTitle(title).rules;
const evidence = (title: string) => classifyTitle(title).evidence.join(' · ');

describe('round 7 rules name themselves in the evidence', () => {
  it('cross-part level rule: an owner, partner or C-level word in another role is the person’s level', () => {
    expect(rules('Økonomichef | Medejer').seniority).toMatch(/^cross-part level rule \("Medejer"/);
    check('Økonomichef | Medejer', 'finance', 'owner');
    check('Head of Finance | CFO', 'finance', 'cxo');
    check('Avukat | Ortak', 'legal', 'partner');
    check('Prezes Zarządu | Właściciel', 'executive', 'owner');
    check('Obchodní ředitel · Spolumajitel', 'sales', 'owner');
    // Only owner, partner and C-level words travel across parts; a lower level elsewhere never lowers the first.
    check('CEO | Sales Manager', 'executive', 'cxo');
    check('Sales Manager | Team Lead', 'sales', 'individual');
    // A typo guessed in a side part is too weak ("Empresarial" is not "empresaria").
    check('Sócio-Diretor | Consultoria Empresarial', 'consulting', 'partner');
    // A level word that is not the other part's own role: a plural, the object of "of the", a modifier of a noun.
    check('Channel Sales Manager | Partners & Alliances', 'sales', 'individual');
    check('Talent Partner | Founders Fund', 'hr', 'individual');
    check('Team Assistant | Office of the CEO', 'administrative', 'individual');
    check('Executive Assistant | CEO Office', 'administrative', 'individual');
    check('Partner Manager | Founder Relations', 'business_development', 'individual');
    check('Executive Search | CEO & CFO placements', 'other', 'individual');
    check('Head of Sales | Founder & Managing Partner', 'sales', 'owner');
    // A partner word across "&" is a second role, written right after a department word it is a business partner.
    check('Salesmanager & Partner', 'sales', 'partner');
    check('HR Partner', 'hr', 'individual');
    check('Talent Acquisition Partner | Recruiting', 'hr', 'individual');
  });

  it('multi-role rule for owners and partners: the function of a later role that names one', () => {
    expect(rules('Cofundadora | CMO').department).toMatch(/^multi-role rule \(owner or partner "Cofundadora"/);
    check('Cofundadora | CMO', 'marketing', 'owner');
    check('Partner | Rechtsanwalt', 'legal', 'partner');
    check('Socio | Dottore Commercialista', 'finance', 'partner');
    check('Cofundador | Director de Tecnología', 'engineering', 'owner');
    // A later part with no role or level ("Coach certifiée", "Angel Investor") leaves general management.
    check('Fondatrice | Coach certifiée', 'executive', 'owner');
    check('Founder | Angel Investor', 'executive', 'owner');
    // C-level titles run the company whatever else they do.
    check('CEO | Sales Coach', 'executive', 'cxo');
  });

  it('team-head rule: a head word whose object is a team leads the team', () => {
    expect(rules('Jefe del equipo comercial').seniority).toMatch(/^team-head rule \("Jefe" of "equipo"\)/);
    check('Jefe del equipo comercial', 'sales', 'manager');
    check('Leder af kundeserviceteamet', 'support', 'manager');
    check('Hoofd van het salesteam', 'sales', 'manager');
    check('Satış Ekibi Lideri', 'sales', 'manager');
    // A department (not a team) keeps the head level, whatever adjective sits before it.
    check('Vedoucí obchodního oddělení', 'sales', 'head');
    check('Kierownik działu handlowego', 'sales', 'head');
    check('Leiterin des technischen Vertriebs', 'sales', 'head');
    check('Chef du service comptable', 'finance', 'head');
    check('Responsable du service commercial', 'sales', 'manager');
  });

  it('a company tail ends where a second role of the person begins', () => {
    check('CTO at Acme and Co-founder', 'engineering', 'owner');
    check('Software Engineer @ Stripe & Co-founder', 'engineering', 'owner');
    // A company name with "&" stays a company.
    check('Partner at Bain & Company', 'consulting', 'partner');
  });

  it('every separator joins two roles of one person', () => {
    for (const sep of [' | ', ' / ', ' · ', ' • ', ' - ', ' – ', ', ', ' & ', ' and ', ' + ', ' 🚀 ', ' ▪ ']) {
      expect(classifyTitle(`Head of Sales${sep}Co-Founder`), sep).toMatchObject({ department: 'sales', seniority: 'owner' });
    }
    check('Vertriebsleiter und Mitinhaber', 'sales', 'owner');
    check('Directeur commercial et associé', 'sales', 'partner');
    check('Director Comercial y Socio', 'sales', 'partner');
    check('Direttore Commerciale e Socio', 'sales', 'partner');
    check('Salgsdirektør og medejer', 'sales', 'owner');
    check('Försäljningschef och delägare', 'sales', 'partner');
    check('Commercieel directeur en mede-eigenaar', 'sales', 'owner');
    check('Satış Direktörü ve Kurucu', 'sales', 'owner');
    check('Dyrektor handlowy i współwłaściciel', 'sales', 'owner');
    check('Obchodní ředitel a spolumajitel', 'sales', 'owner');
  });
});

describe('round 7 level guards: level words that are not the person’s level', () => {
  it('level guard: the people a role serves, plurals, a role searched for, a topic, a joke', () => {
    expect(evidence("Coach für Geschäftsführer und Gründer")).toMatch(/level guard: "Geschäftsführer" is not the person.s level \(after "für": the people the role serves\)/);
    expect(evidence("Helping founders scale | Fractional CFO")).toMatch(/level guard: "founders" is not the person.s level \(plural/);
    expect(evidence("CEO-Nachfolge")).toMatch(/level guard: "CEO" is not the person.s level \("CEO-Nachfolge": a topic\)/);
    for (const [title, department, seniority] of [
      ['Coach for CEOs', 'other', 'individual'],
      ['Advisor to the CFO', 'consulting', 'individual'],
      ['Chief of Staff to the CEO', 'executive', 'director'],
      ['Assistant to the Managing Director', 'administrative', 'individual'],
      ['Looking for CFO roles', 'other', 'unknown'],
      ['Helping founders scale', 'other', 'unknown'],
      ['Helping founders scale | Fractional CFO', 'finance', 'cxo'],
      ['Founder of nothing yet', 'other', 'unknown'],
      ['Beraterin für CEO-Nachfolge', 'consulting', 'individual'],
      ['Coach für Geschäftsführer und Gründer', 'other', 'individual'],
      ['Coach de dirigeants et de PDG', 'other', 'individual'],
      ['Coach para CEOs y emprendedores', 'other', 'individual'],
      ['Coach per imprenditori e CEO', 'other', 'individual'],
      ['Mentor de fundadores | Diretor Financeiro', 'finance', 'director'],
      ['Coach voor ondernemers en CEO\'s', 'other', 'individual'],
      ['Coach för VD:ar och grundare', 'other', 'individual'],
      ['Coach for direktører og iværksættere', 'other', 'individual'],
      ['Coach for ledere og gründere', 'other', 'individual'],
      ['Coach dla prezesów i założycieli', 'other', 'individual'],
      ['Kouč pro ředitele a zakladatele', 'other', 'individual'],
      ['CEO\'lar ve kurucular için koç', 'other', 'individual'],
      ['Assistente dell\'Amministratore Delegato', 'administrative', 'individual'],
    ] as const) check(title, department, seniority);
    // The boss of an adviser or assistant, in the languages that write it with a genitive or after it.
    for (const [title, department] of [
      ['Conseiller du PDG', 'consulting'],
      ['Asesor del CEO', 'consulting'],
      ['Consulente dell\'Amministratore Delegato', 'consulting'],
      ['Adviseur van de CEO', 'consulting'],
      ['Rådgiver for direktøren', 'consulting'],
      ['Doradca prezesa zarządu', 'consulting'],
      ['Genel Müdür Danışmanı', 'consulting'],
      ['VD-assistent', 'administrative'],
      ['CEO-Assistenz', 'administrative'],
    ] as const) check(title, department, 'individual');
    // A role sought, in the languages' own words (Turkish puts the verb last; "Procurando" is not "procurador").
    for (const title of ['Looking for CFO roles', 'Buscando posición de CFO', 'In cerca di un ruolo da CFO', 'Procurando vaga de CFO', 'Op zoek naar een CFO-functie', 'Söker ny roll som VD', 'Søger stilling som CFO', 'Søker stilling som daglig leder', 'Szukam pracy jako CFO', 'CFO pozisyonu arıyorum']) {
      check(title, 'other', 'unknown');
    }
    // Not guarded: a level before the preposition, a level of the person's own beside an adviser word, "recherche" as research.
    check('Director for Partnerships', 'business_development', 'director');
    check('Geschäftsführer für Vertrieb', 'sales', 'cxo');
    check('Ingénieur de recherche, directeur adjoint', 'research', 'director');
    check('Member of the Board', 'executive', 'cxo');
    // Occupation labels written in the plural are the person's level ("responsabili della manutenzione").
    check('responsabili della manutenzione', 'operations', 'manager');
    // A plural that is the whole role is still the person's level.
    check('Managers', 'other', 'manager');
    check('Founders', 'executive', 'owner');
  });

  it('former roles in all 13 languages are ignored, in the first part or a later one', () => {
    for (const former of ['ex-CEO', 'former Founder', 'ehemaliger Geschäftsführer', 'ancien PDG', 'antiguo CEO', 'ex Amministratore Delegato', 'antigo Diretor-Geral', 'Oud-directeur', 'voormalig CEO', 'tidigare VD', 'tidligere administrerende direktør', 'tidligere daglig leder', 'były prezes', 'bývalý ředitel', 'eski Genel Müdür']) {
      expect(classifyTitle(former), former).toMatchObject({ seniority: 'unknown' });
      expect(classifyTitle(`Sales Director | ${former}`), former).toMatchObject({ department: 'sales', seniority: 'director' });
    }
  });

  it('taglines after the role never raise the level', () => {
    check('Sales Director | I help SaaS founders grow', 'sales', 'director');
    check('Account Executive | Helping CEOs close deals', 'sales', 'individual');
    check('Directrice des ventes | J\'aide les fondateurs à grandir', 'sales', 'director');
    check('Director Comercial | Ayudo a fundadores a vender más', 'sales', 'director');
    check('Diretor de Marketing | Ajudo fundadores a crescer', 'marketing', 'director');
    check('Satış Direktörü | Kurucu ortaklara büyümede yardımcı oluyorum', 'sales', 'director');
  });
});

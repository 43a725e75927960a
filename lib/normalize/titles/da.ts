import type { PageLabels, TitleLanguage } from './types';

/** Danish. Compounds: "Økonomi|chef", "Salgs|chef", "Afdelings|leder", "Indkøbs|ansvarlig". */
export const labels: PageLabels = {
  website: ['websted'],
  industry: ['branche'],
  size: ['virksomhedsstørrelse'],
  headquarters: ['hovedkontor'],
  founded: ['grundlagt'],
  specialties: ['specialer'],
};

export const da: TitleLanguage = {
  code: 'da',
  name: 'Danish',
  labels,
  words: {
    // Round 4: people the labelling guide puts outside every department (journalists, editors, translators, social
    // workers, policy officers, police, drivers): a strong `other`, so a field word before them does not win (main-noun rule).
    'role other': 'journalist, redaktør, oversætter, tolk, socialrådgiver, politibetjent, chauffør',
    // Round 4: contact centres and complaints are customer support (labelling guide, `support`); a centre is a place
    // its manager runs ("Call Centre Manager" → manager).
    'support kind:unit': 'kundecenter',
    // Round 4 field words (classes of the ESCO development split): real estate, capital markets, careers, purchasers.
    'sales weak': 'ejendom, ejendomme, ejendomsadministration',
    // Site rule (round 4): a place or industry someone runs gives its department to a head, manager or director only.
    'operations kind:site': 'industri, industriel, værksted, affald, genbrug, papirfabrik, bryggeri, støberi, raffinaderi, savværk',
    'sales kind:unit': 'varehus, supermarked',
    // Round 6: "selvstændig" (self-employed) before a role is a freelancer ("Selvstændig konsulent"), not an owner;
    // "selvstændig erhvervsdrivende" runs a business.
    owner: 'ejer, indehaver, medejer, medindehaver, stifter, medstifter, grundlægger, selvstændig erhvervsdrivende',
    // A company leader (företagsledare, virksomhedsleder, virksomhetsleder) runs the company: executive, weak.
    'cxo executive weak': 'administrerende direktør, adm direktør, adm dir, virksomhedsleder',
    cxo: 'bestyrelsesformand, bestyrelsesmedlem, formand, næstformand, bestyrelse',
    head: 'leder, afdelingsleder, chef for',
    manager: 'teamleder, ansvarlig, gruppeleder',
    'role project_management': 'projektleder, projektchef, programchef',
    // Round 6: the labelling guide's Scandinavian product and project "-chef" are product/project managers (functional rule).
    'role product': 'produktchef',
    // Round 6: region, area and district heads with no function named, executive as "Regional Manager" — whole words:
    // as compound parts "region(s)…"/"distrikts…" also begin "regionsjukhus" (a hospital), "distriktssköterska" (a nurse).
    'head executive weak': 'regionchef, regionschef, regionleder, regionsleder, områdeleder, distriktschef, distriktsleder',
    'director executive weak': 'regiondirektør, regionsdirektør, områdedirektør',
    intern: 'studentermedhjælper, studerende',
    entry: 'elev',
    'kind:ex': 'tidligere',
    'kind:tail': 'hos',
    // departments
    sales: 'salg, tilbud, udbud, detailhandel, engroshandel, handel, butik',
    'role sales': 'sælger, mægler, ejendomsmægler, forsikringsmægler, salgsassistent, ekspedient, handelsmedarbejder, forhandler, købmand',
    business_development: 'forretningsudvikling',
    'role business_development': 'forretningsudvikler',
    marketing: 'markedsføring, reklame, markedsanalyse, markedsundersøgelse, arrangementer, konference, konferencer, fundraising, indsamling, kampagne, kampagner, kommunikation, presse, varemærke, brand, sponsorat, events, sociale medier, public affairs',
    support: 'kundeservice, kundesupport, reklamationer',
    finance: 'økonomi, regnskab, løn, kredit, realkredit, forsikring, forsikringer, skat, revision, bogføring, investering, investeringer, formueforvaltning, værdipapirer, budget, inkasso, treasury, controlling, pension, værdiansættelse, risikostyring, aktier, børs, obligationer, bankvæsen, debitor, kreditor, bogholderi, økonomistyring, kapitalmarked, kapitalmarkeder',
    'role finance': 'bogholder, revisor, økonom, kasserer, aktuar, controller, regnskabsmedarbejder, lønbogholder, bankrådgiver',
    // Round 5: Danish "brand" is fire (the compound modifier "brand" is marketing): fire engineers are engineers.
    'role engineering weak': 'udvikler, ingeniør, programmør, konstruktør, tekniker, brandingeniør, brandtekniker',
    engineering: 'udvikling',
    hr: 'personale, rekruttering, mangfoldighed, ligestilling, inklusion, vikarbureau, hr, personaleadministration, personaleafdeling, kompetenceudvikling, efteruddannelse, jobformidling, beskæftigelse, karrierevejledning, organisationsudvikling, talent, jobcenter, arbejdsformidling, karriere',
    'role legal': 'advokatfuldmægtig, dommer, mediator, retsassessor, ombudsmand, advokat, jurist, anklager, advokatsekretær',
    procurement: 'indkøb',
    'role procurement': 'indkøber',
    'role consulting weak': 'konsulent, rådgiver',
    'role administrative weak kind:assist': 'sekretær, kontorassistent, assistent',
    'role research': 'forsker, kemiker, fysiker, biolog',
    'role education': 'lærer, underviser, pædagog',
    'role health': 'sygeplejerske, læge, tandlæge, social- og sundhedsassistent, sosu assistent, dyrlæge, fysioterapeut, ergoterapeut, jordemoder, optiker, psykoterapeut, psykiater, kiropraktor, tandplejer, klinikassistent, sosu hjælper, plejer, sundhedsplejerske, diætist, ambulancebehandler, radiograf, logopæd, farmaceut, apoteker, farmakonom, psykolog',
    role: 'medarbejder, sagsbehandler',
    it: 'ikt, it sikkerhed, cybersikkerhed, netværk, datacenter, hackere, informationsteknologi',
    operations: 'transport, spedition, fragt, distribution, fremstilling, fabrik, vedligeholdelse, arbejdsmiljø, told, drift, logistik, produktion, lager, kvalitet, montage, emballage, lagerstyring, facility management, søfart, befragtning, supply chain, minedrift, kraftværk, renseanlæg',
    health: 'sundhed, sundhedsvæsen, sygehus, klinik, medicinsk, sygepleje, apotek, tandpleje, medicin, kirurgi, radiologi, psykiatri, genoptræning, ældrepleje, hjemmepleje, plejehjem, fysioterapi, almen praksis, akutmedicin',
    legal: 'juridisk, jura, domstol, patent',
    education: 'uddannelse, skole, undervisning, universitet',
    research: 'laboratorium, videnskabelig',
    'executive weak kind:unit': 'region, filial',
    design: 'animation, illustration',
    'role operations': 'lagermedarbejder, lagerarbejder, truckfører, logistiker',
    'manager operations weak': 'værkfører, skifteleder',
    'role operations weak': 'procesoperatør, maskinoperatør',
    'role marketing': 'kommunikationsmedarbejder, kommunikationskonsulent, pressemedarbejder, tekstforfatter, copywriter, marketingkoordinator, eventkoordinator, marketingmedarbejder',
    'role hr': 'rekrutteringskonsulent, jobkonsulent, jobformidler, beskæftigelseskonsulent, karrierevejleder, hr konsulent, hr partner',
    'role administrative weak': 'administrativ, receptionist',
    'role design weak': 'arkitekt',
    'role it': 'systemadministrator, it tekniker, netværkstekniker',
  },
  compounds: {
    heads: {
      owner: 'ejer',
      head: 'leder, chef',
      // Round 6 (LinkedIn positions): intern and trainee heads ("Marketingpraktikant", "Afstudeerstagiair").
      entry: 'elev, trainee, lærling',
      intern: 'praktikant',
      manager: 'ansvarlig',
      'role sales': 'sælger, mægler',
      // Round 5: specialists, coordinators, analysts and inspectors of a field ("Lønspecialist").
      role: 'medarbejder, specialist, koordinator, analytiker, ekspert, inspektør',
      'role consulting weak': 'konsulent, rådgiver',
      'role engineering weak': 'udvikler, ingeniør, tekniker, konstruktør, programmør, tester',
      'role finance': 'bogholder, revisor, økonom, kasserer, aktuar, controller',
      'role procurement': 'indkøber',
      'role operations': 'logistiker',
      'role health': 'læge, sygeplejerske, terapeut',
      'role research': 'forsker, kemiker, fysiker',
      'role operations weak': 'operatør',
      'role legal': 'jurist, advokat',
      'role education': 'lærer, underviser',
      'role design': 'designer',
      'role administrative weak kind:assist': 'assistent',
    },
    modifiers: {
      'sales weak': 'ejendoms',
      // Round 6: a level glued to the front ("Seniorrådgiver", "Juniorkonsulent"; only at the start of the word).
      senior: 'senior',
      entry: 'junior',
      'operations kind:site': 'industri, værksteds, affalds, genbrugs, papirfabriks',
      'sales kind:unit': 'butiks, varehus, supermarkeds',
      sales: 'salgs',
      procurement: 'indkøbs',
      finance: 'økonomi, regnskabs, løns, bank, kredit, realkredit, forsikrings, skatte, revisions, bogførings, investerings, formue, værdipapir, inkasso, bogholderi, finans, pensions',
      marketing: 'markedsførings, kommunikations, reklame, arrangements, event, konference, kampagne, markeds, presse, brand',
      operations: 'produktions, lager, logistik, kvalitets, drifts, speditions, distributions, fremstillings, fabriks, vedligeholdelses, told, emballage, transport, montage',
      hr: 'personale, rekrutterings, beskæftigelses, karriere, vikar',
      business_development: 'forretningsudviklings',
      engineering: 'udviklings',
      cxo: 'bestyrelses',
      'administrative weak': 'kontor',
      it: 'netværks, sårbarheds, helpdesk',
      health: 'sundheds, sygehus, hospitals, sygepleje, apoteks',
      legal: 'patent',
      education: 'uddannelses, skole',
      research: 'forsknings, laboratorie',
      product: 'produkt',
      design: 'design, grafisk',
      'engineering weak': 'test, konstruktions',
    },
  },
  examples: {
    level: [['Økonomichef', 'finance', 'head'], ['Administrerende direktør', 'executive', 'cxo'], ['Teamleder, Kundeservice', 'support', 'manager']],
    department: [['Salgskonsulent', 'sales', 'individual'], ['Kvalitetsmedarbejder', 'operations', 'individual']],
    role: [['Bogholder', 'finance', 'individual'], ['Projektleder', 'project_management', 'individual']],
    modifier: [['Studentermedhjælper i marketing', 'marketing', 'intern'], ['Kontorelev', 'administrative', 'entry']],
    board: [['Bestyrelsesformand', 'executive', 'cxo'], ['Bestyrelsesmedlem', 'executive', 'cxo']],
    compound: [['Afdelingsleder', 'other', 'head'], ['Indkøbsansvarlig', 'procurement', 'manager'], ['Salgschef', 'sales', 'head']],
  },
};

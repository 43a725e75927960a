import type { PageLabels, TitleLanguage } from './types';

/** Italian. */
export const labels: PageLabels = {
  website: ['sito web'],
  industry: ['settore'],
  size: ['dimensioni dell’azienda', "dimensioni dell'azienda"],
  headquarters: ['sede principale'],
  founded: ['fondata nel'],
  specialties: ['specializzazioni'],
};

export const it: TitleLanguage = {
  code: 'it',
  name: 'Italian',
  labels,
  words: {
    // Round 4: people the labelling guide puts outside every department (journalists, editors, translators, social
    // workers, policy officers, police, drivers): a strong `other`, so a field word before them does not win (main-noun rule).
    'role other': 'giornalista, redattore, redattrice, traduttore, traduttrice, interprete, assistente sociale, poliziotto, poliziotta, autista',
    // Round 4: contact centres and complaints are customer support (labelling guide, `support`); a centre is a place
    // its manager runs ("Call Centre Manager" → manager).
    'support kind:unit': 'centro di contatto',
    'role support': 'teleoperatore, teleoperatrice',
    // Round 4 field words (classes of the ESCO development split): real estate, capital markets, careers, purchasers.
    'role procurement': 'buyer, compratore, compratrice',
    // Site rule (round 4): a place or industry someone runs gives its department to a head, manager or director only.
    'operations kind:site': 'industria, industriale, industriali, officina, rifiuti, gestione dei rifiuti, riciclaggio, fabbrica, lavorazione, cartiera, conceria, segheria, fonderia, raffineria, cantiere, cantieri',
    'sales kind:unit': 'negozio, supermercato, concessionaria, profumeria, grande magazzino, punto vendita',
    owner: 'titolare, fondatore, fondatrice, cofondatore, cofondatrice, proprietario, proprietaria, imprenditore, imprenditrice',
    partner: 'socio amministratore, socia amministratrice',
    'cxo executive weak': 'amministratore delegato, amministratrice delegata, amministratore unico, amministratrice unica, direttore generale, direttrice generale',
    cxo: 'consigliere di amministrazione, consigliera di amministrazione, consiglio di amministrazione, presidente del consiglio di amministrazione',
    'director executive weak': 'procuratore, procuratrice, procuratore speciale',
    director: 'direttore, direttrice',
    head: 'capo',
    // Coordinatore leads a team in Italian, as coordenador in Portuguese (labelling guide, "Coordinator"; the feminine
    // "coordinatrice" is spelt as the French individual role, which keeps it).
    manager: 'responsabile, coordinatore',
    'manager kind:manager': 'gestore',
    'role project_management': 'capo progetto, capoprogetto, responsabile di progetto, responsabile progetto, responsabile progetti, responsabile di commessa',
    'kind:team': 'squadra, team di',
    intern: 'stagista, tirocinante',
    entry: 'apprendista, neolaureato, neolaureata',
    'kind:tail': 'presso',
    // departments
    sales: 'vendite, vendita, gare, gare d appalto, commercio, grande distribuzione, noleggio, al dettaglio, all ingrosso',
    'role sales': 'venditore, venditrice, agente di commercio, agente commerciale, commerciale estero, agente immobiliare, mediatore immobiliare, agente assicurativo, commesso, commessa, cassiere, cassiera, negoziante, banditore, rappresentante, commerciale interno, venditore interno, broker assicurativo, consulente assicurativo, informatore scientifico del farmaco, informatrice scientifica del farmaco, informatore medico scientifico, informatore scientifico, informatrice medico scientifica, informatrice scientifica',
    business_development: 'sviluppo commerciale, sviluppo business',
    marketing: 'comunicazione, pubblicità, pubblicitario, pubblicitaria, ricerche di mercato, eventi, evento, conferenze, relazioni pubbliche, raccolta fondi, promozione, campagna, campagne, marchio, marca, media, social media, stampa, ufficio stampa, sponsorizzazioni, fiere, organizzazione eventi, affari pubblici, relazioni con i media, brand, comunicazione interna',
    support: 'assistenza clienti, servizio clienti, reclami, assistenza telefonica',
    operations: 'produzione, magazzino, qualità, stabilimento, manutenzione, operazioni, catena di approvvigionamento, trasporti, trasporto, spedizioni, distribuzione, flotta, fabbricazione, sicurezza sul lavoro, inventario, dogana, assemblaggio, montaggio, imballaggio, confezionamento, approvvigionamento, logistica, movimentazione, spedizione, servizi generali, supply chain, miniera, estrazione, centrale elettrica, depurazione, trattamento acque',
    finance: 'finanza, contabilità, bilancio, controllo di gestione, amministrazione e finanza, amministrazione finanza e controllo, banca, bancario, bancaria, credito, crediti, prestiti, mutui, assicurazioni, assicurativo, assicurativa, sinistri, fiscale, tributario, paghe, investimenti, borsa valori, patrimonio, finanziario, finanziaria, riscossione, revisione contabile, tesoreria, rischi, titoli, mercati finanziari, fondi, valutazione immobiliare, estimo, pensioni, previdenza, riassicurazione, sottoscrizione, buste paga, contabilità generale, mercati dei capitali, mercato dei capitali, fusioni e acquisizioni, rating, audit interno, revisione interna, controllo interno',
    'role finance': 'contabile, commercialista, revisore, revisora, revisore contabile, tesoriere, attuario, attuaria, analista finanziario, analista finanziaria, consulente finanziario, consulente finanziaria, promotore finanziario, promotrice finanziaria, revisore interno, auditor interno, auditore interno',
    it: 'sistemi informativi, reti, sicurezza informatica, hacker, data center, informatica, ict, supporto informatico, assistenza informatica, help desk informatico',
    engineering: 'ingegneria, ingegneria civile, ufficio tecnico',
    'role engineering weak': 'ingegnere, sviluppatore, sviluppatrice, programmatore, programmatrice, progettista, tecnico, geometra, disegnatore, disegnatrice, perito industriale',
    data: 'dati',
    product: 'prodotto, prodotti',
    hr: 'risorse umane, selezione del personale, personale, reclutamento, diversità, inclusione, parità, lavoro interinale, gestione del personale, formazione, sviluppo organizzativo, relazioni industriali, relazioni sindacali, orientamento professionale, collocamento, amministrazione del personale, carriera, impiego, agenzia per il lavoro, lavoro temporaneo, acquisizione talenti, acquisizione di talenti, gestione dei talenti',
    legal: 'legale, ufficio legale, giuridico, diritto, tribunale, giudiziario, brevetti, affari legali, proprietà intellettuale',
    'role legal': 'avvocato, avvocata, giudice, mediatore, mediatrice, ufficiale giudiziario, cancelliere, magistrato, notaio, praticante avvocato, giurista, paralegale, consulente legale',
    procurement: 'acquisti, approvvigionamenti',
    project_management: 'progetto, progetti',
    'role consulting weak': 'consulente',
    'role administrative weak kind:assist': 'segretaria, segretario',
    'role administrative weak': 'amministrativo, amministrativa, impiegato amministrativo, impiegata amministrativa, inserimento dati, data entry',
    research: 'ricerca, ricerca e sviluppo, laboratorio, scientifico, scientifica',
    'role research': 'ricercatore, ricercatrice, fisico, chimico, chimica, biochimico, biologo, biologa, matematico, matematica, scienziato, scienziata',
    'role education': 'insegnante, professore, professoressa',
    'role health': 'infermiere, infermiera, farmacista, fisioterapista, medico, veterinario, dentista, odontoiatra, ostetrica, ostetrico, logopedista, dietista, nutrizionista, podologo, podologa, optometrista, psicologo, psicologa, psicoterapeuta, psichiatra, pediatra, radiologo, anestesista, operatore socio sanitario, tecnico di radiologia, igienista dentale, osteopata, chiropratico, naturopata, agopuntore, terapista, tecnico sanitario',
    role: 'impiegato, impiegata, addetto, addetta, specialista, operatore, operatrice',
    'it up': 'tic',
    health: 'sanità, sanitario, sanitaria, ospedale, ospedaliero, clinica, infermieristico, farmacia, dentale, medicina, chirurgia, radiologia, cardiologia, pediatria, psichiatria, riabilitazione, geriatria, veterinaria, odontoiatria, fisioterapia, ortopedia, rsa, casa di riposo, poliambulatorio, ambulatorio, assistenza sanitaria, assistenza domiciliare',
    education: 'istruzione, insegnamento, scuola, scolastico, università, universitario',
    'executive weak kind:unit': 'filiale, succursale, regione',
    design: 'animazione, illustrazione',
    'role design': 'illustratore, illustratrice, stilista, arredatore, arredatrice, modellista',
    'role operations': 'carrellista, mulettista, spedizioniere, spedizioniera, raccomandatario, raccomandataria',
    'manager operations weak': 'caposquadra, capoturno, sorvegliante, supervisore, capocantiere',
    'role operations weak': 'operaio, operaia',
    'role marketing': 'addetto stampa, addetta stampa, organizzatore di eventi, organizzatrice di eventi',
    'role hr': 'selezionatore, selezionatrice, orientatore, orientatrice, consulente del lavoro, cacciatore di teste',
    'sales weak': 'immobiliare, immobiliari, biglietteria',
    'role design weak': 'architetto, architetta',
    // Round 6 (LinkedIn positions): system administrators ("Sistemista") are IT.
    'role it': 'sistemista, sistemisti, tecnico sistemista, amministratore di sistema, amministratore di sistemi, amministratrice di sistema, amministratore di rete',
    'role consulting': 'consulente sap',
    // Round 6: "capo X" is the head of a department (labelling guide: capo X → head).
    'head operations weak': 'capo reparto, caporeparto, capo officina',
  },
  examples: {
    level: [['Direttore Commerciale', 'sales', 'director'], ['Responsabile Acquisti', 'procurement', 'manager'], ['Capo Ufficio Legale', 'legal', 'head']],
    department: [['Responsabile Qualità', 'operations', 'manager'], ['Responsabile Risorse Umane', 'hr', 'manager']],
    role: [['Impiegata Amministrativa', 'administrative', 'individual'], ['Capo Progetto', 'project_management', 'individual']],
    modifier: [['Stagista Marketing', 'marketing', 'intern'], ['Apprendista Magazzino', 'operations', 'entry']],
    board: [['Amministratore Delegato', 'executive', 'cxo'], ['Consigliere di Amministrazione', 'executive', 'cxo'], ['Procuratore', 'executive', 'director']],
  },
};

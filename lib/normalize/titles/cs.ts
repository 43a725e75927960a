import type { PageLabels, TitleLanguage } from './types';

/** Czech. Inflected forms that titles use ("Ředitel prodeje", "Vedoucí nákupu") are listed as written. */
export const labels: PageLabels = {
  website: ['web'],
  industry: ['odvětví'],
  size: ['velikost společnosti'],
  headquarters: ['sídlo'],
  founded: ['založeno'],
  specialties: ['specializace'],
};

export const cs: TitleLanguage = {
  code: 'cs',
  name: 'Czech',
  labels,
  words: {
    // Round 4: people the labelling guide puts outside every department (journalists, editors, translators, social
    // workers, policy officers, police, drivers): a strong `other`, so a field word before them does not win (main-noun rule).
    'role other': 'novinář, novinářka, redaktor, redaktorka, překladatel, překladatelka, tlumočník, tlumočnice, sociální pracovník, sociální pracovnice, policista, policistka, řidička, řidič',
    // Round 4: contact centres and complaints are customer support (labelling guide, `support`); a centre is a place
    // its manager runs ("Call Centre Manager" → manager).
    'support kind:unit': 'zákaznické centrum, call centrum, call centra',
    // Round 4 field words (classes of the ESCO development split): real estate, capital markets, careers, purchasers.
    'sales weak': 'nemovitosti, nemovitostmi, realitní, reality, leasingu, leasingové, leasingová, leasingový, leasingových, pronájmu, pronájem, půjčovny',
    // Site rule (round 4): a place or industry someone runs gives its department to a head, manager or director only.
    'operations kind:site': 'průmysl, průmyslu, průmyslový, průmyslové, průmyslového, dílna, dílny, odpad, odpady, odpadů, odpadového, odpadové, recyklace, zpracování, továrna, továrny, pivovar, pivovaru, sladovna, sladovny, slévárna, slévárny, rafinerie, stavby, stavbě',
    // Round 5: shops named by their trade (butcher's, bakery, pet shop, florist's, bookshop) are shops: their manager is sales.
    'sales kind:unit': 'prodejna, prodejny, obchodní dům, obchodního domu, hračkárna, hračkárny, hračkářství, masny, řeznictví, pekárny, cukrárny, zverimexu, květinářství, knihkupectví, drogerie, trafiky, obchodu s',
    owner: 'majitel, majitelka, spolumajitel, spolumajitelka, zakladatel, zakladatelka, spoluzakladatel, spoluzakladatelka, podnikatel, podnikatelka',
    partner: 'společník, společnice, partnerka',
    'cxo executive weak': 'jednatel, jednatelka, generální ředitel, generální ředitelka, výkonný ředitel, výkonná ředitelka, statutární ředitel, předseda představenstva, předsedkyně představenstva, člen představenstva, členka představenstva',
    cxo: 'dozorčí rada, dozorčí rady, prezident, prezidentka, předseda, předsedkyně',
    'director executive weak': 'prokurista, prokuristka',
    vp: 'viceprezident, viceprezidentka, místopředseda, místopředsedkyně',
    director: 'ředitel, ředitelka',
    head: 'vedoucí, šéf, šéfka, vedoucí oddělení',
    'manager kind:manager': 'manažer, manažerka',
    manager: 'vedoucí týmu',
    'role project_management': 'projektový manažer, projektová manažerka, vedoucí projektu',
    // Round 6 (LinkedIn positions): a product manager (the typo search read "produktový" as "projektový"). IT and
    // network administrators (not office administration) and English role words with the Czech feminine "-ka"
    // ("recruiterka") are in 'role it' and 'role hr' below.
    'role product': 'produktový manažer, produktová manažerka, produktový manager, produktová manager',
    // Round 6: an assistant to a director or the board ("Asistentka ředitele"): the boss's genitive is not a level.
    'role administrative': 'asistentka ředitele, asistent ředitele, asistentka ředitelky, asistentka generálního ředitele, asistent generálního ředitele, asistentka jednatele, asistent jednatele, asistentka vedení, asistent vedení, asistentka představenstva, asistentka managementu',
    'kind:team': 'týmu, tým',
    intern: 'stážista, stážistka, brigádník, brigádnice',
    entry: 'absolvent, absolventka',
    'kind:ex': 'bývalý, bývalá',
    // departments
    sales: 'odbyt, odbytu, odbytový, odbytová, prodeji, prodejem, obchodu, obchodní oddělení, obchod, obchodní, prodej, prodeje, veřejné zakázky, zakázek, tendrů, maloobchod, velkoobchod',
    'role sales': 'velkoobchodník, velkoobchodnice, maloobchodník, maloobchodnice, obchodní zástupce, obchodní zástupkyně, prodejce, prodavač, prodavačka, obchodník, obchodnice, makléř, makléřka, realitní makléř, realitní makléřka, pojišťovací agent, pokladní, pojišťovací agentka, pojišťovací poradce, pojišťovací poradkyně, finanční a pojišťovací poradce, medicínský reprezentant, medicínská reprezentantka, farmaceutický reprezentant, farmaceutická reprezentantka, obchodní reprezentant, obchodní reprezentantka',
    business_development: 'rozvoj obchodu, rozvoje obchodu',
    marketing: 'komunikace, marketingový, marketingová, reklamy, reklama, reklamní, průzkumu trhu, výzkumu trhu, eventů, konferencí, médií, kampaní, propagace, značky, značka, tiskový, tisková, public relations, sociální sítě, sponzoring, veletrhů, veletrhy, marketingu, trhu, styku s veřejností, mediální, mediálních',
    support: 'služeb pro zákazníky, služby zákazníkům, služeb zákazníkům, zákaznických služeb, zákaznické služby, zákaznického centra, zákaznický servis, zákaznická podpora, podpora, péče o zákazníky, zákaznického servisu, zákaznické podpory, reklamace, reklamací',
    operations: 'výroba, výroby, výrobní, výrobě, výrobu, výrobou, výrobního, výrobních, kvalitě, kvalitu, jakosti, jakost, skladování, logistice, logistiku, dopravě, údržbu, údržbě, provozu závodu, kvalita, kvality, sklad, skladu, provoz, provozu, provozní, logistiky, logistika, logistický, dodavatelského řetězce, skladový, dopravy, doprava, dopravní, spedice, distribuce, údržby, údržba, bozp, zásob, celní, montáže, montáž, balení, zásobování, závodu, závod, supply chain, těžba, hornictví, elektrárny, elektrárna, čistírny odpadních vod',
    finance: 'úvěrového, úvěrové, úvěrových, spořitelny, spořitelna, spořitelního, záložny, záložna, bankovnictví, pojišťovnictví, daňové, daňových, účetnictví a daní, finančního, finančních, finanční, účetnictví, banka, banky, bankovní, úvěr, úvěrů, úvěrový, úvěrová, půjček, hypoték, hypoteční, pojištění, pojišťovny, pojišťovací, daní, daňový, daňová, auditu, mzdová, mzdové, mezd, investic, investiční, cenných papírů, dluhopisů, financí, rozpočtu, pohledávek, controlling, oceňování, ocenění, rizik, řízení rizik, burza, fondů, penzijní, mzdy, fakturace, pohledávky, účetní oddělení, kapitálový trh, kapitálových trhů, fúze a akvizice',
    'role finance': 'účetní, mzdová účetní, auditor, auditorka, pojistný matematik, aktuár, odhadce nemovitostí, daňový poradce, daňová poradkyně, finanční analytik, finanční analytička, finanční poradce, finanční poradkyně, bankéř, bankéřka',
    'head finance': 'hlavní účetní',
    'role engineering weak': 'vývojář, vývojářka, programátor, programátorka, technik, technička, inženýr, inženýrka, testerka, developerka',
    engineering: 'vývoj, vývoje, softwaru, softwarový, softwarová, softwarové',
    'role data': 'datový analytik, datová analytička',
    'role hr': 'personalista, personalistka, náborář, náborářka, kariérní poradce, kariérní poradkyně, personální poradce, zprostředkovatel práce, headhunter, recruiter, recruiterka, it recruiter, it recruiterka, talent acquisition specialistka',
    hr: 'lidské zdroje, lidských zdrojů, personální, nábor, personalistiky, náboru, diverzity, rovných příležitostí, personální agentury, vzdělávání zaměstnanců, rozvoje zaměstnanců, školení, zaměstnanosti, kariérní poradenství, zprostředkování práce, kariérní, úřadu práce, pracovní agentury, získávání talentů, akvizice talentů',
    legal: 'právní, právního, právních, práva, soudu, soudní, patentový, patentů, compliance, ochrany osobních údajů',
    'role legal': 'právník, právnička, advokát, advokátka, soudce, soudkyně, mediátor, mediátorka, exekutor, soudní vykonavatel, notář, notářka, státní zástupce, koncipient, koncipientka, podnikový právník',
    procurement: 'nákup, nákupu, nákupní',
    'role procurement': 'nákupčí',
    'role consulting weak': 'konzultant, konzultantka, poradce, poradkyně',
    'role administrative weak kind:assist': 'asistent, asistentka, sekretářka',
    'role administrative weak': 'recepční, administrativní pracovník, administrativní pracovnice',
    research: 'výzkum, výzkumu, výzkumný, výzkumná, laboratoře, vědecký, vědecká',
    'role research': 'výzkumník, výzkumnice, vědec, vědkyně, chemik, chemička, fyzik, fyzička, biolog, bioložka, matematik, matematička, laborantka',
    'role education': 'učitel, učitelka, pedagog, pedagogický pracovník, pedagogická pracovnice, akademický pracovník, akademická pracovnice, vysokoškolský pedagog, lektor, lektorka, přednášející, docent, docentka',
    'role health': 'lékař, lékařka, zdravotní sestra, fyzioterapeut, veterinář, veterinářka, zubař, zubařka, stomatolog, porodní asistentka, fyzioterapeutka, ergoterapeut, logoped, logopedka, optometrista, psychoterapeut, psychiatr, pediatr, radiolog, anesteziolog, kardiolog, sanitář, sanitářka, záchranář, záchranářka, nutriční terapeut, dentální hygienistka, farmaceut, farmaceutka, lékárník, lékárnice, psycholog, psycholožka, ošetřovatel, ošetřovatelka, zdravotník',
    role: 'specialistka, pracovník, pracovnice, koordinátorka, referentka',
    it: 'ict, it systémů, it oddělení, informačních a komunikačních technologií, informační bezpečnosti, ikt, informatiky, informačních technologií, kybernetické bezpečnosti, počítačových sítí, datového centra, informačních systémů',
    health: 'zdravotnického, zdravotnických, zdravotnické, zdravotnický, zdravotnická, nemocnici, nemocnic, lékařské, lékařská, zdravotnictví, zdravotní, nemocnice, kliniky, lékařský, ošetřovatelství, lékárny, zubní, medicíny, medicína, chirurgie, radiologie, kardiologie, pediatrie, psychiatrie, rehabilitace, rehabilitační, veterinární, fyzioterapie, stomatologie, ordinace, zdravotní péče, domov pro seniory, léčebny',
    education: 'vzdělávání, školy, školní, výuky, univerzity',
    'executive weak kind:unit': 'pobočky, pobočka, regionu, divize',
    design: 'animace, ilustrace',
    'role design': 'ilustrátor, ilustrátorka',
    'role operations': 'skladník, skladnice, dispečer, dispečerka, zasilatel, řidič vysokozdvižného vozíku',
    'manager operations weak': 'mistr, mistrová, předák, předačka, stavbyvedoucí, vedoucí směny, vedoucí směn, směnový mistr',
    'role operations weak': 'operátor výroby, operátorka výroby',
    'role marketing': 'tiskový mluvčí, tisková mluvčí, copywriter, textař, textařka, marketér, marketérka',
    'role it': 'informatik, informatička, správce sítě, správce systému, správkyně sítě, síťový administrátor, síťová administrátorka, systémový administrátor, systémová administrátorka, správce it, správkyně it, it administrátor, it administrátorka, administrátor sítí, administrátor systémů',
    'role consulting': 'konzultant sap, konzultantka sap, sap konzultant, sap konzultantka',
  },
  examples: {
    level: [['Obchodní ředitel', 'sales', 'director'], ['Vedoucí nákupu', 'procurement', 'head'], ['Vedoucí týmu zákaznické podpory', 'support', 'manager']],
    department: [['Vedoucí provozu', 'operations', 'head'], ['Specialista kvality', 'operations', 'individual']],
    role: [['Účetní', 'finance', 'individual'], ['Obchodní zástupce', 'sales', 'individual']],
    modifier: [['Stážistka v marketingu', 'marketing', 'intern'], ['Absolvent – junior programátor', 'engineering', 'entry']],
    board: [['Jednatel', 'executive', 'cxo'], ['Předseda představenstva', 'executive', 'cxo'], ['Prokurista', 'executive', 'director']],
  },
};

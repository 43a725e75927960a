import type { PageLabels, TitleLanguage } from './types';

/** Polish. Inflected forms that titles use ("Dyrektor Sprzedaży", "Kierownik Działu Zakupów") are listed as written. */
export const labels: PageLabels = {
  website: ['witryna'],
  industry: ['branża'],
  size: ['wielkość firmy'],
  headquarters: ['siedziba główna'],
  founded: ['rok założenia'],
  specialties: ['specjalizacje'],
};

export const pl: TitleLanguage = {
  code: 'pl',
  name: 'Polish',
  labels,
  words: {
    // Round 4: people the labelling guide puts outside every department (journalists, editors, translators, social
    // workers, policy officers, police, drivers): a strong `other`, so a field word before them does not win (main-noun rule).
    'role other': 'dziennikarz, dziennikarka, redaktor, redaktorka, tłumacz, tłumaczka, pracownik socjalny, pracowniczka socjalna, policjant, policjantka, kierowca',
    // Round 4: contact centres and complaints are customer support (labelling guide, `support`); a centre is a place
    // its manager runs ("Call Centre Manager" → manager).
    'support kind:unit': 'centrum obsługi klienta',
    // Round 4 field words (classes of the ESCO development split): real estate, capital markets, careers, purchasers.
    // Round 5: a client's keeper or adviser ("Opiekun klienta", "Doradca klienta") sells to accounts; "obsługi klienta" stays support.
    'sales weak': 'nieruchomości, nieruchomościami, nieruchomość, salon samochodowy, salonu samochodowego, klienta, klientów, klientami, klienta biznesowego, klientów biznesowych, klientów kluczowych, leasingu, leasingowy, leasingowa, leasingowej, wynajmu, wypożyczalni',
    // Site rule (round 4): a place or industry someone runs gives its department to a head, manager or director only.
    'operations kind:site': 'przemysł, przemysłu, przemysłowy, przemysłowego, przemysłowej, zakładu produkcyjnego, warsztat, warsztatu, odpady, odpadów, odpadami, recykling, recyklingu, przetwórstwo, przetwórstwa, garbarnia, garbarni, papiernia, papierni, browar, browaru, odlewnia, odlewni, rafineria, rafinerii, tartak, tartaku, budowy, budowie',
    // Round 5: shops named by their trade (bakery, butcher's, florist's, bookshop) are shops: their manager is sales.
    'sales kind:unit': 'sklep, sklepu, supermarket, supermarketu, stoisko, stoiska, piekarni, piekarnia, cukierni, ciastkarni, kwiaciarni, księgarni, drogerii, salonu sprzedaży',
    owner: 'właściciel, właścicielka, współwłaściciel, współwłaścicielka, założyciel, założycielka, współzałożyciel, współzałożycielka, przedsiębiorca',
    partner: 'wspólnik, wspólniczka',
    'cxo executive weak': 'prezes, prezeska, prezes zarządu, prezeska zarządu, dyrektor generalny, dyrektorka generalna, dyrektor zarządzający, dyrektor naczelny, członek zarządu, członkini zarządu',
    cxo: 'rada nadzorcza, rady nadzorczej, przewodniczący rady nadzorczej, przewodnicząca rady nadzorczej',
    'director executive weak': 'prokurent, prokurentka',
    vp: 'wiceprezes, wiceprezeska, wiceprezes zarządu',
    director: 'dyrektor, dyrektorka',
    head: 'kierownik, kierowniczka, szef, szefowa, kierownik działu',
    'manager kind:manager': 'menedżer, menadżer, menedżerka, menadżerka',
    manager: 'lider zespołu, liderka zespołu, kierownik zespołu, kierowniczka zespołu',
    'role project_management': 'kierownik projektu, kierownik projektów, kierowniczka projektu',
    'kind:team': 'zespołu, zespół',
    senior: 'starszy, starsza, główny specjalista, główna specjalistka, starszy specjalista, starsza specjalistka',
    entry: 'młodszy, młodsza',
    intern: 'stażysta, stażystka, praktykant, praktykantka, studentka',
    'role research entry': 'doktorant, doktorantka',
    'kind:ex': 'były, była',
    // departments
    sales: 'sprzedaż, sprzedaży, handlowy, handlowa, przetarg, przetargi, przetargów, przetargowy, handlu',
    // Round 6 (LinkedIn positions): insurance agents sell (guide: sales).
    // Round 6: medical and pharmaceutical sales reps sell (guide: sales reps), the medical word is their product.
    'role sales': 'handlowiec, przedstawiciel handlowy, przedstawicielka handlowa, sprzedawca, sprzedawczyni, pośrednik w obrocie nieruchomościami, agent nieruchomości, agent ubezpieczeniowy, kasjer, kasjerka, doradca klienta, makler, pośrednik nieruchomości, agentka ubezpieczeniowa, doradca ubezpieczeniowy, doradczyni ubezpieczeniowa, broker ubezpieczeniowy, multiagent, przedstawiciel medyczny, przedstawicielka medyczna, przedstawiciel farmaceutyczny, przedstawicielka farmaceutyczna',
    business_development: 'rozwoju biznesu, rozwój biznesu',
    marketing: 'marketingu, komunikacji, komunikacja, reklamy, reklama, reklamowy, reklamowa, badań rynku, badania rynku, wydarzeń, eventów, konferencji, mediów, kampanii, promocji, fundraisingu, marki, public relations, social media, mediów społecznościowych, prasowy, prasowa, biuro prasowe, sponsoringu, targów, targi, eventy, wydarzenia, rynkowych, rynkowy, imprez',
    support: 'obsługi klienta, obsługa klienta, reklamacji, reklamacje, infolinii, infolinia',
    operations: 'logistyki, logistyka, produkcji, produkcja, jakości, jakość, magazynu, magazyn, operacyjny, operacyjna, utrzymania ruchu, logistyczny, łańcucha dostaw, magazynowy, transportu, spedycji, spedycja, dystrybucji, floty, produkcyjny, wytwarzania, bhp, zapasów, celny, celna, montażu, montaż, pakowania, zakład produkcyjny, planowania produkcji, supply chain, górnictwo, kopalni, kopalnia, elektrowni, elektrownia, oczyszczalni ścieków, operacji, operacyjnych',
    finance: 'lombardu, lombard, pożyczkowej, pożyczkowy, pożyczkowa, pożyczek gotówkowych, finansowych, finansowej, finansowego, finansów, finanse, finansowy, finansowa, księgowości, rachunkowości, płac, banku, bankowy, bankowa, bankowości, kredyt, kredytu, kredytowy, kredytowa, kredytów, pożyczek, hipoteczny, hipotecznych, ubezpieczeń, ubezpieczenia, ubezpieczeniowy, podatków, podatkowy, podatkowa, audytu, inwestycji, inwestycyjny, inwestycyjna, papierów wartościowych, budżetu, windykacji, windykacja, faktoringu, księgowość, controlling, wyceny, wycena, ryzyka, ryzykiem, emerytalny, giełda, giełdy, funduszy, fundusz, rozliczeń, należności, skarbowy, skarbowa, rynki kapitałowe, rynków kapitałowych, rynku kapitałowego, fuzje i przejęcia, akcji',
    'role finance': 'księgowa, księgowy, kontroler finansowy, kontrolerka finansowa, skarbnik, audytor, audytorka, biegły rewident, aktuariusz, rzeczoznawca majątkowy, analityk finansowy, analityczka finansowa, doradca finansowy, doradczyni finansowa, doradca podatkowy, kasjer bankowy',
    'head finance': 'główny księgowy, główna księgowa',
    'role it': 'informatyk, informatyczka, administrator systemów, administrator sieci, administratorka systemów, administrator it, administratorka it, administrator baz danych, administrator sieci komputerowych',
    'role engineering weak': 'programista, programistka, inżynier, inżynierka, projektant, projektantka',
    engineering: 'oprogramowania',
    data: 'danych',
    'role data': 'analityk danych',
    product: 'produktu',
    // Round 5: a "projektant" of systems, installations or vehicles (Polish and Czech) is a design engineer: weak
    // engineering; graphic, interior, fashion and UX designers are named as such.
    'role design': 'ilustrator, ilustratorka, animator 3d, projektant graficzny, projektantka graficzna, projektant wnętrz, projektantka wnętrz, projektant mody, projektantka mody, projektant ux, projektantka ux, projektant stron www, projektant gier, projektantka gier, projektant odzieży, projektantka odzieży',
    hr: 'kadr, kadry, zasobów ludzkich, personalny, personalna, rekrutacji, kadrowy, kadrowa, różnorodności, równości, równego traktowania, pośrednictwa pracy, pracy tymczasowej, szkoleń, szkolenia, rozwoju pracowników, rozwoju organizacji, doradztwa zawodowego, employer branding, spraw pracowniczych, zatrudnienia, relacji pracowniczych, kariery, agencji pracy, urzędu pracy, pozyskiwania talentów, pozyskiwanie talentów, zarządzania talentami',
    'role hr': 'rekruter, rekruterka, pośrednik pracy, doradca zawodowy, doradczyni zawodowa, pośredniczka pracy, headhunter',
    legal: 'prawny, prawna, prawnego, prawnych, sądu, sądowy, patentowy, ochrony danych, compliance',
    'role legal': 'prawnik, prawniczka, radca prawny, radczyni prawna, adwokat, sędzia, mediator, mediatorka, komornik, referendarz sądowy, aplikant, aplikantka, notariusz, prokurator',
    procurement: 'zakupów, zakupy, zakupowy, zaopatrzenia',
    'role procurement': 'kupiec',
    project_management: 'projektu, projektów',
    'role consulting weak': 'doradca, konsultant, konsultantka',
    'role administrative weak kind:assist': 'asystent, asystentka, sekretarka, pracownik biurowy, pracownica biurowa, pracownik administracyjno biurowy, pracownica administracyjno biurowa',
    'role administrative weak': 'administracji, recepcjonistka',
    research: 'badań i rozwoju, laboratorium, naukowy, naukowa, badawczy, badawcza',
    'role research': 'naukowiec, badacz, chemik, fizyk, biolog, matematyk, ekonomista, ekonomistka, laborantka, badaczka',
    // Round 5: academic staff ("pracownik naukowo-dydaktyczny w dziedzinie medycyny") teach: the person before the field.
    'role education': 'nauczyciel, nauczycielka, wykładowca, wykładowczyni, pracownik naukowo dydaktyczny, pracownica naukowo dydaktyczna, pracownik naukowo akademicki, pracownik dydaktyczny, nauczyciel akademicki',
    'role health': 'lekarz, lekarka, pielęgniarka, fizjoterapeuta, farmaceuta, weterynarz, stomatolog, dentysta, dentystka, ratownik medyczny, ratowniczka medyczna, opiekun medyczny, położna, dietetyk, dietetyczka, logopeda, optometrysta, psychoterapeuta, psychoterapeutka, psychiatra, pediatra, radiolog, anestezjolog, kardiolog, higienistka stomatologiczna, asystentka stomatologiczna, technik farmaceutyczny, terapeuta zajęciowy, psycholog',
    role: 'specjalista, specjalistka, pracownik, pracowniczka, koordynator, koordynatorka, analityk',
    it: 'tik, ikt, informatyki, informatyczny, informatyczna, informatycznych, cyberbezpieczeństwa, sieci komputerowych, centrum danych, haker, teleinformatyki, sieci, systemów informatycznych, bezpieczeństwa it',
    health: 'zdrowia, ochrony zdrowia, szpitala, szpital, kliniki, medyczny, medyczna, pielęgniarstwa, apteki, stomatologiczny, medycyny, medycyna, chirurgii, chirurgia, radiologii, kardiologii, pediatrii, psychiatrii, rehabilitacji, rehabilitacja, opieki zdrowotnej, weterynarii, weterynaryjny, fizjoterapii, stomatologii, przychodni, przychodnia, pielęgniarstwo',
    education: 'edukacji, szkoły, szkolny, nauczania, uczelni, uniwersytetu',
    'executive weak kind:unit': 'oddziału, oddział, regionu, regionalny',
    design: 'animacji, ilustracji',
    'role operations': 'magazynier, magazynierka, logistyk, operator wózka widłowego, dyspozytor, dyspozytorka',
    'manager operations weak': 'brygadzista, brygadzistka, mistrz zmiany, nadzorca, kierownik zmiany, kierowniczka zmiany',
    'role operations weak': 'operator maszyn, operator produkcji, operatorka',
    'role marketing': 'rzecznik prasowy, rzeczniczka prasowa, copywriter, marketingowiec, organizator wydarzeń',
    // Round 6: an assistant to the CEO or a director: the boss named after it is not a level.
    'role administrative': 'asystentka prezesa, asystent prezesa, asystentka prezesa zarządu, asystent prezesa zarządu, asystentka dyrektora, asystent dyrektora, asystentka dyrektora generalnego, asystentka zarządu, asystent zarządu',
    'role product': 'menedżer produktu, menadżer produktu, kierownik produktu, kierownik ds. produktu, product manager',
    'role consulting': 'konsultant sap, konsultantka sap, sap konsultant, sap konsultantka',
  },
  examples: {
    level: [['Dyrektor Sprzedaży', 'sales', 'director'], ['Kierownik Działu Zakupów', 'procurement', 'head'], ['Lider zespołu obsługi klienta', 'support', 'manager']],
    department: [['Specjalista ds. Jakości', 'operations', 'individual'], ['Specjalistka ds. przetargów', 'sales', 'individual']],
    role: [['Przedstawiciel Handlowy', 'sales', 'individual'], ['Kierownik Projektu', 'project_management', 'individual']],
    modifier: [['Młodszy Księgowy', 'finance', 'entry'], ['Starszy Programista', 'engineering', 'senior'], ['Stażystka HR', 'hr', 'intern']],
    board: [['Prezes Zarządu', 'executive', 'cxo'], ['Członek Rady Nadzorczej', 'executive', 'cxo'], ['Prokurent', 'executive', 'director']],
  },
};

import type { PageLabels, TitleLanguage } from './types';

/** Turkish. Possessive forms that titles use ("Satış Müdürü", "Pazarlama Uzmanı") are listed as written. */
export const labels: PageLabels = {
  website: ['web sitesi'],
  industry: ['sektör'],
  size: ['şirket büyüklüğü'],
  headquarters: ['genel merkez'],
  founded: ['kuruluş'],
  specialties: ['uzmanlık alanları'],
};

export const tr: TitleLanguage = {
  code: 'tr',
  name: 'Turkish',
  labels,
  words: {
    // Round 4: people the labelling guide puts outside every department (journalists, editors, translators, social
    // workers, policy officers, police, drivers): a strong `other`, so a field word before them does not win (main-noun rule).
    'role other': 'gazeteci, muhabir, editör, çevirmen, tercüman, sosyal hizmet uzmanı, polis, şoför',
    // Round 4: contact centres and complaints are customer support (labelling guide, `support`); a centre is a place
    // its manager runs ("Call Centre Manager" → manager).
    'support kind:unit': 'çağrı merkezi',
    // Round 4 field words (classes of the ESCO development split): real estate, capital markets, careers, purchasers.
    'sales weak': 'emlak, gayrimenkul',
    'role procurement': 'satın alma uzmanı',
    // Site rule (round 4): a place or industry someone runs gives its department to a head, manager or director only.
    'operations kind:site': 'sanayi, endüstri, endüstriyel, atölye, atık, geri dönüşüm, şantiye',
    'sales kind:unit': 'süpermarket, mağaza, mağazası',
    owner: 'kurucu, kurucusu, kurucu ortak, sahibi, işletme sahibi, firma sahibi, şirket sahibi, girişimci',
    partner: 'ortak, ortağı, yönetici ortak',
    'cxo executive weak': 'genel müdür, genel müdürü, icra kurulu başkanı',
    cxo: 'yönetim kurulu başkanı, yönetim kurulu üyesi, yönetim kurulu, başkan, başkanı',
    'vp executive weak': 'genel müdür yardımcısı, başkan yardımcısı',
    director: 'direktörü',
    head: 'bölüm başkanı, departman başkanı',
    manager: 'müdür, müdürü, sorumlu, sorumlusu, şefi, takım lideri, ekip lideri, ekibi lideri, takımı lideri, süpervizör',
    // Round 6 (LinkedIn positions): "yönetici" is the word for manager and, like "Manager", follows the
    // functional-manager rule ("Ürün Yöneticisi", "Kilit Müşteri Yöneticisi" manage a thing → individual);
    // "müdür" stays a people-manager word (labelling guide: müdür → manager).
    'manager kind:manager': 'yönetici, yöneticisi',
    // Round 6: an executive assistant, an IT administrator: the "yönetici" in them is not a level.
    'role administrative': 'yönetici asistanı, genel müdür asistanı, yönetim asistanı, üst yönetim asistanı',
    'role it': 'sistem yöneticisi, ağ yöneticisi, veritabanı yöneticisi, sistem ve ağ yöneticisi, bt uzmanı, bilgi işlem uzmanı',
    // Round 6: a customer representative is customer service (support), a key account is sales.
    'role support': 'müşteri temsilcisi, müşteri hizmetleri temsilcisi, müşteri hizmetleri uzmanı, çağrı merkezi temsilcisi',
    customer_success: 'müşteri başarı, müşteri başarısı, müşteri deneyimi',
    'role project_management': 'proje yöneticisi',
    'kind:team': 'ekibi, ekip',
    senior: 'kıdemli',
    // Round 6: "yardımcı(sı)" is an assistant to a role (labelling guide): "Muhasebe Müdür Yardımcısı" → entry.
    entry: 'uzman yardımcısı, çırak, müdür yardımcısı, müdürü yardımcısı, yardımcısı',
    intern: 'stajyer, stajyeri, öğrenci',
    'kind:ex': 'eski',
    // departments
    sales: 'kilit müşteri, kilit müşteriler, kilit hesap, satış, ihale, ihaleler, perakende, toptan, ticaret, mağazacılık',
    'role sales': 'satış temsilcisi, satış danışmanı, emlak danışmanı, emlakçı, sigorta acentesi, komisyoncu, sigorta danışmanı, sigorta satış temsilcisi, tıbbi tanıtım temsilcisi, tıbbi satış temsilcisi, ilaç temsilcisi',
    business_development: 'iş geliştirme',
    marketing: 'pazarlama, kurumsal iletişim, iletişim, reklam, pazar araştırması, etkinlik, etkinlikleri, halkla ilişkiler, kampanya, tanıtım, markalar, medya, sosyal medya, basın, sponsorluk, fuar, fuarlar, dijital pazarlama',
    'customer_success weak': 'müşteri',
    support: 'müşteri hizmetleri, destek, şikayet, şikayetler',
    operations: 'operasyon, operasyonlar, lojistik, üretim, kalite, depo, tedarik zinciri, fabrika, ambar, nakliye, taşımacılık, sevkiyat, dağıtım, filo, imalat, bakım, iş güvenliği, stok, gümrük, montaj, ambalaj, paketleme, tesisler, işletme, bakım onarım, supply chain, maden, madencilik, santral, enerji santrali',
    finance: 'finans, muhasebe, mali işler, mali, bütçe, finansal, banka, bankacılık, kredi, kredileri, sigorta, sigortacılık, vergi, denetim, hazine, bordro, yatırım, borsa, tahsilat, mali müşavirlik, finansman, risk yönetimi, fon, fonlar, emeklilik, ekspertiz, değerleme, gayrimenkul değerleme, fatura, faturalama, maliyet, maliyet muhasebesi, ön muhasebe, iç denetim, sermaye piyasası, sermaye piyasaları, hisse senedi',
    'role finance': 'muhasebeci, mali müşavir, denetçi, sigortacı, mali analist, finans analisti, muhasebe uzmanı, muhasebe elemanı',
    it: 'bilgi işlem, bilgi teknolojileri, bilişim, siber güvenlik',
    'it up': 'bt',
    'engineering weak': 'yazılım',
    'role engineering weak': 'mühendis, mühendisi, geliştirici, teknisyen',
    research: 'ar ge, araştırma, laboratuvar, bilimsel',
    'role research': 'araştırmacı, bilim insanı',
    data: 'veri',
    'role data': 'veri bilimci, veri analisti',
    product: 'ürün',
    design: 'tasarım, animasyon, illüstrasyon',
    'role design': 'tasarımcı, grafik tasarımcı',
    hr: 'insan kaynakları, işe alım, çeşitlilik, eşitlik, eğitim ve gelişim, çalışan ilişkileri, kariyer, kariyer danışmanlığı, yetenek yönetimi, istihdam, yetenek kazanımı',
    'hr up': 'ik',
    legal: 'hukuk, mahkeme, adli, hukuk müşavirliği, uyum',
    'role legal': 'avukat, hukuk müşaviri',
    procurement: 'satın alma, satınalma, tedarik',
    project_management: 'proje',
    'role consulting weak': 'danışman, danışmanı, danışmanlık',
    'role administrative weak kind:assist': 'asistan, asistanı, sekreter',
    'role administrative weak': 'idari işler, resepsiyonist',
    'role education': 'öğretmen, öğretmeni, öğretim görevlisi, akademisyen',
    'role education weak': 'eğitmen',
    'role health': 'doktor, hemşire, eczacı, hekim, diş hekimi, fizyoterapist, psikiyatrist, ebe, sağlık memuru, acil tıp teknisyeni, anestezi teknikeri, radyoloji teknikeri, dil ve konuşma terapisti, ergoterapist, hasta bakıcı, hasta bakım elemanı',
    role: 'uzman, uzmanı, temsilci, temsilcisi, memur, personel, eleman, çalışan, iş ortağı',
    health: 'sağlık, hastane, klinik, tıbbi, hemşirelik, eczane, tıp, radyoloji, kardiyoloji, pediatri, psikiyatri, rehabilitasyon, fizik tedavi, veterinerlik, ağız ve diş sağlığı, huzurevi, poliklinik, tıp merkezi',
    education: 'eğitim, okul, öğretim',
    'executive weak kind:unit': 'şube, şubesi, bölge',
    'role operations': 'forkliftçi, forklift operatörü',
    'manager operations weak': 'ustabaşı, formen, vardiya amiri, vardiya şefi, vardiya sorumlusu',
    'role operations weak': 'makine operatörü, üretim operatörü',
    'role marketing': 'metin yazarı, halkla ilişkiler uzmanı, sosyal medya uzmanı',
    'role hr': 'kariyer danışmanı, personel sorumlusu, ik iş ortağı, insan kaynakları iş ortağı',
    'role consulting': 'sap danışmanı',
    'role product': 'ürün sahibi',
  },
  examples: {
    level: [['Satış Müdürü', 'sales', 'manager'], ['İnsan Kaynakları Direktörü', 'hr', 'director'], ['Genel Müdür Yardımcısı', 'executive', 'vp']],
    department: [['Bilgi İşlem Sorumlusu', 'it', 'manager'], ['Kalite Uzmanı', 'operations', 'individual']],
    role: [['Satış Temsilcisi', 'sales', 'individual'], ['Yazılım Mühendisi', 'engineering', 'individual']],
    modifier: [['Kıdemli Muhasebe Uzmanı', 'finance', 'senior'], ['Pazarlama Stajyeri', 'marketing', 'intern']],
    board: [['Yönetim Kurulu Başkanı', 'executive', 'cxo'], ['Genel Müdür', 'executive', 'cxo'], ['Yönetim Kurulu Üyesi', 'executive', 'cxo']],
  },
};

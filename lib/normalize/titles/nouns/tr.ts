// HAND-WRITTEN (not generated): ESCO has no Turkish labels and no openly licensed Turkish occupation list
// was found (tests/data/titles-independent.md). These are common Turkish job nouns written from general
// knowledge of the language for issue #13, with the possessive forms titles use ("muhasebe uzmanı",
// "yazılım geliştiricisi"). Not derived from Faker or from the evaluation set. Folded (no accents), space-separated.
import type { JobNouns } from'./types';

/** Turkish job nouns: `roles` name a person (department + seniority individual), `words` only a department. */
export const tr: JobNouns = {
  roles: {
    administrative: 'sekreteri katip katibi resepsiyonisti santralci sekreterya',
    data: 'istatistikci istatistikcisi',
    design: 'tasarimcisi mimar mimari',
    education: 'egitimci egitmeni okutman ogretmenleri hoca hocasi',
    engineering: 'yazilimci programci programcisi gelistiricisi teknikeri teknisyeni muhendisleri',
    finance: 'bankaci veznedar muhasip denetcisi aktuer finansci muhasebecisi borsaci',
    health: 'hemsiresi doktoru hekimi eczacisi diyetisyen psikolog psikologu veteriner radyolog cerrah cerrahi hastabakici fizyoterapisti odyolog optisyen paramedik ebesi',
    hr: 'ozluk',
    it: 'sistemci',
    legal: 'avukati hukukcu noter hakim savci arabulucu',
    marketing: 'reklamci',
    operations: 'depocu lojistikci gumrukcu sevkiyatci',
    other: 'asci garson kuafor fotografci oyuncu yazar sanatci kutuphaneci arsivci spiker itfaiyeci bekci gorevli gorevlisi',
    procurement: 'satinalmaci',
    research: 'kimyager fizikci biyolog matematikci ekonomist sosyolog jeolog arkeolog arastirmacisi',
    sales: 'satici satisci kasiyer plasiyer tezgahtar',
  },
  words: {
    administrative: 'buro ofis idari',
    engineering: 'muhendislik',
    it: 'siber bilgisayar',
    legal: 'hukuki',
    marketing: 'marka halkla',
    research: 'bilim',
    sales: 'bayi',
    support: 'cagri',
  },
};

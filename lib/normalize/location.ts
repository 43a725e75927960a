import { memoize } from './memo';
import { foldAccents } from './text';
/**
 * Location parsing and matching for ICP scoring. Pure, never throws.
 *
 * parseLocation turns LinkedIn-style location text ("Boston, Massachusetts, United States",
 * "Greater London", "München, Bayern, Deutschland", "New York, NY 10001, US") into
 * city / region / ISO 3166-1 alpha-2 country. locationMatches checks such a location
 * against an ICP term: a city, a state/region, a country, or a group such as DACH or EMEA.
 */

export interface ParsedLocation {
  city: string | null;
  region: string | null;
  /** ISO 3166-1 alpha-2, e.g. "US", "DE", "GB". */
  country: string | null;
}

export interface LocationMatch {
  matched: boolean;
  via: string;
}

/* ------------------------------------------------------------------ data */

type Area = 'NA' | 'LA' | 'EU' | 'EUR' | 'ME' | 'AF' | 'AS' | 'OC';

/**
 * `CC|English name|area|aliases;…` — area: NA North America, LA Latin America,
 * EU EU member, EUR other Europe, ME Middle East, AF Africa, AS Asia, OC Oceania.
 */
const COUNTRY_DATA = `
US|United States|NA|United States of America;USA;U.S.;U.S.A.;America;Vereinigte Staaten;Etats-Unis;Estados Unidos;Stati Uniti
CA|Canada|NA|Kanada
MX|Mexico|LA|México;Mexiko;Mexique
BR|Brazil|LA|Brasil;Brasilien;Brésil
AR|Argentina|LA|Argentinien;Argentine
CL|Chile|LA|Chili
CO|Colombia|LA|Kolumbien;Colombie
PE|Peru|LA|Perú;Pérou
UY|Uruguay|LA|
VE|Venezuela|LA|
EC|Ecuador|LA|
CR|Costa Rica|LA|
PA|Panama|LA|Panamá
GT|Guatemala|LA|
DO|Dominican Republic|LA|República Dominicana
PR|Puerto Rico|LA|
GB|United Kingdom|EUR|UK;U.K.;Great Britain;Britain;GB;Vereinigtes Königreich;Royaume-Uni;Reino Unido;Regno Unito;Verenigd Koninkrijk
IE|Ireland|EU|Éire;Irland;Republic of Ireland;Irlande;Irlanda
DE|Germany|EU|Deutschland;Allemagne;Alemania;Germania;Niemcy;Duitsland;Tyskland;Saksa
AT|Austria|EU|Österreich;Oesterreich;Autriche
CH|Switzerland|EUR|Schweiz;Suisse;Svizzera;Svizra;Suiza;Zwitserland;Confoederatio Helvetica
FR|France|EU|Frankreich;Francia;Frankrijk;Frankrike
ES|Spain|EU|España;Spanien;Espagne;Spagna;Spanje
PT|Portugal|EU|
IT|Italy|EU|Italia;Italien;Italie
NL|Netherlands|EU|The Netherlands;Nederland;Holland;Niederlande;Pays-Bas;Países Bajos;Paesi Bassi
BE|Belgium|EU|België;Belgique;Belgien;Bélgica
LU|Luxembourg|EU|Luxemburg;Lëtzebuerg
DK|Denmark|EU|Danmark;Dänemark;Danemark
SE|Sweden|EU|Sverige;Schweden;Suède;Suecia
NO|Norway|EUR|Norge;Noreg;Norwegen;Norvège;Noruega
FI|Finland|EU|Suomi;Finnland;Finlande
IS|Iceland|EUR|Ísland;Island
PL|Poland|EU|Polska;Polen;Pologne;Polonia
CZ|Czechia|EU|Czech Republic;Česko;Česká republika;Tschechien;Tschechische Republik
SK|Slovakia|EU|Slovensko;Slowakei
HU|Hungary|EU|Magyarország;Ungarn
RO|Romania|EU|România;Rumänien
BG|Bulgaria|EU|България;Bulgarien
GR|Greece|EU|Ελλάδα;Ellada;Hellas;Griechenland
HR|Croatia|EU|Hrvatska;Kroatien
SI|Slovenia|EU|Slovenija;Slowenien
EE|Estonia|EU|Eesti;Estland
LV|Latvia|EU|Latvija;Lettland
LT|Lithuania|EU|Lietuva;Litauen
CY|Cyprus|EU|Κύπρος;Zypern
MT|Malta|EU|
RS|Serbia|EUR|Srbija;Србија;Serbien
UA|Ukraine|EUR|Україна;Ukraina
TR|Türkiye|EUR|Turkey;Turkiye;Türkei;Turquie
RU|Russia|EUR|Россия;Russian Federation;Russland
GE|Georgia|EUR|Sakartvelo
IL|Israel|ME|ישראל
AE|United Arab Emirates|ME|UAE;U.A.E.;Emirates;الإمارات
SA|Saudi Arabia|ME|KSA;Kingdom of Saudi Arabia
QA|Qatar|ME|
KW|Kuwait|ME|
BH|Bahrain|ME|
OM|Oman|ME|
JO|Jordan|ME|
LB|Lebanon|ME|
EG|Egypt|AF|Misr;مصر;Ägypten
MA|Morocco|AF|Maroc;Marokko
TN|Tunisia|AF|Tunisie
DZ|Algeria|AF|Algérie
NG|Nigeria|AF|
KE|Kenya|AF|
ZA|South Africa|AF|Suid-Afrika;Südafrika
GH|Ghana|AF|
ET|Ethiopia|AF|
IN|India|AS|Bharat;भारत;Indien;Inde
PK|Pakistan|AS|
BD|Bangladesh|AS|
LK|Sri Lanka|AS|
CN|China|AS|中国;PRC;People's Republic of China;Mainland China
HK|Hong Kong|AS|香港;Hong Kong SAR
TW|Taiwan|AS|台灣;台湾
JP|Japan|AS|日本;Nippon
KR|South Korea|AS|Korea;Republic of Korea;대한민국;Südkorea
SG|Singapore|AS|Singapur
MY|Malaysia|AS|
ID|Indonesia|AS|Indonesien
TH|Thailand|AS|ประเทศไทย
VN|Vietnam|AS|Viet Nam;Việt Nam
PH|Philippines|AS|Pilipinas;Philippinen
KZ|Kazakhstan|AS|Қазақстан
AU|Australia|OC|Australien
NZ|New Zealand|OC|Aotearoa;Neuseeland
`;

/** Names that read better with "the": "is in the US". */
const COUNTRY_LABEL: Readonly<Record<string, string>> = {
  US: 'the US',
  GB: 'the UK',
  NL: 'the Netherlands',
  AE: 'the UAE',
  PH: 'the Philippines',
  CZ: 'the Czech Republic',
  DO: 'the Dominican Republic',
};

/** `CC|Region name|code|aliases;…` */
const REGION_DATA = `
US|Alabama|AL|
US|Alaska|AK|
US|Arizona|AZ|
US|Arkansas|AR|
US|California|CA|Calif.
US|Colorado|CO|
US|Connecticut|CT|
US|Delaware|DE|
US|District of Columbia|DC|Washington DC;Washington D.C.;D.C.
US|Florida|FL|
US|Georgia|GA|
US|Hawaii|HI|
US|Idaho|ID|
US|Illinois|IL|
US|Indiana|IN|
US|Iowa|IA|
US|Kansas|KS|
US|Kentucky|KY|
US|Louisiana|LA|
US|Maine|ME|
US|Maryland|MD|
US|Massachusetts|MA|Mass.
US|Michigan|MI|
US|Minnesota|MN|
US|Mississippi|MS|
US|Missouri|MO|
US|Montana|MT|
US|Nebraska|NE|
US|Nevada|NV|
US|New Hampshire|NH|
US|New Jersey|NJ|
US|New Mexico|NM|
US|New York|NY|New York State
US|North Carolina|NC|
US|North Dakota|ND|
US|Ohio|OH|
US|Oklahoma|OK|
US|Oregon|OR|
US|Pennsylvania|PA|
US|Rhode Island|RI|
US|South Carolina|SC|
US|South Dakota|SD|
US|Tennessee|TN|
US|Texas|TX|
US|Utah|UT|
US|Vermont|VT|
US|Virginia|VA|
US|Washington|WA|Washington State
US|West Virginia|WV|
US|Wisconsin|WI|
US|Wyoming|WY|
CA|Ontario|ON|
CA|Quebec|QC|Québec
CA|British Columbia|BC|
CA|Alberta|AB|
CA|Manitoba|MB|
CA|Saskatchewan|SK|
CA|Nova Scotia|NS|
CA|New Brunswick|NB|
CA|Newfoundland and Labrador|NL|
CA|Prince Edward Island|PE|
CA|Northwest Territories|NT|
CA|Yukon|YT|
CA|Nunavut|NU|
GB|England||
GB|Scotland||
GB|Wales||Cymru
GB|Northern Ireland||
AU|New South Wales|NSW|
AU|Victoria|VIC|
AU|Queensland|QLD|
AU|Western Australia|WA|
AU|South Australia|SA|
AU|Tasmania|TAS|
AU|Australian Capital Territory|ACT|
AU|Northern Territory|NT|
DE|Bavaria||Bayern
DE|Baden-Württemberg||Baden-Wuerttemberg
DE|Berlin||
DE|Brandenburg||
DE|Bremen||
DE|Hamburg||
DE|Hesse||Hessen
DE|Lower Saxony||Niedersachsen
DE|Mecklenburg-Vorpommern||Mecklenburg-Western Pomerania
DE|North Rhine-Westphalia|NRW|Nordrhein-Westfalen
DE|Rhineland-Palatinate||Rheinland-Pfalz
DE|Saarland||
DE|Saxony||Sachsen
DE|Saxony-Anhalt||Sachsen-Anhalt
DE|Schleswig-Holstein||
DE|Thuringia||Thüringen
AT|Vienna||Wien
AT|Upper Austria||Oberösterreich
AT|Lower Austria||Niederösterreich
AT|Styria||Steiermark
AT|Tyrol||Tirol
AT|Salzburg||
CH|Zurich||Zürich;Kanton Zürich
CH|Geneva||Genève;Genf
CH|Vaud||Waadt
CH|Bern||Berne
CH|Basel-Stadt||Basel-City
CH|Zug||
FR|Île-de-France||Ile de France;IDF
FR|Auvergne-Rhône-Alpes||
FR|Provence-Alpes-Côte d'Azur||PACA
FR|Occitanie||Occitania
FR|Nouvelle-Aquitaine||
FR|Hauts-de-France||
FR|Grand Est||
FR|Brittany||Bretagne
FR|Normandy||Normandie
FR|Pays de la Loire||
ES|Community of Madrid||Comunidad de Madrid
ES|Catalonia||Cataluña;Catalunya
ES|Andalusia||Andalucía
ES|Valencian Community||Comunidad Valenciana;Comunitat Valenciana
ES|Basque Country||País Vasco;Euskadi
IT|Lombardy||Lombardia
IT|Lazio||
IT|Piedmont||Piemonte
IT|Veneto||
IT|Emilia-Romagna||
IT|Tuscany||Toscana
IT|Campania||
NL|North Holland||Noord-Holland
NL|South Holland||Zuid-Holland
NL|North Brabant||Noord-Brabant
NL|Utrecht||
IN|Maharashtra||
IN|Karnataka||
IN|Tamil Nadu||
IN|Telangana||
IN|Delhi||NCT of Delhi;National Capital Territory of Delhi
IN|Haryana||
IN|Uttar Pradesh||
IN|West Bengal||
IN|Gujarat||
IN|Kerala||
BR|São Paulo||Sao Paulo State
BR|Rio de Janeiro||
BR|Minas Gerais||
`;

/** `City|CC|Region|aliases;…` — about 190 large or business-relevant cities. */
const CITY_DATA = `
New York|US|New York|NYC;New York City;Manhattan;Brooklyn
Los Angeles|US|California|LA
Chicago|US|Illinois|
Houston|US|Texas|
Phoenix|US|Arizona|
Philadelphia|US|Pennsylvania|
San Antonio|US|Texas|
San Diego|US|California|
Dallas|US|Texas|Dallas-Fort Worth;DFW
Fort Worth|US|Texas|
San Jose|US|California|
Austin|US|Texas|
Jacksonville|US|Florida|
San Francisco|US|California|SF;San Francisco Bay;Bay Area;San Francisco Bay Area;Silicon Valley
Seattle|US|Washington|
Denver|US|Colorado|
Washington|US|District of Columbia|Washington DC;Washington D.C.;DC;Washington DC-Baltimore
Boston|US|Massachusetts|
Nashville|US|Tennessee|
Detroit|US|Michigan|
Portland|US|Oregon|
Las Vegas|US|Nevada|
Atlanta|US|Georgia|
Miami|US|Florida|Miami-Fort Lauderdale
Minneapolis|US|Minnesota|Minneapolis-St. Paul;Twin Cities
Raleigh|US|North Carolina|Raleigh-Durham;Research Triangle
Charlotte|US|North Carolina|
Salt Lake City|US|Utah|
Pittsburgh|US|Pennsylvania|
Baltimore|US|Maryland|
St. Louis|US|Missouri|Saint Louis;St Louis
Kansas City|US|Missouri|
Columbus|US|Ohio|
Indianapolis|US|Indiana|
Cincinnati|US|Ohio|
Cleveland|US|Ohio|
Tampa|US|Florida|Tampa Bay
Orlando|US|Florida|
Sacramento|US|California|
Palo Alto|US|California|
Mountain View|US|California|
Menlo Park|US|California|
Oakland|US|California|
Irvine|US|California|
Boulder|US|Colorado|
Madison|US|Wisconsin|
Milwaukee|US|Wisconsin|
New Orleans|US|Louisiana|
Honolulu|US|Hawaii|
Anchorage|US|Alaska|
Toronto|CA|Ontario|GTA;Toronto Area
Montreal|CA|Quebec|Montréal
Vancouver|CA|British Columbia|
Calgary|CA|Alberta|
Ottawa|CA|Ontario|
Edmonton|CA|Alberta|
Quebec City|CA|Quebec|Québec City;Ville de Québec
Winnipeg|CA|Manitoba|
Halifax|CA|Nova Scotia|
Mexico City|MX||Ciudad de México;CDMX;Mexico DF
Guadalajara|MX||
Monterrey|MX||
São Paulo|BR|São Paulo|
Rio de Janeiro|BR|Rio de Janeiro|
Belo Horizonte|BR|Minas Gerais|
Buenos Aires|AR||
Santiago|CL||Santiago de Chile
Bogotá|CO||
Medellín|CO||
Lima|PE||
Montevideo|UY||
London|GB|England|City of London;Londres;London Area
Manchester|GB|England|
Birmingham|GB|England|
Leeds|GB|England|
Liverpool|GB|England|
Bristol|GB|England|
Oxford|GB|England|
Cambridge|GB|England|
Reading|GB|England|
Edinburgh|GB|Scotland|
Glasgow|GB|Scotland|
Cardiff|GB|Wales|
Belfast|GB|Northern Ireland|
Dublin|IE||Baile Átha Cliath
Cork|IE||
Galway|IE||
Berlin|DE|Berlin|
Munich|DE|Bavaria|München;Muenchen;Munchen
Hamburg|DE|Hamburg|
Frankfurt|DE|Hesse|Frankfurt am Main;Frankfurt Rhine-Main;Frankfurt/Main
Cologne|DE|North Rhine-Westphalia|Köln;Koeln;Cologne Bonn
Stuttgart|DE|Baden-Württemberg|
Düsseldorf|DE|North Rhine-Westphalia|Duesseldorf
Leipzig|DE|Saxony|
Dresden|DE|Saxony|
Hanover|DE|Lower Saxony|Hannover
Nuremberg|DE|Bavaria|Nürnberg;Nuernberg
Bonn|DE|North Rhine-Westphalia|
Karlsruhe|DE|Baden-Württemberg|
Essen|DE|North Rhine-Westphalia|
Dortmund|DE|North Rhine-Westphalia|
Bremen|DE|Bremen|
Heidelberg|DE|Baden-Württemberg|
Mannheim|DE|Baden-Württemberg|
Vienna|AT|Vienna|Wien
Graz|AT|Styria|
Linz|AT|Upper Austria|
Salzburg|AT|Salzburg|
Innsbruck|AT|Tyrol|
Zurich|CH|Zurich|Zürich;Zuerich
Geneva|CH|Geneva|Genève;Genf;Ginevra
Basel|CH|Basel-Stadt|Bâle
Bern|CH|Bern|Berne
Lausanne|CH|Vaud|
Zug|CH|Zug|
Lucerne|CH||Luzern
Paris|FR|Île-de-France|
Lyon|FR|Auvergne-Rhône-Alpes|
Marseille|FR|Provence-Alpes-Côte d'Azur|
Toulouse|FR|Occitanie|
Nice|FR|Provence-Alpes-Côte d'Azur|
Nantes|FR|Pays de la Loire|
Bordeaux|FR|Nouvelle-Aquitaine|
Lille|FR|Hauts-de-France|
Strasbourg|FR|Grand Est|
Grenoble|FR|Auvergne-Rhône-Alpes|
Madrid|ES|Community of Madrid|
Barcelona|ES|Catalonia|
Valencia|ES|Valencian Community|
Seville|ES|Andalusia|Sevilla
Málaga|ES|Andalusia|
Bilbao|ES|Basque Country|
Lisbon|PT||Lisboa
Porto|PT||Oporto
Milan|IT|Lombardy|Milano
Rome|IT|Lazio|Roma
Turin|IT|Piedmont|Torino
Naples|IT|Campania|Napoli
Florence|IT|Tuscany|Firenze
Bologna|IT|Emilia-Romagna|
Amsterdam|NL|North Holland|
Rotterdam|NL|South Holland|
The Hague|NL|South Holland|Den Haag;'s-Gravenhage
Utrecht|NL|Utrecht|
Eindhoven|NL|North Brabant|
Brussels|BE||Bruxelles;Brussel;Brüssel
Antwerp|BE||Antwerpen;Anvers
Ghent|BE||Gent;Gand
Stockholm|SE||
Gothenburg|SE||Göteborg
Malmö|SE||Malmo
Copenhagen|DK||København;Kopenhagen
Aarhus|DK||Århus
Oslo|NO||
Bergen|NO||
Helsinki|FI||Helsingfors
Espoo|FI||
Reykjavik|IS||Reykjavík
Warsaw|PL||Warszawa;Warschau
Kraków|PL||Krakow;Cracow
Wrocław|PL||Wroclaw;Breslau
Gdańsk|PL||Gdansk
Poznań|PL||Poznan
Prague|CZ||Praha;Prag
Brno|CZ||
Budapest|HU||
Bucharest|RO||București;Bucuresti
Sofia|BG||София
Athens|GR||Αθήνα;Athina;Athen
Zagreb|HR||
Belgrade|RS||Beograd
Bratislava|SK||
Ljubljana|SI||
Tallinn|EE||
Riga|LV||Rīga
Vilnius|LT||
Kyiv|UA||Kiev;Київ
Lviv|UA||
Istanbul|TR||İstanbul
Ankara|TR||
Moscow|RU||Москва;Moskau
Saint Petersburg|RU||St. Petersburg;Санкт-Петербург
Nicosia|CY||
Limassol|CY||
Valletta|MT||
Tel Aviv|IL||Tel Aviv-Yafo;Tel Aviv District
Jerusalem|IL||
Haifa|IL||
Dubai|AE||
Abu Dhabi|AE||
Riyadh|SA||
Jeddah|SA||
Doha|QA||
Kuwait City|KW||
Manama|BH||
Muscat|OM||
Amman|JO||
Beirut|LB||
Cairo|EG||
Lagos|NG||
Nairobi|KE||
Johannesburg|ZA||
Cape Town|ZA||
Casablanca|MA||
Accra|GH||
Addis Ababa|ET||
Tunis|TN||
Bangalore|IN|Karnataka|Bengaluru
Mumbai|IN|Maharashtra|Bombay
New Delhi|IN|Delhi|
Hyderabad|IN|Telangana|
Chennai|IN|Tamil Nadu|Madras
Pune|IN|Maharashtra|
Gurgaon|IN|Haryana|Gurugram
Noida|IN|Uttar Pradesh|
Kolkata|IN|West Bengal|Calcutta
Ahmedabad|IN|Gujarat|
Karachi|PK||
Lahore|PK||
Dhaka|BD||
Colombo|LK||
Beijing|CN||北京
Shanghai|CN||上海
Shenzhen|CN||深圳
Guangzhou|CN||广州
Hangzhou|CN||杭州
Taipei|TW||台北
Tokyo|JP||東京
Osaka|JP||大阪
Seoul|KR||서울
Kuala Lumpur|MY||KL
Jakarta|ID||
Bangkok|TH||
Ho Chi Minh City|VN||Saigon
Hanoi|VN||Hà Nội
Manila|PH||Metro Manila
Makati|PH||
Almaty|KZ||
Sydney|AU|New South Wales|
Melbourne|AU|Victoria|
Brisbane|AU|Queensland|
Perth|AU|Western Australia|
Adelaide|AU|South Australia|
Canberra|AU|Australian Capital Territory|
Auckland|NZ||
Wellington|NZ||
`;

interface GroupDef {
  label: string;
  countries: readonly string[];
  aliases: readonly string[];
}

const EU27 = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'];

/* ------------------------------------------------------------ build tables */

interface Country {
  code: string;
  name: string;
  area: Area;
}
interface Region {
  name: string;
  country: string;
  code: string;
}
interface City {
  name: string;
  country: string;
  region: string | null;
}

/** Lower case, no accents, "&" → "and", punctuation → single spaces. */
function norm(text: string): string {
  return foldAccents(text)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const COUNTRIES = new Map<string, Country>();
const COUNTRY_BY_NAME = new Map<string, string>();
const COUNTRY_CODES = new Set<string>();
const REGIONS_BY_NAME = new Map<string, Region[]>();
const REGIONS_BY_CODE = new Map<string, Region[]>();
const CITIES_BY_NAME = new Map<string, City>();

function lines(block: string): string[][] {
  return block
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((l) => l.split('|'));
}

function aliasList(field: string | undefined): string[] {
  return (field ?? '').split(';').map((a) => a.trim()).filter((a) => a !== '');
}

function pushTo<T>(map: Map<string, T[]>, k: string, v: T): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}

for (const [code = '', name = '', area = '', aliases] of lines(COUNTRY_DATA)) {
  COUNTRIES.set(code, { code, name, area: area as Area });
  COUNTRY_CODES.add(code);
  COUNTRY_BY_NAME.set(norm(name), code);
  for (const a of aliasList(aliases)) COUNTRY_BY_NAME.set(norm(a), code);
}
for (const [country = '', name = '', code = '', aliases] of lines(REGION_DATA)) {
  const region: Region = { name, country, code };
  pushTo(REGIONS_BY_NAME, norm(name), region);
  for (const a of aliasList(aliases)) pushTo(REGIONS_BY_NAME, norm(a), region);
  if (code !== '') pushTo(REGIONS_BY_CODE, code.toLowerCase(), region);
}
for (const [name = '', country = '', region = '', aliases] of lines(CITY_DATA)) {
  const city: City = { name, country, region: region === '' ? null : region };
  CITIES_BY_NAME.set(norm(name), city);
  for (const a of aliasList(aliases)) if (!CITIES_BY_NAME.has(norm(a))) CITIES_BY_NAME.set(norm(a), city);
}

function countriesIn(areas: readonly Area[]): string[] {
  return [...COUNTRIES.values()].filter((c) => areas.includes(c.area)).map((c) => c.code);
}

const EUROPE = countriesIn(['EU', 'EUR']);
const MIDDLE_EAST = countriesIn(['ME']);
const AFRICA = countriesIn(['AF']);
const ASIA = countriesIn(['AS']);
const LATAM = countriesIn(['LA']);

const GROUPS: readonly GroupDef[] = [
  { label: 'DACH', countries: ['DE', 'AT', 'CH'], aliases: ['DACH', 'D-A-CH', 'DACH region', 'German-speaking Europe'] },
  { label: 'the Nordics', countries: ['SE', 'NO', 'DK', 'FI', 'IS'], aliases: ['Nordics', 'Nordic', 'Nordic countries', 'Nordic region', 'Norden'] },
  { label: 'Scandinavia', countries: ['SE', 'NO', 'DK'], aliases: ['Scandinavia', 'Scandinavian countries'] },
  { label: 'Benelux', countries: ['BE', 'NL', 'LU'], aliases: ['Benelux', 'Low Countries'] },
  { label: 'UK & Ireland', countries: ['GB', 'IE'], aliases: ['UK&I', 'UKI', 'UK and Ireland', 'UK & IE', 'British Isles', 'GB&I'] },
  { label: 'Iberia', countries: ['ES', 'PT'], aliases: ['Iberia', 'Iberian Peninsula'] },
  { label: 'the Baltics', countries: ['EE', 'LV', 'LT'], aliases: ['Baltics', 'Baltic states', 'Baltic countries'] },
  {
    label: 'CEE',
    countries: ['PL', 'CZ', 'SK', 'HU', 'RO', 'BG', 'HR', 'SI', 'EE', 'LV', 'LT', 'RS', 'UA'],
    aliases: ['CEE', 'Central and Eastern Europe', 'Eastern Europe', 'Central Europe'],
  },
  { label: 'the EU', countries: EU27, aliases: ['EU', 'European Union', 'EU27', 'EU-27'] },
  { label: 'Europe', countries: EUROPE, aliases: ['Europe', 'European', 'Continental Europe'] },
  { label: 'the Middle East', countries: MIDDLE_EAST, aliases: ['Middle East', 'ME'] },
  { label: 'the GCC', countries: ['AE', 'SA', 'QA', 'KW', 'BH', 'OM'], aliases: ['GCC', 'Gulf', 'Gulf states', 'Gulf region'] },
  { label: 'MENA', countries: [...MIDDLE_EAST, 'EG', 'MA', 'TN', 'DZ'], aliases: ['MENA', 'Middle East and North Africa'] },
  { label: 'Africa', countries: AFRICA, aliases: ['Africa'] },
  { label: 'EMEA', countries: [...EUROPE, ...MIDDLE_EAST, ...AFRICA], aliases: ['EMEA', 'Europe, Middle East and Africa'] },
  { label: 'North America', countries: ['US', 'CA'], aliases: ['NA', 'NAM', 'NAMER', 'North America', 'US and Canada', 'US & Canada'] },
  { label: 'LATAM', countries: LATAM, aliases: ['LATAM', 'LatAm', 'Latin America', 'LAC', 'Central and South America'] },
  { label: 'South America', countries: ['BR', 'AR', 'CL', 'CO', 'PE', 'UY', 'VE', 'EC'], aliases: ['South America'] },
  { label: 'the Americas', countries: ['US', 'CA', ...LATAM], aliases: ['Americas', 'AMER', 'AMS', 'The Americas'] },
  { label: 'APAC', countries: [...ASIA, 'AU', 'NZ'], aliases: ['APAC', 'Asia Pacific', 'Asia-Pacific', 'APJ', 'APJC', 'Asia Pacific and Japan'] },
  { label: 'Asia', countries: ASIA, aliases: ['Asia'] },
  { label: 'Southeast Asia', countries: ['SG', 'MY', 'ID', 'TH', 'VN', 'PH'], aliases: ['SEA', 'Southeast Asia', 'South East Asia', 'ASEAN'] },
  { label: 'ANZ', countries: ['AU', 'NZ'], aliases: ['ANZ', 'Australia and New Zealand', 'Australia & New Zealand', 'Oceania', 'Australasia'] },
];

const GROUP_BY_NAME = new Map<string, GroupDef>();
for (const g of GROUPS) for (const a of g.aliases) GROUP_BY_NAME.set(norm(a), g);

/** Texts that say "anywhere" rather than a place. */
const NOWHERE = new Set(['remote', 'remote first', 'fully remote', 'worldwide', 'anywhere', 'global', 'globally', 'international', 'hybrid', 'on site', 'onsite', 'home office', 'n a', 'na', 'unknown', 'various', 'multiple locations', 'distributed']);

/* ------------------------------------------------------------------ parse */

function countryLabel(code: string): string {
  return COUNTRY_LABEL[code] ?? COUNTRIES.get(code)?.name ?? code;
}

/**
 * The country a postal code beside a two-letter code points to: a US ZIP or ZIP+4
 * ("CA 94105", "CA 94105-1813") → "US"; a Canadian postal code or its first half
 * ("ON M5V 2T6", "PE C1A") → "CA". Null when `code` carries no postal code in `text`.
 */
function postalCountry(text: string, code: string): 'US' | 'CA' | null {
  const c = code.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(c)) return null;
  let found: 'US' | 'CA' | null = null;
  for (const m of text.matchAll(/\b([A-Za-z]{2})\.?,?\s+(\d{5}(?:-\d{4})?|[A-Za-z]\d[A-Za-z](?:\s?\d[A-Za-z]\d)?)\b/g)) {
    if ((m[1] ?? '').toUpperCase() !== c) continue;
    found = /^\d/.test(m[2] ?? '') ? 'US' : 'CA';
  }
  return found;
}

/** Removes metro-area wording and postal codes from one comma-separated part. */
function cleanPart(part: string): string {
  let p = part
    .replace(/\b\d[\d-]{2,}\b/g, ' ') // US ZIP, EU postal codes
    .replace(/\b[A-Z]\d[A-Z](?: ?\d[A-Z]\d)?\b/g, ' ') // Canadian postal codes, or their first half ("PE C1A")
    .replace(/\b(?:metropolitan|metro)\s+(?:area|region)\b/gi, ' ')
    .replace(/\bmetroplex\b/gi, ' ')
    .replace(/^\s*greater\s+/i, ' ')
    .replace(/\s+(?:area|region|district|city area)\s*$/i, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (/^bay$/i.test(p)) p = 'Bay Area';
  return p;
}

function cityLookup(text: string): City | null {
  const k = norm(text);
  if (k === '') return null;
  const direct = CITIES_BY_NAME.get(k);
  if (direct) return direct;
  // "Dallas-Fort Worth", "Frankfurt Rhine-Main", "Cologne Bonn": try the leading words.
  const words = k.split(' ');
  for (let n = words.length - 1; n >= 1; n--) {
    const hit = CITIES_BY_NAME.get(words.slice(0, n).join(' '));
    if (hit) return hit;
  }
  return null;
}

interface PartReading {
  country: string | null;
  regions: Region[];
}

function readPart(raw: string): PartReading {
  const k = norm(raw);
  const isCode = /^[A-Za-z]{2,3}$/.test(raw.trim().replace(/\./g, ''));
  let country = COUNTRY_BY_NAME.get(k) ?? null;
  if (!country && isCode) {
    const up = raw.trim().replace(/\./g, '').toUpperCase();
    if (up === 'UK') country = 'GB';
    else if (up === 'USA') country = 'US';
    else if (up.length === 2 && COUNTRY_CODES.has(up)) country = up;
  }
  const regions = [...(REGIONS_BY_NAME.get(k) ?? [])];
  if (isCode) for (const r of REGIONS_BY_CODE.get(k.replace(/\s/g, '')) ?? []) if (!regions.includes(r)) regions.push(r);
  return { country, regions };
}

function pickRegion(regions: readonly Region[], country: string | null, city: City | null): Region | null {
  if (regions.length === 0) return null;
  if (country) return regions.find((r) => r.country === country) ?? null;
  if (city) {
    const same = regions.find((r) => r.country === city.country);
    if (same) return same;
  }
  return regions[0] ?? null;
}

/**
 * Location text → {city, region, country}. Null for empty text, "Remote"/"Worldwide",
 * region groups ("EMEA"), and text with nothing recognisable and no comma structure.
 */
export function parseLocation(text: string): ParsedLocation | null {
  try {
    if (typeof text !== 'string') return null;
    const flat = text.normalize('NFC').replace(/\s+/g, ' ').trim();
    if (flat === '' || flat.length > 200) return null;
    if (NOWHERE.has(norm(flat))) return null;
    if (GROUP_BY_NAME.has(norm(flat)) && !COUNTRY_BY_NAME.has(norm(flat))) return null;

    let parts = flat
      .split(/\s*[,;·|]\s*|\s+[-–—]\s+/)
      .map((p) => p.replace(/\((?:remote|hybrid|on-?site)\)/gi, ' ').trim())
      .filter((p) => p !== '' && !NOWHERE.has(norm(p)))
      // "Riverton CA 94105" without commas: the code before a ZIP or postal code is its own part.
      .flatMap((p) => {
        const m = /^(.*\S)\s+([A-Z]{2})\.?\s+(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z](?:\s?\d[A-Z]\d)?)$/.exec(p);
        return m ? [m[1] ?? '', m[2] ?? ''] : [p];
      })
      .map(cleanPart)
      .filter((p) => p !== '');
    if (parts.length === 0) return null;
    parts = parts.slice(0, 5);

    let country: string | null = null;
    let region: Region | null = null;
    let regionText: string | null = null;

    // Country: the last part, when it names one. Bare two-letter codes in the last of
    // two parts are read as US states/provinces first ("Boston, MA"), unless the city
    // says otherwise ("Berlin, DE").
    const lastRaw = parts[parts.length - 1] ?? '';
    const last = readPart(lastRaw);
    const firstCity = parts.length >= 2 ? cityLookup(parts[0] ?? '') : null;
    if (last.country) {
      const shortCode = /^[A-Za-z]{2}$/.test(lastRaw.trim()) && !['US', 'UK', 'GB'].includes(lastRaw.trim().toUpperCase());
      const regionAlt = last.regions.length > 0;
      let useCountry = true;
      if (regionAlt && shortCode && parts.length >= 2) {
        // "…, Springfield, IL" / "100 Main St, San Francisco, CA": a bare code after a city is a
        // state or province, unless the place before it says the country ("Berlin, DE",
        // "Munich, Bavaria, DE").
        const prev = parts[parts.length - 2] ?? '';
        const prevCity = cityLookup(prev);
        const cityInCountry = (prevCity !== null && prevCity.country === last.country) || (firstCity !== null && firstCity.country === last.country);
        useCountry = cityInCountry || readPart(prev).regions.some((r) => r.country === last.country);
        // A ZIP ("CA 94105-1813") or a Canadian postal code ("ON M5V 2T6") settles which it is.
        const hint = postalCountry(flat, lastRaw);
        if (hint && hint !== last.country && last.regions.some((r) => r.country === hint) && !cityInCountry) {
          useCountry = false;
          country = hint;
        } else if (hint && hint === last.country) useCountry = true;
      } else if (regionAlt && parts.length === 2) {
        useCountry = !(firstCity && firstCity.country !== last.country && last.regions.some((r) => r.country === firstCity.country));
      } else if (regionAlt && parts.length === 1) {
        useCountry = !shortCode || last.regions.length === 0;
        const hint = shortCode ? postalCountry(flat, lastRaw) : null;
        if (hint && hint !== last.country && last.regions.some((r) => r.country === hint)) {
          useCountry = false;
          country = hint;
        } else if (hint && hint === last.country) useCountry = true;
      }
      if (useCountry) {
        country = last.country;
        parts = parts.slice(0, -1);
      }
    }

    // Region: the (new) last part when it names a state/region of that country.
    if (parts.length >= 1) {
      const candidateRaw = parts[parts.length - 1] ?? '';
      const reading = readPart(candidateRaw);
      const cityHere = parts.length >= 2 ? cityLookup(parts[0] ?? '') : null;
      const onlyPart = parts.length === 1;
      const knownCity = onlyPart ? cityLookup(candidateRaw) : null;
      const exactCity = onlyPart ? CITIES_BY_NAME.get(norm(candidateRaw)) ?? null : null;
      const r = pickRegion(reading.regions, country, cityHere);
      // A lone part that is both a city and a region ("Berlin", "New York") is a city.
      if (r && !(onlyPart && exactCity && exactCity.country === r.country)) {
        if (!(onlyPart && knownCity && !reading.regions.length)) {
          region = r;
          regionText = candidateRaw;
          country = country ?? r.country;
          parts = parts.slice(0, -1);
        }
      }
    }

    // City: the remaining first part.
    let cityName: string | null = null;
    let cityKnown = false;
    // An address puts the street first ("100 Main St, San Francisco"): a known city wins over it.
    const streetLike = (p: string) => /^\d|\b(?:st|street|rd|road|ave|avenue|blvd|boulevard|suite|ste|floor|fl|way|drive|dr|lane|ln|house|building|plaza)\.?$/i.test(p);
    const cityRaw =
      (parts.length > 1 ? ([...parts].reverse().find((p) => cityLookup(p) !== null) ?? parts.find((p) => !streetLike(p))) : undefined) ?? parts[0] ?? null;
    if (cityRaw !== null) {
      const hit = cityLookup(cityRaw);
      if (hit && (country === null || hit.country === country) && (region === null || hit.region === null || hit.region === region.name)) {
        cityName = hit.name;
        cityKnown = true;
        country = country ?? hit.country;
        if (region === null && hit.region !== null) {
          const rs = REGIONS_BY_NAME.get(norm(hit.region)) ?? [];
          region = rs.find((x) => x.country === hit.country) ?? null;
        }
      } else {
        cityName = cityRaw;
      }
    }

    // Nothing recognised ("Springfield", "Acme HQ"): not a location we can interpret.
    if (region === null && country === null && !cityKnown) return null;
    void regionText;
    return { city: cityName, region: region?.name ?? null, country };
  } catch {
    return null;
  }
}

/* ------------------------------------------------------------------ match */

type Term =
  | { kind: 'group'; group: GroupDef }
  | { kind: 'country'; code: string }
  | { kind: 'region'; region: Region }
  | { kind: 'city'; city: City };

/** Two-letter terms that mean a country rather than a US state. */
const COUNTRY_FIRST_CODES = new Set(['US', 'UK', 'GB', 'DE', 'FR', 'NL', 'CH', 'AT', 'ES', 'IT', 'SE', 'NO', 'DK', 'FI', 'IE', 'BE', 'PT', 'PL', 'AU', 'NZ', 'SG', 'JP', 'CN', 'IL', 'AE', 'BR', 'MX', 'IN']);

function resolveTerm(term: string): Term | null {
  const raw = term.trim();
  const k = norm(raw);
  if (k === '') return null;
  const up = raw.replace(/\./g, '').toUpperCase();
  if (/^[A-Z]{2,3}$/.test(up)) {
    if (up === 'USA' || up === 'US') return { kind: 'country', code: 'US' };
    if (up === 'UK' || up === 'GB') return { kind: 'country', code: 'GB' };
    const group = GROUP_BY_NAME.get(k);
    if (group) return { kind: 'group', group };
    if (up.length === 2 && COUNTRY_FIRST_CODES.has(up) && COUNTRY_CODES.has(up)) return { kind: 'country', code: up };
    const usState = (REGIONS_BY_CODE.get(k) ?? []).find((r) => r.country === 'US');
    if (usState) return { kind: 'region', region: usState };
    const anyRegion = REGIONS_BY_CODE.get(k)?.[0];
    if (anyRegion) return { kind: 'region', region: anyRegion };
    if (up.length === 2 && COUNTRY_CODES.has(up)) return { kind: 'country', code: up };
  }
  const group = GROUP_BY_NAME.get(k);
  if (group) return { kind: 'group', group };
  const country = COUNTRY_BY_NAME.get(k);
  if (country) return { kind: 'country', code: country };
  const regions = REGIONS_BY_NAME.get(k);
  const city = CITIES_BY_NAME.get(k);
  // "New York", "Berlin", "Vienna" are both; as an ICP term the region is the wider reading.
  const region = regions?.[0];
  if (region) return { kind: 'region', region };
  if (city) return { kind: 'city', city };
  const cleaned = cleanPart(raw);
  if (cleaned !== raw) return resolveTerm(cleaned);
  return null;
}

function q(s: string): string {
  return `"${s}"`;
}

/**
 * Is `location` inside the ICP location `term`? Term: city, state/region, country, or a
 * group (DACH, Nordics, Benelux, EMEA, Europe, EU, UK&I, North America, LATAM, APAC, ANZ…).
 * Null when the location can't be interpreted well enough to decide (caller: unknown).
 */
function locationMatchesUncached(term: string, location: string): LocationMatch | null {
  try {
    if (typeof term !== 'string' || typeof location !== 'string') return null;
    const loc = parseLocation(location);
    if (!loc) return null;
    const shown = q(location.trim());
    const t = resolveTerm(term);
    const termText = term.trim();

    if (!t) {
      const a = norm(termText);
      const b = norm(location);
      if (a === '') return null;
      const matched = ` ${b} `.includes(` ${a} `);
      return {
        matched,
        via: matched
          ? `${shown} mentions ${q(termText)} (not a place we know, compared by name)`
          : `${shown} does not mention ${q(termText)} (not a place we know, compared by name)`,
      };
    }

    if (t.kind === 'group') {
      if (!loc.country) return null;
      const inGroup = t.group.countries.includes(loc.country);
      return inGroup
        ? { matched: true, via: `${shown} is in ${countryLabel(loc.country)}, part of ${t.group.label}` }
        : { matched: false, via: `${shown} is in ${countryLabel(loc.country)}, not in ${t.group.label}` };
    }

    if (t.kind === 'country') {
      if (!loc.country) return null;
      return loc.country === t.code
        ? { matched: true, via: `${shown} is in ${countryLabel(t.code)}` }
        : { matched: false, via: `${shown} is in ${countryLabel(loc.country)}, not ${countryLabel(t.code)}` };
    }

    if (t.kind === 'region') {
      const r = t.region;
      if (loc.region) {
        const same = norm(loc.region) === norm(r.name) && (loc.country === null || loc.country === r.country);
        return same
          ? { matched: true, via: `${shown} is in ${r.name}` }
          : { matched: false, via: `${shown} is in ${loc.region}, not ${r.name}` };
      }
      if (loc.country && loc.country !== r.country) {
        return { matched: false, via: `${shown} is in ${countryLabel(loc.country)}, not in ${r.name}` };
      }
      // City-states and cities that share the region's name ("Berlin", "Vienna").
      if (loc.city && norm(loc.city) === norm(r.name)) return { matched: true, via: `${shown} is in ${r.name}` };
      return null;
    }

    const c = t.city;
    if (loc.city) {
      const locCity = cityLookup(loc.city);
      const same = (locCity ? locCity.name === c.name : norm(loc.city) === norm(c.name)) && (loc.country === null || loc.country === c.country);
      return same
        ? { matched: true, via: `${shown} is in ${c.name}` }
        : { matched: false, via: `${shown} is in ${loc.city}, not ${c.name}` };
    }
    if (loc.region && c.region && norm(loc.region) !== norm(c.region)) {
      return { matched: false, via: `${shown} is in ${loc.region}, not in ${c.name}` };
    }
    if (loc.country && loc.country !== c.country) {
      return { matched: false, via: `${shown} is in ${countryLabel(loc.country)}, not in ${c.name}` };
    }
    return null;
  } catch {
    return null;
  }
}

/** Memoized: the same inputs come back for every ICP and every CSV row. */
export const locationMatches = memoize(locationMatchesUncached);

import { memoize } from './memo';
import type { Department, Seniority } from '../profiles/taxonomy';
import type { TitleClassification } from '../scoring/types';

/**
 * Multilingual job-title / headline classifier (EN, DE, FR, ES, PT, NL): title → department + seniority,
 * with the rules that fired as evidence. Pure, dictionary-driven, no per-call regex construction.
 *
 * Pipeline: normalise (lower case, accents stripped, emojis dropped, index map back to the original) →
 * drop gender markers "(m/w/d)", "(h/f)", "(f/m/x)" and inclusive endings ("Leiter*in", "Consultant(e)",
 * "Director/a") → tokenise (separators ranked: space < hyphen < / & + < @ < , ( ) dash < | ; •) →
 * match phrases, words and German/Dutch compounds ("Vertriebsleiterin" = Vertrieb + Leiterin) →
 * ignore "ex-/former/previously/formerly/ehemals/ancien/antiguo/voormalig …" roles and company tails
 * (" at ", "@", " bei ", " chez ", " bij "; " en/em/na/no " only when the tail holds no role word) →
 * the primary role is the first "|"-separated part that names a role; side roles (speaker, author,
 * investor, advisor) only count when nothing else does.
 *
 * Decisions (documented so the evaluation set and the rules agree):
 * - Department = first strong function word of the primary role ("VP of Marketing & Sales" → marketing).
 *   Weak words (consultant, engineer, developer, assistant, IT, software, technical, growth, customer …)
 *   only count when no strong word is present ("Sales Engineer" → sales, "HR Consultant" → hr).
 *   With no function word, owner / partner / C-level titles are `executive`; anything else `other`.
 * - CRO / Chief Revenue Officer / Chief Commercial Officer → sales (the CRO owns the revenue number).
 *   SDR / BDR / Sales Development / Business Development / Partnerships → business_development;
 *   AE / Account Executive / Account Manager / KAM → sales. CTO → engineering, CIO / CISO → it,
 *   CPO → product, COO → operations, CHRO / Chief People Officer → hr.
 * - Seniority = most senior level word of the primary role: owner (Founder, Co-founder, Owner, Inhaber,
 *   Gründer, Propriétaire, Fundador, Eigenaar, Oprichter …) > partner (Partner, Associé, Socio, Sócio,
 *   Gesellschafter, Vennoot) > cxo (Chief …, CEO/CFO/…, President, Managing Director, Geschäftsführer,
 *   Directeur Général, Director General, General Manager, Vorstand, Board Member) > vp (VP, SVP, EVP, AVP)
 *   > director > head (Head of, Leiter/in, Leitung, Jefe/a, Hoofd, Leider, General Counsel) > manager.
 *   "Responsable" / "Responsável" / "Verantwoordelijke" → manager (they name the owner of a team, not the
 *   head of a function); "Chef de …", "Teamleiter", "Team Lead", "Projektleiter", "Jefe de proyecto",
 *   "Coordenador" (pt) → manager. Any "manager" word counts as manager (Account Manager, Product Manager).
 * - Without a level word: Intern / Werkstudent / Praktikant / Stagiaire / Estagiário / Becario / Stagiair /
 *   Alternant / Student → intern; Junior / Trainee / Associate / Graduate / Azubi / Apprentice / PhD
 *   candidate → entry (also over manager: "Junior Product Manager" → entry); Senior / Sr / Lead /
 *   Principal / Staff engineer / Architect → senior; a plain role noun → individual; nothing → unknown.
 * - "Partner" after a function word ("HR Business Partner", "Talent Acquisition Partner") is a role, and
 *   before manager/marketing/sales ("Partner Manager") it means partnerships; "Assistant to the CEO",
 *   "Assistenz der Geschäftsführung": the levels after the linking word describe the boss and are ignored.
 */

type Level = 'owner' | 'partner' | 'cxo' | 'vp' | 'director' | 'head' | 'manager';
type Mod = 'senior' | 'entry' | 'intern';
type Kind = 'ex' | 'tail' | 'tailc' | 'assist' | 'partner' | 'chef' | 'staff' | 'assoc';

interface Entry {
  d?: Department;
  weak?: boolean;
  lvl?: Level;
  mod?: Mod;
  role?: boolean;
  /** Only when written in capitals in the original ("IT", not "it"). */
  up?: boolean;
  kind?: Kind;
  /** Side role (speaker, investor, advisor): counts only when nothing else does. */
  low?: boolean;
}

const DICT = new Map<string, Entry>();
const STEMS = new Map<string, Entry>();
const SUFFIXES = new Map<string, Entry>();
const PHRASE_FIRST = new Set<string>();
let PHRASE_MAX = 1;

function def(words: string, e: Entry, target: Map<string, Entry> = DICT): void {
  for (const raw of words.split(',')) {
    const w = raw.trim();
    if (!w) continue;
    target.set(w, e);
    if (target === DICT && w.includes(' ')) {
      const parts = w.split(' ');
      PHRASE_FIRST.add(parts[0]!);
      if (parts.length > PHRASE_MAX) PHRASE_MAX = parts.length;
    }
  }
}
const dept = (d: Department, extra: Partial<Entry> = {}): Entry => ({ d, ...extra });
const weak = (d: Department, extra: Partial<Entry> = {}): Entry => ({ d, weak: true, ...extra });
const role = (d?: Department, extra: Partial<Entry> = {}): Entry => (d ? { d, role: true, ...extra } : { role: true, ...extra });
const lvl = (l: Level, d?: Department, extra: Partial<Entry> = {}): Entry => (d ? { lvl: l, d, ...extra } : { lvl: l, ...extra });

// ---------------------------------------------------------------- levels
def('founder,founders,cofounder,owner,inhaber,inhaberin,mitinhaber,mitinhaberin,grunder,grunderin,mitgrunder,mitgrunderin,fondateur,fondatrice,cofondateur,cofondatrice,proprietaire,propietario,propietaria,proprietario,proprietaria,dueno,duena,fundador,fundadora,cofundador,cofundadora,eigenaar,eigenares,oprichter,oprichtster,entrepreneur,unternehmer,unternehmerin,ondernemer,empresario,empresaria,business owner', lvl('owner'));
def('partner,partnerin', { lvl: 'partner', kind: 'partner' });
def('managing partner,senior partner,associe,associee,socio,socia,teilhaber,teilhaberin,gesellschafter,gesellschafterin,vennoot,general partner', lvl('partner'));
def('chief,cxo,cso,president,presidente,prasident,prasidentin,chairman,chairwoman,chairperson,board member,member of the board,board of directors,aufsichtsrat,verwaltungsrat,bestuurder,bestuursvoorzitter', lvl('cxo'));
def('ceo,pdg,managing director,general manager,gerente general,gerente geral,directeur general,directrice generale,director general,directora general,general director,diretor geral,diretora geral,diretor presidente,diretora presidente,president directeur general,director ejecutivo,directora ejecutiva,diretor executivo,diretora executiva,executive director,algemeen directeur,algemeen directrice,statutair directeur,geschaftsfuhrer,geschaftsfuhrerin,geschaftsfuhrende,geschaftsfuhrender,geschaeftsfuehrer,geschaeftsfuehrerin,geschaftsfuhrung,geschaftsleitung,vorstand,vorstandin,vorstandsvorsitzender,vorstandsvorsitzende,vorstandsmitglied,consejero delegado,consejera delegada', lvl('cxo', 'executive', { weak: true }));
def('md,gm,dg,gf', lvl('cxo', 'executive', { weak: true, up: true }));
def('cfo', lvl('cxo', 'finance'));
def('cto', lvl('cxo', 'engineering'));
def('cio,ciso', lvl('cxo', 'it'));
def('cmo', lvl('cxo', 'marketing'));
def('coo', lvl('cxo', 'operations'));
def('cpo', lvl('cxo', 'product'));
def('chro', lvl('cxo', 'hr'));
def('cro,cco', lvl('cxo', 'sales'));
def('cdo', lvl('cxo', 'data'));
def('clo', lvl('cxo', 'legal'));
def('cbo', lvl('cxo', 'business_development'));
def('vp,svp,evp,avp,vice president,vicepresident,vizeprasident,vizeprasidentin,vicepresidente,vice presidente,senior vice president,executive vice president,assistant vice president,vice presidenta', lvl('vp'));
def('director,directors,directora,directeur,directrice,direktor,direktorin,diretor,diretora,bereichsleiter,bereichsleiterin,hauptabteilungsleiter,associate director,senior director', lvl('director'));
def('dsi', lvl('director', 'it', { up: true }));
def('daf', lvl('director', 'finance', { up: true }));
def('drh', lvl('director', 'hr', { up: true }));
def('head,head of,hoofd,leiter,leiterin,leitung,leider,jefe,jefa,afdelingshoofd,abteilungsleiter,abteilungsleiterin', lvl('head'));
def('general counsel', lvl('head', 'legal'));
def('chefarzt,chefarztin', lvl('head', 'health'));
def('kaufmannischer leiter,kaufmannische leiterin,kaufmannische leitung', lvl('head', 'finance'));
def('manager,managerin,managers,mgr,gerente,responsable,responsavel,verantwoordelijke,supervisor,supervisora,superviseur,superviseuse,coordenador,coordenadora,gestor,gestora,encargado,encargada,teamleiter,teamleiterin,teamleider,team lead,team leader,teamlead,lider,gruppenleiter,gruppenleiterin,schichtleiter,schichtleiterin,filialleiter,filialleiterin,gebietsleiter,gebietsleiterin,assistant manager', lvl('manager'));
def('gebietsverkaufsleiter,gebietsverkaufsleiterin', lvl('manager', 'sales'));
def('projektleiter,projektleiterin,projectleider,chef de projet,cheffe de projet,jefe de proyecto,jefe de proyectos,jefa de proyecto,gerente de projetos,gerente de proyectos', lvl('manager', 'project_management'));
def('chef de produit,cheffe de produit', lvl('manager', 'product'));
def('chef,cheffe', { role: true, kind: 'chef' });
def('kam,key account manager,account manager,accountmanager', lvl('manager', 'sales'));
def('csm', lvl('manager', 'customer_success'));
def('bdm', lvl('manager', 'business_development'));
def('pmm', lvl('manager', 'marketing'));
def('office manager', lvl('manager', 'administrative'));
def('community manager', lvl('manager', 'marketing'));
def('chief of staff', lvl('director', 'executive', { weak: true }));
def('chefe', lvl('head'));
def('bedrijfsleider', lvl('manager', 'operations'));
def('schulleiter,schulleiterin', lvl('head', 'education'));

// ---------------------------------------------------------------- modifiers
def('senior,sr,snr,lead,principal,medior senior,tech lead', { mod: 'senior' });
def('tech lead', { mod: 'senior', d: 'engineering', weak: true });
def('staff', { kind: 'staff' });
def('architect,architects', role('engineering', { weak: true, mod: 'senior' }));
def('oberarzt,oberarztin', role('health', { mod: 'senior' }));
def('junior,jr,jnr,trainee,graduate,grad,apprentice,apprenti,apprentie,aprendiz,azubi,auszubildende,auszubildender,volontar,volontarin,entry level,berufseinsteiger', { mod: 'entry' });
def('associate', { mod: 'entry', kind: 'assoc' });
def('phd candidate,phd student,doktorand,doktorandin,doctorant,doctorante,doctorando,doctoranda,doutorando,doutoranda,promovendus,promovenda', role('research', { mod: 'entry' }));
def('intern,interns,internship,werkstudent,werkstudentin,praktikant,praktikantin,stagiaire,stagiair,estagiario,estagiaria,estagio,becario,becaria,pasante,practicante,alternant,alternante,student,studentin,estudiante,etudiant,etudiante,working student,hiwi,summer intern', { mod: 'intern' });

// ---------------------------------------------------------------- ignore markers
def('ex,former,formerly,previously,prev,past,ehemals,ehemalige,ehemaliger,ehemaliges,ancien,ancienne,anciennement,antiguo,antigua,anteriormente,antigo,antiga,voormalig,voormalige,retired', { kind: 'ex' });
def('at,bei,chez,bij', { kind: 'tail' });
def('en,em,na,no', { kind: 'tailc' });
def('speaker,keynote,author,investor,investors,angel,mentor,podcaster,podcast,blogger,volunteer,husband,father,dad,mom', { low: true });
def('advisor,adviser,advisors,board advisor', role('consulting', { weak: true, low: true }));

// ---------------------------------------------------------------- departments
// sales
def('sales,vertrieb,verkauf,ventes,vente,ventas,venta,vendas,verkoop,revenue,commercial,commerciale,comercial,commercieel,commerciele,commerciale,kommerziell,inside sales,channel sales,pre sales,presales,pre vendas,prevendas,preventa,innendienst,aussendienst,binnendienst,buitendienst,vertriebsinnendienst', dept('sales'));
def('account executive,account executives,ae,sales executive,salesperson,sales rep,seller,verkaufer,verkauferin,vendedor,vendedora,verkoper,vertegenwoordiger,vertreter,vertreterin,representante comercial,charge d affaires,chargee d affaires,kundenberater,kundenberaterin,solutions engineer,sales engineer,ingenieur commercial', role('sales'));
def('account,accounts,cuentas,contas,key account,retail', weak('sales'));
def('ae', role('sales', { up: true }));
// business development
def('business development,sales development,bizdev,partnerships,partnership,alliances,alliance,new business,lead generation,geschaftsentwicklung,developpement commercial,desarrollo de negocio,desarrollo de negocios,desenvolvimento de negocios,desenvolvimento de negocio,bedrijfsontwikkeling,business developer,business developers', dept('business_development'));
def('bdr,sdr,bdrs,sdrs', role('business_development'));
def('bd', dept('business_development', { up: true }));
// marketing
def('marketing,marketer,marketeer,mercadotecnia,mercadeo,brand,branding,content,seo,sem,sea,ppc,social media,communications,communication,kommunikation,comunicacion,comunicacao,communicatie,public relations,relations presse,pressesprecher,demand generation,demand gen,product marketing,produktmarketing,copywriter,werbung,publicidad,publicidade,media buyer,market research,events,event,evenementen,eventos,campaign,campaigns,e mail marketing,email marketing', dept('marketing'));
def('pr', dept('marketing', { up: true }));
def('growth', weak('marketing'));
// customer success
def('customer success,client success,kundenerfolg,succes client,exito del cliente,exito de clientes,sucesso do cliente,sucesso de clientes,klantsucces,customer experience,onboarding,renewals,renewal,', dept('customer_success'));
def('customer,customers,client,cliente,klant,cx', weak('customer_success'));
// support
def('support,customer service,customer care,customer support,kundenservice,kundendienst,kundenbetreuung,service client,service clients,relation client,atencion al cliente,servicio al cliente,atendimento,atendimento ao cliente,suporte,soporte,klantenservice,klantenondersteuning,call center,callcenter,contact center', dept('support'));
// revenue operations
def('revops,revenue operations,sales operations,sales ops,salesops,sales enablement,enablement,gtm operations,go to market operations,deal desk,vertriebssteuerung,operaciones de ventas,operacoes de vendas,operacoes de receita', dept('revenue_operations'));
def('salesforce', weak('revenue_operations'));
// operations
def('operations,operation,ops,operating,operationeel,operationele,operationnel,operationnelle,operaciones,operacoes,operaties,bedrijfsvoering,betrieb,logistics,logistik,logistique,logistica,logistiek,supply chain,production,produktion,produccion,producao,productie,manufacturing,fertigung,plant,warehouse,lager,almacen,armazem,magazijn,entrepot,facility,facilities,quality,qualitat,qualite,calidad,qualidade,kwaliteit,fleet,business operations,lagerist,continuous improvement,lean', dept('operations'));
// finance
def('finance,financial,finances,finanzen,finanz,finanzas,financas,financien,financier,financiere,financiero,financiera,financeiro,financeira,financieel,financiele,accounting,accountant,accountants,accounts payable,accounts receivable,bookkeeper,bookkeeping,buchhaltung,buchhalter,buchhalterin,comptable,comptabilite,contable,contador,contadora,contabilidad,contabilidade,contabil,boekhouder,boekhouding,controller,controlling,controleur,controle de gestion,treasury,treasurer,tresorerie,tesoreria,tesouraria,tax,taxes,steuer,fiscal,fiscaliste,fiscalista,audit,auditor,auditing,wirtschaftsprufer,payroll,paie,nomina,nominas,folha de pagamento,salarisadministratie,fp&a,fpa,investor relations,billing,facturation,facturacion,faturamento,credit,actuary,underwriter,cost accountant', dept('finance'));
def('investment,investments,banking,bank', weak('finance'));
// it
def('information technology,informatique,informatik,informatica,informatico,informatica,informatiker,sistemas,systemes,systems,system administrator,sysadmin,systemadministrator,network,networks,netzwerk,reseau,reseaux,redes,netwerk,infrastructure,infrastruktur,infraestructura,infraestrutura,infrastructuur,security,cybersecurity,cyber,informationssicherheit,information security,ciberseguridad,help desk,helpdesk,service desk,desktop support,it support,support informatique,database,databases,dba,sap,erp,systeembeheerder,netwerkbeheerder,applicatiebeheerder,ict', dept('it'));
def('information,cloud,system,sistema,systeem', weak('it'));
def('it,ti', weak('it', { up: true }));
// engineering
def('software', weak('engineering'));
def('engineering,ingenieria,engenharia,logiciel,frontend,front end,backend,back end,fullstack,full stack,devops,sre,site reliability,qa,quality assurance,test automation,tester,mobile,ios,android,embedded,firmware,entwicklung,softwareentwicklung,programming,java,python', dept('engineering'));
def('engineer,engineers,ingenieur,ingenieurin,ingeniero,ingeniera,engenheiro,engenheira,developer,developers,entwickler,entwicklerin,developpeur,developpeuse,desarrollador,desarrolladora,desenvolvedor,desenvolvedora,ontwikkelaar,programmer,programmeur,programmeuse,programador,programadora,programmierer,programmiererin,technician,technicien,technicienne,tecnico,tecnica,techniker,technikerin,dev,product engineer', role('engineering', { weak: true }));
def('technical,technisch,technische,technischer,technique,technology,technologie,tecnologia,tech,mechanical,electrical', weak('engineering'));
// data
def('data,daten,donnees,datos,dados,analytics,business intelligence,data scientist,machine learning,ml,artificial intelligence,statistician,statistiker,statisticien,estadistico,big data,data engineer,data analyst', dept('data'));
def('bi,ai', dept('data', { up: true }));
// product
def('product,products,produkt,produit,producto,produto,product management,product owner,productowner,', dept('product'));
def('product owner,productowner,po', role('product'));
// design
def('design,designer,designers,ux,ui,user experience,ux researcher,ux research,user research,graphic,graphiste,grafik,grafisch,grafico,grafica,grafikdesigner,grafikdesignerin,illustrator,disenador,disenadora,diseno,vormgever,ontwerper,product designer,web designer,motion designer,art director,gestalter,mediengestalter,animator', dept('design'));
def('creative,art,arte,artistique,artistico,artistica', weak('design'));
// hr
def('hr,human resources,human resource,people,talent,talent acquisition,recruiter,recruiters,recruiterin,recruiting,recruitment,recruteur,recruteuse,recrutement,reclutador,reclutadora,reclutamiento,recrutador,recrutadora,recrutamento,werving,seleccion,selecao,personal,personalwesen,personeel,personeelszaken,rh,rrhh,ressources humaines,recursos humanos,hrbp,hrm,people operations,people ops,people and culture,learning and development,compensation,benefits,total rewards,headhunter,personalentwicklung', dept('hr'));
def('learning,culture', weak('hr'));
// legal
def('legal,counsel,lawyer,attorney,solicitor,barrister,paralegal,jurist,juristin,juriste,jurista,rechtsanwalt,rechtsanwaltin,anwalt,anwaltin,justiziar,justitiar,syndikus,avocat,avocate,abogado,abogada,advogado,advogada,advocaat,juridique,juridico,juridica,juridisch,juridische,compliance,datenschutz,privacy,data protection,dpo,notary,notar,notarin,notaire,notario,notaris,gdpr,trabalhista', dept('legal'));
def('contract,contracts', weak('legal'));
// procurement
def('procurement,purchasing,buyer,buyers,einkauf,einkaufer,einkauferin,beschaffung,achats,achat,acheteur,acheteuse,compras,comprador,compradora,inkoop,inkoper,sourcing,supplier,vendor,vendors,vendor management,aprovisionamiento', dept('procurement'));
// project management
def('project,projects,projekt,projet,proyecto,proyectos,projeto,projetos,pmo,scrum master,agile,agile coach', dept('project_management'));
def('program,programme,delivery', weak('project_management'));
// consulting
def('consultant,consultants,consulting,consultancy,consultante,berater,beraterin,unternehmensberater,unternehmensberaterin,consultor,consultora,consultoria,conseil,conseiller,conseillere,adviseur,advisory,asesor,asesora,management consultant', role('consulting', { weak: true }));
// administrative
def('assistant,assistante,assistent,assistentin,assistenz,assistente,asistente,secretary,sekretarin,sekretar,sekretariat,secretaire,secretaria,secretario,secretaresse,executive assistant,personal assistant,administrative assistant,office assistant,virtual assistant,managementassistent,managementassistente,teamassistenz', { role: true, d: 'administrative', weak: true, kind: 'assist' });
def('administrative,administratif,administrative,administrativo,administrativa,administratief,administratieve,administrator,administrateur,administrador,office,verwaltung,receptionist,rezeptionist,rezeptionistin,receptionniste,recepcionista,receptioniste,front desk,sachbearbeiter,sachbearbeiterin,kaufmann,kauffrau,industriekauffrau,industriekaufmann,burokauffrau,burokaufmann,data entry,auxiliar', role('administrative', { weak: true }));
// research
def('research,researcher,researchers,forschung,forscher,forscherin,wissenschaftler,wissenschaftlerin,wissenschaftliche,wissenschaftlicher,recherche,chercheur,chercheuse,investigador,investigadora,investigacion,pesquisa,pesquisador,pesquisadora,onderzoek,onderzoeker,r&d,f&e,i+d,p&d,rnd,postdoc,postdoctoral,clinical research associate', dept('research'));
def('scientist,scientists,scientifique,cientista,cientifico,cientifica,lab,laboratory,labor,laborant', weak('research'));
// education
def('teacher,teachers,teaching,lehrer,lehrerin,lehrkraft,professor,professora,professeur,profesor,profesora,enseignant,enseignante,formateur,formatrice,instituteur,institutrice,maestro,maestra,docente,docent,dozent,dozentin,leraar,lerares,lecturer,tutor,tutora,instructor,erzieher,erzieherin,educator,educador,educadora,pedagoog,schulleiter,schulleiterin,kindergarten,onderwijs,school', dept('education'));
def('trainer,university,universidad,universidade,universite,hochschule', weak('education'));
// health
def('nurse,nurses,nursing,krankenschwester,krankenpfleger,krankenpflegerin,pflegefachkraft,pflegekraft,pflege,arzt,arztin,assistenzarzt,assistenzarztin,physician,doctor,medecin,medico,medica,infirmier,infirmiere,enfermero,enfermera,enfermeiro,enfermeira,verpleegkundige,verpleger,huisarts,tandarts,dierenarts,bedrijfsarts,pharmacist,apotheker,apothekerin,pharmacien,pharmacienne,farmaceutico,farmaceutica,therapist,therapeut,therapeutin,kinesitherapeute,fisioterapeuta,fysiotherapeut,physiotherapist,dentist,zahnarzt,zahnarztin,dentiste,dentista,psychologist,psychologe,psychologin,psychologue,psicologo,psicologa,psycholoog,paramedic,midwife,hebamme,veterinarian,surgeon,chirurg,chirurgien,cirujano,cirurgiao,caregiver,cuidador,cuidadora,cardiologista,cardiologist,generaliste,practitioner,clinician', dept('health'));
def('medical,medicale,medizinisch,medizinische,clinical,clinique,klinisch,hospital,krankenhaus,healthcare,patient', weak('health'));
// executive (weak; role nouns without a function)
def('executive,executives,ejecutivo,ejecutiva,executivo,executiva,officer,officers,representative,representatives,rep,specialist,specialists,spezialist,spezialistin,specialiste,especialista,analyst,analysts,analist,analista,analyste,coordinator,koordinator,koordinatorin,coordinateur,coordinatrice,coordinador,coordinadora,agent,agente,clerk,generalist,mitarbeiter,mitarbeiterin,medewerker,medewerkster,referent,referentin,charge,chargee,fachkraft,beauftragter,beauftragte,coach,expert,experte,freelancer,freelance,driver,fahrer,chauffeur,electrician,elektriker,journalist,cook,pilot,practitioner', role());

// ---------------------------------------------------------------- German / Dutch compound parts
def('vertriebssteuerung', dept('revenue_operations'), STEMS);
def('vertrieb,verkauf,verkoop,sales,aussendienst,innendienst,binnendienst,buitendienst', dept('sales'), STEMS);
def('account', weak('sales'), STEMS);
def('produktmarketing,marketing,kommunikation,communicatie,werbe,presse', dept('marketing'), STEMS);
def('personal,personeel,recruit', dept('hr'), STEMS);
def('einkauf,inkoop,beschaffung', dept('procurement'), STEMS);
def('finanz,financ,buchhaltung,boekhoud,lohn,gehalts,steuer,controlling', dept('finance'), STEMS);
def('produktion,productie,logistik,logistiek,lager,werks,qualitat,kwaliteit,betriebs', dept('operations'), STEMS);
def('produkt,product', dept('product'), STEMS);
def('projekt,project', dept('project_management'), STEMS);
def('software,entwicklung', dept('engineering'), STEMS);
def('datenschutz,rechts', dept('legal'), STEMS);
def('daten,data', dept('data'), STEMS);
def('netzwerk,netwerk,systeem,informatik,infrastruktur', dept('it'), STEMS);
def('system', weak('it'), STEMS);
def('kundenservice,kundendienst,klantenservice', dept('support'), STEMS);
def('kundenerfolg', dept('customer_success'), STEMS);
def('grafik,grafisch', dept('design'), STEMS);
def('medien', weak('design'), STEMS);
def('forschung,onderzoek', dept('research'), STEMS);
def('schul,onderwijs', dept('education'), STEMS);
def('pflege,kranken,medizin,zahn', dept('health'), STEMS);

def('leiter,leiterin,leitung,leider', lvl('head'), SUFFIXES);
def('manager,managerin', lvl('manager'), SUFFIXES);
def('direktor,direktorin,directeur', lvl('director'), SUFFIXES);
def('mitarbeiter,mitarbeiterin,medewerker,medewerkster,referent,referentin,spezialist,spezialistin,specialist,analyst,analystin,analist,koordinator,koordinatorin,fachkraft,beauftragter,beauftragte,chauffeur,fahrer,fahrerin', role(), SUFFIXES);
def('entwickler,entwicklerin,ontwikkelaar,ingenieur,ingenieurin,developer,engineer,techniker,technikerin', role('engineering', { weak: true }), SUFFIXES);
def('berater,beraterin,adviseur,consultant', role('consulting', { weak: true }), SUFFIXES);
def('buchhalter,buchhalterin,controller,controllerin,boekhouder', role('finance'), SUFFIXES);
def('assistent,assistentin,assistenz', { role: true, d: 'administrative', weak: true, kind: 'assist' }, SUFFIXES);
def('sachbearbeiter,sachbearbeiterin,kaufmann,kauffrau,administrator', role('administrative', { weak: true }), SUFFIXES);
def('designer,designerin,gestalter,gestalterin,vormgever,ontwerper', role('design'), SUFFIXES);
def('arzt,arztin,pfleger,pflegerin,therapeut,therapeutin', role('health'), SUFFIXES);
def('lehrer,lehrerin', role('education'), SUFFIXES);
def('wissenschaftler,wissenschaftlerin,forscher,forscherin', role('research'), SUFFIXES);
def('informatiker,informatikerin,beheerder', role('it'), SUFFIXES);
def('anwalt,anwaltin,jurist,juristin', role('legal'), SUFFIXES);
def('owner', lvl('owner'), SUFFIXES);

/** Department words that name a person ("Recruiter", "Teacher"): a role noun, so seniority individual. */
const PERSON_NOUNS = 'marketer,marketeer,copywriter,recruiter,recruiters,recruiterin,recruteur,recruteuse,reclutador,reclutadora,recrutador,recrutadora,headhunter,hrbp,lawyer,attorney,solicitor,barrister,paralegal,jurist,juristin,juriste,jurista,rechtsanwalt,rechtsanwaltin,anwalt,anwaltin,justiziar,justitiar,syndikus,avocat,avocate,abogado,abogada,advogado,advogada,advocaat,counsel,dpo,notary,notar,notarin,notaire,notario,notaris,buyer,buyers,einkaufer,einkauferin,acheteur,acheteuse,comprador,compradora,inkoper,accountant,accountants,bookkeeper,buchhalter,buchhalterin,comptable,contable,contador,contadora,boekhouder,controller,controleur,treasurer,auditor,fiscaliste,fiscalista,wirtschaftsprufer,actuary,underwriter,cost accountant,informatiker,sysadmin,systemadministrator,systeembeheerder,netwerkbeheerder,applicatiebeheerder,dba,tester,statistician,statistiker,statisticien,estadistico,data scientist,data engineer,data analyst,designer,designers,illustrator,disenador,disenadora,vormgever,ontwerper,graphiste,product designer,web designer,motion designer,gestalter,mediengestalter,animator,grafikdesigner,grafikdesignerin,ux researcher,researcher,researchers,forscher,forscherin,wissenschaftler,wissenschaftlerin,chercheur,chercheuse,investigador,investigadora,pesquisador,pesquisadora,onderzoeker,postdoc,postdoctoral,clinical research associate,teacher,teachers,lehrer,lehrerin,lehrkraft,professor,professora,professeur,profesor,profesora,enseignant,enseignante,formateur,formatrice,instituteur,institutrice,maestro,maestra,docente,docent,dozent,dozentin,leraar,lerares,lecturer,tutor,tutora,instructor,erzieher,erzieherin,educator,educador,educadora,pedagoog,nurse,nurses,krankenschwester,krankenpfleger,krankenpflegerin,pflegefachkraft,pflegekraft,arzt,arztin,assistenzarzt,assistenzarztin,physician,doctor,medecin,medico,medica,infirmier,infirmiere,enfermero,enfermera,enfermeiro,enfermeira,verpleegkundige,verpleger,huisarts,tandarts,dierenarts,bedrijfsarts,pharmacist,apotheker,apothekerin,pharmacien,pharmacienne,farmaceutico,farmaceutica,therapist,therapeut,therapeutin,kinesitherapeute,fisioterapeuta,fysiotherapeut,physiotherapist,dentist,zahnarzt,zahnarztin,dentiste,dentista,psychologist,psychologe,psychologin,psychologue,psicologo,psicologa,psycholoog,paramedic,midwife,hebamme,veterinarian,surgeon,chirurg,chirurgien,cirujano,cirurgiao,caregiver,cuidador,cuidadora,cardiologista,cardiologist,generaliste,practitioner,clinician,scrum master,agile coach,lagerist,business developer,business developers,trainer,commercial,comercial,scientist,scientists,cientista,cientifico,cientifica,laborant,administrator,administrateur,administrador';
for (const w of PERSON_NOUNS.split(',')) {
  const e = DICT.get(w);
  if (e && !e.role && !e.lvl) DICT.set(w, { ...e, role: true });
}

const byLength = (m: Map<string, Entry>) => [...m.keys()].sort((a, b) => b.length - a.length);
const STEM_RE = new RegExp(byLength(STEMS).join('|'));
const SUFFIX_RE = new RegExp(`(?:${byLength(SUFFIXES).join('|')})$`);

/** "(m/w/d)", "(h/f)", "(f/m/x)", "m/w/d", "(all genders)". */
const GENDER_RE = /\(\s*(?:[mwfdhvx]|div|all genders|alle geschlechter|gn)(?:\s*\/\s*(?:[mwfdhvx]|div))*\s*\*?\)|(?<![a-z0-9])[mwfdhvx](?:\s*\/\s*[mwfdhvx]){1,2}(?![a-z0-9])/g;
/** Inclusive endings: "Leiter*in", "Berater:in", "Consultant(e)", "Director/a", "Lehrer/-in", "directeur.rice". */
const INCL_RE = /([a-z]{3})(?:\(|\/-?|\*|:|_|\.)(innen|in|e|ne|se|trice|rice|euse|a|o|as|os|es)\)?(?![a-z])/g;

const INCL_HINT = /[(/*:_.]/;
const LINK_WORDS = new Set(['to', 'der', 'des', 'du', 'de', 'of', 'da', 'do', 'van', 'del', 'la', 'the', 'di', 'dem', 'for', 'al']);
const PARTNER_BEFORE = new Set(['business', 'talent', 'people', 'channel', 'alliance', 'alliances', 'technology', 'strategic', 'implementation', 'solutions', 'success', 'recruiting', 'finance', 'hr', 'acquisition', 'rh']);
const PARTNER_AFTER = new Set(['manager', 'managerin', 'managers', 'account', 'marketing', 'sales', 'development', 'success', 'program', 'programs', 'ecosystem', 'relations', 'operations', 'enablement', 'lead']);
const STAFF_AFTER = new Set(['engineer', 'software', 'data', 'product', 'designer', 'scientist', 'ml', 'machine', 'developer', 'frontend', 'backend', 'security', 'site', 'ux', 'research']);
const ASSOC_LEVEL_AFTER = new Set(['director', 'partner', 'vice', 'vp', 'professor', 'general']);

const SENIORITY_RANK = new Map<Seniority, number>([
  ['owner', 0], ['partner', 1], ['cxo', 2], ['vp', 3], ['director', 4], ['head', 5], ['manager', 6],
]);

// ---------------------------------------------------------------- normalisation
const CHAR_CACHE = new Map<number, string>();
function foldChar(code: number, ch: string): string {
  const cached = CHAR_CACHE.get(code);
  if (cached !== undefined) return cached;
  let out: string;
  if (ch === 'ß') out = 'ss';
  else if (ch === 'œ' || ch === 'Œ') out = 'oe';
  else if (ch === 'æ' || ch === 'Æ') out = 'ae';
  else if (ch === 'ø' || ch === 'Ø') out = 'o';
  else if (ch === 'ł' || ch === 'Ł') out = 'l';
  else if ('|;•▪◆►➤»'.includes(ch)) out = '|';
  else if ('–—‒―'.includes(ch)) out = '–';
  else if ('/&+,()@:*_.·-'.includes(ch)) out = ch;
  else if ('\'’‘`´'.includes(ch)) out = ' ';
  else {
    const base = ch.normalize('NFD').charAt(0).toLowerCase();
    out = (base >= 'a' && base <= 'z') || (base >= '0' && base <= '9') ? base : ' ';
  }
  CHAR_CACHE.set(code, out);
  return out;
}

interface Match {
  start: number; // token index
  end: number; // exclusive
  e: Entry;
}

// separator strength before a token
const SEP_SPACE = 0, SEP_HYPHEN = 1, SEP_JOIN = 2, SEP_AT = 3, SEP_COMMA = 4, SEP_PART = 5;

const isAlnum = (c: string) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');

export function classifyTitleUncached(title: string): TitleClassification {
  const evidence: string[] = [];
  const input = typeof title === 'string' ? title : '';

  // 1. fold to a-z0-9 + separators, remembering where each character came from
  let s = '';
  const origAt: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    let f: string;
    if (code >= 97 && code <= 122) f = input[i]!;
    else if (code >= 65 && code <= 90) f = String.fromCharCode(code + 32);
    else if (code === 32 || code === 9 || code === 10 || code === 13) f = ' ';
    else f = foldChar(code, input[i]!);
    s += f;
    for (let k = 0; k < f.length; k++) origAt.push(i);
  }
  origAt.push(input.length);
  const orig = (a: number, b: number) => input.slice(origAt[a]!, origAt[b - 1]! + 1).trim();
  const txt = (m: Match) => orig(tStart[m.start]!, tEnd[m.end - 1]!);

  // 2. gender markers and inclusive endings
  if (s.includes('/') || s.includes('(')) {
    s = s.replace(GENDER_RE, (m, offset: number) => {
      evidence.push(`ignored "${orig(offset, offset + m.length)}"`);
      return ' '.repeat(m.length);
    });
  }
  if (INCL_HINT.test(s)) s = s.replace(INCL_RE, (m, stem: string) => stem + ' '.repeat(m.length - stem.length));

  // 3. tokenise
  const toks: string[] = [];
  const tStart: number[] = [];
  const tEnd: number[] = [];
  const tSep: number[] = [];
  let sep = SEP_PART;
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s[i]!;
    if (isAlnum(c)) {
      let j = i + 1;
      while (j < n) {
        const d = s[j]!;
        if (isAlnum(d)) j++;
        else if ((d === '&' || d === '+') && j + 1 < n && isAlnum(s[j + 1]!) && j - i <= 2) j++;
        else break;
      }
      toks.push(s.slice(i, j));
      tStart.push(i);
      tEnd.push(j);
      tSep.push(sep);
      sep = SEP_SPACE;
      i = j;
      continue;
    }
    let k = SEP_SPACE;
    if (c === '|') k = SEP_PART;
    else if (c === '–' || c === ',' || c === '(' || c === ')') k = SEP_COMMA;
    else if (c === '@') k = SEP_AT;
    else if (c === '/' || c === '&' || c === '+' || c === ':') k = SEP_JOIN;
    else if (c === '-') {
      const spacedBefore = i === 0 || s[i - 1] === ' ';
      const spacedAfter = i + 1 >= n || s[i + 1] === ' ';
      k = spacedBefore && spacedAfter ? SEP_COMMA : SEP_HYPHEN;
    } else if (c === '·' || c === '.') k = c === '·' ? SEP_PART : SEP_SPACE;
    if (k > sep) sep = k;
    i++;
  }
  const T = toks.length;

  // 4. match phrases, words, compounds
  const matches: Match[] = [];
  for (let t = 0; t < T; t++) {
    const w = toks[t]!;
    let found = false;
    if (PHRASE_FIRST.has(w)) {
      const maxLen = Math.min(PHRASE_MAX, T - t);
      for (let L = maxLen; L >= 2 && !found; L--) {
        let ok = true;
        let key = w;
        for (let q = t + 1; q < t + L; q++) {
          if (tSep[q]! > SEP_HYPHEN) {
            ok = false;
            break;
          }
          key += ' ' + toks[q]!;
        }
        if (!ok) continue;
        const e = DICT.get(key);
        if (e) {
          matches.push({ start: t, end: t + L, e });
          t += L - 1;
          found = true;
        }
      }
      if (found) continue;
    }
    let e = DICT.get(w);
    if (!e && w.length > 4 && w.endsWith('s')) e = DICT.get(w.slice(0, -1));
    if (e) {
      if (e.up) {
        const text = orig(tStart[t]!, tEnd[t]!);
        if (text !== text.toUpperCase()) continue;
      }
      matches.push({ start: t, end: t + 1, e });
      continue;
    }
    if (w.length >= 6) {
      const stem = STEM_RE.exec(w);
      const suf = SUFFIX_RE.exec(w);
      if (stem && (!suf || stem.index < suf.index)) matches.push({ start: t, end: t + 1, e: STEMS.get(stem[0])! });
      if (suf && suf.index > 0) matches.push({ start: t, end: t + 1, e: SUFFIXES.get(suf[0])! });
    }
  }

  // 5. ignored ranges: former roles and company tails
  const ignored = new Uint8Array(T);
  const ignoreRange = (from: number, startTok: number, prefix = ''): number => {
    let to = from + 1;
    while (to < T && tSep[to]! < SEP_COMMA) to++;
    for (let q = startTok; q < to; q++) ignored[q] = 1;
    evidence.push(`ignored "${prefix}${orig(tStart[startTok]!, tEnd[to - 1]!)}"`);
    return to;
  };
  const matchAt = new Map<number, Match[]>();
  for (const m of matches) {
    const list = matchAt.get(m.start);
    if (list) list.push(m);
    else matchAt.set(m.start, [m]);
  }
  for (let t = 0; t < T; t++) {
    if (ignored[t]) continue;
    if (tSep[t] === SEP_AT) {
      t = ignoreRange(t, t, '@ ') - 1;
      continue;
    }
    const kind = matchAt.get(t)?.[0]?.e.kind;
    if (kind === 'ex') {
      t = ignoreRange(t, t) - 1;
    } else if (kind === 'tail' && t > 0 && tSep[t]! < SEP_COMMA && t + 1 < T && tSep[t + 1]! < SEP_COMMA) {
      t = ignoreRange(t, t) - 1;
    } else if (kind === 'tailc' && t > 0 && tSep[t]! < SEP_COMMA && t + 1 < T && tSep[t + 1]! < SEP_COMMA) {
      let to = t + 1;
      let hasWord = false;
      while (to < T && tSep[to]! < SEP_COMMA) {
        if (matchAt.get(to)?.some((m) => !m.e.kind)) hasWord = true;
        to++;
      }
      if (!hasWord) t = ignoreRange(t, t) - 1;
    }
  }

  // 6. parts and the primary role
  const partOf = new Int32Array(T);
  let partCount = 0;
  for (let t = 0; t < T; t++) {
    if (t > 0 && tSep[t] === SEP_PART) partCount++;
    partOf[t] = partCount;
  }
  partCount++;
  const active = matches.filter((m) => !ignored[m.start] && !(m.e.kind && m.e.kind !== 'assist' && m.e.kind !== 'partner' && m.e.kind !== 'chef' && m.e.kind !== 'staff' && m.e.kind !== 'assoc'));
  const parts: Match[][] = Array.from({ length: partCount }, () => []);
  for (const m of active) parts[partOf[m.start]!]!.push(m);
  const substantive = (m: Match) => !m.e.low && (m.e.lvl || m.e.mod || m.e.role || m.e.kind);
  let primary = parts.findIndex((p) => p.some(substantive));
  if (primary < 0) primary = parts.findIndex((p) => p.some((m) => !m.e.low && m.e.d));
  if (primary < 0) primary = parts.findIndex((p) => p.some((m) => m.e.low && m.e.role));
  if (primary < 0) {
    const side = active.filter((m) => m.e.low).map((m) => `"${txt(m)}"`);
    evidence.push(side.length ? `only side roles (${side.join(', ')}): no department or seniority` : 'no known role, level or department word');
    return { title: input, department: 'other', seniority: 'unknown', evidence };
  }
  let ms = parts[primary]!;
  if (ms.some((m) => !m.e.low)) ms = ms.filter((m) => !m.e.low);
  if (partCount > 1) {
    let a = -1, b = -1;
    for (let t = 0; t < T; t++) if (partOf[t] === primary && !ignored[t]) { if (a < 0) a = t; b = t; }
    if (a >= 0) evidence.push(`primary role: "${orig(tStart[a]!, tEnd[b]!)}"`);
  }

  // 7. resolve special words in context
  let levelsMuted = false;
  let best: Level | null = null;
  let bestText = '';
  const mods: Partial<Record<Mod, string>> = {};
  let hasRole = false;
  let strong: Match | null = null;
  let weakM: Match | null = null;
  const deptOf = new Map<Match, Department>();
  for (const m of ms) {
    let e = m.e;
    const next = m.end < T && partOf[m.end] === primary ? toks[m.end]! : '';
    const prev = m.start > 0 && partOf[m.start - 1] === primary ? toks[m.start - 1]! : '';
    if (e.kind === 'partner') {
      const prevIsDept = matches.some((x) => x.end === m.start && x.e.d && !x.e.lvl);
      if (PARTNER_AFTER.has(next)) {
        e = { d: 'business_development', weak: true };
        evidence.push(`"${txt(m)} ${next}" → partnerships, not partner level`);
      } else if (prevIsDept || PARTNER_BEFORE.has(prev)) {
        e = { role: true };
        evidence.push(`"${prev} ${txt(m)}" → business-partner role, not partner level`);
      }
    } else if (e.kind === 'chef') {
      if (next === 'de' || next === 'des' || next === 'du' || next === 'd' || next === 'd\'') e = { lvl: 'manager' };
      else e = { role: true };
    } else if (e.kind === 'staff') {
      if (!STAFF_AFTER.has(next)) continue;
      e = { mod: 'senior' };
    } else if (e.kind === 'assoc') {
      if (ASSOC_LEVEL_AFTER.has(next)) continue;
    }
    if (e.kind === 'assist' && LINK_WORDS.has(next)) {
      levelsMuted = true;
      evidence.push(`"${txt(m)} ${next} …" → assistant role; the boss's title is ignored`);
    } else if (levelsMuted && e.lvl) {
      continue;
    }
    if (e.lvl) {
      if (!best || SENIORITY_RANK.get(e.lvl)! < SENIORITY_RANK.get(best)!) {
        best = e.lvl;
        bestText = txt(m);
      }
      evidence.push(`"${txt(m)}" → ${e.lvl}${e.d ? `, ${e.d}` : ''}`);
    } else if (e.mod) {
      if (!mods[e.mod]) mods[e.mod] = txt(m);
      evidence.push(`"${txt(m)}" → ${e.mod}${e.d ? `, ${e.d}` : ''}`);
    } else if (e.role) {
      hasRole = true;
      if (e.d) evidence.push(`"${txt(m)}" → ${e.d}${e.weak ? ' (weak)' : ''}`);
    } else if (e.d) {
      evidence.push(`"${txt(m)}" → ${e.d}${e.weak ? ' (weak)' : ''}`);
    }
    if (e.d) {
      deptOf.set(m, e.d);
      if (!e.weak) {
        if (!strong) strong = m;
      } else if (!weakM) weakM = m;
    }
  }

  // 8. seniority
  let seniority: Seniority;
  if (mods.intern && (!best || best === 'manager')) {
    seniority = 'intern';
    if (best) evidence.push(`"${mods.intern}" → intern (overrides ${best})`);
  } else if (best && best !== 'manager') {
    seniority = best;
  } else if (best === 'manager') {
    if (mods.entry) {
      seniority = 'entry';
      evidence.push(`"${mods.entry}" → entry (overrides "${bestText}")`);
    } else seniority = 'manager';
  } else if (mods.entry) seniority = 'entry';
  else if (mods.senior) seniority = 'senior';
  else if (hasRole || strong || weakM) {
    seniority = hasRole || best ? 'individual' : strong || weakM ? 'individual' : 'unknown';
    if (!hasRole) {
      seniority = 'unknown';
      evidence.push('no role or level word: seniority unknown');
    } else evidence.push('plain role → individual');
  } else seniority = 'unknown';

  // 9. department
  let department: Department;
  if (strong) department = deptOf.get(strong)!;
  else if (weakM) department = deptOf.get(weakM)!;
  else if (best === 'owner' || best === 'partner' || best === 'cxo') {
    department = 'executive';
    evidence.push(`no function word; "${bestText}" → executive`);
  } else {
    department = 'other';
    evidence.push('no function word → other');
  }
  return { title: input, department, seniority, evidence };
}

/** Memoized: the same inputs come back for every ICP and every CSV row. */
export const classifyTitle = memoize(classifyTitleUncached);

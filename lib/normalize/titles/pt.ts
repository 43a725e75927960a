import type { PageLabels, TitleLanguage } from './types';

/** Portuguese (Portugal, Brazil). */
export const labels: PageLabels = {
  website: ['site'],
  industry: ['setor'],
  size: ['tamanho da empresa'],
  headquarters: ['sede'],
  founded: ['fundada em'],
  specialties: ['especializações'],
};

export const pt: TitleLanguage = {
  code: 'pt',
  name: 'Portuguese',
  labels,
  words: {
    // Round 4: people the labelling guide puts outside every department (journalists, editors, translators, social
    // workers, policy officers, police, drivers): a strong `other`, so a field word before them does not win (main-noun rule).
    'role other': 'jornalista, redator, redatora, tradutor, tradutora, intérprete, assistente social, polícia, motorista',
    // Round 4: contact centres and complaints are customer support (labelling guide, `support`); a centre is a place
    // its manager runs ("Call Centre Manager" → manager).
    'support kind:unit': 'central de atendimento, centro de contacto, centro de contato',
    'role support': 'teleoperador, teleoperadora',
    // Round 4 field words (classes of the ESCO development split): real estate, capital markets, careers, purchasers.
    'role procurement': 'comprador, compradora',
    // Site rule (round 4): a place or industry someone runs gives its department to a head, manager or director only.
    'operations kind:site': 'indústria, industrial, oficina, resíduos, reciclagem, processamento, curtume, serração, fundição, refinaria, obra, obras, canteiro de obras',
    owner: 'proprietário, proprietária, dono, dona, sócio fundador, sócia fundadora, empresário, empresária',
    'cxo executive weak': 'gerente geral, diretor geral, diretora geral, diretor presidente, diretora presidente, diretor executivo, diretora executiva, administrador geral',
    cxo: 'conselho de administração, membro do conselho, presidente do conselho, conselheiro, conselheira',
    'director executive weak': 'procurador, procuradora',
    director: 'diretor, diretora',
    vp: 'vice presidente, vice presidenta',
    head: 'chefe',
    manager: 'responsável, coordenador, coordenadora, encarregado, encarregada',
    'manager kind:manager': 'gestor, gestora',
    'role project_management': 'gerente de projetos, gerente de projeto, gestor de projetos, gestora de projetos, gestor de projeto, responsável de projetos, responsável por projetos, responsável de projeto',
    'kind:team': 'equipa, equipe',
    // A shop is run by a people manager and sells ("Gerente de Loja" → sales / manager).
    'sales kind:unit': 'loja, megaloja, supermercado, hipermercado, mercearia, perfumaria',
    intern: 'estagiário, estagiária, estágio',
    'role research entry': 'doutorando, doutoranda',
    'kind:ex': 'antigo, antiga',
    'kind:tailc': 'em, na, no',
    // departments
    sales: 'vendas, pré vendas, prevendas, licitação, licitações, venda, comércio, varejo, retalho, aluguer, locação',
    'sales weak': 'contas, imobiliária, imobiliário, imobiliárias, imobiliários, bilheteira, bilheteria, imóveis',
    business_development: 'desenvolvimento de negócios, desenvolvimento de negócio',
    marketing: 'comunicação, publicidade, publicitário, publicitária, estudos de mercado, pesquisa de mercado, evento, conferências, relações públicas, angariação de fundos, promoção, campanha, campanhas, marca, marcas, meios de comunicação, redes sociais, imprensa, assessoria de imprensa, patrocínio, feiras, organização de eventos, assuntos públicos, eventos, comunicação interna',
    customer_success: 'sucesso do cliente, sucesso de clientes',
    support: 'atendimento, atendimento ao cliente, suporte, reclamações, apoio ao cliente',
    revenue_operations: 'operações de vendas, operações de receita',
    operations: 'operações, produção, armazém, qualidade, manutenção, cadeia de abastecimento, transporte, transportes, expedição, distribuição, frota, fabricação, fábrica, segurança no trabalho, inventário, alfândega, montagem, logística, armazenagem, embalagem, abastecimento, aprovisionamento, serviços gerais, movimentação, supply chain, mineração, pedreira, central elétrica, tratamento de águas',
    finance: 'finanças, financeiro, financeira, contabilidade, contábil, tesouraria, folha de pagamento, faturamento, banco, bancário, bancária, crédito, empréstimos, hipotecário, seguros, seguradora, sinistros, impostos, auditoria, investimentos, património, orçamento, cobrança, controladoria, riscos, valores mobiliários, bolsa de valores, fundos, previdência, pensões, resseguros, subscrição, avaliação imobiliária, tributário, tributária, contas a pagar, contas a receber, mercado de capitais, mercados de capitais, fusões e aquisições, notação de risco, auditoria interna, controles internos, controle interno',
    // Round 6: IT support for users is IT, not customer support; SAC (the customer-service desk) is support.
    it: 'infraestrutura, cibersegurança, segurança informática, sistemas de informação, centro de dados, hacker, informática, redes, vulnerabilidade, vulnerabilidades, suporte de ti, suporte ti, suporte em ti, suporte técnico de ti, suporte de informática, suporte técnico em informática, help desk, helpdesk, service desk',
    engineering: 'engenharia, engenharia civil',
    'role engineering weak': 'engenheiro, engenheira, desenvolvedor, desenvolvedora, técnico, desenhista, projetista, programador, programadora',
    data: 'dados',
    product: 'produto',
    project_management: 'projeto, projetos',
    'engineering weak': 'tecnologia',
    role: 'executivo, executiva',
    hr: 'recrutamento, seleção, emprego, diversidade, inclusão, igualdade, trabalho temporário, gestão de pessoas, capital humano, formação, treinamento, desenvolvimento organizacional, relações laborais, relações trabalhistas, departamento pessoal, orientação profissional, recursos humanos, carreira, agência de emprego, aquisição de talentos, atração de talentos, atração e seleção, gestão de talentos',
    'role hr': 'recrutador, recrutadora, consultor de recrutamento, consultora de recrutamento',
    legal: 'trabalhista, direito, tribunal, judicial, conformidade, patentes, jurídico, jurídica, propriedade intelectual, contencioso',
    'role legal': 'advogado, advogada, juiz, juíza, mediador, mediadora, oficial de justiça, magistrado, notário, notária, jurista, solicitador, solicitadora, consultor jurídico, consultora jurídica',
    research: 'pesquisa, p&d, investigação, laboratório',
    'role research': 'pesquisador, pesquisadora, bioquímico, biólogo, bióloga, matemático',
    'role research weak': 'cientista',
    'role education': 'professora',
    'education weak': 'universidade',
    'role health': 'enfermeiro, enfermeira, cirurgião, cardiologista, médico, médica, veterinário, dentista, fisioterapeuta, nutricionista, dietista, podologista, terapeuta, terapeuta ocupacional, terapeuta da fala, fonoaudiólogo, fonoaudióloga, psicólogo, psicóloga, psiquiatra, pediatra, técnico de radiologia, técnica de radiologia, optometrista, parteira, auxiliar de enfermagem, técnico de enfermagem, técnica de enfermagem, farmacêutico, farmacêutica, osteopata, acupunturista, naturopata, higienista oral',
    'role consulting weak': 'consultoria',
    'role administrative weak kind:assist': 'assistente',
    'it up': 'tic',
    health: 'saúde, hospitalar, clínica, clínico, enfermagem, farmácia, dentária, medicina, cirurgia, radiologia, cardiologia, pediatria, psiquiatria, reabilitação, geriatria, veterinária, odontologia, fisioterapia, lar de idosos, cuidados de saúde',
    education: 'educação, ensino, escola, escolar',
    // Round 6 (LinkedIn positions): insurance brokers sell (guide: sales); "interno/interna" is internal, not the typo of "intern".
    'role sales': 'corretor de imóveis, corretora de imóveis, mediador imobiliário, operador de caixa, operadora de caixa, lojista, leiloeiro, leiloeira, balconista, representante comercial, promotor de vendas, promotora de vendas, corretor de seguros, corretora de seguros, agente de seguros, consultor de seguros, consultora de seguros, vendedor interno, vendedora interna, propagandista médico, propagandista médica, propagandista, representante farmacêutico, representante farmacêutica',
    'executive weak kind:unit': 'filial, agência, região',
    design: 'animação, ilustração',
    'role design': 'ilustrador, ilustradora, decorador, decoradora, designer de interiores',
    'role operations': 'almoxarife, armazenista, operador de empilhadeira, operador de empilhador, despachante, transitário, transitária, técnico de segurança do trabalho, técnica de segurança do trabalho, técnico em segurança do trabalho, técnica em segurança do trabalho',
    'manager operations weak': 'encarregado de produção, chefe de turno',
    'role operations weak': 'operário, operária',
    'role finance': 'contabilista, contador, contadora, auditor, auditora, tesoureiro, tesoureira, atuário, atuária, avaliador imobiliário, avaliadora imobiliária, analista financeiro, analista financeira, consultor financeiro, consultora financeira, auditor interno, auditora interna',
    'role marketing': 'redator publicitário, redatora publicitária, assessor de imprensa, assessora de imprensa, organizador de eventos, organizadora de eventos',
    'role administrative weak': 'digitador, digitadora, introdução de dados',
    'role design weak': 'arquiteto, arquiteta',
    'operations weak': 'suprimentos',
    'support up': 'sac',
    'role consulting': 'consultor sap, consultora sap, consultor funcional sap, consultora funcional sap',
  },
  examples: {
    level: [['Diretora Comercial', 'sales', 'director'], ['Coordenador de Logística', 'operations', 'manager'], ['Gerente de Loja', 'sales', 'manager'], ['Gerente de Vendas', 'sales', 'individual']],
    department: [['Analista de Qualidade', 'operations', 'individual'], ['Coordenadora de Licitações', 'sales', 'manager']],
    role: [['Engenheiro de Software', 'engineering', 'individual'], ['Advogada Trabalhista', 'legal', 'individual']],
    modifier: [['Estagiário de Marketing', 'marketing', 'intern'], ['Analista Sênior de Dados', 'data', 'senior']],
    board: [['Membro do Conselho de Administração', 'executive', 'cxo'], ['Diretor Presidente', 'executive', 'cxo'], ['Procuradora', 'executive', 'director']],
  },
};

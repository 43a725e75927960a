import type { PageLabels, TitleLanguage } from './types';

/**
 * English, and the English words and abbreviations titles in every language borrow ("CEO", "VP",
 * "Key Account Manager", "IT", "HR"). Meanings: see ./types.ts.
 */
export const labels: PageLabels = {
  website: ['website'],
  industry: ['industry'],
  size: ['company size'],
  headquarters: ['headquarters'],
  founded: ['founded'],
  specialties: ['specialties'],
};

export const en: TitleLanguage = {
  code: 'en',
  name: 'English',
  labels,
  words: {
    // Round 4: people the labelling guide puts outside every department (journalists, editors, translators, social
    // workers, policy officers, police, drivers): a strong `other`, so a field word before them does not win (main-noun rule).
    'role other': 'journalists, reporter, correspondent, editor, editors, copy editor, subeditor, translator, translators, interpreter, interpreters, social worker, social workers, policy officer, policy adviser, policy advisor, policy analyst, police officer, firefighter, drivers, journalist, driver',
    // Round 4: contact centres and complaints are customer support (labelling guide, `support`); a centre is a place
    // its manager runs ("Call Centre Manager" → manager).
    'support kind:unit': 'call centre, call center, contact centre, contact center',
    // Round 4 field words (classes of the ESCO development split): real estate, capital markets, careers, purchasers.
    // Site rule (round 4): a place or industry someone runs gives its department to a head, manager or director only.
    'operations kind:site': 'industry, industrial, workshop, waste, waste management, recycling, refinery, brewery, foundry, tannery, sawmill',
    // levels
    owner: 'founder, founders, cofounder, owner, entrepreneur, business owner, proprietor, sole trader, sole proprietor',
    'partner kind:partner': 'partner',
    partner: 'managing partner, senior partner, general partner, equity partner',
    cxo: 'chief, cxo, cso, president, chairman, chairwoman, chairperson, chair, board member, member of the board, board of directors, non executive director, board director, ned, trustee',
    'cxo executive weak': 'ceo, managing director, general manager, general director, executive director',
    'cxo executive weak up': 'md, gm',
    'cxo finance': 'cfo',
    'cxo engineering': 'cto',
    'cxo it': 'cio, ciso',
    'cxo marketing': 'cmo',
    'cxo operations': 'coo',
    'cxo product': 'cpo',
    'cxo hr': 'chro',
    'cxo sales': 'cro, cco',
    'cxo data': 'cdo',
    'cxo legal': 'clo',
    'cxo business_development': 'cbo',
    vp: 'vp, svp, evp, avp, vice president, vicepresident, senior vice president, executive vice president, assistant vice president',
    // Round 6 (LinkedIn positions): "Dir.", "Sr. Dir." as people shorten them on profiles.
    director: 'director, directors, associate director, senior director, authorised signatory, authorized signatory, dir, sr dir, snr dir',
    'director executive weak': 'chief of staff',
    head: 'head, head of',
    'head legal': 'general counsel',
    'manager kind:manager': 'manager, managers, mgr, mngr',
    manager: 'team lead, team leader, teamlead, assistant manager, asst manager, asst mgr',
    'role sales': 'kam, key account manager, account manager, account executive, acct exec, acct manager, acct mgr, account executives, sales executive, salesperson, sales rep, seller, solutions engineer, sales engineer, real estate agent, estate agent, realtor, insurance broker, insurance agent, broker, brokers, trader, dealer, merchant, merchandiser, shop assistant, sales assistant, cashier, auctioneer, wholesaler, retailer, store clerk, ticket agent',
    'role sales up': 'ae',
    // Round 6: presales and account leadership named as such ("Solutions Consultant | Pre-Sales", "Global Account Director –
    // Financial Services": the sector served after the dash is not the department).
    'role sales weak': 'solutions consultant, solution consultant, solution engineer, presales consultant, pre sales consultant',
    'director sales': 'account director, key account director, client director',
    'role customer_success': 'csm',
    'role business_development': 'bdm, bdr, sdr, bdrs, sdrs, business developer, business developers',
    'role marketing': 'pmm, community manager, marketer, copywriter, publicist, press officer, spokesperson, spokesman, spokeswoman, event planner, event organiser, event organizer, conference organiser, conference organizer, advertising agent',
    'role administrative': 'office manager',
    // people-manager markers for the functional-manager rule
    'kind:team': 'team, teams',
    // A shop or store sells: its manager is sales (titles-independent.md guide, "shop and retail").
    'sales kind:unit': 'store, shop, department store, supermarket, boutique',
    'kind:unit': 'restaurant, shift, site, department, practice',
    // The head of a branch, region or division with no function named runs that part of the business: executive
    // (weak, so any function word wins: "Regional Sales Manager" is sales); a country manager sells.
    'executive weak kind:unit': 'branch, regional, area, district, division',
    'sales weak kind:unit': 'country',
    'operations kind:unit': 'plant, mine, quarry',
    // modifiers
    senior: 'senior, sr, snr, lead, principal',
    // Round 6: a company's top individual-contributor grade ("Technical Fellow", "Distinguished Engineer"); a research
    // fellow at a university is not this grade, so "fellow" alone stays a plain word.
    'role engineering weak senior': 'architect, architects, technical fellow, engineering fellow, software fellow, distinguished engineer',
    'senior engineering weak': 'tech lead',
    'kind:staff': 'staff',
    entry: 'junior, jr, jnr, trainee, graduate, grad, apprentice, entry level',
    'entry kind:assoc': 'associate',
    'role research entry': 'phd candidate, phd student',
    intern: 'intern, interns, internship, student, working student, summer intern',
    // ignore markers
    'kind:ex': 'ex, former, formerly, previously, prev, past, retired',
    'kind:tail': 'at',
    low: 'speaker, keynote, author, investor, investors, angel, mentor, podcaster, podcast, blogger, volunteer, husband, father, dad, mom',
    'role consulting weak low': 'advisor, adviser, advisors, board advisor',
    // departments
    sales: 'sales, revenue, inside sales, channel sales, pre sales, presales, bid, bids, tender, tenders, tendering, proposal, proposals, bid management, wholesale, leasing, rental, rentals, telesales, telemarketing',
    // Round 5: a property manager runs lettings (property management, labelling guide: sales, weak); client and ticket
    // desks sell; hire (UK rental) as leasing and rental.
    'sales weak': 'account, accounts, key account, retail, real estate, realty, property, property management, lettings, letting, dealership, car dealership, hire, vehicle hire, car hire, ticket sales, ticketing, client relationship, client relations',
    business_development: 'business development, sales development, bizdev, partnerships, partnership, alliances, alliance, new business, lead generation, expansion',
    'business_development up': 'bd',
    marketing: 'marketing, brand, branding, content, seo, sem, sea, ppc, social media, communications, communication, public relations, demand generation, demand gen, product marketing, media buyer, market research, events, event, campaign, campaigns, e mail marketing, email marketing, advertising, promotion, promotions, fundraising, fundraiser, media planner, media planning, conferences, conference, publicity, sponsorship, public affairs, media relations, press, press office, trade fair, trade fairs, exhibitions, trade show, trade shows, copywriting, content marketing, influencer, affiliate marketing, loyalty, promotional, trade marketing, digital marketing, marketing communications, mktg',
    'marketing up': 'pr',
    'marketing weak': 'growth',
    customer_success: 'customer success, client success, customer experience, onboarding, renewals, renewal',
    'customer_success weak': 'customer, customers, client, cx',
    support: 'support, customer service, customer care, customer support, callcenter, complaints, complaint handling',
    revenue_operations: 'revops, revenue operations, sales operations, sales ops, salesops, sales enablement, enablement, gtm operations, go to market operations, deal desk',
    'revenue_operations weak': 'salesforce',
    operations: 'operations, operation, ops, scm, operating, logistics, supply chain, production, manufacturing, warehouse, facility, facilities, quality, quality assurance, quality control, quality management, qhse, hse, ehs, fleet, business operations, continuous improvement, lean, maintenance, warehousing, transport, transportation, freight, shipping, distribution, health and safety, occupational safety, inventory, dispatch, customs, forwarding, freight forwarding, chartering, stevedoring, packaging, stock control, production planning, plant management, mill, factory, utilities, fleet management, mining, quarrying, power plant, power station, water treatment, wastewater treatment, stores',
    finance: 'finance, financial, finances, accounting, accounts payable, accounts receivable, bookkeeping, controlling, treasury, tax, taxes, audit, auditing, payroll, fp&a, fpa, investor relations, billing, credit, loan, loans, mortgage, mortgages, insurance, claims, underwriting, actuarial, taxation, securities, bonds, pension, pensions, wealth management, asset management, portfolio, budget, budgeting, banking operations, valuation, valuations, brokerage, debt, debt collection, collections, receivables, payables, invoicing, fund, funds, hedge fund, equities, fixed income, financial analysis, credit risk, reinsurance, annuities, costing, cost accounting, fiscal, capital markets, capital market, m&a, mergers and acquisitions, settlements, equity research, credit rating, ratings, shares, stock market, pawnbroking',
    'role finance': 'lender, lenders, accountant, accountants, bookkeeper, controller, treasurer, auditor, actuary, underwriter, cost accountant, valuer, appraiser, stockbroker, teller, bank teller, bank clerk, loan officer, credit officer, financial adviser, financial advisor, financial planner, financial analyst, credit analyst, investment analyst, pawnbroker, arbitrageur',
    'finance weak': 'investment, investments, banking, bank, risk, risks',
    it: 'information technology, systems, network, networks, infrastructure, security, cybersecurity, cyber, information security, help desk, helpdesk, service desk, desktop support, it support, database, databases, sap, erp, ict, it operations, it infrastructure, it service, it services, it security, hacker, hackers, penetration tester, penetration testing, vulnerability, data centre, data center, disaster recovery, telecommunications',
    'role it': 'webmaster, webmasters, system administrator, sysadmin, dba, network administrator, database administrator, it technician, it specialist',
    'it weak': 'information, cloud, system',
    'it weak up': 'it',
    'engineering weak': 'software, technical, technology, tech, mechanical, electrical',
    engineering: 'engineering, frontend, front end, backend, back end, fullstack, full stack, devops, sre, site reliability, qa, test automation, mobile, ios, android, embedded, firmware, programming, java, python',
    'role engineering': 'tester',
    'role engineering weak': 'engr, engineer, engineers, developer, developers, programmer, technician, dev, product engineer',
    data: 'data, analytics, business intelligence, machine learning, ml, artificial intelligence, big data',
    'role data': 'statistician, data scientist, data engineer, data analyst',
    'data up': 'bi, ai',
    product: 'product, products, product management',
    'role product': 'product owner, productowner, po',
    design: 'design, ux, ui, user experience, ux research, user research, graphic, art director, animation, illustration',
    'role design': 'designer, designers, illustrator, product designer, web designer, motion designer, animator, ux researcher, 3d animator',
    'design weak': 'creative, art',
    hr: 'hr, people, human resources, human resource, talent, talent acquisition, recruiting, recruitment, hrm, people operations, people ops, people and culture, learning and development, compensation, benefits, total rewards, personnel, staffing, employment, labour relations, workforce, diversity, inclusion, equal opportunities, equality, temp agency, headhunting, training and development, staff development, employee relations, industrial relations, employee experience, employer branding, careers, career guidance, career counselling, career counseling, outplacement, job placement, human capital, organisational development, organizational development, career, jobcentre, job centre, employment agency, temporary labour',
    'role hr': 'recruiter, recruiters, headhunter, hrbp, head hunter, job coach, career adviser, career advisor, careers adviser, careers advisor, career counsellor, career counselor, employment consultant, employment agent, placement officer',
    'hr weak': 'learning, culture, training',
    legal: 'legal, compliance, privacy, data protection, gdpr, law, litigation, patent, patents, court, judicial, intellectual property, legal affairs, regulatory affairs',
    'role legal': 'counsel, lawyer, attorney, solicitor, barrister, paralegal, dpo, notary, company secretary, judge, mediator, ombudsman, ombudswoman, bailiff, court clerk, conveyancer, legal executive, magistrate, prosecutor, public prosecutor, patent attorney, trademark attorney, legal adviser, legal advisor, jurist, compliance officer, legal clerk',
    'legal weak': 'contract, contracts',
    procurement: 'procurement, purchasing, sourcing, supplier, vendor, vendors, vendor management',
    'role procurement': 'buyer, buyers, purchaser, purchasers',
    project_management: 'project, projects, pmo, agile',
    'role project_management': 'scrum master, agile coach',
    'project_management weak': 'program, programme, delivery',
    'role consulting weak': 'consultant, consultants, consulting, consultancy, management consultant, advisory',
    'role administrative weak kind:assist': 'secretary, assistant, executive assistant, personal assistant, administrative assistant, office assistant, virtual assistant',
    'role administrative weak': 'administrative, administrator, office, receptionist, front desk, data entry',
    research: 'research, r&d, rnd, scientific',
    'role research': 'researcher, researchers, postdoc, postdoctoral, clinical research associate, economist, physicist, chemist, biologist, mathematician, laboratory technician, lab technician, geneticist, microbiologist, biochemist',
    'role research weak': 'scientist, scientists',
    'research weak': 'lab, laboratory',
    education: 'teaching, kindergarten, school, education, academic',
    'role education': 'teacher, teachers, professor, lecturer, tutor, instructor, educator',
    'role education weak': 'trainer',
    'education weak': 'university',
    health: 'nursing, health care, pharmacy, dental, medicine, surgery, therapy, physiotherapy, radiology, radiography, optometry, rehabilitation, care home, nursing home, hospice, midwifery, dietetics, veterinary, psychiatry, pediatrics, paediatrics, orthopaedics, orthopedics, oncology, cardiology, anaesthesia, anesthesia, dentistry, orthodontics, podiatry, audiology, obstetrics, geriatrics, elderly care, home care, public health, mental health',
    'role health': 'nurse, nurses, physician, doctor, pharmacist, therapist, physiotherapist, dentist, psychologist, paramedic, midwife, veterinarian, surgeon, caregiver, cardiologist, practitioner, clinician, optometrist, optician, radiographer, sonographer, dietitian, dietician, nutritionist, podiatrist, chiropractor, osteopath, audiologist, orthoptist, psychotherapist, occupational therapist, speech therapist, dental hygienist, hygienist, acupuncturist, homeopath, naturopath, care worker, carer, vet, medic, anaesthetist, anesthetist, radiologist, pediatrician, paediatrician, psychiatrist, gynaecologist, gynecologist, dermatologist, oncologist, neurologist, orthodontist, ophthalmologist, health visitor, physio, gp, general practitioner, nurse practitioner, healthcare assistant, pharmacy technician',
    'health weak': 'medical, clinical, hospital, healthcare, patient, health',
    // "Handler" (claims, complaints, baggage handler) names a person, no department; German "Händler" folds to the same
    // letters and is left to compounds ("Autohändler") so the English word is not read as a trader.
    role: 'handler, handlers, executive, executives, officer, officers, representative, representatives, rep, specialist, specialists, analyst, analysts, coordinator, agent, clerk, generalist, coach, expert, freelancer, freelance, electrician, cook, pilot, inspector, inspectors',
    'role operations': 'storekeeper, warehouse worker, warehouseman, dispatcher, forklift driver, logistician, order picker, expediter, expeditor, scheduler, production scheduler, stock clerk, freight clerk, shipping clerk',
    'manager operations weak': 'supervisor, foreman, forewoman, overseer',
    'role operations weak': 'operator, operators, machine operator, plant operator, process operator, operative',
    // Round 5: safety at work is operations in the labelling guide ("Safety Officer"); weak, so food, patient or product
    // safety stay with their field.
    'operations weak': 'supply, supplies, safety, workplace safety, construction safety',
  },
  examples: {
    level: [['VP of Sales EMEA', 'sales', 'vp'], ['Head of Procurement', 'procurement', 'head'], ['Store Manager', 'sales', 'manager']],
    department: [['Revenue Operations Lead', 'revenue_operations', 'senior'], ['Head of IT Operations', 'it', 'head']],
    role: [['Key Account Manager', 'sales', 'individual'], ['Bid Manager', 'sales', 'individual'], ['Recruiter', 'hr', 'individual']],
    modifier: [['Junior Product Manager', 'product', 'entry'], ['Senior Data Scientist', 'data', 'senior'], ['Marketing Intern', 'marketing', 'intern']],
    board: [['Non-Executive Director', 'executive', 'cxo'], ['Chairman of the Board', 'executive', 'cxo']],
  },
};

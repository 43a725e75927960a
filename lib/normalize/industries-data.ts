/**
 * LinkedIn Industry Codes V2 (the 434-industry taxonomy, 20 top-level groups).
 *
 * Source of truth: the public "Industry Codes V2" reference table published by
 * LinkedIn/Microsoft (learn.microsoft.com/en-us/linkedin/shared/references/reference-tables/industry-codes-v2).
 * Each line is `<indent>Name =id`; two spaces of indentation per level. The tree is
 * parsed once by ./industry.ts. Pure data, no imports.
 *
 * Notes on LinkedIn's own placement (kept as published, even where surprising):
 * - "IT Services and IT Consulting" and "Computer and Network Security" sit under
 *   "Professional Services", not under "Technology, Information and Media".
 * - "Breweries", "Distilleries" and "Wineries" are published with an empty middle
 *   level; they are placed under "Beverage Manufacturing" here.
 */
export const INDUSTRY_TREE = `
Accommodation Services =2190
  Food and Beverage Services =34
    Bars, Taverns, and Nightclubs =2217
    Caterers =2212
    Mobile Food Services =2214
    Restaurants =32
  Hospitality =31
    Bed-and-Breakfasts, Hostels, Homestays =2197
    Hotels and Motels =2194
Administrative and Support Services =1912
  Collection Agencies =1938
  Events Services =110
  Facilities Services =122
    Janitorial Services =1965
    Landscaping Services =2934
  Fundraising =101
  Office Administration =1916
  Security and Investigations =121
    Security Guards and Patrol Services =1956
    Security Systems Services =1958
  Staffing and Recruiting =104
    Executive Search Services =1923
    Temporary Help Services =1925
  Telephone Call Centers =1931
  Translation and Localization =108
  Travel Arrangements =30
  Writing and Editing =103
Construction =48
  Building Construction =406
    Nonresidential Building Construction =413
    Residential Building Construction =408
  Civil Engineering =51
    Highway, Street, and Bridge Construction =431
    Subdivision of Land =428
    Utility System Construction =419
  Specialty Trade Contractors =435
    Building Equipment Contractors =453
    Building Finishing Contractors =460
    Building Structure and Exterior Contractors =436
Consumer Services =91
  Civic and Social Organizations =90
    Industry Associations =1909
    Political Organizations =107
    Professional Organizations =1911
  Household Services =2318
  Non-profit Organizations =100
  Personal and Laundry Services =2258
    Laundry and Drycleaning Services =2272
    Personal Care Services =2259
    Pet Services =2282
  Philanthropic Fundraising Services =131
  Religious Institutions =89
  Repair and Maintenance =2225
    Commercial and Industrial Machinery Maintenance =2247
    Electronic and Precision Equipment Maintenance =2240
    Footwear and Leather Goods Repair =2255
    Reupholstery and Furniture Repair =2253
    Vehicle Repair and Maintenance =2226
Education =1999
  E-Learning Providers =132
  Higher Education =68
  Primary and Secondary Education =67
  Professional Training and Coaching =105
  Technical and Vocational Training =2018
    Cosmetology and Barber Schools =2019
    Fine Arts Schools =2025
    Flight Training =2020
    Language Schools =2029
    Secretarial Schools =2012
    Sports and Recreation Instruction =2027
Entertainment Providers =28
  Artists and Writers =38
  Museums, Historical Sites, and Zoos =37
    Historical Sites =2161
    Museums =2159
    Zoos and Botanical Gardens =2163
  Musicians =115
  Performing Arts and Spectator Sports =2130
    Circuses and Magic Shows =2139
    Dance Companies =2135
    Performing Arts =39
    Spectator Sports =33
      Racetracks =2143
      Sports Teams and Clubs =2142
    Theater Companies =2133
  Recreational Facilities =40
    Amusement Parks and Arcades =2167
    Gambling Facilities and Casinos =29
    Golf Courses and Country Clubs =2179
    Skiing Facilities =2181
    Wellness and Fitness Services =124
Farming, Ranching, Forestry =201
  Farming =63
    Horticulture =150
  Forestry and Logging =298
  Ranching and Fisheries =256
    Fisheries =66
    Ranching =64
Financial Services =43
  Capital Markets =129
    Investment Advice =1720
    Investment Banking =45
    Investment Management =46
    Securities and Commodity Exchanges =1713
    Venture Capital and Private Equity Principals =106
  Credit Intermediation =1673
    Banking =41
    International Trade and Development =141
    Loan Brokers =1696
    Savings Institutions =1678
  Funds and Trusts =1742
    Insurance and Employee Benefit Funds =1743
    Pension Funds =1745
    Trusts and Estates =1750
  Insurance =42
    Claims Adjusting, Actuarial Services =1738
    Insurance Agencies and Brokerages =1737
    Insurance Carriers =1725
Government Administration =75
  Administration of Justice =73
    Correctional Institutions =3068
    Courts of Law =3065
    Fire Protection =3070
    Law Enforcement =77
    Public Safety =78
  Economic Programs =2375
    Transportation Programs =3085
    Utilities Administration =3086
  Environmental Quality Programs =388
    Air, Water, and Waste Program Management =2366
    Conservation Programs =2368
  Health and Human Services =2353
    Education Administration Programs =69
    Public Assistance Programs =2360
    Public Health =2358
  Housing and Community Development =2369
    Community Development and Urban Planning =2374
    Housing Programs =3081
  Military and International Affairs =2391
    Armed Forces =71
    International Affairs =74
  Public Policy Offices =79
    Executive Offices =76
    Legislative Offices =72
  Space Research and Technology =3089
Holding Companies =1905
Hospitals and Health Care =14
  Community Services =2115
    Services for the Elderly and Disabled =2112
  Hospitals =2081
  Individual and Family Services =88
    Child Day Care Services =2128
    Emergency and Relief Services =2122
    Vocational Rehabilitation Services =2125
  Medical Practices =13
    Alternative Medicine =125
    Ambulance Services =2077
    Chiropractors =2048
    Dentists =2045
    Family Planning Centers =2060
    Home Health Care Services =2074
    Medical and Diagnostic Laboratories =2069
    Mental Health Care =139
    Optometrists =2050
    Outpatient Care Centers =2063
    Physical, Occupational and Speech Therapists =2054
    Physicians =2040
  Nursing Homes and Residential Care Facilities =2091
Manufacturing =25
  Apparel Manufacturing =598
    Fashion Accessories Manufacturing =615
  Appliances, Electrical, and Electronics Manufacturing =112
    Electric Lighting Equipment Manufacturing =998
    Electrical Equipment Manufacturing =2468
      Fuel Cell Manufacturing =3255
    Household Appliance Manufacturing =1005
  Chemical Manufacturing =54
    Agricultural Chemical Manufacturing =709
    Artificial Rubber and Synthetic Fiber Manufacturing =703
    Chemical Raw Materials Manufacturing =690
    Paint, Coating, and Adhesive Manufacturing =722
    Personal Care Product Manufacturing =18
    Pharmaceutical Manufacturing =15
    Soap and Cleaning Product Manufacturing =727
  Climate Technology Product Manufacturing =3251
  Computers and Electronics Manufacturing =24
    Audio and Video Equipment Manufacturing =973
    Communications Equipment Manufacturing =964
    Computer Hardware Manufacturing =3
      Accessible Hardware Manufacturing =3245
    Magnetic and Optical Media Manufacturing =994
    Measuring and Control Instrument Manufacturing =983
      Smart Meter Manufacturing =3254
    Semiconductor Manufacturing =7
      Renewable Energy Semiconductor Manufacturing =144
  Fabricated Metal Products =840
    Architectural and Structural Metal Manufacturing =852
    Boilers, Tanks, and Shipping Container Manufacturing =861
    Construction Hardware Manufacturing =871
    Cutlery and Handtool Manufacturing =849
    Metal Treatments =883
    Metal Valve, Ball, and Roller Manufacturing =887
    Spring and Wire Product Manufacturing =873
    Turned Products and Fastener Manufacturing =876
  Food and Beverage Manufacturing =23
    Animal Feed Manufacturing =481
    Baked Goods Manufacturing =529
    Beverage Manufacturing =142
      Breweries =562
      Distilleries =564
      Wineries =2500
    Dairy Product Manufacturing =65
    Fruit and Vegetable Preserves Manufacturing =504
    Meat Products Manufacturing =521
    Seafood Product Manufacturing =528
    Sugar and Confectionery Product Manufacturing =495
  Furniture and Home Furnishings Manufacturing =26
    Household and Institutional Furniture Manufacturing =1080
    Mattress and Blinds Manufacturing =1095
    Office Furniture and Fixtures Manufacturing =1090
  Glass, Ceramics and Concrete Manufacturing =145
    Abrasives and Nonmetallic Minerals Manufacturing =799
    Clay and Refractory Products Manufacturing =773
    Glass Product Manufacturing =779
    Lime and Gypsum Products Manufacturing =794
  Leather Product Manufacturing =616
    Footwear Manufacturing =622
    Women's Handbag Manufacturing =625
  Machinery Manufacturing =55
    Agriculture, Construction, Mining Machinery Manufacturing =901
    Automation Machinery Manufacturing =147
      Robot Manufacturing =3247
    Commercial and Service Industry Machinery Manufacturing =918
    Engines and Power Transmission Equipment Manufacturing =935
      Renewable Energy Equipment Manufacturing =3241
    HVAC and Refrigeration Equipment Manufacturing =923
    Industrial Machinery Manufacturing =135
    Metalworking Machinery Manufacturing =928
  Medical Equipment Manufacturing =17
  Oil and Coal Product Manufacturing =679
  Paper and Forest Product Manufacturing =61
  Plastics and Rubber Product Manufacturing =743
    Packaging and Containers Manufacturing =146
    Plastics Manufacturing =117
    Rubber Products Manufacturing =763
  Primary Metal Manufacturing =807
  Printing Services =83
  Sporting Goods Manufacturing =20
  Textile Manufacturing =60
  Tobacco Manufacturing =21
  Transportation Equipment Manufacturing =1029
    Aviation and Aerospace Component Manufacturing =52
    Defense and Space Manufacturing =1
    Motor Vehicle Manufacturing =53
      Alternative Fuel Vehicle Manufacturing =3253
    Motor Vehicle Parts Manufacturing =1042
    Railroad Equipment Manufacturing =62
    Shipbuilding =58
  Wood Product Manufacturing =784
Oil, Gas, and Mining =332
  Mining =56
    Coal Mining =341
    Metal Ore Mining =345
    Nonmetallic Mineral Mining =356
  Oil and Gas =57
    Natural Gas Extraction =3096
    Oil Extraction =3095
Professional Services =1810
  Accounting =47
  Advertising Services =80
    Government Relations Services =148
    Market Research =97
    Public Relations and Communications Services =98
  Architecture and Planning =50
    Accessible Architecture and Design =3246
  Business Consulting and Services =11
    Environmental Services =86
    Human Resources Services =137
    Marketing Services =1862
    Operations Consulting =2401
    Outsourcing and Offshoring Consulting =123
    Strategic Management Services =102
  Design Services =99
    Graphic Design =140
    Interior Design =3126
    Regenerative Design =3256
  Engineering Services =3242
    Robotics Engineering =3248
    Surveying and Mapping Services =3249
  IT Services and IT Consulting =96
    Computer and Network Security =118
    Digital Accessibility Services =3244
    IT System Custom Software Development =3102
    IT System Data Services =3106
    IT System Design Services =1855
    IT System Installation and Disposal =3104
    IT System Operations and Maintenance =3103
    IT System Testing and Evaluation =3107
    IT System Training and Support =3105
  Legal Services =10
    Alternative Dispute Resolution =120
    Law Practice =9
  Photography =136
  Research Services =70
    Biotechnology Research =12
    Nanotechnology Research =114
    Think Tanks =130
  Services for Renewable Energy =3243
  Veterinary Services =16
Real Estate and Equipment Rental Services =1757
  Equipment Rental Services =1779
    Commercial and Industrial Equipment Rental =1798
    Consumer Goods Rental =1786
  Real Estate =44
    Leasing Non-residential Real Estate =128
    Leasing Residential Real Estate =1759
    Real Estate Agents and Brokers =1770
Retail =27
  Food and Beverage Retail =1339
    Retail Groceries =22
  Online and Mail Order Retail =1445
  Retail Apparel and Fashion =19
  Retail Appliances, Electrical, and Electronic Equipment =1319
  Retail Art Dealers =3186
  Retail Art Supplies =111
  Retail Books and Printed News =1409
  Retail Building Materials and Garden Equipment =1324
  Retail Florists =1423
  Retail Furniture and Home Furnishings =1309
  Retail Gasoline =1370
  Retail Health and Personal Care Products =1359
    Retail Pharmacies =3250
  Retail Luxury Goods and Jewelry =143
  Retail Motor Vehicles =1292
  Retail Musical Instruments =1407
  Retail Office Equipment =138
  Retail Office Supplies and Gifts =1424
  Retail Recyclable Materials & Used Merchandise =1431
Technology, Information and Media =1594
  Media & Telecommunications =3133
    Book and Periodical Publishing =82
      Book Publishing =1602
      Newspaper Publishing =81
      Periodical Publishing =1600
    Broadcast Media Production and Distribution =36
      Cable and Satellite Programming =1641
      Radio and Television Broadcasting =1633
    Movies, Videos and Sound =35
      Animation and Post-production =127
      Media Production =126
      Movies and Sound Recording =1611
        Sound Recording =1623
      Sheet Music Publishing =1625
    Telecommunications =8
      Satellite Telecommunications =1649
      Telecommunications Carriers =1644
      Wireless Services =119
  Technology, Information and Internet =6
    Data Infrastructure and Analytics =2458
      Blockchain Services =3134
      Business Intelligence Platforms =3128
      Climate Data and Analytics =3252
    Information Services =84
      Internet Publishing =3132
        Blogs =3125
        Business Content =3129
        Online Audio and Video Media =113
          Internet News =3124
      Libraries =85
    Internet Marketplace Platforms =1285
    Social Networking Platforms =3127
    Software Development =4
      Computer Games =109
        Mobile Gaming Apps =3131
      Computer Networking Products =5
      Data Security Software Products =3130
      Desktop Computing Software Products =3101
      Embedded Software Products =3099
      Mobile Computing Software Products =3100
Transportation, Logistics, Supply Chain and Storage =116
  Airlines and Aviation =94
  Freight and Package Transportation =87
  Ground Passenger Transportation =1495
    Interurban and Rural Bus Services =1504
    School and Employee Bus Services =1512
    Shuttles and Special Needs Transportation Services =1517
    Sightseeing Transportation =1532
    Taxi and Limousine Services =1505
    Urban Transit Services =1497
  Maritime Transportation =95
  Pipeline Transportation =1520
  Postal Services =1573
  Rail Transportation =1481
  Truck Transportation =92
  Warehousing and Storage =93
Utilities =59
  Electric Power Generation =383
    Fossil Fuel Electric Power Generation =385
    Nuclear Electric Power Generation =386
    Renewable Energy Power Generation =3240
      Biomass Electric Power Generation =390
      Geothermal Electric Power Generation =389
      Hydroelectric Power Generation =384
      Solar Electric Power Generation =387
      Wind Electric Power Generation =2489
  Electric Power Transmission, Control, and Distribution =382
  Natural Gas Distribution =397
  Water, Waste, Steam, and Air Conditioning Services =398
    Steam and Air-Conditioning Supply =404
    Waste Collection =1981
    Waste Treatment and Disposal =1986
    Water Supply and Irrigation Systems =400
Wholesale =133
  Wholesale Alcoholic Beverages =1267
  Wholesale Apparel and Sewing Supplies =1222
  Wholesale Appliances, Electrical, and Electronics =1171
  Wholesale Building Materials =49
  Wholesale Chemical and Allied Products =1257
  Wholesale Computer Equipment =1157
  Wholesale Drugs and Sundries =1221
  Wholesale Food and Beverage =1231
  Wholesale Footwear =1230
  Wholesale Furniture and Home Furnishings =1137
  Wholesale Hardware, Plumbing, Heating Equipment =1178
  Wholesale Import and Export =134
  Wholesale Luxury Goods and Jewelry =1208
  Wholesale Machinery =1187
  Wholesale Metals and Minerals =1166
  Wholesale Motor Vehicles and Parts =1128
  Wholesale Paper Products =1212
  Wholesale Petroleum and Petroleum Products =1262
  Wholesale Photography Equipment and Supplies =1153
  Wholesale Raw Farm Products =1250
  Wholesale Recyclable Materials =1206
`;

/**
 * LinkedIn Industry V1 names (the 148-industry list, still shown on older pages and in
 * exports) → V2 names. LinkedIn kept the numeric ids when it renamed, so this follows
 * the id: V1 name of id N → V2 name of id N.
 */
export const V1_TO_V2: Readonly<Record<string, string>> = {
  'Defense & Space': 'Defense and Space Manufacturing',
  'Computer Hardware': 'Computer Hardware Manufacturing',
  'Computer Software': 'Software Development',
  'Computer Networking': 'Computer Networking Products',
  Internet: 'Technology, Information and Internet',
  Semiconductors: 'Semiconductor Manufacturing',
  Telecommunications: 'Telecommunications',
  'Law Practice': 'Law Practice',
  'Legal Services': 'Legal Services',
  'Management Consulting': 'Business Consulting and Services',
  Biotechnology: 'Biotechnology Research',
  'Medical Practice': 'Medical Practices',
  'Hospital & Health Care': 'Hospitals and Health Care',
  Pharmaceuticals: 'Pharmaceutical Manufacturing',
  Veterinary: 'Veterinary Services',
  'Medical Devices': 'Medical Equipment Manufacturing',
  Cosmetics: 'Personal Care Product Manufacturing',
  'Apparel & Fashion': 'Retail Apparel and Fashion',
  'Sporting Goods': 'Sporting Goods Manufacturing',
  Tobacco: 'Tobacco Manufacturing',
  Supermarkets: 'Retail Groceries',
  'Food Production': 'Food and Beverage Manufacturing',
  'Consumer Electronics': 'Computers and Electronics Manufacturing',
  'Consumer Goods': 'Manufacturing',
  Furniture: 'Furniture and Home Furnishings Manufacturing',
  Retail: 'Retail',
  Entertainment: 'Entertainment Providers',
  'Gambling & Casinos': 'Gambling Facilities and Casinos',
  'Leisure, Travel & Tourism': 'Travel Arrangements',
  Hospitality: 'Hospitality',
  Restaurants: 'Restaurants',
  Sports: 'Spectator Sports',
  'Food & Beverages': 'Food and Beverage Services',
  'Motion Pictures and Film': 'Movies, Videos and Sound',
  'Broadcast Media': 'Broadcast Media Production and Distribution',
  'Museums and Institutions': 'Museums, Historical Sites, and Zoos',
  'Fine Art': 'Artists and Writers',
  'Performing Arts': 'Performing Arts',
  'Recreational Facilities and Services': 'Recreational Facilities',
  Banking: 'Banking',
  Insurance: 'Insurance',
  'Financial Services': 'Financial Services',
  'Real Estate': 'Real Estate',
  'Investment Banking': 'Investment Banking',
  'Investment Management': 'Investment Management',
  Accounting: 'Accounting',
  Construction: 'Construction',
  'Building Materials': 'Wholesale Building Materials',
  'Architecture & Planning': 'Architecture and Planning',
  'Civil Engineering': 'Civil Engineering',
  'Aviation & Aerospace': 'Aviation and Aerospace Component Manufacturing',
  Automotive: 'Motor Vehicle Manufacturing',
  Chemicals: 'Chemical Manufacturing',
  Machinery: 'Machinery Manufacturing',
  'Mining & Metals': 'Mining',
  'Oil & Energy': 'Oil and Gas',
  Shipbuilding: 'Shipbuilding',
  Utilities: 'Utilities',
  Textiles: 'Textile Manufacturing',
  'Paper & Forest Products': 'Paper and Forest Product Manufacturing',
  'Railroad Manufacture': 'Railroad Equipment Manufacturing',
  Farming: 'Farming',
  Ranching: 'Ranching',
  Dairy: 'Dairy Product Manufacturing',
  Fishery: 'Fisheries',
  'Primary/Secondary Education': 'Primary and Secondary Education',
  'Higher Education': 'Higher Education',
  'Education Management': 'Education Administration Programs',
  Research: 'Research Services',
  Military: 'Armed Forces',
  'Legislative Office': 'Legislative Offices',
  Judiciary: 'Administration of Justice',
  'International Affairs': 'International Affairs',
  'Government Administration': 'Government Administration',
  'Executive Office': 'Executive Offices',
  'Law Enforcement': 'Law Enforcement',
  'Public Safety': 'Public Safety',
  'Public Policy': 'Public Policy Offices',
  'Marketing and Advertising': 'Advertising Services',
  'Marketing & Advertising': 'Advertising Services',
  Newspapers: 'Newspaper Publishing',
  Publishing: 'Book and Periodical Publishing',
  Printing: 'Printing Services',
  'Information Services': 'Information Services',
  Libraries: 'Libraries',
  'Environmental Services': 'Environmental Services',
  'Package/Freight Delivery': 'Freight and Package Transportation',
  'Individual & Family Services': 'Individual and Family Services',
  'Religious Institutions': 'Religious Institutions',
  'Civic & Social Organization': 'Civic and Social Organizations',
  'Consumer Services': 'Consumer Services',
  'Transportation/Trucking/Railroad': 'Truck Transportation',
  Warehousing: 'Warehousing and Storage',
  'Airlines/Aviation': 'Airlines and Aviation',
  Maritime: 'Maritime Transportation',
  'Information Technology and Services': 'IT Services and IT Consulting',
  'Information Technology & Services': 'IT Services and IT Consulting',
  'Market Research': 'Market Research',
  'Public Relations and Communications': 'Public Relations and Communications Services',
  Design: 'Design Services',
  'Nonprofit Organization Management': 'Non-profit Organizations',
  'Fund-Raising': 'Fundraising',
  'Program Development': 'Strategic Management Services',
  'Writing and Editing': 'Writing and Editing',
  'Staffing and Recruiting': 'Staffing and Recruiting',
  'Professional Training & Coaching': 'Professional Training and Coaching',
  'Venture Capital & Private Equity': 'Venture Capital and Private Equity Principals',
  'Political Organization': 'Political Organizations',
  'Translation and Localization': 'Translation and Localization',
  'Computer Games': 'Computer Games',
  'Events Services': 'Events Services',
  'Arts and Crafts': 'Retail Art Supplies',
  'Electrical/Electronic Manufacturing': 'Appliances, Electrical, and Electronics Manufacturing',
  'Online Media': 'Online Audio and Video Media',
  Nanotechnology: 'Nanotechnology Research',
  Music: 'Musicians',
  'Logistics and Supply Chain': 'Transportation, Logistics, Supply Chain and Storage',
  Plastics: 'Plastics Manufacturing',
  'Computer & Network Security': 'Computer and Network Security',
  Wireless: 'Wireless Services',
  'Alternative Dispute Resolution': 'Alternative Dispute Resolution',
  'Security and Investigations': 'Security and Investigations',
  'Facilities Services': 'Facilities Services',
  'Outsourcing/Offshoring': 'Outsourcing and Offshoring Consulting',
  'Health, Wellness and Fitness': 'Wellness and Fitness Services',
  'Alternative Medicine': 'Alternative Medicine',
  'Media Production': 'Media Production',
  Animation: 'Animation and Post-production',
  'Commercial Real Estate': 'Leasing Non-residential Real Estate',
  'Capital Markets': 'Capital Markets',
  'Think Tanks': 'Think Tanks',
  Philanthropy: 'Philanthropic Fundraising Services',
  'E-Learning': 'E-Learning Providers',
  Wholesale: 'Wholesale',
  'Import and Export': 'Wholesale Import and Export',
  'Mechanical or Industrial Engineering': 'Industrial Machinery Manufacturing',
  Photography: 'Photography',
  'Human Resources': 'Human Resources Services',
  'Business Supplies and Equipment': 'Retail Office Equipment',
  'Mental Health Care': 'Mental Health Care',
  'Graphic Design': 'Graphic Design',
  'International Trade and Development': 'International Trade and Development',
  'Wine and Spirits': 'Beverage Manufacturing',
  'Luxury Goods & Jewelry': 'Retail Luxury Goods and Jewelry',
  'Renewables & Environment': 'Renewable Energy Semiconductor Manufacturing',
  'Glass, Ceramics & Concrete': 'Glass, Ceramics and Concrete Manufacturing',
  'Packaging and Containers': 'Packaging and Containers Manufacturing',
  'Industrial Automation': 'Automation Machinery Manufacturing',
  'Government Relations': 'Government Relations Services',
  // Interim V2 labels LinkedIn showed in 2021–2022 before the current names.
  'Software Publishers': 'Software Development',
  'Computers and Electronics': 'Computers and Electronics Manufacturing',
  'Technology, Information and Media Services': 'Technology, Information and Media',
  'Staffing & Recruiting': 'Staffing and Recruiting',
  'Mobile Games': 'Mobile Gaming Apps',
};

/**
 * Words used in ICPs that are not LinkedIn industry names. Each maps to one or more
 * V2 industries; a synonym always covers the listed industries and all their
 * descendants. The first target is the "canonical" reading of the synonym.
 */
export const INDUSTRY_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  Software: ['Software Development'],
  'Software companies': ['Software Development'],
  'Software vendors': ['Software Development'],
  SaaS: ['Software Development'],
  'B2B SaaS': ['Software Development'],
  'B2B software': ['Software Development'],
  'Enterprise software': ['Software Development'],
  ISV: ['Software Development'],
  Tech: ['Technology, Information and Media', 'IT Services and IT Consulting'],
  Technology: ['Technology, Information and Media', 'IT Services and IT Consulting'],
  'High tech': ['Technology, Information and Media', 'IT Services and IT Consulting'],
  'Tech companies': ['Technology, Information and Media', 'IT Services and IT Consulting'],
  IT: ['IT Services and IT Consulting'],
  'IT services': ['IT Services and IT Consulting'],
  'IT consulting': ['IT Services and IT Consulting'],
  MSP: ['IT Services and IT Consulting'],
  'Managed services': ['IT Services and IT Consulting'],
  'System integrators': ['IT Services and IT Consulting'],
  Fintech: ['Financial Services'],
  Finance: ['Financial Services'],
  'Financial institutions': ['Financial Services'],
  Banks: ['Banking'],
  Insurtech: ['Insurance'],
  'Private equity': ['Venture Capital and Private Equity Principals'],
  'Venture capital': ['Venture Capital and Private Equity Principals'],
  VC: ['Venture Capital and Private Equity Principals'],
  PE: ['Venture Capital and Private Equity Principals'],
  'Asset management': ['Investment Management'],
  'Professional services': ['Professional Services'],
  'Financial services': ['Financial Services'],
  Manufacturing: ['Manufacturing'],
  Healthcare: ['Hospitals and Health Care'],
  'Health care': ['Hospitals and Health Care'],
  Health: ['Hospitals and Health Care'],
  'Life sciences': ['Biotechnology Research', 'Pharmaceutical Manufacturing', 'Medical Equipment Manufacturing'],
  Pharma: ['Pharmaceutical Manufacturing'],
  Biotech: ['Biotechnology Research'],
  Medtech: ['Medical Equipment Manufacturing'],
  Consulting: ['Business Consulting and Services', 'IT Services and IT Consulting'],
  Consultancies: ['Business Consulting and Services', 'IT Services and IT Consulting'],
  Cybersecurity: ['Computer and Network Security', 'Data Security Software Products'],
  'Cyber security': ['Computer and Network Security', 'Data Security Software Products'],
  Infosec: ['Computer and Network Security', 'Data Security Software Products'],
  Ecommerce: ['Online and Mail Order Retail', 'Internet Marketplace Platforms'],
  'Online retail': ['Online and Mail Order Retail'],
  Marketplaces: ['Internet Marketplace Platforms'],
  Agencies: ['Advertising Services', 'Marketing Services'],
  'Marketing agencies': ['Advertising Services', 'Marketing Services'],
  'Advertising agencies': ['Advertising Services'],
  'Digital agencies': ['Advertising Services', 'Marketing Services'],
  'Creative agencies': ['Advertising Services', 'Design Services'],
  'PR agencies': ['Public Relations and Communications Services'],
  Marketing: ['Advertising Services', 'Marketing Services'],
  'Recruiting agencies': ['Staffing and Recruiting'],
  'Staffing agencies': ['Staffing and Recruiting'],
  Staffing: ['Staffing and Recruiting'],
  Recruiting: ['Staffing and Recruiting'],
  'HR services': ['Human Resources Services'],
  Legal: ['Legal Services'],
  'Law firms': ['Law Practice'],
  Legaltech: ['Legal Services', 'Software Development'],
  'Accounting firms': ['Accounting'],
  Edtech: ['E-Learning Providers'],
  'Higher ed': ['Higher Education'],
  Universities: ['Higher Education'],
  'K-12': ['Primary and Secondary Education'],
  Telecom: ['Telecommunications'],
  Telco: ['Telecommunications'],
  Media: ['Media & Telecommunications'],
  Publishing: ['Book and Periodical Publishing', 'Internet Publishing'],
  Gaming: ['Computer Games'],
  'Video games': ['Computer Games'],
  Data: ['Data Infrastructure and Analytics'],
  Analytics: ['Data Infrastructure and Analytics'],
  Hardware: ['Computer Hardware Manufacturing'],
  Electronics: ['Computers and Electronics Manufacturing', 'Appliances, Electrical, and Electronics Manufacturing'],
  Industrial: ['Manufacturing'],
  Industrials: ['Manufacturing'],
  Manufacturers: ['Manufacturing'],
  CPG: ['Manufacturing'],
  'Consumer packaged goods': ['Manufacturing'],
  'Food and beverage': ['Food and Beverage Manufacturing', 'Food and Beverage Services', 'Food and Beverage Retail'],
  'F&B': ['Food and Beverage Manufacturing', 'Food and Beverage Services', 'Food and Beverage Retail'],
  Aerospace: ['Aviation and Aerospace Component Manufacturing', 'Defense and Space Manufacturing'],
  Defense: ['Defense and Space Manufacturing', 'Armed Forces'],
  Energy: ['Utilities', 'Oil, Gas, and Mining'],
  'Oil and gas': ['Oil and Gas'],
  Renewables: ['Renewable Energy Power Generation', 'Renewable Energy Equipment Manufacturing', 'Services for Renewable Energy'],
  Cleantech: ['Climate Technology Product Manufacturing', 'Renewable Energy Power Generation', 'Services for Renewable Energy'],
  Logistics: ['Transportation, Logistics, Supply Chain and Storage'],
  Transportation: ['Transportation, Logistics, Supply Chain and Storage'],
  'Supply chain': ['Transportation, Logistics, Supply Chain and Storage'],
  'Real estate': ['Real Estate'],
  Proptech: ['Real Estate'],
  Construction: ['Construction'],
  Retailers: ['Retail'],
  Nonprofit: ['Non-profit Organizations'],
  Nonprofits: ['Non-profit Organizations'],
  NGO: ['Non-profit Organizations'],
  Charities: ['Non-profit Organizations', 'Philanthropic Fundraising Services'],
  Government: ['Government Administration'],
  'Public sector': ['Government Administration'],
  Travel: ['Travel Arrangements', 'Hospitality'],
  'Hotels': ['Hotels and Motels'],
  Automotive: ['Motor Vehicle Manufacturing'],
  Agriculture: ['Farming, Ranching, Forestry'],
  Agtech: ['Farming, Ranching, Forestry'],
};

/**
 * CRM industry picklists, as a stated industry arrives from a CRM export or an account book.
 *
 * - Salesforce's standard Account.Industry picklist (32 values: Agriculture … Utilities, Other).
 *   Its values are coarse, so each maps to every V2 industry it commonly covers; a stated value
 *   matches an ICP term when any of its readings does ("Technology" covers "Software
 *   Development", so a SaaS ICP matches a Salesforce export as it matches a HubSpot one).
 *   Values that already read right as synonyms (Banking, Insurance, Retail…) are listed too, so
 *   the full picklist is here in one place and tested as such. "Other" says nothing and is absent.
 * - HubSpot's default company `industry` property: its internal values (COMPUTER_SOFTWARE,
 *   INFORMATION_TECHNOLOGY_AND_SERVICES, …) and labels are LinkedIn's V1 industry names, so
 *   `V1_TO_V2` reads every one of them once underscores become spaces (no entry needed here).
 *   tests/unit/normalize-industry.test.ts runs every value of both lists.
 */
export const CRM_PICKLIST_INDUSTRIES: Readonly<Record<string, readonly string[]>> = {
  // Salesforce Account.Industry
  Agriculture: ['Farming, Ranching, Forestry'],
  Apparel: ['Apparel Manufacturing', 'Retail Apparel and Fashion'],
  Banking: ['Banking'],
  Biotechnology: ['Biotechnology Research'],
  Chemicals: ['Chemical Manufacturing'],
  Communications: ['Telecommunications', 'Media & Telecommunications', 'Public Relations and Communications Services'],
  Construction: ['Construction'],
  Consulting: ['Business Consulting and Services', 'IT Services and IT Consulting'],
  Education: ['Education'],
  Electronics: ['Computers and Electronics Manufacturing', 'Appliances, Electrical, and Electronics Manufacturing'],
  Energy: ['Utilities', 'Oil, Gas, and Mining'],
  Engineering: ['Engineering Services', 'Civil Engineering'],
  Entertainment: ['Entertainment Providers'],
  Environmental: ['Environmental Services'],
  Finance: ['Financial Services'],
  'Food & Beverage': ['Food and Beverage Manufacturing', 'Food and Beverage Services', 'Food and Beverage Retail'],
  Government: ['Government Administration'],
  Healthcare: ['Hospitals and Health Care'],
  Hospitality: ['Hospitality'],
  Insurance: ['Insurance'],
  Machinery: ['Machinery Manufacturing'],
  Manufacturing: ['Manufacturing'],
  Media: ['Media & Telecommunications'],
  'Not For Profit': ['Non-profit Organizations'],
  Recreation: ['Recreational Facilities', 'Entertainment Providers'],
  Retail: ['Retail'],
  Shipping: ['Freight and Package Transportation', 'Maritime Transportation', 'Transportation, Logistics, Supply Chain and Storage'],
  Technology: ['Software Development', 'IT Services and IT Consulting', 'Technology, Information and Internet'],
  Telecommunications: ['Telecommunications'],
  Transportation: ['Transportation, Logistics, Supply Chain and Storage'],
  Utilities: ['Utilities'],
};

#pragma once

// Fixed tables of the demo data set (DemoSeeder). Places and public bodies are real Canadian ones;
// businesses, people and insurers are invented. Postal codes are valid and match their province.

namespace adesk::demo {

struct Municipality {
    const char *city;
    const char *name; ///< licensing authority, in the city's language
    const char *address;
    const char *prefix; ///< licence number prefix
};

inline constexpr Municipality kMunicipalities[] = {
    {"Toronto", "City of Toronto — Municipal Licensing & Standards", "100 Queen St W, Toronto ON M5H 2N2",
     "TOR"},
    {"Ottawa", "City of Ottawa — By-law & Regulatory Services", "110 Laurier Ave W, Ottawa ON K1P 1J1",
     "OTT"},
    {"Montréal", "Ville de Montréal — Service de l'urbanisme", "275 rue Notre-Dame Est, Montréal QC H2Y 1C6",
     "MTL"},
    {"Québec", "Ville de Québec — Service de la planification", "2 rue des Jardins, Québec QC G1R 4S9",
     "QUE"},
    {"Vancouver", "City of Vancouver — Business Licence Office", "453 W 12th Ave, Vancouver BC V5Y 1V4",
     "VAN"},
    {"Calgary", "The City of Calgary — Business Licensing", "800 Macleod Trail SE, Calgary AB T2G 2M3",
     "CGY"},
    {"Edmonton", "City of Edmonton — Business Licensing", "10111 104 Ave NW, Edmonton AB T5J 0J4", "EDM"},
    {"Halifax", "Halifax Regional Municipality — Licensing", "1841 Argyle St, Halifax NS B3J 3A5", "HFX"},
    {"Mississauga", "City of Mississauga — Mobile Licensing", "300 City Centre Dr, Mississauga ON L5B 3C1",
     "MIS"},
    {"Laval", "Ville de Laval — Service de l'urbanisme", "1 place du Souvenir, Laval QC H7V 1W7", "LAV"},
    {"Sherbrooke", "Ville de Sherbrooke", "191 rue du Palais, Sherbrooke QC J1H 5H9", "SHE"},
    {"Gatineau", "Ville de Gatineau", "25 rue Laurier, Gatineau QC J8X 3Y9", "GAT"},
    {"Hamilton", "City of Hamilton — Licensing & By-law Services", "71 Main St W, Hamilton ON L8P 4Y5",
     "HAM"},
    {"London", "City of London — Licensing", "300 Dufferin Ave, London ON N6A 4L9", "LDN"},
    {"Burnaby", "City of Burnaby — Business Licence Office", "4949 Canada Way, Burnaby BC V5G 1M2", "BBY"},
    {"Longueuil", "Ville de Longueuil", "4250 chemin de la Savane, Longueuil QC J3Y 9G4", "LGL"},
};

struct Insurer {
    const char *province;
    const char *name;
    const char *address;
    const char *prefix;
    const char *signatory;
};

inline constexpr Insurer kInsurers[] = {
    {"ON", "Maple Shield Insurance Company", "100 King St W, Toronto ON M5X 1C9 · 1-800-555-0199", "MSI",
     "Jordan Whitfield"},
    {"ON", "Northern Trades Assurance", "20 Dundas St W, Toronto ON M5G 2C2 · 1-888-555-0143", "NTA",
     "Karen Osei"},
    {"QC", "Assurances Bellerive inc.", "1000 rue De La Gauchetière O, Montréal QC H3B 4W5 · 1-877-555-0117",
     "ABV", "Nathalie Bergeron"},
    {"QC", "Mutuelle des garagistes du Québec",
     "625 boul. René-Lévesque O, Montréal QC H3B 1R2 · 1-866-555-0170", "MGQ", "Pierre-Luc Dion"},
    {"BC", "Pacific Harbour Insurance Ltd.", "885 W Georgia St, Vancouver BC V6C 3E8 · 1-855-555-0108", "PHI",
     "Emma Lindqvist"},
    {"AB", "Prairie Garage Mutual", "333 7 Ave SW, Calgary AB T2P 2Z1 · 1-844-555-0126", "PGM", "Tom Reimer"},
    {"NS", "Atlantic Shore Insurance Co.", "1969 Upper Water St, Halifax NS B3J 3R7 · 1-833-555-0164", "ASI",
     "Colleen Doyle"},
};

struct TradeAuthority {
    const char *province;
    const char *name;
    const char *address;
    const char *signatory;
};

inline constexpr TradeAuthority kTradeAuthorities[] = {
    {"ON", "Skilled Trades Ontario", "175 Bloor St E, Toronto ON M4W 3R8", "Registrar"},
    {"QC", "Ministère de l'Emploi et de la Solidarité sociale — Qualification professionnelle",
     "425 rue Jacques-Parizeau, Québec QC G1R 4Z1", "Directrice de la qualification professionnelle"},
    {"BC", "SkilledTradesBC", "8100 Granville Ave, Richmond BC V6Y 3T6", "Registrar"},
    {"AB", "Alberta Apprenticeship and Industry Training", "10230 Jasper Ave NW, Edmonton AB T5J 4P6",
     "Executive Director"},
    {"NS", "Nova Scotia Apprenticeship Agency", "1256 Barrington St, Halifax NS B3J 1Y6", "Registrar"},
};

/// Land registries (proof of ownership of a workshop's premises).
inline constexpr TradeAuthority kLandRegistries[] = {
    {"ON", "ServiceOntario — Land Registry Office", "777 Bay St, Toronto ON M5G 2C8", "Land Registrar"},
    {"QC", "Registre foncier du Québec", "5700 4e Avenue Ouest, Québec QC G1H 6R1",
     "Officier de la publicité foncière"},
    {"BC", "Land Title and Survey Authority of British Columbia",
     "200-1321 Blanshard St, Victoria BC V8W 9J3", "Registrar"},
    {"AB", "Alberta Land Titles Office", "10365 97 St NW, Edmonton AB T5J 3W7", "Registrar"},
    {"NS", "Nova Scotia Land Registration Office", "2 Bedford Hwy, Halifax NS B3M 2J2", "Registrar"},
};

struct Organization {
    const char *name;
    const char *type; ///< workshop | mobile_service
    const char *email;
    const char *phone;
    const char *address;
    const char *city;
    const char *province;
    const char *postalCode;
    const char *timeZone;
    const char *language;
    const char *ownerName;
    long long insuranceCents;
    int platformFeeBp;
    const char *mvisLicence; ///< Ontario Motor Vehicle Inspection Station licence, or nullptr
};

inline constexpr Organization kOrganizations[] = {
    {"Danforth Auto Care", "workshop", "service@danforthautocare.ca", "416-555-0142", "2451 Danforth Ave",
     "Toronto", "ON", "M4C 1K9", "America/Toronto", "en", "Daniel Okafor", 500000000, 2000, "MVIS-0418827"},
    {"Queen West Garage", "workshop", "hello@queenwestgarage.ca", "416-555-0178", "1120 Queen St W",
     "Toronto", "ON", "M6J 1H9", "America/Toronto", "en", "Sarah Kowalski", 200000000, 1800, nullptr},
    {"Bank Street Motors", "workshop", "info@bankstreetmotors.ca", "613-555-0131", "1250 Bank St", "Ottawa",
     "ON", "K1S 3Y3", "America/Toronto", "en", "Michael Chen", 200000000, 2000, "MVIS-0522190"},
    {"Garage Saint-Denis inc.", "workshop", "atelier@garagesaintdenis.ca", "514-555-0166",
     "4520 rue Saint-Denis", "Montréal", "QC", "H2J 2L3", "America/Toronto", "fr", "Isabelle Gagnon",
     300000000, 2000, nullptr},
    {"Atelier mécanique Rosemont", "workshop", "service@mecaniquerosemont.ca", "514-555-0123",
     "2900 rue Masson", "Montréal", "QC", "H1Y 1W9", "America/Toronto", "fr", "Jean-François Bouchard",
     200000000, 2000, nullptr},
    {"Garage Charlesbourg enr.", "workshop", "info@garagecharlesbourg.ca", "418-555-0187",
     "8500 boulevard Henri-Bourassa", "Québec", "QC", "G1G 4E2", "America/Toronto", "fr", "Marie-Claude Roy",
     200000000, 2000, nullptr},
    {"Kingsway Auto Service", "workshop", "service@kingswayauto.ca", "604-555-0119", "3300 Kingsway",
     "Vancouver", "BC", "V5R 5K5", "America/Vancouver", "en", "Harjit Sandhu", 500000000, 2000, nullptr},
    {"Macleod Trail Automotive", "workshop", "shop@macleodtrailauto.ca", "403-555-0154",
     "7220 Macleod Trail SE", "Calgary", "AB", "T2H 0L9", "America/Edmonton", "en", "Kyle Anderson",
     200000000, 1500, nullptr},
    {"Whyte Avenue Auto Clinic", "workshop", "clinic@whyteautoclinic.ca", "780-555-0182", "10405 82 Ave NW",
     "Edmonton", "AB", "T6E 2A2", "America/Edmonton", "en", "Priya Nair", 200000000, 2000, nullptr},
    {"Robie Street Garage", "workshop", "garage@robiestreet.ca", "902-555-0137", "2533 Robie St", "Halifax",
     "NS", "B3K 4N2", "America/Halifax", "en", "Liam MacDonald", 200000000, 2000, nullptr},
    {"Mobile Mechanics GTA Inc.", "mobile_service", "dispatch@mobilemechanicsgta.ca", "905-555-0111",
     "100 City Centre Dr", "Mississauga", "ON", "L5B 2C9", "America/Toronto", "en", "Ahmed Hassan", 200000000,
     2000, nullptr},
    {"Mécanique mobile Laval inc.", "mobile_service", "service@mecaniquemobilelaval.ca", "450-555-0148",
     "3030 boulevard Le Carrefour", "Laval", "QC", "H7T 2P5", "America/Toronto", "fr", "Sophie Lavoie",
     200000000, 2000, nullptr},
};

struct Mechanic {
    const char *name;
    const char *tier; ///< virtual_only | workshop_affiliated | licensed_mobile
    int organization; ///< index in kOrganizations, -1 for an independent
    const char *street;
    const char *city;
    const char *province;
    const char *postalCode;
    const char *language;
    bool redSeal;
    int yearsExperience;
};

inline constexpr Mechanic kMechanics[] = {
    // Independents: virtual consultations only.
    {"Ethan Brooks", "virtual_only", -1, "88 Spadina Ave", "Toronto", "ON", "M5V 2T6", "en", true, 12},
    {"Olivia Martin", "virtual_only", -1, "340 Elgin St", "Ottawa", "ON", "K2P 1L4", "en", false, 6},
    {"Mathieu Lefebvre", "virtual_only", -1, "1250 rue University", "Montréal", "QC", "H3B 2Y5", "fr", true,
     15},
    {"Chloé Pelletier", "virtual_only", -1, "55 rue Saint-Paul", "Québec", "QC", "G1K 3X2", "fr", false, 4},
    {"Ryan Gill", "virtual_only", -1, "128 W Hastings St", "Vancouver", "BC", "V6B 1A1", "en", true, 9},
    {"Hannah Schmidt", "virtual_only", -1, "505 3 St SW", "Calgary", "AB", "T2P 1J9", "en", false, 7},
    {"Noah Campbell", "virtual_only", -1, "10150 117 St NW", "Edmonton", "AB", "T5K 0L1", "en", false, 3},
    {"Emily Fraser", "virtual_only", -1, "5850 Spring Garden Rd", "Halifax", "NS", "B3H 1Y6", "en", true, 11},
    {"Gabriel Côté", "virtual_only", -1, "120 rue King Ouest", "Sherbrooke", "QC", "J1H 1Z1", "fr", true, 18},
    {"Amélie Gauthier", "virtual_only", -1, "40 rue Laval", "Gatineau", "QC", "J8X 2K4", "fr", false, 5},
    {"Marcus Johnson", "virtual_only", -1, "21 King St E", "Hamilton", "ON", "L8P 4R5", "en", false, 8},
    {"Aisha Rahman", "virtual_only", -1, "380 Wellington St", "London", "ON", "N6A 3K7", "en", true, 10},
    {"Kevin Tran", "virtual_only", -1, "4500 Kingsway", "Burnaby", "BC", "V5H 4M3", "en", false, 2},
    {"Louis-Philippe Bergeron", "virtual_only", -1, "150 rue Saint-Charles Ouest", "Longueuil", "QC",
     "J4K 2T5", "fr", true, 21},
    // Workshop mechanics, two per workshop.
    {"James Wilson", "workshop_affiliated", 0, "14 Glebemount Ave", "Toronto", "ON", "M4J 2X6", "en", true,
     14},
    {"Fatima Siddiqui", "workshop_affiliated", 0, "210 Kingston Rd", "Toronto", "ON", "M4E 1G8", "en", false,
     5},
    {"Daniel Rossi", "workshop_affiliated", 1, "95 Jefferson Ave", "Toronto", "ON", "M6K 1X3", "en", true,
     17},
    {"Grace Liu", "workshop_affiliated", 1, "33 Shaw St", "Toronto", "ON", "M6J 2Z4", "en", false, 3},
    {"Connor Murphy", "workshop_affiliated", 2, "72 Sunnyside Ave", "Ottawa", "ON", "K1S 1B4", "en", true,
     13},
    {"Nadia Haddad", "workshop_affiliated", 2, "420 Holland Ave", "Ottawa", "ON", "K1Y 2E6", "en", false, 6},
    {"Marc-André Tremblay", "workshop_affiliated", 3, "4310 rue de Brébeuf", "Montréal", "QC", "H2J 1X5",
     "fr", true, 19},
    {"Julie Lévesque", "workshop_affiliated", 3, "2215 rue Rachel Est", "Montréal", "QC", "H2H 2R9", "fr",
     false, 7},
    {"Samuel Girard", "workshop_affiliated", 4, "5600 avenue Papineau", "Montréal", "QC", "H1Y 2G4", "fr",
     true, 11},
    {"Catherine Morin", "workshop_affiliated", 4, "3150 rue Bélanger", "Montréal", "QC", "H1X 1L3", "fr",
     false, 4},
    {"Philippe Bélanger", "workshop_affiliated", 5, "1200 avenue du Bourg-Royal", "Québec", "QC", "G1H 3V6",
     "fr", true, 16},
    {"Émilie Fortin", "workshop_affiliated", 5, "780 rue de la Sorbonne", "Québec", "QC", "G1G 5H4", "fr",
     false, 8},
    {"Jason Park", "workshop_affiliated", 6, "2850 Commercial Dr", "Vancouver", "BC", "V5N 2C3", "en", true,
     10},
    {"Manpreet Dhillon", "workshop_affiliated", 6, "4120 Fraser St", "Vancouver", "BC", "V5R 3M8", "en",
     false, 5},
    {"Tyler Thompson", "workshop_affiliated", 7, "610 66 Ave SW", "Calgary", "AB", "T2H 1M7", "en", true, 12},
    {"Jessica Nguyen", "workshop_affiliated", 7, "9920 Elbow Dr SW", "Calgary", "AB", "T2J 0P8", "en", false,
     4},
    {"Brandon Lee", "workshop_affiliated", 8, "8215 104 St NW", "Edmonton", "AB", "T6E 4R2", "en", true, 9},
    {"Megan Kowalchuk", "workshop_affiliated", 8, "11020 University Ave NW", "Edmonton", "AB", "T6G 1C3",
     "en", false, 3},
    {"Owen MacLeod", "workshop_affiliated", 9, "3400 Kempt Rd", "Halifax", "NS", "B3K 2N4", "en", true, 20},
    {"Sophie Boudreau", "workshop_affiliated", 9, "2020 Quinpool Rd", "Halifax", "NS", "B3L 3A8", "en", false,
     6},
    // Licensed mobile repair companies.
    {"Carlos Mendes", "licensed_mobile", 10, "5100 Erin Mills Pkwy", "Mississauga", "ON", "L5M 6G3", "en",
     true, 15},
    {"Ali Hassan", "licensed_mobile", 10, "4141 Dixie Rd", "Mississauga", "ON", "L4Z 1S2", "en", false, 7},
    {"Ben Carter", "licensed_mobile", 10, "6677 Meadowvale Town Centre Cir", "Mississauga", "ON", "L5N 7Y3",
     "en", false, 9},
    {"Alexandre Ouellet", "licensed_mobile", 11, "1800 boulevard des Laurentides", "Laval", "QC", "H7N 4K9",
     "fr", true, 13},
    {"Valérie Poirier", "licensed_mobile", 11, "600 boulevard Curé-Labelle", "Laval", "QC", "H7L 3W7", "fr",
     false, 6},
    {"Simon Caron", "licensed_mobile", 11, "95 boulevard Samson", "Laval", "QC", "H7W 2P1", "fr", false, 8},
};

struct Staff {
    const char *login;
    const char *name;
    const char *email;
    const char *role;      ///< desk role: platform_admin | finance | workshop_owner | platform_service
    const char *groupRole; ///< NOLOGIN group role
    const char *language;
    int organization; ///< owners: index in kOrganizations
};

inline constexpr Staff kStaff[] = {
    {"demo_admin", "Amira Patel", "amira.patel@theautodoctor.ca", "platform_admin", "adesk_platform_admin",
     "en", -1},
    {"demo_admin2", "Étienne Dubois", "etienne.dubois@theautodoctor.ca", "platform_admin",
     "adesk_platform_admin", "fr", -1},
    {"demo_finance", "Rachel Goldberg", "rachel.goldberg@theautodoctor.ca", "finance", "adesk_finance", "en",
     -1},
    {"demo_owner_toronto", "Daniel Okafor", "daniel@danforthautocare.ca", "workshop_owner",
     "adesk_workshop_owner", "en", 0},
    {"demo_owner_montreal", "Isabelle Gagnon", "isabelle@garagesaintdenis.ca", "workshop_owner",
     "adesk_workshop_owner", "fr", 3},
    // The web platform's backend (records the mechanics' acceptances of agreements).
    {"demo_platform", "The Auto Doctor web platform", "platform@theautodoctor.ca", "platform_service",
     "adesk_platform_service", "en", -1},
};

/// First and last names for the extra mechanics of `seed-demo --scale`.
inline constexpr const char *kFirstNamesEn[] = {
    "Liam",  "Olivia", "Noah",  "Emma", "William", "Charlotte", "Benjamin", "Ava",   "Lucas", "Amelia",
    "Jacob", "Sophia", "Ethan", "Mia",  "Logan",   "Harper",    "Owen",     "Chloe", "Jack",  "Zoe",
    "Arjun", "Priya",  "Wei",   "Mei",  "Omar",    "Leila",     "Diego",    "Sofia", "Kwame", "Ama"};
inline constexpr const char *kLastNamesEn[] = {
    "Smith",    "Brown",    "Tremblay", "Martin",  "Roy",    "Wilson", "MacDonald", "Taylor",
    "Campbell", "Anderson", "Jones",    "Leblanc", "Lee",    "White",  "Thompson",  "Young",
    "Singh",    "Patel",    "Wong",     "Chen",    "Nguyen", "Kim",    "Ali",       "Khan",
    "Murphy",   "Kelly",    "Fraser",   "Stewart", "Scott",  "Clarke"};
inline constexpr const char *kFirstNamesFr[] = {"Léa",     "William",  "Alice",    "Thomas",  "Emma",
                                                "Félix",   "Florence", "Jacob",    "Rosalie", "Nathan",
                                                "Charlie", "Raphaël",  "Béatrice", "Olivier", "Juliette",
                                                "Samuel",  "Mila",     "Antoine",  "Camille", "Zacharie"};
inline constexpr const char *kLastNamesFr[] = {"Tremblay", "Gagnon",    "Roy",      "Côté",     "Bouchard",
                                               "Gauthier", "Morin",     "Lavoie",   "Fortin",   "Gagné",
                                               "Ouellet",  "Pelletier", "Bélanger", "Lévesque", "Bergeron",
                                               "Leblanc",  "Paquette",  "Girard",   "Simard",   "Boucher"};

} // namespace adesk::demo

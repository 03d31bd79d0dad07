package fr.transitionspro.suivicep.generateur;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Code lists the dossiers draw from: NAF rév. 2 sub-classes, ROME jobs and targeted
 * certifications. They are a realistic sample, not the full nomenclatures; certification
 * codes are RNCP/RS-shaped and illustrative (CléA's RS5080 excepted).
 */
final class Nomenclatures {
    private Nomenclatures() {}

    /** NAF sub-classes per section, with relative weights within their section. */
    private static final Map<Character, Map<String, Double>> NAF = new LinkedHashMap<>();

    static {
        naf('A', "01.11Z", 1, "01.21Z", 1, "01.41Z", 1, "01.47Z", 1);
        naf('C', "10.71C", 2, "10.13A", 1, "10.51A", 1, "25.62B", 1, "29.32Z", 1, "22.22Z", 1, "28.29B", 1,
                "20.59Z", 1, "30.30Z", 1);
        naf('D', "35.11Z", 1);
        naf('E', "38.11Z", 1);
        naf('F', "41.20A", 2, "43.21A", 2, "43.22A", 2, "43.32A", 1, "43.99C", 1, "43.31Z", 1);
        naf('G', "47.11F", 3, "47.11D", 3, "47.71Z", 2, "45.20A", 2, "46.90Z", 1, "47.73Z", 1, "47.19B", 1,
                "47.59B", 1, "47.24Z", 1);
        naf('H', "49.41A", 3, "52.10B", 1, "53.10Z", 1, "49.39A", 1, "52.29A", 1);
        naf('I', "56.10A", 3, "56.10C", 1, "55.10Z", 2, "56.30Z", 1);
        naf('J', "62.01Z", 2, "58.11Z", 1, "61.20Z", 1, "63.11Z", 1);
        naf('K', "64.19Z", 3, "65.12Z", 1, "66.22Z", 1);
        naf('L', "68.20B", 1, "68.31Z", 2);
        naf('M', "69.20Z", 2, "70.22Z", 2, "71.12B", 2, "74.10Z", 1, "73.11Z", 1);
        naf('N', "78.20Z", 2, "81.21Z", 2, "80.10Z", 1, "82.11Z", 1);
        naf('O', "84.11Z", 2, "84.24Z", 1);
        naf('P', "85.59A", 2, "85.10Z", 1, "85.31Z", 1);
        naf('Q', "86.10Z", 3, "87.10A", 3, "88.10A", 3, "86.90D", 1, "86.23Z", 1, "87.30A", 1);
        naf('R', "93.12Z", 1, "90.01Z", 1, "93.29Z", 1);
        naf('S', "96.02A", 3, "96.04Z", 1, "94.99Z", 1, "95.23Z", 1);
    }

    private static void naf(char section, Object... codesEtPoids) {
        Map<String, Double> codes = new LinkedHashMap<>();
        for (int i = 0; i < codesEtPoids.length; i += 2) {
            codes.put((String) codesEtPoids[i], ((Number) codesEtPoids[i + 1]).doubleValue());
        }
        NAF.put(section, codes);
    }

    /**
     * A NAF distribution from section weights (e.g. {@code "G", 25, "Q", 20}), spread over
     * each section's sub-classes, plus a weight of unknown cells.
     */
    static TirageDiscret<String> naf(double inconnu, Object... sectionsEtPoids) {
        TirageDiscret.Constructeur<String> t = TirageDiscret.poids();
        for (int i = 0; i < sectionsEtPoids.length; i += 2) {
            Map<String, Double> codes = NAF.get(((String) sectionsEtPoids[i]).charAt(0));
            double poidsSection = ((Number) sectionsEtPoids[i + 1]).doubleValue();
            double total = codes.values().stream().mapToDouble(Double::doubleValue).sum();
            codes.forEach((code, poids) -> t.avec(code, poidsSection * poids / total));
        }
        return t.avec("", inconnu).construire();
    }

    /** Jobs held before a project: low and mid-skilled jobs of retail, care, industry, services. */
    static TirageDiscret<String> romeOrigine() {
        return TirageDiscret.<String>poids()
                .avec("D1507", 6).avec("D1505", 5).avec("D1106", 4).avec("D1214", 3).avec("J1301", 5)
                .avec("K2204", 5).avec("K1302", 5).avec("K1304", 3).avec("G1602", 4).avec("G1803", 4)
                .avec("N1103", 5).avec("N1105", 3).avec("H2102", 3).avec("H3302", 3).avec("H2909", 2)
                .avec("F1703", 2).avec("F1602", 2).avec("I1604", 2).avec("M1602", 4).avec("M1607", 3)
                .avec("M1203", 2).avec("D1401", 2).avec("D1402", 1).avec("M1805", 1).avec("K1303", 3)
                .avec("J1501", 3).avec("N4101", 2).avec("N4105", 2).avec("K2503", 2).avec("D1202", 1)
                .avec("D1102", 1).avec("A1414", 1).avec("A1203", 1).avec("K2111", 1).avec("M1101", 1)
                .avec("G1703", 1).avec("H2913", 1).avec("I1304", 1).avec("K1207", 1)
                .avec("", 3)
                .construire();
    }

    /**
     * Targets of training projects (PTP, transitions collectives, démission-reconversion
     * with training): care, road transport and office jobs lead, as in the 2023 reports.
     */
    static TirageDiscret<Cible> ciblesFormation() {
        return TirageDiscret.<Cible>poids()
                .avec(new Cible("J1501", "RNCP35830", "DE Aide-soignant"), 11)
                .avec(new Cible("N4101", "RNCP37082",
                        "TP Conducteur du transport routier de marchandises sur porteur"), 10)
                .avec(new Cible("M1608", "RNCP36805", "TP Secrétaire assistant"), 5)
                .avec(new Cible("M1609", "RNCP36806", "TP Secrétaire assistant médico-administratif"), 4)
                .avec(new Cible("M1203", "RNCP35516", "TP Comptable assistant"), 4)
                .avec(new Cible("N4103", "RNCP35291", "TP Conducteur du transport en commun sur route"), 3)
                .avec(new Cible("D1401", "RNCP37123", "TP Assistant commercial"), 3)
                .avec(new Cible("J1506", "RNCP8940", "DE Infirmier"), 3)
                .avec(new Cible("K1303", "RNCP38565", "CAP Accompagnant éducatif petite enfance"), 3)
                .avec(new Cible("K1801", "RNCP34829", "TP Conseiller en insertion professionnelle"), 2)
                .avec(new Cible("J1304", "RNCP35832", "DE Auxiliaire de puériculture"), 2)
                .avec(new Cible("K1302", "RNCP36004", "DE Accompagnant éducatif et social"), 2)
                .avec(new Cible("M1607", "RNCP36804", "TP Secrétaire comptable"), 2)
                .avec(new Cible("I1304", "RNCP34534", "TP Technicien de maintenance industrielle"), 2)
                .avec(new Cible("F1602", "RNCP35978", "TP Électricien d'équipement du bâtiment"), 2)
                .avec(new Cible("D1102", "RNCP37861", "CAP Boulanger"), 2)
                .avec(new Cible("G1602", "RNCP37859", "CAP Cuisine"), 2)
                .avec(new Cible("D1202", "RNCP37874", "BP Coiffure"), 1.5)
                .avec(new Cible("D1208", "RNCP37873", "CAP Esthétique cosmétique parfumerie"), 1.5)
                .avec(new Cible("M1805", "RNCP37674", "TP Développeur web et web mobile"), 2)
                .avec(new Cible("K2111", "RNCP37275", "TP Formateur professionnel d'adultes"), 2)
                .avec(new Cible("G1204", "RNCP37513", "BPJEPS Activités de la forme"), 1.5)
                .avec(new Cible("A1203", "RNCP36957", "CAPA Jardinier paysagiste"), 1.5)
                .avec(new Cible("K1207", "RNCP34827", "DE Éducateur spécialisé"), 2)
                .avec(new Cible("N1103", "RNCP38413", "TP Préparateur de commandes en entrepôt"), 1)
                .avec(new Cible("H2913", "RNCP36064", "TP Soudeur assembleur industriel"), 1)
                .avec(new Cible("K1304", "RNCP34690", "TP Assistant de vie aux familles"), 2)
                .avec(new Cible("M1604", "RNCP35340", "TP Assistant de direction"), 1)
                .avec(new Cible("J1305", "RNCP36542", "DE Ambulancier"), 1.5)
                .avec(new Cible("G1703", "RNCP37389", "TP Réceptionniste en hôtellerie"), 1)
                .avec(new Cible("F1703", "RNCP38186", "TP Maçon"), 1)
                .avec(new Cible("I1604", "RNCP37744", "CAP Maintenance des véhicules"), 1)
                .avec(new Cible("D1106", "RNCP34553", "CAP Équipier polyvalent du commerce"), 0.5)
                .avec(Cible.AUCUNE, 1.5)
                .construire();
    }

    /** Targets of VAE: mostly care and early-childhood diplomas. */
    static TirageDiscret<Cible> ciblesVae() {
        return TirageDiscret.<Cible>poids()
                .avec(new Cible("J1501", "RNCP35830", "DE Aide-soignant"), 20)
                .avec(new Cible("K1302", "RNCP36004", "DE Accompagnant éducatif et social"), 15)
                .avec(new Cible("K1303", "RNCP38565", "CAP Accompagnant éducatif petite enfance"), 15)
                .avec(new Cible("K1304", "RNCP34690", "TP Assistant de vie aux familles"), 15)
                .avec(new Cible("D1401", "RNCP38368", "BTS Management commercial opérationnel"), 5)
                .avec(new Cible("K2204", "RNCP34449", "TP Agent de propreté et d'hygiène"), 5)
                .avec(new Cible("K1207", "RNCP34827", "DE Éducateur spécialisé"), 5)
                .avec(new Cible("K1207", "RNCP34828", "DE Moniteur éducateur"), 5)
                .avec(new Cible("J1304", "RNCP35832", "DE Auxiliaire de puériculture"), 5)
                .avec(new Cible("M1203", "RNCP38372", "BTS Comptabilité et gestion"), 5)
                .avec(new Cible("J1301", "RNCP12801", "Bac pro Accompagnement soins et services à la personne"), 3)
                .avec(Cible.AUCUNE, 2)
                .construire();
    }

    /** CléA certifies a common core of skills; it targets no particular job. */
    static final Cible CLEA = new Cible("", "RS5080", "CléA - Socle de connaissances et de compétences professionnelles");
}

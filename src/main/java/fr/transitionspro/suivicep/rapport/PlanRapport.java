package fr.transitionspro.suivicep.rapport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.transitionspro.suivicep.cooperation.Axe;
import fr.transitionspro.suivicep.cooperation.RegistreCooperation;

/**
 * The plan of the published report, in reading order. Part 1 (cooperations) is written from the
 * cooperation register of the region and year; Part 2 is computed from the values.
 */
final class PlanRapport {

    private PlanRapport() {
    }

    static List<Section> partie1(Redaction r, RegistreCooperation registre) {
        return partie1(r, registre, Map.of());
    }

    /** @param contributions the operators' approved contributions to their section 2.x (operator → Markdown) */
    static List<Section> partie1(Redaction r, RegistreCooperation registre, Map<String, String> contributions) {
        Donnees d = r.donnees();
        SectionsCooperation c = new SectionsCooperation(r, registre, contributions);
        List<Section> sections = new ArrayList<>();
        sections.add(c.cooperations("p1-1", "1.", "Les coopérations entre les opérateurs CEP et Transitions Pro " + d.nomRegion()));
        sections.add(c.axe(Axe.PROMOUVOIR, "p1-1-1", "1.1", "Promouvoir, communiquer sur le conseil en évolution professionnelle"));
        sections.add(c.axe(Axe.FACILITER_AIGUILLAGE, "p1-1-2", "1.2", "Favoriser les coopérations, faciliter l'aiguillage des "
                + "personnes entre les opérateurs CEP et entre l'opérateur CEP et Transitions Pro"));
        sections.add(c.axe(Axe.SECURISER_PARCOURS, "p1-1-3", "1.3", "Sécuriser les parcours des bénéficiaires"));
        sections.add(c.axe(Axe.ENRICHIR_ANALYSE, "p1-1-4", "1.4",
                "Enrichir l'analyse qualitative des données remontées par les opérateurs du CEP"));
        sections.add(c.acteurs("p1-2", "2.", "Les coopérations entre les opérateurs CEP et les acteurs en région"));
        sections.add(c.operateur("FRANCE_COMPETENCES", "p1-2-1", "2.1", "L'opérateur des actifs occupés et des indépendants ("
                + d.operateur("FRANCE_COMPETENCES") + ")"));
        sections.add(c.operateur("FRANCE_TRAVAIL", "p1-2-2", "2.2", d.operateur("FRANCE_TRAVAIL")));
        sections.add(c.operateur("MISSION_LOCALE", "p1-2-3", "2.3", "Les Missions locales"));
        sections.add(c.operateur("CAP_EMPLOI", "p1-2-4", "2.4", "Le réseau des Cap emploi"));
        sections.add(c.operateur("APEC", "p1-2-5", "2.5", "L'Agence pour l'emploi des cadres (Apec)"));
        sections.add(c.enRegion("p1-2-6", "2.6", "En région " + d.nomRegion()));
        return sections;
    }

    static List<Section> partie2(Redaction r) {
        return partie2(r, Map.of());
    }

    /** @param constats the operators' approved contributions to 1.4, in the order of sections 2.1 to 2.5 (operator → Markdown) */
    static List<Section> partie2(Redaction r, Map<String, String> constats) {
        Donnees d = r.donnees();
        List<Section> sections = new ArrayList<>();
        sections.add(PrecisionsDonnees.rediger(r));
        sections.add(r.section("p2-1", "1.", "Le recours au CEP, l'usage du CEP", 3)
                .texte("Cette partie présente le recours au CEP " + Renvoi.enRegion() + " en " + Renvoi.annee() + ", le profil "
                        + "de ses bénéficiaires selon l'opérateur et l'usage qu'ils en font, à partir des données d'AGORA.")
                .construire());
        sections.add(SectionRecoursCep.rediger(r));
        sections.add(SectionProfilCep.rediger(r));
        sections.add(SectionUsageCep.rediger(r));
        sections.add(retourOperateurs(r, constats));
        sections.add(r.section("p2-2", "2.", "L'articulation CEP/dispositifs Transitions Pro", 3)
                .texte("Cette partie rapproche les dossiers des dispositifs gérés par Transitions Pro " + Renvoi.region()
                        + " de l'accompagnement CEP dont leurs porteurs ont bénéficié.")
                .construire());
        sections.add(SectionPtp.rediger(r));
        sections.add(SectionDemissionReconversion.rediger(r));
        sections.add(SectionAutresDispositifs.transco(r));
        sections.add(SectionAutresDispositifs.vaeClea(r));
        sections.add(SectionInterregionale.rediger(r));
        return sections;
    }

    /**
     * 1.4: the association's text, then each operator's approved contribution under the operator's heading (as the
     * published report prints them). An operator whose contribution is not approved is not printed.
     */
    private static Section retourOperateurs(Redaction r, Map<String, String> constats) {
        Donnees d = r.donnees();
        SectionEnCours s = r.section("retour-operateurs", "1.4", "Le retour des opérateurs CEP : quels constats en " + d.annee() + " ?", 4);
        if (constats.isEmpty()) {
            s.texte("Les constats des opérateurs CEP, recueillis lors des entretiens conduits par Transitions Pro "
                    + Renvoi.region() + ", restent à rédiger par l'association.");
        } else {
            s.texte("Les opérateurs CEP ont transmis à Transitions Pro " + Renvoi.region() + " leurs constats sur l'année "
                    + Renvoi.annee() + " ; ils sont rapportés ci-dessous tels que l'association les a validés.");
        }
        constats.forEach((operateur, markdown) -> {
            s.intertitre(SectionsCooperation.typographie(titreOperateur(d, operateur)));
            s.texteRiche(MarkdownSur.enHtml(markdown));
        });
        return s.construire();
    }

    /** The operator's heading as in sections 2.1 to 2.5. */
    private static String titreOperateur(Donnees d, String operateur) {
        return switch (operateur) {
            case "FRANCE_COMPETENCES" -> "L'opérateur des actifs occupés et des indépendants (" + d.operateur(operateur) + ")";
            case "MISSION_LOCALE" -> "Les Missions locales";
            case "CAP_EMPLOI" -> "Le réseau des Cap emploi";
            case "APEC" -> "L'Agence pour l'emploi des cadres (Apec)";
            default -> d.operateur(operateur);
        };
    }
}

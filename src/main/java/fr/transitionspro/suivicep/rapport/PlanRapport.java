package fr.transitionspro.suivicep.rapport;

import java.util.ArrayList;
import java.util.List;

/**
 * The plan of the published report, in reading order. Part 1 (cooperations) is written from a
 * register that suivi-cep does not hold yet: its headings are kept with a plain statement that
 * the text comes later, rather than invented content. Part 2 is computed from the values.
 */
final class PlanRapport {

    private static final String A_REDIGER = "Cette section sera rédigée à partir du registre des coopérations dans une "
            + "version ultérieure de suivi-cep ; elle ne contient pas encore de texte.";

    private PlanRapport() {
    }

    static List<Section> partie1(Redaction r) {
        Donnees d = r.donnees();
        List<Section> sections = new ArrayList<>();
        sections.add(r.section("p1-1", "1.", "Les coopérations entre les opérateurs CEP et Transitions Pro " + d.nomRegion(), 3)
                .construire());
        ajouter(sections, r, "p1-1-1", "1.1", "Promouvoir, communiquer sur le conseil en évolution professionnelle");
        ajouter(sections, r, "p1-1-2", "1.2", "Favoriser les coopérations, faciliter l'aiguillage des personnes entre les "
                + "opérateurs CEP et entre l'opérateur CEP et Transitions Pro");
        ajouter(sections, r, "p1-1-3", "1.3", "Sécuriser les parcours des bénéficiaires");
        ajouter(sections, r, "p1-1-4", "1.4", "Enrichir l'analyse qualitative des données remontées par les opérateurs du CEP");
        sections.add(r.section("p1-2", "2.", "Les coopérations entre les opérateurs CEP et les acteurs en région", 3)
                .construire());
        ajouter(sections, r, "p1-2-1", "2.1", "L'opérateur des actifs occupés et des indépendants ("
                + d.operateur("FRANCE_COMPETENCES") + ")");
        ajouter(sections, r, "p1-2-2", "2.2", d.operateur("FRANCE_TRAVAIL"));
        ajouter(sections, r, "p1-2-3", "2.3", "Les Missions locales");
        ajouter(sections, r, "p1-2-4", "2.4", "Le réseau des Cap emploi");
        ajouter(sections, r, "p1-2-5", "2.5", "L'Agence pour l'emploi des cadres (Apec)");
        ajouter(sections, r, "p1-2-6", "2.6", "En région " + d.nomRegion());
        return sections;
    }

    private static void ajouter(List<Section> sections, Redaction r, String ancre, String numero, String titre) {
        sections.add(r.section(ancre, numero, titre, 4).texte(A_REDIGER).construire());
    }

    static List<Section> partie2(Redaction r) {
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
        sections.add(r.section("retour-operateurs", "1.4", "Le retour des opérateurs CEP : quels constats en " + d.annee() + " ?", 4)
                .texte("Les constats des opérateurs CEP, recueillis lors des entretiens conduits par Transitions Pro "
                        + Renvoi.region() + ", restent à rédiger par l'association.")
                .construire());
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
}

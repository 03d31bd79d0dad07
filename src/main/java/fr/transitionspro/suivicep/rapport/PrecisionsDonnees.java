package fr.transitionspro.suivicep.rapport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.transitionspro.suivicep.indicateurs.ValeurIndicateur;
import fr.transitionspro.suivicep.referentiel.Regions;

/**
 * The opening of Part 2 (« Précisions sur la livraison des données CEP »): the series breaks
 * declared for the years shown and the differences the operators reported between AGORA and
 * their own systems. Both change how the tables must be read, so they come first.
 */
final class PrecisionsDonnees {

    private static final List<String> SOURCES = List.of("entrees", "population", "dossiers", "ecarts");
    private static final java.util.Map<String, String> NOMS_SOURCES = java.util.Map.of(
            "entrees", "entrées en CEP (AGORA)", "population", "population active (INSEE)",
            "dossiers", "dossiers Transitions Pro", "ecarts", "déclarations des opérateurs");

    private PrecisionsDonnees() {
    }

    static Section rediger(Redaction r) {
        Donnees d = r.donnees();
        SectionEnCours s = r.section("precisions-donnees", "", "Précisions sur la livraison des données", 3);
        List<String> ruptures = new ArrayList<>();
        for (String source : SOURCES) {
            for (int annee : d.annees().subList(1, d.annees().size())) {
                d.ruptureEn(source, annee).ifPresent(motif -> ruptures.add("- " + Phrases.majuscule(NOMS_SOURCES.get(source))
                        + ", " + annee + " : " + motif));
            }
        }
        List<String> paragraphes = new ArrayList<>();
        if (!ruptures.isEmpty()) {
            paragraphes.add("Des ruptures de série sont déclarées pour les années présentées : les évolutions qui les "
                    + "enjambent ne sont pas calculées et les tableaux en donnent le motif.");
            paragraphes.add(String.join("\n", ruptures));
        }
        List<String> ecarts = new ArrayList<>();
        for (String perimetre : List.of(Regions.FM, d.region())) {
            for (ValeurIndicateur v : d.toutes("cep.ecart", perimetre, d.annee())) {
                String operateur = v.dimensions().get("operateur");
                String systeme = v.dimensions().getOrDefault("systeme", "");
                Optional<Double> total = d.valeur("ecarts.entrees", perimetre, d.annee(), "operateur", operateur,
                        "systeme", systeme);
                String[] options = {"region=" + perimetre, "operateur=" + operateur, "systeme=" + systeme};
                ecarts.add("- " + Renvoi.operateur(operateur) + " (" + systeme + "), " + Renvoi.region(perimetre) + " : "
                        + Renvoi.v("cep.ecart", options[0], options[1], options[2], "signe") + " entrées par rapport à AGORA"
                        + total.map(t -> ", soit " + Renvoi.v("ecarts.entrees", options) + " au total").orElse(""));
            }
        }
        if (!ecarts.isEmpty()) {
            paragraphes.add("Certains réseaux ont relevé, pour " + Renvoi.annee() + ", un écart entre le nombre de nouvelles "
                    + "entrées en CEP d'AGORA et celui de leur propre système d'information :");
            paragraphes.add(String.join("\n", ecarts));
            paragraphes.add("Les tableaux reprennent les entrées d'AGORA et signalent ces écarts à côté.");
        }
        if (ruptures.isEmpty() && ecarts.isEmpty()) {
            paragraphes.add("Aucune rupture de série ni aucun écart entre AGORA et les systèmes d'information des "
                    + "opérateurs n'est déclaré pour les années " + Renvoi.anneeDebut() + "-" + Renvoi.annee() + ".");
        }
        s.texte(String.join("\n\n", paragraphes));
        // Not a live text: the rule is the association's configuration, not a wording it may drop.
        int seuil = d.secret().seuil();
        s.paragraphe("Secret statistique : un chiffre qui repose sur moins de " + seuil + " personne" + (seuil > 1 ? "s" : "")
                + " (un effectif, ou une part, un taux, une moyenne calculés sur si peu de personnes) est remplacé par « s », "
                + "comme le fait l'INSEE ; d'autres chiffres du même tableau sont masqués lorsque le premier pourrait être "
                + "recalculé à partir d'un total et des autres valeurs (masquage secondaire). Chaque tableau concerné le "
                + "signale sous ses sources.");
        return s.construire();
    }
}

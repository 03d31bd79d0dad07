package fr.transitionspro.suivicep.generateur;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/** Writes {@code entrees-<annee>.csv}: one row per person entering a CEP (effectif empty). */
final class GenerateurEntrees {
    static final List<String> COLONNES = List.of(
            "annee", "region", "operateur", "sexe", "age", "tranche_age", "niveau", "objectif", "statut", "effectif");

    private GenerateurEntrees() {}

    /** @return the number of data rows written */
    static long ecrire(Path fichier, long graine, int annee, List<Region> regions) throws IOException {
        TirageDiscret<ProfilOperateur> operateurs = ProfilOperateur.repartition();
        String texteAnnee = Integer.toString(annee);
        try (EcrivainCsv csv = new EcrivainCsv(fichier, COLONNES)) {
            for (Region region : regions) {
                // One stream per region: a region's rows do not depend on which other regions are generated.
                SplittableRandom rng = Graines.aleatoire(graine, "entrees", annee, region.code());
                long nombre = Volumes.entrees(graine, annee, region);
                for (long i = 0; i < nombre; i++) {
                    ProfilOperateur p = operateurs.tirer(rng);
                    Integer age = p.age().tirer(rng);
                    csv.champ(texteAnnee)
                            .champ(region.code())
                            .champ(p.code())
                            .champ(p.sexe().tirer(rng))
                            .champ(Ages.texte(age))
                            .champ("") // tranche_age: redundant when the age is given
                            .champ(Niveaux.plafonner(p.niveau().tirer(rng), age))
                            .champ(p.objectif().tirer(rng))
                            .champ(p.statut().tirer(rng))
                            .champ("") // effectif: microdata, one person per row
                            .finLigne();
                }
            }
            return csv.lignes();
        }
    }
}

package fr.transitionspro.suivicep.demo;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.indicateurs.Catalogue;
import fr.transitionspro.suivicep.indicateurs.Diffusion;
import fr.transitionspro.suivicep.indicateurs.Export;
import fr.transitionspro.suivicep.indicateurs.MoteurIndicateurs;
import fr.transitionspro.suivicep.indicateurs.ValeurIndicateur;
import fr.transitionspro.suivicep.rapport.GenerateurRapport;

/**
 * The README's first command: the demo dataset imported ({@link JeuDeDemonstration}), its
 * indicators exported and the Normandie 2023 report written. Deterministic.
 */
public final class Demo {

    public static final String REGION = "28";
    public static final int ANNEE = 2023;

    /** What the demo wrote, for the message that tells the user where to look. */
    public record Resultat(Path base, Path indicateurs, List<Path> rapports, long fichiers, long valeurs) {
    }

    private Demo() {
    }

    public static Resultat executer(Path dossier) throws IOException {
        Path json = dossier.resolve("indicateurs-" + ANNEE + ".json");
        try (Base base = JeuDeDemonstration.preparerBase(dossier); var donnees = Files.list(dossier.resolve("donnees"))) {
            Catalogue catalogue = Catalogue.standard();
            MoteurIndicateurs moteur = new MoteurIndicateurs(base, catalogue);
            List<ValeurIndicateur> toutes = moteur.calculer(List.of(ANNEE - 1, ANNEE), List.of());
            List<ValeurIndicateur> valeurs = toutes.stream().filter(v -> v.annee() == ANNEE).toList();
            try (Writer w = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
                // As « suivi-cep indicateurs » exports them: under the disclosure rule (« s »).
                Export.json(valeurs, Diffusion.masquees(base, moteur, catalogue, toutes, valeurs), w);
            }
            List<Path> rapports = new GenerateurRapport(base, catalogue).generer(REGION, ANNEE, Set.of("html", "pdf", "docx", "xlsx"),
                    dossier.resolve("rapport"));
            return new Resultat(dossier.resolve(JeuDeDemonstration.BASE), json, rapports, donnees.count(), valeurs.size());
        }
    }
}

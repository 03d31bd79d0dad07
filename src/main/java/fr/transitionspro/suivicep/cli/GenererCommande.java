package fr.transitionspro.suivicep.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import fr.transitionspro.suivicep.referentiel.FormatFrancais;
import fr.transitionspro.suivicep.generateur.Echelle;
import fr.transitionspro.suivicep.generateur.GenerateurMicrodonnees;
import fr.transitionspro.suivicep.generateur.Resume;

@Command(name = "generer", description = "Génère des fichiers canoniques de microdonnées synthétiques (une ligne par personne), "
        + "pour les essais et la mesure des performances.")
final class GenererCommande implements Callable<Integer> {

    @Option(names = "--echelle", required = true, description = "region (Normandie) ou national (18 régions, taille réelle)")
    String echelle;

    @Option(names = "--graine", defaultValue = "1", description = "Graine du tirage (défaut : ${DEFAULT-VALUE})")
    long graine;

    @Option(names = "--annee", description = "Année (répétable ; défaut : 2023)")
    List<Integer> annees = List.of(2023);

    @Option(names = "--sortie", required = true, description = "Dossier de sortie")
    Path sortie;

    @Override
    public Integer call() throws IOException {
        Echelle e = switch (echelle.toLowerCase(Locale.ROOT)) {
            case "region" -> Echelle.REGION;
            case "national" -> Echelle.NATIONAL;
            default -> throw new IllegalArgumentException("Échelle « " + echelle + " » inconnue (attendu : region ou national)");
        };
        long debut = System.nanoTime();
        Resume r = GenerateurMicrodonnees.generer(e, graine, annees, sortie);
        System.out.printf(Locale.FRANCE, "%s lignes d'entrées et %s dossiers écrits dans %s en %.1f s%n",
                FormatFrancais.entier(r.lignesEntrees()), FormatFrancais.entier(r.lignesDossiers()), sortie,
                (System.nanoTime() - debut) / 1e9);
        r.fichiers().forEach(f -> System.out.println("  " + f));
        return 0;
    }
}

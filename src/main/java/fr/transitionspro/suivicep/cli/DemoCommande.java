package fr.transitionspro.suivicep.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import fr.transitionspro.suivicep.referentiel.FormatFrancais;
import fr.transitionspro.suivicep.demo.Demo;

@Command(name = "demo", description = "Crée le jeu de démonstration (Normandie 2023, entièrement synthétique) : "
        + "fichiers, base, indicateurs et rapport.")
final class DemoCommande implements Callable<Integer> {

    @Option(names = "--sortie", defaultValue = "demo", description = "Dossier de la démonstration (défaut : ${DEFAULT-VALUE})")
    Path sortie;

    @Override
    public Integer call() throws IOException {
        long debut = System.nanoTime();
        System.out.println("Démonstration suivi-cep : Transitions Pro Normandie, rapport " + Demo.ANNEE + " (données synthétiques)");
        Demo.Resultat r = Demo.executer(sortie);
        System.out.println("  données et configuration (" + r.fichiers() + " fichiers) : " + sortie.resolve("donnees"));
        System.out.println("  base : " + r.base());
        System.out.println("  " + FormatFrancais.entier(r.valeurs()) + " valeurs d'indicateurs " + Demo.ANNEE + " : " + r.indicateurs());
        System.out.println("Le rapport est prêt :");
        r.rapports().forEach(p -> System.out.println("  " + p.toAbsolutePath()));
        System.out.printf(Locale.FRANCE, "Terminé en %.1f s.%n", (System.nanoTime() - debut) / 1e9);
        return 0;
    }
}

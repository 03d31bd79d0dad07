package fr.transitionspro.suivicep.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.referentiel.Configuration;

@Command(name = "configurer", description = "Enregistre la configuration de l'association (noms des opérateurs par année, "
        + "ruptures de séries, seuil du secret statistique) depuis un fichier YAML.")
final class ConfigurerCommande implements Callable<Integer> {

    @Option(names = "--base", required = true, defaultValue = OptionBase.DEFAUT, description = OptionBase.DESCRIPTION)
    String base;

    @Parameters(paramLabel = "FICHIER", description = "Fichier de configuration YAML")
    Path fichier;

    @Override
    public Integer call() {
        Configuration c = Configuration.lire(fichier);
        try (Base b = Base.ouvrir(base)) {
            c.enregistrer(b);
        }
        System.out.println("Configuration enregistrée : " + c.operateurs().size() + " nom(s) d'opérateur, "
                + c.ruptures().size() + " rupture(s) de série"
                + (c.secretStatistique().isEmpty() ? "" : ", " + c.secretStatistique().size() + " seuil(s) du secret statistique")
                + ".");
        return 0;
    }
}

package fr.transitionspro.suivicep.cli;

import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.indicateurs.Catalogue;
import fr.transitionspro.suivicep.indicateurs.Trace;
import fr.transitionspro.suivicep.indicateurs.Tracabilite;

@Command(name = "tracer", description = "Explique une valeur : sa définition, sa requête SQL et les imports dont elle provient.")
final class TracerCommande implements Callable<Integer> {

    @Option(names = "--base", required = true, defaultValue = OptionBase.DEFAUT, description = OptionBase.DESCRIPTION)
    String base;

    @Option(names = "--indicateur", required = true)
    String indicateur;

    @Option(names = "--region", required = true)
    String region;

    @Option(names = "--annee", required = true)
    int annee;

    @Option(names = "--catalogue", description = "Catalogue d'indicateurs complémentaire (YAML)")
    java.nio.file.Path catalogue;

    @Override
    public Integer call() {
        Catalogue c = Catalogue.charger(Optional.ofNullable(catalogue));
        try (Base b = Base.ouvrir(base)) {
            Trace t = new Tracabilite(b, c).tracer(indicateur, region, annee);
            System.out.println(t.enTexte());
        }
        return 0;
    }
}

package fr.transitionspro.suivicep.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import fr.transitionspro.suivicep.indicateurs.Catalogue;
import fr.transitionspro.suivicep.indicateurs.DocumentationCatalogue;

@Command(name = "catalogue", description = "Écrit la documentation du catalogue d'indicateurs (Markdown), générée depuis le catalogue lui-même.")
final class CatalogueCommande implements Callable<Integer> {

    @Option(names = "--catalogue", description = "Catalogue d'indicateurs complémentaire (YAML)")
    Path catalogue;

    @Option(names = "--sortie", description = "Fichier Markdown (défaut : sortie standard)")
    Path sortie;

    @Override
    public Integer call() throws IOException {
        String doc = DocumentationCatalogue.markdown(Catalogue.charger(Optional.ofNullable(catalogue)));
        if (sortie == null) {
            System.out.print(doc);
        } else {
            Files.writeString(IndicateursCommande.creerParent(sortie), doc, StandardCharsets.UTF_8);
            System.out.println("Documentation du catalogue écrite dans " + sortie);
        }
        return 0;
    }
}

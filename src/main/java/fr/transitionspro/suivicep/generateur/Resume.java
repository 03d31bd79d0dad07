package fr.transitionspro.suivicep.generateur;

import java.nio.file.Path;
import java.util.List;

/**
 * What a generation wrote: the files (in a stable order: per year its entries then its
 * dossiers, then {@code population.csv}) and the number of data rows, headers excluded.
 */
public record Resume(List<Path> fichiers, long lignesEntrees, long lignesDossiers) {
    public Resume {
        fichiers = List.copyOf(fichiers);
    }
}

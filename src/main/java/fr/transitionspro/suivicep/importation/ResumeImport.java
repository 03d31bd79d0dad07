package fr.transitionspro.suivicep.importation;

import java.util.List;
import java.util.SortedMap;

/** What an import read (and, unless it was a dry run, wrote): rows per slice and warnings. */
public record ResumeImport(String fichier, String type, String sha256, SortedMap<Tranche, Long> lignesParTranche,
        List<String> avertissements, boolean ecrit, Long importId) {

    public long lignes() {
        return lignesParTranche.values().stream().mapToLong(Long::longValue).sum();
    }
}

package fr.transitionspro.suivicep.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** {@code dossiers}: every Normandie dossier of every scheme, 2020–2023, in one file. */
final class DossiersFile {

    private DossiersFile() {}

    static int write(Path file, long seed) throws IOException {
        try (CsvFile csv = CsvFile.create(file, Dossier.HEADER)) {
            for (List<Dossier> scheme : List.of(
                    PtpDossiers.build(seed), ReconversionDossiers.build(seed), OtherSchemeDossiers.build(seed))) {
                for (Dossier d : scheme) {
                    csv.row(d.cells());
                }
            }
            return csv.rows();
        }
    }
}

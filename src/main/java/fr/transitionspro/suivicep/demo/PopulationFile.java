package fr.transitionspro.suivicep.demo;

import java.io.IOException;
import java.nio.file.Path;

/** {@code population}: INSEE reference for every region, for both years of entries. */
final class PopulationFile {

    private PopulationFile() {}

    static void write(Path file) throws IOException {
        try (CsvFile csv = CsvFile.create(file, "region", "annee", "actifs", "population_15_64", "actifs_occupes")) {
            // Both reports divide by the latest census available, so 2022 and 2023 share the
            // same figures (Normandie's 1 495 850 is explicitly used for 2023).
            for (int year : new int[] {2022, 2023}) {
                for (Regions.Region r : Regions.ALL) {
                    csv.row(r.code(), year, r.actifs(), r.population1564(), r.actifsOccupes());
                }
            }
        }
    }
}

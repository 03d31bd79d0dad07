package fr.transitionspro.suivicep.demo;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code ecarts}: 2023 entries as counted by the operators' own systems, which the report
 * sets against AGORA (section 1.1 and the operators' own words in section 1.4).
 */
final class OperatorGaps {

    private OperatorGaps() {}

    static int write(Path file) throws IOException {
        try (CsvFile csv = CsvFile.create(file, "annee", "perimetre", "operateur", "systeme", "entrees")) {
            // 176 288 − 160 914 = +15 374 entries seen by EVOL only.
            csv.row(2023, "FM", Operators.FRANCE_COMPETENCES, "EVOL", 176_288);
            // 77 192 − 75 011 = +2 181 entries seen by Parcours H only.
            csv.row(2023, "FM", Operators.CAP_EMPLOI, "PARCOURS_H", 77_192);
            // Groupement Évolution welcomed 9 674 people: 2 032 more than AGORA's 7 642.
            csv.row(2023, Regions.NORMANDIE, Operators.FRANCE_COMPETENCES, "EVOL", 9_674);
            // 17 177 young people entered CEJ + PACEA: 4 698 more than AGORA's 12 479.
            csv.row(2023, Regions.NORMANDIE, Operators.MISSION_LOCALE, "I_MILO", 17_177);
            return csv.rows();
        }
    }
}

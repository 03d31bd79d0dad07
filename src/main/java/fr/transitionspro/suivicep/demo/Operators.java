package fr.transitionspro.suivicep.demo;

import java.util.List;

/** Canonical operator codes, and the published 2023 entry totals per operator. */
final class Operators {

    private Operators() {}

    static final String APEC = "APEC";
    static final String CAP_EMPLOI = "CAP_EMPLOI";
    static final String FRANCE_COMPETENCES = "FRANCE_COMPETENCES";
    static final String MISSION_LOCALE = "MISSION_LOCALE";
    static final String FRANCE_TRAVAIL = "FRANCE_TRAVAIL";
    /** Only on dossiers: accompaniment by a Fongecif before 2020. */
    static final String FONGECIF = "FONGECIF";

    /** Order used in every table below and in the files. */
    static final List<String> CEP = List.of(APEC, CAP_EMPLOI, FRANCE_COMPETENCES, MISSION_LOCALE, FRANCE_TRAVAIL);

    /** AGORA 2023 entries, France métropolitaine, in {@link #CEP} order (report, section 1.1). */
    static final int[] FM_2023 = {98_299, 75_011, 160_914, 263_175, 2_641_121};

    /** AGORA 2023 entries, Normandie, in {@link #CEP} order (report, section 1.1). */
    static final int[] NORMANDIE_2023 = {3_447, 4_576, 7_642, 12_479, 119_549};
}

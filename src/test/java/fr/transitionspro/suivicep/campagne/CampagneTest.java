package fr.transitionspro.suivicep.campagne;

import static fr.transitionspro.suivicep.importation.Fixtures.fichier;
import static fr.transitionspro.suivicep.importation.Fixtures.importer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.importation.Fixtures;
import fr.transitionspro.suivicep.importation.TypeFichier;

/** The campaign of Normandie (28) on 2023, seen on 20 March 2024. */
class CampagneTest {

    static final LocalDate AUJOURDHUI = LocalDate.of(2024, 3, 20);

    @TempDir
    Path dossier;

    Base base;
    Campagne campagne;

    @BeforeEach
    void ouvrir() {
        base = Fixtures.base(dossier);
        campagne = new Campagne(base.jdbi(), Clock.fixed(AUJOURDHUI.atTime(9, 30).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @AfterEach
    void fermer() {
        // No base when the fixture skipped the test (PostgreSQL absent).
        if (base != null) {
            base.close();
        }
    }

    private EtatJalon jalon(String region, Jalon j) {
        return campagne.jalons(region, 2023).stream().filter(e -> e.jalon() == j).findFirst().orElseThrow();
    }

    private void entrees(String nom, String contenu) throws Exception {
        importer(base, fichier(dossier, nom, "annee;region;operateur;effectif\n" + contenu), TypeFichier.ENTREES);
    }

    @Test
    void aNewCampaignHasSixMilestonesToDoInCampaignOrder() {
        List<EtatJalon> jalons = campagne.jalons("28", 2023);
        assertThat(jalons).extracting(j -> j.jalon().libelle()).containsExactly("Données AGORA reçues", "Dossiers importés",
                "Entretiens opérateurs", "Rédaction", "Présentation au CREFOP", "Envoi à France compétences");
        assertThat(jalons).allSatisfy(j -> {
            assertThat(j.statut()).isEqualTo(Statut.A_FAIRE);
            assertThat(j.enRetard()).isFalse();
            assertThat(j.faitLe()).isEmpty();
            assertThat(j.origine()).isEmpty();
        });
    }

    @Test
    void aMilestonePlannedBeforeTodayAndNotDoneIsLateButNotOnItsDayNorOnceDone() {
        campagne.enregistrer("28", 2023, Map.of(
                Jalon.PRESENTATION_CREFOP, new Saisie(null, LocalDate.of(2024, 3, 12), null),
                Jalon.REDACTION, new Saisie(Statut.EN_COURS, LocalDate.of(2024, 3, 19), null),
                Jalon.ENTRETIENS_OPERATEURS, new Saisie(Statut.EN_COURS, AUJOURDHUI, null),
                Jalon.DOSSIERS_IMPORTES, new Saisie(Statut.FAIT, LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 2))), "ref@essai.fr");

        assertThat(jalon("28", Jalon.PRESENTATION_CREFOP).enRetard()).as("12 March, à faire").isTrue();
        assertThat(jalon("28", Jalon.REDACTION).enRetard()).as("19 March, en cours").isTrue();
        assertThat(jalon("28", Jalon.ENTRETIENS_OPERATEURS).enRetard()).as("planned today").isFalse();
        assertThat(jalon("28", Jalon.DOSSIERS_IMPORTES).enRetard()).as("done two days after its date").isFalse();
        assertThat(jalon("28", Jalon.DOSSIERS_IMPORTES).faitLe()).contains(LocalDate.of(2024, 2, 2));

        Synthese s = campagne.synthese("28", 2023);
        assertThat(s.enRetard()).extracting(EtatJalon::jalon).containsExactly(Jalon.REDACTION, Jalon.PRESENTATION_CREFOP);
        assertThat(s.manques()).contains("Rédaction prévue le 19\u00a0mars 2024, en retard",
                "Présentation au CREFOP prévue le 12\u00a0mars 2024, en retard");
        assertThat(s.prochain().map(EtatJalon::jalon)).as("first milestone not done").contains(Jalon.DONNEES_AGORA);
        assertThat(s.faits()).isEqualTo(1);
    }

    @Test
    void agoraDataAreReceivedOnceTheRegionsEntriesOfThatYearAreImported() throws Exception {
        entrees("entrees-2023.csv", "2023;28;APEC;1265\n2023;53;APEC;980\n");
        entrees("entrees-2022.csv", "2022;32;APEC;400\n");
        LocalDate jourImport = LocalDate.now();

        EtatJalon normandie = jalon("28", Jalon.DONNEES_AGORA);
        assertThat(normandie.statut()).isEqualTo(Statut.FAIT);
        assertThat(normandie.faitLe()).contains(jourImport);
        assertThat(normandie.origine()).startsWith("D’après les données\u00a0: entrées AGORA 2023 importées le ")
                .endsWith("(fichier « entrees-2023.csv »)");
        assertThat(jalon("32", Jalon.DONNEES_AGORA).statut()).as("2022 only").isEqualTo(Statut.A_FAIRE);
        assertThat(jalon("28", Jalon.DOSSIERS_IMPORTES).statut()).isEqualTo(Statut.A_FAIRE);
    }

    @Test
    void dossiersInterviewsAndTextsAreDerivedFromTheirOwnData() throws Exception {
        importer(base, fichier(dossier, "dossiers-2023.csv", "id_dossier;dispositif;annee;region;decision\nD1;PTP;2023;28;ACCEPTE\n"),
                TypeFichier.DOSSIERS);
        // Two operators, three lines (one per theme); the last interview is on 12 March 2024.
        importer(base, fichier(dossier, "entretiens-2023.csv", "region;annee;operateur;date;interlocuteurs;theme;synthese;citation\n"
                + "28;2023;APEC;12/03/2024;Délégué;ACTIVITE;Trois agences.;\n"
                + "28;2023;APEC;12/03/2024;Délégué;COMMUNICATION;Salons.;\n"
                + "28;2023;CAP_EMPLOI;05/02/2024;Directrice;ACTIVITE;Deux sites.;\n"), TypeFichier.ENTRETIENS);
        base.jdbi().useHandle(h -> {
            h.execute("INSERT INTO texte_section (region, annee, cle, markdown, modifie_le) VALUES ('28', 2023, 'ptp', 'Texte', ?)",
                    LocalDateTime.of(2024, 3, 1, 10, 0));
            h.execute("INSERT INTO texte_section (region, annee, cle, markdown, modifie_le) VALUES ('28', 2023, 'prp', 'Texte', ?)",
                    LocalDateTime.of(2024, 3, 4, 10, 0));
        });

        assertThat(jalon("28", Jalon.DOSSIERS_IMPORTES).statut()).isEqualTo(Statut.FAIT);
        EtatJalon entretiens = jalon("28", Jalon.ENTRETIENS_OPERATEURS);
        assertThat(entretiens.statut()).isEqualTo(Statut.FAIT);
        assertThat(entretiens.faitLe()).contains(LocalDate.of(2024, 3, 12));
        assertThat(entretiens.origine()).isEqualTo("D’après les données\u00a0: registre des entretiens importé\u00a0: 2 opérateurs, "
                + "dernier entretien le 12\u00a0mars 2024");
        EtatJalon redaction = jalon("28", Jalon.REDACTION);
        assertThat(redaction.statut()).as("texts being written are not a finished report").isEqualTo(Statut.EN_COURS);
        assertThat(redaction.faitLe()).isEmpty();
        assertThat(redaction.origine()).isEqualTo("D’après les données\u00a0: 2 textes du rapport écrits depuis le 1er\u00a0mars 2024");
    }

    @Test
    void aStatusSetByHandWinsOverTheDataWhichAreThenOfferedAsASuggestion() throws Exception {
        entrees("entrees-2023.csv", "2023;28;APEC;1265\n");
        campagne.enregistrer("28", 2023, Map.of(Jalon.DONNEES_AGORA, new Saisie(Statut.EN_COURS, null, null)), "ref@essai.fr");

        EtatJalon agora = jalon("28", Jalon.DONNEES_AGORA);
        assertThat(agora.statut()).isEqualTo(Statut.EN_COURS);
        assertThat(agora.faitLe()).isEmpty();
        assertThat(agora.origine()).isEqualTo("Saisi par ref@essai.fr le 20\u00a0mars 2024");
        assertThat(agora.suggestion()).hasValueSatisfying(s -> assertThat(s).startsWith("D’après les données\u00a0: fait (entrées AGORA 2023"));

        // Done by hand without a date: the import's day is the done date; no suggestion any more.
        campagne.enregistrer("28", 2023, Map.of(Jalon.DONNEES_AGORA, new Saisie(Statut.FAIT, null, null)), "ref@essai.fr");
        assertThat(jalon("28", Jalon.DONNEES_AGORA).faitLe()).contains(LocalDate.now());
        assertThat(jalon("28", Jalon.DONNEES_AGORA).suggestion()).isEmpty();

        // Back to « selon les données ».
        campagne.enregistrer("28", 2023, Map.of(Jalon.DONNEES_AGORA, Saisie.VIDE), "ref@essai.fr");
        assertThat(jalon("28", Jalon.DONNEES_AGORA).origine()).startsWith("D’après les données\u00a0: entrées AGORA 2023 importées");
    }

    @Test
    void whatIsMissingIsSaidInPlainFrench() throws Exception {
        entrees("entrees-2023.csv", "2023;28;APEC;1265\n");
        campagne.enregistrer("28", 2023, Map.of(
                Jalon.DOSSIERS_IMPORTES, new Saisie(null, LocalDate.of(2024, 4, 1), null),
                Jalon.ENTRETIENS_OPERATEURS, new Saisie(null, LocalDate.of(2024, 4, 15), null),
                Jalon.REDACTION, new Saisie(null, LocalDate.of(2024, 5, 15), null),
                Jalon.PRESENTATION_CREFOP, new Saisie(null, LocalDate.of(2024, 3, 12), null)), "ref@essai.fr");

        Synthese s = campagne.synthese("28", 2023);
        assertThat(s.manques()).containsExactly(
                "Dossiers 2023 non importés",
                "Population 2023 absente (INSEE)",
                "Actions de coopération 2023 non importées",
                "Entretiens opérateurs 2023 non importés",
                "Présentation au CREFOP prévue le 12\u00a0mars 2024, en retard",
                "Aucune date prévue pour le jalon « Envoi à France compétences »");
        assertThat(s.prochain().map(EtatJalon::jalon)).as("AGORA data are in").contains(Jalon.DOSSIERS_IMPORTES);
        assertThat(s.faits()).isEqualTo(1);
        assertThat(s.envoi().fait()).isFalse();
    }

    @Test
    void inconsistentEntriesAreRefusedTogetherAndNothingIsStored() {
        campagne.enregistrer("28", 2023, Map.of(Jalon.REDACTION, new Saisie(null, LocalDate.of(2024, 5, 15), null)), "ref@essai.fr");
        List<String> avant = Fixtures.contenu(base, "jalon_campagne");

        assertThatThrownBy(() -> campagne.enregistrer("28", 2023, Map.of(
                Jalon.REDACTION, new Saisie(null, LocalDate.of(2024, 6, 1), null),
                Jalon.PRESENTATION_CREFOP, new Saisie(Statut.EN_COURS, null, LocalDate.of(2024, 3, 1)),
                Jalon.ENVOI_FRANCE_COMPETENCES, new Saisie(Statut.FAIT, null, LocalDate.of(2024, 3, 21)),
                Jalon.DOSSIERS_IMPORTES, new Saisie(null, LocalDate.of(2032, 1, 1), null)), "ref@essai.fr"))
                .isInstanceOfSatisfying(SaisieInvalide.class, e -> assertThat(e.erreurs()).containsExactlyInAnyOrder(
                        "« Présentation au CREFOP »\u00a0: une date de réalisation demande le statut « fait » (statut choisi\u00a0: en cours).",
                        "« Envoi à France compétences »\u00a0: la date de réalisation (21\u00a0mars 2024) est dans le futur\u00a0; "
                                + "attendu\u00a0: aujourd’hui ou avant.",
                        "« Dossiers importés »\u00a0: la date 1er\u00a0janvier 2032 est hors de la campagne 2023\u00a0; "
                                + "attendu\u00a0: entre le 1er janvier 2023 et le 31 décembre 2025."));
        assertThat(Fixtures.contenu(base, "jalon_campagne")).isEqualTo(avant);
    }

    @Test
    void anUnchangedEntryKeepsItsAuthorAndTheOtherRegionIsUntouched() {
        campagne.enregistrer("28", 2023, Map.of(Jalon.REDACTION, new Saisie(Statut.EN_COURS, LocalDate.of(2024, 5, 15), null)),
                "premier@essai.fr");
        campagne.enregistrer("28", 2023, Map.of(
                Jalon.REDACTION, new Saisie(Statut.EN_COURS, LocalDate.of(2024, 5, 15), null),
                Jalon.ENVOI_FRANCE_COMPETENCES, new Saisie(Statut.FAIT, null, LocalDate.of(2024, 3, 18)),
                Jalon.DONNEES_AGORA, Saisie.VIDE), "second@essai.fr");

        assertThat(jalon("28", Jalon.REDACTION).origine()).isEqualTo("Saisi par premier@essai.fr le 20\u00a0mars 2024");
        assertThat(jalon("28", Jalon.ENVOI_FRANCE_COMPETENCES).origine()).isEqualTo("Saisi par second@essai.fr le 20\u00a0mars 2024");
        assertThat(jalon("28", Jalon.ENVOI_FRANCE_COMPETENCES).faitLe()).contains(LocalDate.of(2024, 3, 18));
        assertThat(Fixtures.contenu(base, "jalon_campagne")).as("no row for an empty entry").hasSize(2);
        assertThat(jalon("53", Jalon.ENVOI_FRANCE_COMPETENCES).statut()).isEqualTo(Statut.A_FAIRE);
        assertThat(campagne.synthese("28", 2023).envoi().faitLe()).isEqualTo(Optional.of(LocalDate.of(2024, 3, 18)));
    }

    @Test
    void aDayIsWrittenTheFrenchWay() {
        assertThat(Campagne.date(LocalDate.of(2024, 3, 1))).isEqualTo("1er\u00a0mars 2024");
        assertThat(Campagne.date(LocalDate.of(2024, 12, 12))).isEqualTo("12\u00a0décembre 2024");
    }
}

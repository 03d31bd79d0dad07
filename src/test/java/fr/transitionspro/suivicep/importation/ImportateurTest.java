package fr.transitionspro.suivicep.importation;

import static fr.transitionspro.suivicep.importation.Fixtures.contenu;
import static fr.transitionspro.suivicep.importation.Fixtures.fichier;
import static fr.transitionspro.suivicep.importation.Fixtures.importer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.transitionspro.suivicep.base.Base;

class ImportateurTest {

    @TempDir
    Path dossier;

    Base base;

    /** A slice already stored before each refusal, to prove that a refused file changes nothing. */
    static final String ENTREES_EXISTANTES = "annee;region;operateur;sexe\n2023;28;APEC;F\n2023;28;APEC;M\n";

    @BeforeEach
    void ouvrir() throws Exception {
        base = Fixtures.base(dossier);
        importer(base, fichier(dossier, "existantes.csv", ENTREES_EXISTANTES), TypeFichier.ENTREES);
    }

    @AfterEach
    void fermer() {
        // No base when the fixture skipped the test (PostgreSQL absent).
        if (base != null) {
            base.close();
        }
    }

    private ImportRefuse refus(String nom, String contenu, TypeFichier type) throws Exception {
        List<String> entrees = contenu(base, "entree");
        List<String> dossiers = contenu(base, "dossier");
        List<String> journal = contenu(base, "journal_import");
        Path f = fichier(dossier, nom, contenu);
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> importer(base, f, type));
        assertThat(t).isInstanceOf(ImportRefuse.class);
        assertThat(t.getMessage()).contains("Fichier « " + nom + " » refusé, rien n'a été modifié");
        assertThat(contenu(base, "entree")).isEqualTo(entrees);
        assertThat(contenu(base, "dossier")).isEqualTo(dossiers);
        assertThat(contenu(base, "journal_import")).isEqualTo(journal);
        return (ImportRefuse) t;
    }

    @Test
    void importsCanonicalEntriesAndRecordsTheSliceInTheJournal() throws Exception {
        ResumeImport r = importer(base, fichier(dossier, "e.csv",
                "annee;region;operateur;sexe;age;effectif\n2023;11;APEC;F;25;3\n2023;11;CAP_EMPLOI;M;;\n"), TypeFichier.ENTREES);
        assertThat(r.lignes()).isEqualTo(2);
        assertThat(r.lignesParTranche()).containsOnlyKeys(new Tranche("entrees", "11", 2023));
        assertThat(contenu(base, "entree")).contains("2023|11|APEC|F|25|18_29|null|null|null|3|",
                "2023|11|CAP_EMPLOI|M|null|null|null|null|null|1|");
        String journal = base.jdbi().withHandle(h -> h.createQuery(
                "SELECT fichier || ' ' || type || ' ' || tranches || ' ' || lignes || ' ' || sha256 FROM journal_import ORDER BY id DESC LIMIT 1")
                .mapTo(String.class).one());
        assertThat(journal).isEqualTo("e.csv entrees 11/2023 2 " + r.sha256());
        assertThat(r.sha256()).hasSize(64);
    }

    @Test
    void detectsCommaSeparator() throws Exception {
        importer(base, fichier(dossier, "virgules.csv", "annee,region,operateur\n2023,11,APEC\n"), TypeFichier.ENTREES);
        assertThat(contenu(base, "entree")).contains("2023|11|APEC|null|null|null|null|null|null|1|");
    }

    @Test
    void detectsWindows1252EncodingAndReadsAccentedHeaders() throws Exception {
        Path f = fichier(dossier, "excel.csv", "Année;Périmètre;Opérateur;Système;Entrées\n2023;FM;CAP_EMPLOI;PARCOURS_H;77192\n", java.nio.charset.Charset.forName("windows-1252"));
        importer(base, f, TypeFichier.ECARTS);
        assertThat(contenu(base, "ecart")).containsExactly("2023|FM|CAP_EMPLOI|PARCOURS_H|77192|");
    }

    @Test
    void acceptsUtf8WithByteOrderMark() throws Exception {
        Path f = dossier.resolve("bom.csv");
        Files.write(f, ("\ufeffannee;region;operateur\n2023;11;APEC\n").getBytes(StandardCharsets.UTF_8));
        importer(base, f, TypeFichier.ENTREES);
        assertThat(contenu(base, "entree")).contains("2023|11|APEC|null|null|null|null|null|null|1|");
    }

    @Test
    void headersIgnoreCaseSurroundingSpacesAndAccents() throws Exception {
        importer(base, fichier(dossier, "entetes.csv", " ANNÉE ;Région; Opérateur \n2023;11;apec\n"), TypeFichier.ENTREES);
        assertThat(contenu(base, "entree")).contains("2023|11|APEC|null|null|null|null|null|null|1|");
    }

    @Test
    void ignoresUnknownColumnWithAWarning() throws Exception {
        ResumeImport r = importer(base, fichier(dossier, "extra.csv", "annee;region;operateur;commentaire\n2023;11;APEC;x\n"),
                TypeFichier.ENTREES);
        assertThat(r.avertissements()).containsExactly("colonne 4 « commentaire » inconnue pour le type entrees, ignorée");
    }

    @Test
    void refusesFileWithADirectPersonalIdentifierColumn() throws Exception {
        ImportRefuse e = refus("rgpd.csv", "annee;region;operateur;Nom;Prénom\n2023;28;APEC;Martin;Léa\n", TypeFichier.ENTREES);
        assertThat(e.getMessage()).contains("ligne 1, colonne 4 « Nom » : colonne refusée : elle contient des données personnelles")
                .contains("colonne 5 « Prénom »").contains("RGPD");
    }

    @Test
    void refusesEmailAndBirthDateColumnsWhateverTheirSpelling() throws Exception {
        refus("rgpd2.csv", "annee;region;operateur;E-mail\n2023;28;APEC;a@b.fr\n", TypeFichier.ENTREES);
        refus("rgpd3.csv", "id_dossier;dispositif;annee;region;decision;Date de naissance\nA;PTP;2023;28;ACCEPTE;01/01/1980\n",
                TypeFichier.DOSSIERS);
    }

    @Test
    void refusesFileWithoutARequiredColumn() throws Exception {
        ImportRefuse e = refus("sans-operateur.csv", "annee;region\n2023;28\n", TypeFichier.ENTREES);
        assertThat(e.getMessage()).contains("colonne obligatoire « operateur » absente de l'en-tête");
    }

    @Test
    void refusesFileWhoseRegionCodeIsUnknownNamingLineColumnValueAndExpectedCodes() throws Exception {
        ImportRefuse e = refus("region.csv", "annee;region;operateur\n2023;28;APEC\n2023;99;APEC\n", TypeFichier.ENTREES);
        assertThat(e.getMessage()).contains("ligne 3, colonne 2 « region », valeur « 99 » : code attendu parmi : 01, 02, 03");
    }

    @Test
    void refusesAnEmptyRequiredCellNamingItsLineAndColumn() throws Exception {
        ImportRefuse e = refus("vide.csv", "annee;region;operateur\n2023;;APEC\n", TypeFichier.ENTREES);
        assertThat(e.getMessage()).contains("ligne 2, colonne 2 « region » : valeur obligatoire manquante");
    }

    @Test
    void refusesAggregateCodesAsTheRegionOfDetailedRows() throws Exception {
        refus("fm.csv", "annee;region;operateur\n2023;FM;APEC\n", TypeFichier.ENTREES);
    }

    @Test
    void readsOneDigitRegionCodesAsTwoDigits() throws Exception {
        importer(base, fichier(dossier, "dom.csv", "annee;region;operateur\n2023;4;APEC\n2023; 1 ;APEC\n"), TypeFichier.ENTREES);
        assertThat(contenu(base, "entree")).contains("2023|04|APEC|null|null|null|null|null|null|1|",
                "2023|01|APEC|null|null|null|null|null|null|1|");
    }

    @Test
    void readsCodesCaseInsensitivelyHAsMaleAndOldLevelLetters() throws Exception {
        importer(base, fichier(dossier, "codes.csv", "annee;region;operateur;sexe;niveau;objectif\n"
                + "2023;11; cap_emploi ;h;IV;changer_metier\n2023;11;APEC;f;i;\n"), TypeFichier.ENTREES);
        assertThat(contenu(base, "entree")).contains("2023|11|CAP_EMPLOI|M|null|null|4|CHANGER_METIER|null|1|",
                "2023|11|APEC|F|null|null|7|null|null|1|");
    }

    @Test
    void derivesTheAgeBandFromTheAgeAndRefusesABandThatDisagrees() throws Exception {
        importer(base, fichier(dossier, "ages.csv", "annee;region;operateur;age;tranche_age\n2023;11;APEC;17;\n"
                + "2023;11;APEC;;45_59\n2023;11;APEC;60;60_PLUS\n"), TypeFichier.ENTREES);
        assertThat(contenu(base, "entree")).contains("2023|11|APEC|null|17|MOINS_18|null|null|null|1|",
                "2023|11|APEC|null|null|45_59|null|null|null|1|", "2023|11|APEC|null|60|60_PLUS|null|null|null|1|");
        ImportRefuse e = refus("desaccord.csv", "annee;region;operateur;age;tranche_age\n2023;28;APEC;29;30_44\n", TypeFichier.ENTREES);
        assertThat(e.getMessage()).contains("ligne 2, colonne 5 « tranche_age », valeur « 30_44 » : tranche cohérente avec l'âge 29 ans (18_29)");
    }

    @Test
    void refusesAnAgeOutsideFourteenToNinetyNineAndANonPositiveWeight() throws Exception {
        assertThat(refus("age.csv", "annee;region;operateur;age\n2023;28;APEC;12\n", TypeFichier.ENTREES).getMessage())
                .contains("valeur « 12 » : nombre entier entre 14 et 99 attendu");
        assertThat(refus("effectif.csv", "annee;region;operateur;effectif\n2023;28;APEC;0\n", TypeFichier.ENTREES).getMessage())
                .contains("colonne 4 « effectif », valeur « 0 »");
    }

    @Test
    void derivesTheNafSectionFromEveryAcceptedSpelling() throws Exception {
        importer(base, fichier(dossier, "naf.csv", "id_dossier;dispositif;annee;region;decision;naf_origine\n"
                + "A;PTP;2023;28;ACCEPTE;47.11F\nB;PTP;2023;28;ACCEPTE;8810A\nC;PTP;2023;28;ACCEPTE;01\nD;PTP;2023;28;ACCEPTE;q\n"
                + "E;PTP;2023;28;ACCEPTE;99\n"), TypeFichier.DOSSIERS);
        List<String> sections = base.jdbi().withHandle(h -> h.createQuery(
                "SELECT naf_origine || '/' || section_origine FROM dossier ORDER BY naf_origine").mapTo(String.class).list());
        assertThat(sections).containsExactly("01/A", "47.11F/G", "88.10A/Q", "99/U", "Q/Q");
    }

    @Test
    void refusesANafDivisionThatDoesNotExistAndAMalformedRomeCode() throws Exception {
        assertThat(refus("naf.csv", "id_dossier;dispositif;annee;region;decision;naf_origine\nA;PTP;2023;28;ACCEPTE;04\n",
                TypeFichier.DOSSIERS).getMessage()).contains("valeur « 04 » : un code NAF rév. 2");
        assertThat(refus("rome.csv", "id_dossier;dispositif;annee;region;decision;rome_cible\nA;PTP;2023;28;ACCEPTE;J15\n",
                TypeFichier.DOSSIERS).getMessage()).contains("valeur « J15 » : un code ROME");
    }

    @Test
    void refusesADossierIdSeenTwiceForTheSameSchemeYearAndRegion() throws Exception {
        ImportRefuse e = refus("doublon.csv", "id_dossier;dispositif;annee;region;decision\nA1;PTP;2023;28;ACCEPTE\n"
                + "A1;VAE;2023;28;ACCEPTE\nA1;PTP;2022;28;REFUSE\nA1;PTP;2023;28;REFUSE\n", TypeFichier.DOSSIERS);
        assertThat(e.getMessage()).contains("ligne 5, colonne 1 « id_dossier », valeur « A1 » : identifiant unique par dispositif, "
                + "année et région (déjà présent ligne 2)");
        assertThat(e.erreurs()).hasSize(1);
    }

    @Test
    void anImportReplacesItsSlicesOnlyAndReimportingTheSameFileChangesNothing() throws Exception {
        importer(base, fichier(dossier, "idf.csv", "annee;region;operateur\n2023;11;APEC\n"), TypeFichier.ENTREES);
        Path nouveau = fichier(dossier, "normandie.csv", "annee;region;operateur;sexe\n2023;28;MISSION_LOCALE;F\n");
        importer(base, nouveau, TypeFichier.ENTREES);
        List<String> apres = contenu(base, "entree");
        assertThat(apres).containsExactly("2023|11|APEC|null|null|null|null|null|null|1|",
                "2023|28|MISSION_LOCALE|F|null|null|null|null|null|1|");
        importer(base, nouveau, TypeFichier.ENTREES);
        assertThat(contenu(base, "entree")).isEqualTo(apres);
        assertThat(contenu(base, "tranche")).hasSize(2);
    }

    @Test
    void aDryRunSummarisesWithoutWriting() throws Exception {
        List<String> avant = contenu(base, "entree");
        Path f = fichier(dossier, "essai.csv", "annee;region;operateur\n2023;28;APEC\n2022;28;APEC\n2022;28;APEC\n");
        ResumeImport r = Fixtures.importateur(base).importer(f, TypeFichier.ENTREES, Correspondance.AUCUNE, true);
        assertThat(r.ecrit()).isFalse();
        assertThat(r.lignesParTranche()).containsEntry(new Tranche("entrees", "28", 2022), 2L)
                .containsEntry(new Tranche("entrees", "28", 2023), 1L);
        assertThat(contenu(base, "entree")).isEqualTo(avant);
        assertThat(contenu(base, "journal_import")).hasSize(1);
    }

    @Test
    void refusesAnEmptyFileAFileWithOnlyAHeaderAndABinaryFile() throws Exception {
        assertThat(refus("vide.csv", "", TypeFichier.ENTREES).getMessage()).contains("fichier vide");
        assertThat(refus("entete.csv", "annee;region;operateur\n", TypeFichier.ENTREES).getMessage())
                .contains("aucune ligne de données");
        assertThat(refus("classeur.csv", "PK\u0003\u0004\u0000\u0000binaire", TypeFichier.ENTREES).getMessage())
                .contains("ce fichier est une archive ZIP");
    }

    @Test
    void refusesARowWithTheWrongNumberOfCells() throws Exception {
        assertThat(refus("cellules.csv", "annee;region;operateur\n2023;28;APEC;EN_TROP\n", TypeFichier.ENTREES).getMessage())
                .contains("ligne 2 : 4 cellule(s) au lieu de 3");
    }

    @Test
    void refusesTwoPopulationRowsForTheSameRegionAndYear() throws Exception {
        List<String> avant = contenu(base, "population");
        assertThat(refus("pop.csv", "region;annee;actifs\n28;2023;100\n28;2023;200\n", TypeFichier.POPULATION).getMessage())
                .contains("ligne 3 : région 28 et année 2023 déjà données ligne 2");
        assertThat(contenu(base, "population")).isEqualTo(avant);
    }

    @Test
    void storesAggregatesWithSortedDimensionsAndRefusesAnUnknownIndicator() throws Exception {
        importer(base, fichier(dossier, "agregats.csv", "indicateur;region;annee;dimensions;valeur;unite;source\n"
                + "cep.profil.sexe;53;2023;sexe=F|operateur=APEC;54,5;pourcentage;\n"
                + "ptp.taux_acceptation;28;2023;;75;pourcentage;publie\n"), TypeFichier.AGREGATS);
        assertThat(contenu(base, "agregat")).containsExactly(
                "cep.profil.sexe|53|2023|operateur=APEC|sexe=F|54.5|pourcentage|echange|",
                "ptp.taux_acceptation|28|2023||75.0|pourcentage|publie|");
        assertThat(refus("inconnu.csv", "indicateur;region;annee;dimensions;valeur\nptp.inexistant;28;2023;;1\n",
                TypeFichier.AGREGATS).getMessage()).contains("valeur « ptp.inexistant » : identifiant d'un indicateur du catalogue");
        assertThat(refus("dims.csv", "indicateur;region;annee;dimensions;valeur\ncep.entrees;28;2023;operateur;1\n",
                TypeFichier.AGREGATS).getMessage()).contains("paires clé=valeur");
    }

    @Test
    void acceptsFmAndFrAsThePerimeterOfOperatorReportedEntries() throws Exception {
        importer(base, fichier(dossier, "ecarts.csv", "annee;perimetre;operateur;systeme;entrees\n"
                + "2023;FM;FRANCE_COMPETENCES;evol;176288\n2023;28;MISSION_LOCALE;I_MILO;17177\n"), TypeFichier.ECARTS);
        assertThat(contenu(base, "ecart")).containsExactly("2023|28|MISSION_LOCALE|I_MILO|17177|",
                "2023|FM|FRANCE_COMPETENCES|EVOL|176288|");
    }

    @Test
    void reportsEveryWrongCellOfAFileNotOnlyTheFirst() throws Exception {
        ImportRefuse e = refus("multiples.csv", "annee;region;operateur;sexe\n20x3;28;APEC;F\n2023;28;POLE;F\n2023;28;APEC;X\n",
                TypeFichier.ENTREES);
        assertThat(e.erreurs()).extracting(Erreur::ligne).containsExactly(2, 3, 4);
    }
}

package fr.transitionspro.suivicep.importation;

import static fr.transitionspro.suivicep.importation.Fixtures.contenu;
import static fr.transitionspro.suivicep.importation.Fixtures.fichier;
import static fr.transitionspro.suivicep.importation.Fixtures.importer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.transitionspro.suivicep.base.Base;

/**
 * The four files of the cooperation register follow the rules of every file (formats.md): a wrong
 * cell refuses the file with a French message naming line, column, value and expectation, and the
 * base keeps exactly what it held. Each faulty file has a valid line 2 (another year, so another
 * slice) and the wrong cell on line 3: a partial write would show.
 */
class RegistreCooperationImportTest {

    /** Header, a valid 2023 line (imported before each test) and a valid 2022 line, per type. */
    record Exemple(String entete, String ligne2023, String ligne2022) {
    }

    static final Map<TypeFichier, Exemple> EXEMPLES = Map.of(
            TypeFichier.ACTIONS, new Exemple("region;annee;date;titre;type;axes;operateurs;partenaires;lieu;participants;description",
                    "28;2023;14/02/2023;Salon régional de l'orientation;SALON;PROMOUVOIR;FRANCE_COMPETENCES|FRANCE_TRAVAIL;"
                            + "AROM;Rouen;850;Stand commun",
                    "28;2022;2022-09-20;Salon 2022;SALON;PROMOUVOIR;APEC;;Caen;;"),
            TypeFichier.CONVENTIONS, new Exemple("region;annee;partenaire;signee;renouvelee;fin;axes;statut;objet",
                    "28;2023;Pôle emploi;2021;2023;12/2025;SECURISER_PARCOURS|ENRICHIR_ANALYSE;RENOUVELEE;Sécuriser les PTP",
                    "28;2022;Pôle emploi;2021;;;SECURISER_PARCOURS;EN_VIGUEUR;"),
            TypeFichier.ENTRETIENS, new Exemple("region;annee;operateur;date;interlocuteurs;theme;synthese;citation",
                    "28;2023;APEC;12/03/2024;Délégué régional;ACTIVITE;Trois agences.;Nous avons maintenu nos agences.",
                    "28;2022;APEC;;;COMMUNICATION;Campagne Signes.;"),
            TypeFichier.LIEUX, new Exemple("region;annee;operateur;lieu;commune;departement;type_site;permanence",
                    "28;2023;APEC;Centre Apec de Rouen;Rouen;76;AGENCE;",
                    "28;2022;APEC;;Cherbourg-en-Cotentin;50;PERMANENCE;le jeudi"));

    @TempDir
    Path dossier;

    Base base;

    @BeforeEach
    void ouvrir() throws Exception {
        base = Fixtures.base(dossier);
        for (Map.Entry<TypeFichier, Exemple> e : EXEMPLES.entrySet()) {
            importer(base, fichier(dossier, "existant-" + e.getKey().code() + ".csv",
                    e.getValue().entete() + "\n" + e.getValue().ligne2023() + "\n"), e.getKey());
        }
    }

    @AfterEach
    void fermer() {
        // No base when the fixture skipped the test (PostgreSQL absent).
        if (base != null) {
            base.close();
        }
    }

    @ParameterizedTest(name = "{0}.{1} = « {2} » est refusé")
    @CsvSource(delimiterString = " ¦ ", value = {
        "actions ¦ axes ¦ PROMOUVOIR|DIFFUSER ¦ « DIFFUSER » n'est pas un code connu ; codes attendus parmi : PROMOUVOIR, "
                + "FACILITER_AIGUILLAGE, SECURISER_PARCOURS, ENRICHIR_ANALYSE (plusieurs codes séparés par « | »)",
        "actions ¦ axes ¦ | ¦ au moins un code parmi : PROMOUVOIR",
        "actions ¦ date ¦ 31/02/2023 ¦ date au format JJ/MM/AAAA ou AAAA-MM-JJ (ex. 14/02/2023) attendue",
        "actions ¦ date ¦ février 2023 ¦ date au format JJ/MM/AAAA ou AAAA-MM-JJ (ex. 14/02/2023) attendue",
        "actions ¦ date ¦ 14/02/2024 ¦ date de l'année 2023 indiquée dans la colonne « annee »",
        "actions ¦ operateurs ¦ APEC|POLE_EMPLOI ¦ « POLE_EMPLOI » n'est pas un code connu ; codes attendus parmi : APEC, "
                + "CAP_EMPLOI, FRANCE_COMPETENCES, MISSION_LOCALE, FRANCE_TRAVAIL",
        "actions ¦ type ¦ FORUM ¦ code attendu parmi : SALON, WEBINAIRE, REUNION_INTER_OPERATEURS, RENCONTRE_BILATERALE",
        "actions ¦ participants ¦ beaucoup ¦ nombre entier attendu",
        "actions ¦ region ¦ 29 ¦ code attendu parmi : 01, 02",
        "conventions ¦ statut ¦ ACTIVE ¦ code attendu parmi : SIGNEE, RENOUVELEE, EN_VIGUEUR, EN_PREPARATION, ECHUE",
        "conventions ¦ signee ¦ 2021/03 ¦ date au format JJ/MM/AAAA, MM/AAAA ou AAAA (ex. 14/02/2023, 02/2023, 2023) attendue",
        "conventions ¦ axes ¦ SECURISER ¦ « SECURISER » n'est pas un code connu",
        "conventions ¦ fin ¦ 2020 ¦ date de fin postérieure à la signature (2021)",
        "entretiens ¦ operateur ¦ PE ¦ code attendu parmi : APEC, CAP_EMPLOI, FRANCE_COMPETENCES",
        "entretiens ¦ theme ¦ BUDGET ¦ code attendu parmi : ACTIVITE, COMMUNICATION, RELATIONS_OPERATEURS, PARTENARIATS",
        "entretiens ¦ date ¦ 2024-13-01 ¦ date au format JJ/MM/AAAA ou AAAA-MM-JJ",
        "lieux ¦ departement ¦ 20 ¦ code de département (14, 2A, 971…) attendu",
        "lieux ¦ type_site ¦ BUREAU ¦ code attendu parmi : AGENCE, ANTENNE, PERMANENCE, POINT_ACCUEIL, FRANCE_SERVICES",
        "lieux ¦ operateur ¦ ARML ¦ code attendu parmi : APEC",
    })
    void refusesAWrongCellNamingLineColumnValueAndExpectation(String type, String colonne, String valeur, String attendu)
            throws Exception {
        TypeFichier t = TypeFichier.lire(type).orElseThrow();
        Exemple exemple = EXEMPLES.get(t);
        List<String> entete = List.of(exemple.entete().split(";", -1));
        String[] cellules = exemple.ligne2023().split(";", -1);
        int index = entete.indexOf(colonne);
        cellules[index] = valeur;
        String contenu = exemple.entete() + "\n" + exemple.ligne2022() + "\n" + String.join(";", cellules) + "\n";
        Map<String, List<String>> avant = instantane();

        Throwable e = catchThrowable(() -> importer(base, fichier(dossier, "faux.csv", contenu), t));

        assertThat(e).isInstanceOf(ImportRefuse.class);
        assertThat(e.getMessage()).contains("Fichier « faux.csv » refusé, rien n'a été modifié dans la base.")
                .contains("ligne 3, colonne " + (index + 1) + " « " + colonne + " », valeur « " + valeur + " »")
                .contains(attendu);
        assertThat(instantane()).isEqualTo(avant);
    }

    @ParameterizedTest(name = "sans la colonne {1}, un fichier {0} est refusé")
    @CsvSource({"actions, axes", "actions, date", "conventions, statut", "entretiens, theme", "lieux, commune"})
    void refusesAFileWithoutARequiredColumn(String type, String colonne) throws Exception {
        TypeFichier t = TypeFichier.lire(type).orElseThrow();
        Exemple exemple = EXEMPLES.get(t);
        List<String> entete = List.of(exemple.entete().split(";", -1));
        int index = entete.indexOf(colonne);
        String contenu = sansColonne(exemple.entete(), index) + "\n" + sansColonne(exemple.ligne2023(), index) + "\n";
        Map<String, List<String>> avant = instantane();

        Throwable e = catchThrowable(() -> importer(base, fichier(dossier, "incomplet.csv", contenu), t));

        assertThat(e).isInstanceOf(ImportRefuse.class).hasMessageContaining("colonne obligatoire « " + colonne
                + " » absente de l'en-tête (colonnes attendues : " + String.join(", ", entete) + ")");
        assertThat(instantane()).isEqualTo(avant);
    }

    @Test
    void aFreeTextKeepsItsLineBreaksTabsAndBackslashesExactly() throws Exception {
        // The characters that PostgreSQL's COPY text format escapes, "\\N" (its null) included.
        String texte = "Ligne 1\nLigne\t2 : C:\\dossiers\\N et \\\\ fin";
        importer(base, fichier(dossier, "actions-2022.csv", EXEMPLES.get(TypeFichier.ACTIONS).entete() + "\n"
                + "28;2022;2022-09-20;Salon 2022;SALON;PROMOUVOIR;APEC;;Caen;;\"" + texte + "\"\n"), TypeFichier.ACTIONS);
        String lu = base.jdbi().withHandle(h -> h.createQuery("SELECT description FROM action_cooperation WHERE annee = 2022")
                .mapTo(String.class).one());
        assertThat(lu).isEqualTo(texte);
    }

    @Test
    void anInterviewRowWithNeitherSummaryNorQuoteIsRefused() throws Exception {
        String contenu = "region;annee;operateur;theme;synthese;citation\n28;2023;APEC;ACTIVITE;;\n";
        Map<String, List<String>> avant = instantane();

        Throwable e = catchThrowable(() -> importer(base, fichier(dossier, "vide.csv", contenu), TypeFichier.ENTRETIENS));

        assertThat(e).hasMessageContaining("ligne 2, colonne 5 « synthese » : une synthèse ou une citation");
        assertThat(instantane()).isEqualTo(avant);
    }

    @Test
    void headersIgnoreCaseAndAccentsCodesIgnoreCaseAndAnExcelExportIsRead() throws Exception {
        String contenu = "Région;Année;Date;Titre;TYPE;Axes;Opérateurs;Partenaires\n"
                + "28;2023;2023-11-21;Journée de la reconversion : webinaire « Clé » ;webinaire;"
                + " promouvoir | Faciliter_Aiguillage | promouvoir ;france_travail|Apec;Région Normandie | AROM\n";

        importer(base, fichier(dossier, "excel.csv", contenu, Charset.forName("windows-1252")), TypeFichier.ACTIONS);

        // The 2023 slice is replaced: the action imported before each test is gone.
        assertThat(contenu(base, "action_cooperation")).containsExactly("28|2023|2023-11-21|Journée de la reconversion : "
                + "webinaire « Clé »|WEBINAIRE|PROMOUVOIR|FACILITER_AIGUILLAGE|APEC|FRANCE_TRAVAIL|Région Normandie|AROM|"
                + "null|null|null|2|");
    }

    @Test
    void theYearOfAnActionIsTheYearOfItsDateWhenTheColumnIsEmpty() throws Exception {
        String contenu = "region;date;titre;type;axes\n28;05/12/2024;Trophées;AUTRE;PROMOUVOIR\n";

        ResumeImport resume = importer(base, fichier(dossier, "sans-annee.csv", contenu), TypeFichier.ACTIONS);

        assertThat(resume.lignesParTranche()).containsOnlyKeys(new Tranche("actions", "28", 2024));
        assertThat(contenu(base, "action_cooperation")).hasSize(2);
    }

    private static String sansColonne(String ligne, int index) {
        List<String> cellules = new java.util.ArrayList<>(List.of(ligne.split(";", -1)));
        cellules.remove(index);
        return String.join(";", cellules);
    }

    private Map<String, List<String>> instantane() {
        return Map.of("action_cooperation", contenu(base, "action_cooperation"), "convention", contenu(base, "convention"),
                "entretien", contenu(base, "entretien"), "lieu_accueil", contenu(base, "lieu_accueil"),
                "tranche", contenu(base, "tranche"), "journal_import", contenu(base, "journal_import"));
    }
}

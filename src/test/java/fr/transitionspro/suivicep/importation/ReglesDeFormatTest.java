package fr.transitionspro.suivicep.importation;

import static fr.transitionspro.suivicep.importation.Fixtures.contenu;
import static fr.transitionspro.suivicep.importation.Fixtures.fichier;
import static fr.transitionspro.suivicep.importation.Fixtures.importer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.transitionspro.suivicep.base.Base;

/**
 * One wrong cell per rule of formats.md that a cell can break: the file is refused with a
 * message naming line 3, the column (number and header), the value and what was expected; the
 * base keeps exactly what it held. Line 2 of each file is valid, so a partial write would show.
 */
class ReglesDeFormatTest {

    @org.junit.jupiter.api.io.TempDir
    Path dossier;

    Base base;

    static final Map<TypeFichier, String> VALIDES = Map.of(
            TypeFichier.ENTREES, "annee;region;operateur;sexe;age;tranche_age;niveau;objectif;statut;effectif\n"
                    + "2023;28;APEC;F;30;30_44;5;CHANGER_METIER;SALARIE;1\n",
            TypeFichier.DOSSIERS, "id_dossier;dispositif;annee;region;decision;operateur_cep;sexe;age;niveau;contrat;temps_partiel;"
                    + "csp;rqth;naf_origine;rome_origine;certification_visee;libelle_certification;rome_cible;projet;naf_projet;"
                    + "statut_candidat\nA1;PTP;2023;28;ACCEPTE;APEC;F;30;4;CDI;N;EMPLOYE;NON;47.11F;D1505;RNCP1;DE;J1501;;;\n",
            TypeFichier.POPULATION, "region;annee;actifs;population_15_64;actifs_occupes\n28;2023;1495850;2014939;1300000\n",
            TypeFichier.AGREGATS, "indicateur;region;annee;dimensions;valeur;unite;source\nptp.dossiers;53;2023;;1382;nombre;\n",
            TypeFichier.ECARTS, "annee;perimetre;operateur;systeme;entrees\n2023;FM;CAP_EMPLOI;PARCOURS_H;77192\n");

    @BeforeEach
    void ouvrir() throws Exception {
        base = Fixtures.base(dossier);
        for (Map.Entry<TypeFichier, String> e : VALIDES.entrySet()) {
            importer(base, fichier(dossier, "existant-" + e.getKey().code() + ".csv", e.getValue()), e.getKey());
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
        "entrees ¦ annee ¦ 2O23 ¦ nombre entier",
        "entrees ¦ annee ¦ 1999 ¦ entre 2000 et 2100",
        "entrees ¦ region ¦ 29 ¦ code attendu parmi : 01, 02",
        "entrees ¦ operateur ¦ POLE_EMPLOI ¦ code attendu parmi : APEC, CAP_EMPLOI",
        "entrees ¦ operateur ¦ FONGECIF ¦ code attendu parmi : APEC, CAP_EMPLOI",
        "entrees ¦ sexe ¦ X ¦ code attendu parmi : F, M (acceptés aussi : H)",
        "entrees ¦ age ¦ 13 ¦ entre 14 et 99",
        "entrees ¦ age ¦ trente ¦ nombre entier",
        "entrees ¦ tranche_age ¦ 25_35 ¦ code attendu parmi : MOINS_18, 18_29",
        "entrees ¦ niveau ¦ 9 ¦ code attendu parmi : SANS, 3, 4, 5, 6, 7, 8",
        "entrees ¦ objectif ¦ REUSSIR ¦ code attendu parmi : ANTICIPER_PERTE_EMPLOI",
        "entrees ¦ statut ¦ RETRAITE ¦ code attendu parmi : SALARIE, INDEPENDANT",
        "entrees ¦ effectif ¦ -2 ¦ nombre entier positif attendu",
        "entrees ¦ effectif ¦ 1,5 ¦ nombre entier",
        "dossiers ¦ dispositif ¦ CPF ¦ code attendu parmi : PTP, DEMISSION_RECONVERSION",
        "dossiers ¦ decision ¦ VALIDE ¦ code attendu parmi : ACCEPTE, REFUSE, AJOURNE",
        "dossiers ¦ operateur_cep ¦ PE ¦ code attendu parmi : APEC",
        "dossiers ¦ contrat ¦ CDIC ¦ code attendu parmi : CDI, CDD",
        "dossiers ¦ temps_partiel ¦ OUI ¦ code attendu parmi : O, N",
        "dossiers ¦ csp ¦ ARTISAN ¦ code attendu parmi : OUVRIER, EMPLOYE",
        "dossiers ¦ rqth ¦ PEUT_ETRE ¦ code attendu parmi : OUI, EN_COURS, NON",
        "dossiers ¦ naf_origine ¦ 47.1 ¦ un code NAF rév. 2",
        "dossiers ¦ rome_origine ¦ 15011 ¦ un code ROME",
        "dossiers ¦ rome_cible ¦ JJ501 ¦ un code ROME",
        "dossiers ¦ projet ¦ VOYAGE ¦ code attendu parmi : FORMATION, CREATION_REPRISE",
        "dossiers ¦ naf_projet ¦ V ¦ un code NAF rév. 2",
        "dossiers ¦ statut_candidat ¦ ETUDIANT ¦ code attendu parmi : DEMANDEUR_EMPLOI, SALARIE, AUTRE",
        "population ¦ region ¦ FM ¦ code attendu parmi : 01",
        "population ¦ actifs ¦ 0 ¦ entre 1 et",
        "population ¦ population_15_64 ¦ beaucoup ¦ nombre entier",
        "agregats ¦ region ¦ 00 ¦ code attendu parmi : 01",
        "agregats ¦ valeur ¦ douze ¦ nombre attendu",
        "agregats ¦ unite ¦ euros ¦ unité parmi",
        "agregats ¦ source ¦ rapport ¦ vide, « echange » ou « publie »",
        "agregats ¦ dimensions ¦ sexe=F|sexe=M ¦ chaque clé une seule fois",
        "ecarts ¦ perimetre ¦ FX ¦ code attendu parmi : 01",
        "ecarts ¦ operateur ¦ ML ¦ code attendu parmi : APEC",
        "ecarts ¦ entrees ¦ -5 ¦ entre 0 et",
    })
    void refusesAWrongCellNamingLineColumnValueAndExpectation(String type, String colonne, String valeur, String attendu)
            throws Exception {
        TypeFichier t = TypeFichier.lire(type).orElseThrow();
        String valide = VALIDES.get(t);
        List<String> entete = List.of(valide.substring(0, valide.indexOf('\n')).split(";", -1));
        String ligne = valide.substring(valide.indexOf('\n') + 1).strip();
        String[] cellules = ligne.split(";", -1);
        int index = entete.indexOf(colonne);
        cellules[index] = valeur;
        String contenu = valide.replace("2023;28;", "2022;28;").replace("A1;PTP;2023", "A2;PTP;2022")
                .replace("2023;FM", "2022;FM").replace(";53;2023", ";53;2022") + String.join(";", cellules) + "\n";
        Map<String, List<String>> avant = instantane();

        Throwable e = catchThrowable(() -> importer(base, fichier(dossier, "faux.csv", contenu), t));

        assertThat(e).isInstanceOf(ImportRefuse.class);
        assertThat(e.getMessage()).contains("Fichier « faux.csv » refusé, rien n'a été modifié dans la base.")
                .contains("ligne 3, colonne " + (index + 1) + " « " + colonne + " », valeur « " + valeur.strip() + " »")
                .contains(attendu);
        assertThat(instantane()).isEqualTo(avant);
    }

    private Map<String, List<String>> instantane() {
        return Map.of("entree", contenu(base, "entree"), "dossier", contenu(base, "dossier"), "population",
                contenu(base, "population"), "agregat", contenu(base, "agregat"), "ecart", contenu(base, "ecart"),
                "tranche", contenu(base, "tranche"), "journal", contenu(base, "journal_import"));
    }
}

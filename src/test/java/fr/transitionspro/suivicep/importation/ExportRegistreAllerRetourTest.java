package fr.transitionspro.suivicep.importation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.cooperation.ExportRegistre;
import fr.transitionspro.suivicep.cooperation.RegistreCooperation;

/**
 * The register's CSV export is a file the import reads back into the same register: documented columns in
 * order, UTF-8 with BOM, « ; », quotes where a cell needs them, and cells that a spreadsheet would run as a
 * formula neutralised by an apostrophe that the import removes. The fixtures carry the awkward cases:
 * separators and quotes inside texts, a line break, texts beginning with = + - @ and ', dates known to the
 * month or the year, multi-valued cells.
 */
class ExportRegistreAllerRetourTest {

    @TempDir
    Path dossier;

    Base base;
    Base autre;

    @BeforeEach
    void ouvrir() throws Exception {
        base = Fixtures.base(dossier, "depart");
        autre = Fixtures.base(dossier, "arrivee");
        Fixtures.importer(base, Fixtures.fichier(dossier, "actions.csv",
                "region;annee;date;titre;type;axes;operateurs;partenaires;lieu;participants;description\n"
                        + "28;2023;14/02/2023;=SOMME(A1);SALON;enrichir_analyse|PROMOUVOIR;FRANCE_TRAVAIL|APEC;\"Région; Normandie|@Agefiph\";"
                        + "Rouen;850;\"Deux lignes\net des « guillemets » \"\"droits\"\"\"\n"
                        + "28;;2023-03-21;-moins;REUNION_INTER_OPERATEURS;FACILITER_AIGUILLAGE;;;;;+plus\n"
                        + "28;2023;05/06/2023;'apostrophe;AUTRE;SECURISER_PARCOURS;;;;0;\n"), TypeFichier.ACTIONS);
        Fixtures.importer(base, Fixtures.fichier(dossier, "conventions.csv",
                "region;annee;partenaire;signee;renouvelee;fin;axes;statut;objet\n"
                        + "28;2023;Pôle emploi;2021;06/2023;31/12/2025;SECURISER_PARCOURS|ENRICHIR_ANALYSE;RENOUVELEE;\"Échanges; suivi\"\n"
                        + "28;2023;Agefiph;;;;;EN_PREPARATION;\n"), TypeFichier.CONVENTIONS);
        Fixtures.importer(base, Fixtures.fichier(dossier, "entretiens.csv",
                "region;annee;operateur;date;interlocuteurs;theme;synthese;citation\n"
                        + "28;2023;APEC;12/03/2024;la déléguée régionale;PARTENARIATS;Liens réguliers.;\n"
                        + "28;2023;APEC;;;ACTIVITE;;« Nous avons ouvert une permanence. »\n"
                        + "28;2023;APEC;;;ACTIVITE;Deuxième propos sur l'activité.;=1+1\n"
                        + "28;2023;CAP_EMPLOI;;;COMMUNICATION;Peu de demandes.;\n"), TypeFichier.ENTRETIENS);
        Fixtures.importer(base, Fixtures.fichier(dossier, "lieux.csv",
                "region;annee;operateur;lieu;commune;departement;type_site;permanence\n"
                        + "28;2023;APEC;Centre Apec de Rouen;Rouen;76;AGENCE;\n"
                        + "28;2023;APEC;;Saint-Lô;5;PERMANENCE;le jeudi\n"), TypeFichier.LIEUX);
    }

    @AfterEach
    void fermer() {
        if (base != null) {
            base.close();
        }
        if (autre != null) {
            autre.close();
        }
    }

    private Path ecrire(String nom, byte[] contenu) throws Exception {
        return Files.write(dossier.resolve(nom), contenu);
    }

    @Test
    void everyListExportedThenImportedIntoAnotherBaseGivesBackTheSameRegister() throws Exception {
        RegistreCooperation depart = RegistreCooperation.lire(base, "28", 2023);
        assertThat(depart.actions()).hasSize(3);
        assertThat(depart.lieux().get(1).permanence()).isEqualTo("le jeudi");

        Fixtures.importer(autre, ecrire("a.csv", ExportRegistre.actions("28", 2023, depart.actions())), TypeFichier.ACTIONS);
        Fixtures.importer(autre, ecrire("c.csv", ExportRegistre.conventions("28", 2023, depart.conventions())), TypeFichier.CONVENTIONS);
        Fixtures.importer(autre, ecrire("e.csv", ExportRegistre.entretiens("28", 2023, depart.entretiens())), TypeFichier.ENTRETIENS);
        Fixtures.importer(autre, ecrire("l.csv", ExportRegistre.lieux("28", 2023, depart.lieux())), TypeFichier.LIEUX);

        assertThat(RegistreCooperation.lire(autre, "28", 2023)).isEqualTo(depart);
    }

    @Test
    void theFileHasTheImportsColumnsABomSemicolonsAndNoCellASpreadsheetWouldRun() {
        RegistreCooperation registre = RegistreCooperation.lire(base, "28", 2023);
        byte[] octets = ExportRegistre.actions("28", 2023, registre.actions());
        assertThat(octets).startsWith(0xEF, 0xBB, 0xBF);
        String texte = new String(octets, StandardCharsets.UTF_8).substring(1);
        String[] lignes = texte.split("\r\n");
        assertThat(lignes[0]).isEqualTo(String.join(";", TypeFichier.ACTIONS.colonnes()));
        assertThat(texte).isEqualTo(lignes[0] + "\r\n"
                + "28;2023;14/02/2023;'=SOMME(A1);SALON;PROMOUVOIR|ENRICHIR_ANALYSE;APEC|FRANCE_TRAVAIL;\"Région; Normandie|@Agefiph\";"
                + "Rouen;850;\"Deux lignes\net des « guillemets » \"\"droits\"\"\"\r\n"
                + "28;2023;21/03/2023;'-moins;REUNION_INTER_OPERATEURS;FACILITER_AIGUILLAGE;;;;;'+plus\r\n"
                + "28;2023;05/06/2023;''apostrophe;AUTRE;SECURISER_PARCOURS;;;;0;\r\n");
        assertThat(new String(ExportRegistre.conventions("28", 2023, registre.conventions()), StandardCharsets.UTF_8))
                .startsWith("\ufeff" + String.join(";", TypeFichier.CONVENTIONS.colonnes()) + "\r\n")
                .contains("28;2023;Pôle emploi;2021;06/2023;31/12/2025;SECURISER_PARCOURS|ENRICHIR_ANALYSE;RENOUVELEE;\"Échanges; suivi\"\r\n");
        assertThat(new String(ExportRegistre.entretiens("28", 2023, registre.entretiens()), StandardCharsets.UTF_8))
                .startsWith("\ufeff" + String.join(";", TypeFichier.ENTRETIENS.colonnes()) + "\r\n")
                .contains("28;2023;APEC;12/03/2024;la déléguée régionale;ACTIVITE;Deuxième propos sur l'activité.;'=1+1\r\n");
        assertThat(new String(ExportRegistre.lieux("28", 2023, registre.lieux()), StandardCharsets.UTF_8))
                .startsWith("\ufeff" + String.join(";", TypeFichier.LIEUX.colonnes()) + "\r\n")
                .endsWith("28;2023;APEC;;Saint-Lô;05;PERMANENCE;le jeudi\r\n");
    }
}

package fr.transitionspro.suivicep.importation;

import static fr.transitionspro.suivicep.importation.Fixtures.contenu;
import static fr.transitionspro.suivicep.importation.Fixtures.fichier;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.transitionspro.suivicep.base.Base;

class CorrespondanceTest {

    @TempDir
    Path dossier;

    Base base;

    @BeforeEach
    void ouvrir() {
        base = Fixtures.base(dossier);
    }

    @AfterEach
    void fermer() {
        // No base when the fixture skipped the test (PostgreSQL absent).
        if (base != null) {
            base.close();
        }
    }

    /** A real-looking AGORA extract: other headers, other codes, no year column, tabs. */
    static final String EXTRACTION = "Code région\tRéseau\tGenre\tNb bénéficiaires\n28\tPE\tFemme\t12\n28\tML\tHomme\t3\n";

    static final String CORRESPONDANCE = """
            type: entrees
            separateur: tab
            colonnes:
              Code région: region
              Réseau: operateur
              Genre: sexe
              nb bénéficiaires: effectif
            codes:
              operateur: { PE: FRANCE_TRAVAIL, ML: MISSION_LOCALE }
              sexe: { Femme: F, Homme: M }
            constantes:
              annee: 2023
            """;

    @Test
    void mapsColumnsCodesAndConstantsOfARealExtractOntoTheCanonicalType() throws Exception {
        Path extraction = fichier(dossier, "agora.tsv", EXTRACTION);
        Correspondance c = Correspondance.lire(fichier(dossier, "agora.yaml", CORRESPONDANCE));
        ResumeImport r = Fixtures.importateur(base).importer(extraction, TypeFichier.ENTREES, c, false);
        assertThat(r.lignesParTranche()).containsEntry(new Tranche("entrees", "28", 2023), 2L);
        assertThat(contenu(base, "entree")).containsExactly("2023|28|FRANCE_TRAVAIL|F|null|null|null|null|null|12|",
                "2023|28|MISSION_LOCALE|M|null|null|null|null|null|3|");
    }

    @Test
    void aValueThatMapsToNothingIsAnErrorNotASilentUnknown() throws Exception {
        Path extraction = fichier(dossier, "agora.tsv", EXTRACTION + "28\tAPEC\tFemme\t1\n");
        Correspondance c = Correspondance.lire(fichier(dossier, "agora.yaml", CORRESPONDANCE));
        Throwable t = catchThrowable(() -> Fixtures.importateur(base).importer(extraction, TypeFichier.ENTREES, c, false));
        assertThat(t).isInstanceOf(ImportRefuse.class).hasMessageContaining(
                "ligne 4, colonne 2 « Réseau », valeur « APEC » : valeur absente de la table « codes » du fichier de correspondance");
        assertThat(contenu(base, "entree")).isEmpty();
    }

    @Test
    void refusesAMappingWrittenForAnotherFileType() throws Exception {
        Path extraction = fichier(dossier, "agora.tsv", EXTRACTION);
        Correspondance c = Correspondance.lire(fichier(dossier, "agora.yaml", CORRESPONDANCE));
        Throwable t = catchThrowable(() -> Fixtures.importateur(base).importer(extraction, TypeFichier.DOSSIERS, c, false));
        assertThat(t).hasMessageContaining("prévu pour le type « entrees », pas pour « dossiers »");
    }

    @Test
    void refusesAMappingFileThatIsNotYamlOrHasUnknownKeys() throws Exception {
        Throwable t = catchThrowable(() -> Correspondance.lire(fichier(dossier, "faux.yaml", "typ: entrees\n")));
        assertThat(t).isInstanceOf(ImportRefuse.class).hasMessageContaining("fichier de correspondance illisible");
    }

    @Test
    void readsAMappingWrittenInJson() throws Exception {
        Path extraction = fichier(dossier, "pop.csv", "reg;actifs 15-64\n28;1495850\n");
        Correspondance c = Correspondance.lire(fichier(dossier, "pop.json",
                "{\"type\": \"population\", \"colonnes\": {\"reg\": \"region\", \"actifs 15-64\": \"actifs\"}, \"constantes\": {\"annee\": 2023}}"));
        Fixtures.importateur(base).importer(extraction, TypeFichier.POPULATION, c, false);
        assertThat(contenu(base, "population")).containsExactly("28|2023|1495850|null|null|");
    }
}

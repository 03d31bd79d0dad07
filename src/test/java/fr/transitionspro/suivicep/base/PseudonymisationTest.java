package fr.transitionspro.suivicep.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.transitionspro.suivicep.importation.Fixtures;
import fr.transitionspro.suivicep.importation.TypeFichier;

/**
 * RGPD: a dossier's identifier is stored only as HMAC-SHA-256 under a key kept outside the base.
 * The expected pseudonyms were computed apart (Python's hmac module) for the key 00 01 02 … 1f.
 */
class PseudonymisationTest {

    /** The bytes 0 to 31, in Base64. */
    static final String CLE = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    static final String DOSSIERS = "id_dossier;dispositif;annee;region;decision\nD0001;PTP;2023;28;ACCEPTE\nD0002;PTP;2023;28;REFUSE\n";

    @TempDir
    Path dossier;

    private static List<String> identifiants(Base b) {
        return b.jdbi().withHandle(h -> h.createQuery("SELECT id_dossier || ' ' || decision FROM dossier ORDER BY decision")
                .mapTo(String.class).list());
    }

    @Test
    void dossierIdentifiersAreStoredAsTheirKeyedHashUnderTheKeyFileBesideTheBase() throws Exception {
        String adresse = Fixtures.adresse(dossier, "pseudo");
        try (Base b = Base.ouvrir(adresse)) {
            Path cle = Pseudonymisation.fichierDe(b.adresse());
            Files.createDirectories(cle.getParent());
            Files.writeString(cle, CLE + "\n");
            Fixtures.importer(b, Fixtures.fichier(dossier, "d.csv", DOSSIERS), TypeFichier.DOSSIERS);
            assertThat(identifiants(b)).containsExactly("79971bd1e448422924eaa3e6e98b8eee ACCEPTE", "fab95f71626fa774006dd9bf05771c68 REFUSE");

            // Same key, same pseudonyms: a re-import replaces the same dossiers.
            Fixtures.importer(b, Fixtures.fichier(dossier, "d.csv", DOSSIERS), TypeFichier.DOSSIERS);
            assertThat(identifiants(b)).containsExactly("79971bd1e448422924eaa3e6e98b8eee ACCEPTE", "fab95f71626fa774006dd9bf05771c68 REFUSE");

            // Neither the identifiers nor the key are anywhere in the base.
            String tout = String.join("\n", b.jdbi().withHandle(h -> h.createQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = current_schema() AND table_catalog = current_database()").mapTo(String.class).list())
                    .stream().flatMap(t -> Fixtures.contenu(b, t).stream()).toList());
            assertThat(tout).doesNotContain("D0001").doesNotContain("D0002").doesNotContain(CLE).doesNotContain("AAECAwQF");
        }
    }

    @Test
    void theKeyIsCreatedAtTheFirstDossierImportReadableByItsOwnerOnly() throws Exception {
        String adresse = Fixtures.adresse(dossier, "neuve");
        try (Base b = Base.ouvrir(adresse)) {
            Path cle = Pseudonymisation.fichierDe(b.adresse());
            Fixtures.importer(b, Fixtures.fichier(dossier, "e.csv", "annee;region;operateur\n2023;28;APEC\n"), TypeFichier.ENTREES);
            assertThat(cle).doesNotExist();
            Fixtures.importer(b, Fixtures.fichier(dossier, "d.csv", DOSSIERS), TypeFichier.DOSSIERS);
            assertThat(cle).exists();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cle))).isEqualTo("rw-------");
            List<String> premiers = identifiants(b);
            assertThat(premiers).noneMatch(i -> i.startsWith("79971bd1e448422924eaa3e6e98b8eee")).allMatch(i -> i.matches("[0-9a-f]{32} .*"));

            // Another base has another key: the same file gets other pseudonyms.
            try (Base autre = Fixtures.base(dossier, "autre")) {
                Fixtures.importer(autre, Fixtures.fichier(dossier, "d.csv", DOSSIERS), TypeFichier.DOSSIERS);
                assertThat(identifiants(autre)).doesNotContainAnyElementsOf(premiers);
            }
        }
    }

    @Test
    void aDamagedKeyStopsTheImportWithAFrenchMessageAndChangesNothing() throws Exception {
        try (Base b = Fixtures.base(dossier, "abimee")) {
            Path cle = Pseudonymisation.fichierDe(b.adresse());
            Files.createDirectories(cle.getParent());
            Files.writeString(cle, "pas une clé\n");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Fixtures.importer(b, Fixtures.fichier(dossier, "d.csv", DOSSIERS),
                    TypeFichier.DOSSIERS)).isInstanceOf(BaseIndisponible.class)
                    .hasMessageContaining("Clé de pseudonymisation « " + cle + " » illisible");
            assertThat(Fixtures.contenu(b, "dossier")).isEmpty();
            assertThat(Fixtures.contenu(b, "journal_import")).isEmpty();
        }
    }
}

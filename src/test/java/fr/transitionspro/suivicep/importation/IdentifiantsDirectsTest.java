package fr.transitionspro.suivicep.importation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.transitionspro.suivicep.base.Base;

/** RGPD: a direct identifier never reaches the base, not even renamed by a mapping file into a column it accepts. */
class IdentifiantsDirectsTest {

    @TempDir
    Path dossier;

    @Test
    void aNameColumnRenamedIntoTheDossierIdentifierByAMappingIsStillRefused() throws Exception {
        try (Base b = Fixtures.base(dossier)) {
            Path correspondance = Fixtures.fichier(dossier, "c.yaml", "type: dossiers\ncolonnes:\n  Nom de naissance: id_dossier\n");
            Path f = Fixtures.fichier(dossier, "d.csv", "Nom de naissance;dispositif;annee;region;decision\nMartin;PTP;2023;28;ACCEPTE\n");
            assertThatThrownBy(() -> Fixtures.importateur(b).importer(f, TypeFichier.DOSSIERS, Correspondance.lire(correspondance), false))
                    .isInstanceOf(ImportRefuse.class).hasMessageContaining("colonne 1 « Nom de naissance »")
                    .hasMessageContaining("RGPD : suivi-cep ne conserve jamais d'identifiant direct");
            assertThat(Fixtures.contenu(b, "dossier")).isEmpty();
        }
    }

    @Test
    void aSocialSecurityNumberColumnIsRefusedWhateverItsSpelling() throws Exception {
        try (Base b = Fixtures.base(dossier)) {
            for (String colonne : new String[] {"NIR", "Numéro de sécurité sociale", "telephone", "Adresse postale"}) {
                Path f = Fixtures.fichier(dossier, "d.csv", "id_dossier;dispositif;annee;region;decision;" + colonne
                        + "\nA;PTP;2023;28;ACCEPTE;x\n");
                assertThatThrownBy(() -> Fixtures.importer(b, f, TypeFichier.DOSSIERS)).as(colonne).isInstanceOf(ImportRefuse.class)
                        .hasMessageContaining("colonne 6 « " + colonne + " »");
            }
            assertThat(Fixtures.contenu(b, "dossier")).isEmpty();
        }
    }
}

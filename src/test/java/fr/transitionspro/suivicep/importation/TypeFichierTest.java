package fr.transitionspro.suivicep.importation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TypeFichierTest {

    @Test
    void recognisesAFilesTypeFromItsHeaderAsTheImportReadsHeaders() {
        assertThat(TypeFichier.reconnaitre(List.of("\ufeffAnnée", " Région ", "OPERATEUR", "effectif"))).contains(TypeFichier.ENTREES);
        assertThat(TypeFichier.reconnaitre(List.of("id_dossier", "dispositif", "annee", "region", "decision", "sexe")))
                .contains(TypeFichier.DOSSIERS);
        assertThat(TypeFichier.reconnaitre(List.of("region", "annee", "actifs"))).contains(TypeFichier.POPULATION);
        assertThat(TypeFichier.reconnaitre(List.of("region", "annee", "operateur", "commune", "departement", "type_site", "")))
                .contains(TypeFichier.LIEUX);
    }

    @Test
    void recognisesNothingWhenAColumnIsUnknownOrARequiredOneMissing() {
        assertThat(TypeFichier.reconnaitre(List.of("annee", "region", "operateur", "canal"))).isEmpty();
        assertThat(TypeFichier.reconnaitre(List.of("annee", "region"))).isEmpty();
        assertThat(TypeFichier.reconnaitre(List.of())).isEmpty();
    }
}

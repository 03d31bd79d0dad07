package fr.transitionspro.suivicep.referentiel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionsTest {

    @Test
    void sentencesUseTheRightPrepositionForEachRegion() {
        assertThat(Regions.enRegion("28")).isEqualTo("en Normandie");
        assertThat(Regions.enRegion("44")).isEqualTo("dans le Grand Est");
        assertThat(Regions.enRegion("52")).isEqualTo("dans les Pays de la Loire");
        assertThat(Regions.enRegion("32")).isEqualTo("dans les Hauts-de-France");
        assertThat(Regions.enRegion("04")).isEqualTo("à La Réunion");
        assertThat(Regions.enRegion("06")).isEqualTo("à Mayotte");
        assertThat(Regions.enRegion("11")).isEqualTo("en Île-de-France");
    }

    @Test
    void perimetersAreTheRegionsPlusFmAndFr() {
        assertThat(Nomenclatures.PERIMETRE.codes()).hasSize(20).contains("FM", "FR", "28");
        assertThat(Nomenclatures.PERIMETRE.lire(" 4")).contains("04");
        assertThat(Nomenclatures.REGION.lire("FM")).isEmpty();
    }
}

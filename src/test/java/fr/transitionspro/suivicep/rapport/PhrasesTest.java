package fr.transitionspro.suivicep.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PhrasesTest {

    private static final char INSECABLE = '\u00a0';

    @Test
    void theVerbOfAChangeFollowsItsSign() {
        assertThat(Phrases.evolution(13.68, 1)).isEqualTo("a augmenté de 13,7" + INSECABLE + "%");
        assertThat(Phrases.evolution(-3.21, 1)).isEqualTo("a diminué de 3,2" + INSECABLE + "%");
    }

    @Test
    void aChangeThatRoundsToZeroIsStable() {
        assertThat(Phrases.evolution(0.04, 1)).isEqualTo("est resté stable");
        assertThat(Phrases.evolution(-0.04, 1)).isEqualTo("est resté stable");
        assertThat(Phrases.participe(0.0, 1)).isEqualTo("été stable");
    }

    @Test
    void theParticipleAloneServesListsOfRegions() {
        assertThat(Phrases.participe(2.5, 1)).isEqualTo("augmenté de 2,5" + INSECABLE + "%");
        assertThat(Phrases.participe(-7.55, 1)).isEqualTo("diminué de 7,6" + INSECABLE + "%");
    }

    @Test
    void ordinalsAreFeminineAsInLaPremiereRegion() {
        assertThat(Phrases.ordinal(1)).isEqualTo("1re");
        assertThat(Phrases.ordinal(5)).isEqualTo("5e");
    }

    @Test
    void enumerationsEndWithEt() {
        assertThat(Phrases.enumeration(List.of())).isEmpty();
        assertThat(Phrases.enumeration(List.of("Bretagne"))).isEqualTo("Bretagne");
        assertThat(Phrases.enumeration(List.of("Bretagne", "Normandie", "Pays de la Loire")))
                .isEqualTo("Bretagne, Normandie et Pays de la Loire");
    }

    @Test
    void signedCountsHaveAPlusOrAMinusSignAndThinSpaces() {
        assertThat(Phrases.nombreSigne(15374)).isEqualTo("+15\u202f374");
        assertThat(Phrases.nombreSigne(-2181)).isEqualTo("\u22122\u202f181");
        assertThat(Phrases.nombreSigne(0)).isEqualTo("0");
    }

    @Test
    void agesShowDecimalsOnlyWhenTheyAreNotWholeYears() {
        assertThat(Phrases.ans(38)).isEqualTo("38" + INSECABLE + "ans");
        assertThat(Phrases.ans(37.6)).isEqualTo("37,6" + INSECABLE + "ans");
    }

    @Test
    void quotesAreFrenchWithNoBreakSpaces() {
        assertThat(Phrases.guillemets("DE Aide-soignant")).isEqualTo("«" + INSECABLE + "DE Aide-soignant" + INSECABLE + "»");
    }

    @Test
    void deIsContractedBeforeTheArticle() {
        assertThat(Phrases.complementDe("le nombre de dossiers")).isEqualTo("du nombre de dossiers");
        assertThat(Phrases.complementDe("la part des femmes")).isEqualTo("de la part des femmes");
    }
}

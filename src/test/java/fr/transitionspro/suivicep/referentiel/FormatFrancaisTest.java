package fr.transitionspro.suivicep.referentiel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatFrancaisTest {

    @Test
    void thousandsAreSeparatedByANarrowNoBreakSpace() {
        assertThat(FormatFrancais.entier(1265)).isEqualTo("1\u202f265");
        assertThat(FormatFrancais.entier(3238520)).isEqualTo("3\u202f238\u202f520");
        assertThat(FormatFrancais.entier(999)).isEqualTo("999");
    }

    @Test
    void percentagesUseADecimalCommaAndANoBreakSpaceBeforeTheSign() {
        assertThat(FormatFrancais.pourcentage(9.873537, 1)).isEqualTo("9,9\u00a0%");
        assertThat(FormatFrancais.pourcentage(83.7696, 2)).isEqualTo("83,77\u00a0%");
    }

    @Test
    void roundingIsHalfUpOnTheDecimalValue() {
        assertThat(FormatFrancais.nombre(0.125, 2)).isEqualTo("0,13");
        assertThat(FormatFrancais.nombre(2.5, 0)).isEqualTo("3");
        assertThat(FormatFrancais.nombre(-3.2134, 1)).isEqualTo("\u22123,2");
    }

    @Test
    void variationsCarryTheirSignAndAZeroHasNone() {
        assertThat(FormatFrancais.variation(13.68, 1)).isEqualTo("+13,7\u00a0%");
        assertThat(FormatFrancais.variation(-3.21, 1)).isEqualTo("\u22123,2\u00a0%");
        assertThat(FormatFrancais.variation(-0.01, 1)).isEqualTo("0,0\u00a0%");
    }
}

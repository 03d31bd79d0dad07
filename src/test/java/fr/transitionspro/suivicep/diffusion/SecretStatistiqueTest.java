package fr.transitionspro.suivicep.diffusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Hand-made tables, the masked cells worked out by hand. Counts rest on themselves (personnes =
 * valeur) unless said otherwise.
 */
class SecretStatistiqueTest {

    private final SecretStatistique regle = SecretStatistique.PAR_DEFAUT;

    private static Position p(int ligne, int colonne) {
        return new Position(ligne, colonne);
    }

    /** A grid of counts, each resting on itself. */
    private static Grille comptes(double[][] valeurs) {
        Grille g = new Grille();
        for (int l = 0; l < valeurs.length; l++) {
            for (int c = 0; c < valeurs[l].length; c++) {
                g.valeur(l, c, valeurs[l][c], valeurs[l][c]);
            }
        }
        return g;
    }

    @Test
    void aCountOfOneToFourIsMaskedZeroAndFiveAreNot() {
        Masque m = regle.masquer(comptes(new double[][] {{0, 1, 4, 5, 120}}));
        assertThat(m.primaires()).containsExactlyInAnyOrder(p(0, 1), p(0, 2));
        assertThat(m.secondaires()).isEmpty();
    }

    @Test
    void withoutATotalASingleSmallCellIsTheOnlyOneMasked() {
        Masque m = regle.masquer(comptes(new double[][] {{3, 40, 57}}));
        assertThat(m.toutes()).containsExactly(p(0, 0));
    }

    @Test
    void aRowWithItsTotalMasksTheNextSmallestCellToo() {
        // 3 + 10 + 40 = 53: with 3 alone hidden, 53 − 10 − 40 gives it back; 10 is the next smallest.
        Masque m = regle.masquer(comptes(new double[][] {{3, 10, 40, 53}}).ligneAdditive(0));
        assertThat(m.primaires()).containsExactly(p(0, 0));
        assertThat(m.secondaires()).containsExactly(p(0, 1));
    }

    @Test
    void aColumnWithItsTotalMasksTheNextSmallestCellToo() {
        Masque m = regle.masquer(comptes(new double[][] {{25}, {2}, {18}, {45}}).colonneAdditive(0));
        assertThat(m.primaires()).containsExactly(p(1, 0));
        assertThat(m.secondaires()).containsExactly(p(2, 0));
    }

    @Test
    void twoSmallCellsInTheSameRowProtectEachOther() {
        Masque m = regle.masquer(comptes(new double[][] {{3, 2, 40, 45}}).ligneAdditive(0));
        assertThat(m.primaires()).containsExactlyInAnyOrder(p(0, 0), p(0, 1));
        assertThat(m.secondaires()).isEmpty();
    }

    @Test
    void aRowWhoseOnlyOtherCellIsItsTotalMasksTheTotal() {
        // 3 and 50 give 53; 50 is hidden, not the total 53: the smallest other cell goes first.
        Masque two = regle.masquer(comptes(new double[][] {{3, 50, 53}}).ligneAdditive(0));
        assertThat(two.secondaires()).containsExactly(p(0, 1));
        // A part and its total only: the total goes.
        Masque seul = regle.masquer(comptes(new double[][] {{3, 3}}).ligneAdditive(0));
        assertThat(seul.primaires()).containsExactlyInAnyOrder(p(0, 0), p(0, 1));
    }

    @Test
    void aSmallTotalIsMaskedWithItsParts() {
        // 1 + 0 + 2 = 3: the total rests on 3 people; the zero stays (two hidden cells already in the row).
        Masque m = regle.masquer(comptes(new double[][] {{1, 0, 2, 3}}).ligneAdditive(0));
        assertThat(m.primaires()).containsExactlyInAnyOrder(p(0, 0), p(0, 2), p(0, 3));
        assertThat(m.secondaires()).isEmpty();
    }

    @Test
    void aTableWithRowAndColumnTotalsMasksARectangleOfFourCells() {
        //          A    B    Total
        // X        3   10     13
        // Y       12   20     32
        // Total   15   30     45
        Grille g = comptes(new double[][] {{3, 10, 13}, {12, 20, 32}, {15, 30, 45}});
        for (int i = 0; i < 3; i++) {
            g.ligneAdditive(i).colonneAdditive(i);
        }
        Masque m = regle.masquer(g);
        assertThat(m.primaires()).containsExactly(p(0, 0));
        // Row X → B (10); column A → Y (12); column B then has X·B hidden alone → Y·B (20). Totals stay.
        assertThat(m.secondaires()).containsExactlyInAnyOrder(p(0, 1), p(1, 0), p(1, 1));
        assertNoCellCanBeRecomputed(g, m);
    }

    @Test
    void aMaskedRowTotalInATableWithMarginsPropagatesToTheColumnOfTotals() {
        //          A    B    Total
        // X        1    2      3      ← all three rest on fewer than 5 people
        // Y       30   40     70
        // Total   31   42     73
        Grille g = comptes(new double[][] {{1, 2, 3}, {30, 40, 70}, {31, 42, 73}});
        for (int i = 0; i < 3; i++) {
            g.ligneAdditive(i).colonneAdditive(i);
        }
        Masque m = regle.masquer(g);
        assertThat(m.primaires()).containsExactlyInAnyOrder(p(0, 0), p(0, 1), p(0, 2));
        // Each column now has X hidden alone: Y·A, Y·B and Y·Total go too (the grand total 73 stays).
        assertThat(m.secondaires()).containsExactlyInAnyOrder(p(1, 0), p(1, 1), p(1, 2));
        assertNoCellCanBeRecomputed(g, m);
    }

    @Test
    void aColumnOfSharesAddingUpToAHundredIsARelationWithoutATotalCell() {
        // Shares of 60 people: 5 % = 3 people, 35 % = 21, 60 % = 36. Known total: 100 %.
        Grille g = new Grille().valeur(0, 0, 5.0, 3.0).valeur(1, 0, 35.0, 21.0).valeur(2, 0, 60.0, 36.0).colonneAdditive(0);
        Masque m = regle.masquer(g);
        assertThat(m.primaires()).containsExactly(p(0, 0));
        assertThat(m.secondaires()).containsExactly(p(1, 0));
    }

    @Test
    void aZeroIsMaskedOnlyWhenNoOtherCellCanBe() {
        Masque m = regle.masquer(comptes(new double[][] {{2, 0, 30, 32}}).ligneAdditive(0));
        assertThat(m.secondaires()).containsExactly(p(0, 2));
        Masque zero = regle.masquer(comptes(new double[][] {{2, 0}}).ligneAdditive(0));
        assertThat(zero.secondaires()).containsExactly(p(0, 1));
    }

    @Test
    void aVariationComputedFromAMaskedCountIsMasked() {
        // 2022: 12, 2023: 3, variation −75 %: from 12 and −75 % a reader gets 3 back.
        Grille g = new Grille().valeur(0, 0, 12, 12.0).valeur(0, 1, 3, 3.0).valeur(0, 2, -75, null)
                .dependance(p(0, 2), p(0, 0), p(0, 1));
        Masque m = regle.masquer(g);
        assertThat(m.primaires()).containsExactly(p(0, 1));
        assertThat(m.secondaires()).containsExactly(p(0, 2));
    }

    @Test
    void valuesThatAreNotAboutPeopleAreNeverPrimarySecret() {
        Masque m = regle.masquer(new Grille().valeur(0, 0, 2, null).valeur(0, 1, 3.5, null));
        assertThat(m.estVide()).isTrue();
    }

    @Test
    void theThresholdIsTheAssociationsChoice() {
        SecretStatistique onze = new SecretStatistique(11);
        Masque m = onze.masquer(comptes(new double[][] {{10, 11, 4}}));
        assertThat(m.primaires()).containsExactlyInAnyOrder(p(0, 0), p(0, 2));
        assertThat(onze.note(m)).isEqualTo("s : secret statistique, valeur reposant sur moins de 11 personnes.");
        assertThatThrownBy(() -> new SecretStatistique(0)).hasMessageContaining("Seuil du secret statistique « 0 » invalide");
    }

    @Test
    void theNoteSaysWhichRuleAppliedAndWhetherSecondaryMaskingWasNeeded() {
        Masque m = regle.masquer(comptes(new double[][] {{3, 10, 40, 53}}).ligneAdditive(0));
        assertThat(regle.note(m)).isEqualTo("s : secret statistique, valeur reposant sur moins de 5 personnes ; masquage "
                + "secondaire : d'autres valeurs sont masquées pour qu'aucune ne puisse être recalculée à partir des totaux et "
                + "des autres valeurs.");
    }

    /** In every relation, never exactly one hidden cell: the check a reader with a pencil would make. */
    private static void assertNoCellCanBeRecomputed(Grille g, Masque m) {
        for (var relation : g.relations()) {
            assertThat(relation.stream().filter(m::masquee).count()).as(relation.toString()).isNotEqualTo(1L);
        }
    }
}

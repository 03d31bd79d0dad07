package fr.transitionspro.suivicep.indicateurs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import fr.transitionspro.suivicep.diffusion.SecretStatistique;

/**
 * The disclosure rule on a hand-made set of exported values.
 *
 * <pre>
 * cep.entrees 2023, Normandie (28): APEC 3, Cap emploi 40, France Travail 100, all 143; FM 10 143
 *   → APEC (3) masked; the operators add up to 143: the next smallest, Cap emploi (40), too;
 *     the total 143 and FM stay (two cells hidden in each relation)
 * cep.entrees.part 2023, Normandie: 2,1 % (3 of 143), 28,0 % (40), 69,9 % (100) → APEC's share rests on 3 people,
 *   the shares add up to 100 %: Cap emploi's share (40 people) is masked too
 * Bretagne (53) under its association's rule of 11 people: cep.entrees APEC 8 → masked there, not in Normandie (5)
 * </pre>
 */
class DiffusionTest {

    private static ValeurIndicateur v(String id, String region, double valeur, String... dims) {
        TreeMap<String, String> d = new TreeMap<>();
        for (int i = 0; i + 1 < dims.length; i += 2) {
            d.put(dims[i], dims[i + 1]);
        }
        return new ValeurIndicateur(id, region, 2023, d, valeur, id.endsWith("part") ? "pourcentage" : "nombre", "calcul");
    }

    static final ValeurIndicateur APEC = v("cep.entrees", "28", 3, "operateur", "APEC");
    static final ValeurIndicateur CAP = v("cep.entrees", "28", 40, "operateur", "CAP_EMPLOI");
    static final ValeurIndicateur FT = v("cep.entrees", "28", 100, "operateur", "FRANCE_TRAVAIL");
    static final ValeurIndicateur TOUTES = v("cep.entrees", "28", 143);
    static final ValeurIndicateur FM = v("cep.entrees", "FM", 10_143);
    static final ValeurIndicateur PART_APEC = v("cep.entrees.part", "28", 300.0 / 143, "operateur", "APEC");
    static final ValeurIndicateur PART_CAP = v("cep.entrees.part", "28", 4000.0 / 143, "operateur", "CAP_EMPLOI");
    static final ValeurIndicateur PART_FT = v("cep.entrees.part", "28", 10000.0 / 143, "operateur", "FRANCE_TRAVAIL");
    static final ValeurIndicateur BRETAGNE_APEC = v("cep.entrees", "53", 8, "operateur", "APEC");
    static final ValeurIndicateur BRETAGNE_FT = v("cep.entrees", "53", 800, "operateur", "FRANCE_TRAVAIL");

    private static Set<ValeurIndicateur> masquees(List<ValeurIndicateur> valeurs) {
        Catalogue catalogue = Catalogue.standard();
        // The engine's group sizes of the shares: the 143 entries of Normandie.
        List<ValeurIndicateur> effectifs = new ArrayList<>();
        for (ValeurIndicateur p : List.of(PART_APEC, PART_CAP, PART_FT)) {
            effectifs.add(new ValeurIndicateur(p.indicateur(), p.region(), p.annee(), p.dimensions(), 143, "nombre", "effectif"));
        }
        Personnes personnes = new Personnes(catalogue, new Valeurs(valeurs), ids -> effectifs);
        return Diffusion.masquees(valeurs, catalogue, personnes,
                r -> r.equals("53") ? new SecretStatistique(11) : SecretStatistique.PAR_DEFAUT);
    }

    @Test
    void aSmallCountAndTheNextSmallestOfItsDistributionAreMaskedTheTotalsStay() {
        assertThat(masquees(List.of(APEC, CAP, FT, TOUTES, FM))).containsExactlyInAnyOrder(APEC, CAP);
    }

    @Test
    void aShareRestingOnThreePeopleAndTheNextSmallestShareAreMasked() {
        assertThat(masquees(List.of(PART_APEC, PART_CAP, PART_FT))).containsExactlyInAnyOrder(PART_APEC, PART_CAP);
    }

    @Test
    void eachRegionIsMaskedUnderItsAssociationsRule() {
        // 8 people: masked under Bretagne's 11; the operators of a region add up to its entries, printed elsewhere
        // even when this export leaves them out: France Travail goes too.
        assertThat(masquees(List.of(BRETAGNE_APEC, BRETAGNE_FT))).containsExactlyInAnyOrder(BRETAGNE_APEC, BRETAGNE_FT);
        assertThat(masquees(List.of(v("cep.entrees", "28", 8, "operateur", "APEC"), FT))).isEmpty();
    }

    @Test
    void aRegionMaskedAloneUnderItsAggregateIsProtectedByTheNextSmallestRegion() {
        // FM = 28 + 53 + …: with Normandie's 4 hidden alone, FM minus the others gives it back.
        ValeurIndicateur normandie = v("cep.entrees", "28", 4);
        ValeurIndicateur bretagne = v("cep.entrees", "53", 900);
        ValeurIndicateur grandEst = v("cep.entrees", "44", 5000);
        ValeurIndicateur fm = v("cep.entrees", "FM", 5904);
        assertThat(masquees(List.of(normandie, bretagne, grandEst, fm))).containsExactlyInAnyOrder(normandie, bretagne);
    }
}

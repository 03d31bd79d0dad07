package fr.transitionspro.suivicep.indicateurs;

import static fr.transitionspro.suivicep.importation.Fixtures.fichier;
import static fr.transitionspro.suivicep.importation.Fixtures.importer;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.importation.Fixtures;
import fr.transitionspro.suivicep.importation.TypeFichier;
import fr.transitionspro.suivicep.indicateurs.CacheIndicateurs.Partition;
import fr.transitionspro.suivicep.referentiel.Configuration;

/**
 * The cache recomputes only what an import changed and never serves a value older than the data: Normandie (28)
 * and Bretagne (53), 2023, entries counted by hand.
 */
class CacheIndicateursTest {

    @TempDir
    Path dossier;

    Base base;
    CacheIndicateurs cache;
    MoteurIndicateurs moteur;
    int numero;

    @BeforeEach
    void ouvrir() throws Exception {
        base = Fixtures.base(dossier);
        cache = new CacheIndicateurs(base, Catalogue.standard());
        moteur = new MoteurIndicateurs(base, Catalogue.standard(), cache);
        // Normandie: 3 entries (APEC 2, CAP_EMPLOI 1); Bretagne: 5 entries (APEC).
        entrees("annee;region;operateur;sexe;effectif\n2023;28;APEC;F;2\n2023;28;CAP_EMPLOI;M;1\n");
        entrees("annee;region;operateur;sexe;effectif\n2023;53;APEC;F;5\n");
    }

    @AfterEach
    void fermer() {
        if (base != null) {
            base.close();
        }
    }

    private void entrees(String contenu) throws Exception {
        importer(base, fichier(dossier, "entrees-" + (numero++) + ".csv", contenu), TypeFichier.ENTREES);
    }

    private Valeurs calculer() {
        return new Valeurs(moteur.calculer(List.of(2023), List.of()));
    }

    /** What an engine without any kept value computes: the reference for « never stale ». */
    private List<ValeurIndicateur> sansCache() {
        base.jdbi().useHandle(h -> h.execute("DELETE FROM cache_indicateurs"));
        return new MoteurIndicateurs(base, Catalogue.standard()).calculer(List.of(2023), List.of());
    }

    @Test
    void theSampleSizesReadWithTheValuesAreThoseTheirOwnQueriesGiveAndAreNotReadAgain() {
        calculer();
        List<ValeurIndicateur> lues = moteur.effectifs(List.of(2022, 2023));
        assertThat(cache.effectifs().derniersRecalculs()).as("kept with the values").isEmpty();

        base.jdbi().useHandle(h -> h.execute("DELETE FROM cache_indicateurs"));
        List<ValeurIndicateur> seules = new MoteurIndicateurs(base, Catalogue.standard()).effectifs(List.of(2022, 2023));
        assertThat(lues).isNotEmpty().containsExactlyInAnyOrderElementsOf(seules)
                .contains(new ValeurIndicateur("cep.profil.sexe", "28", 2023, new java.util.TreeMap<>(java.util.Map.of("sexe", "F")), 3,
                        "nombre", "effectif"));
    }

    @Test
    void importingOneRegionRecomputesOnlyThatRegionAndFranceWhileTheOtherRegionIsReused() throws Exception {
        Valeurs avant = calculer();
        assertThat(avant.nombre("cep.entrees", "28", 2023)).contains(3.0);
        assertThat(avant.nombre("cep.entrees", "53", 2023)).contains(5.0);
        assertThat(avant.nombre("cep.entrees", "FR", 2023)).contains(8.0);
        assertThat(cache.derniersRecalculs()).contains(new Partition("28", 2023), new Partition("53", 2023),
                new Partition("FM", 2023), new Partition("FR", 2023));

        // Normandie's 2023 entries replaced: 4 entries now.
        entrees("annee;region;operateur;sexe;effectif\n2023;28;APEC;F;4\n");
        Valeurs apres = calculer();

        assertThat(cache.derniersRecalculs()).containsExactly(new Partition("28", 2023), new Partition("FM", 2023),
                new Partition("FR", 2023));
        assertThat(apres.nombre("cep.entrees", "28", 2023)).contains(4.0);
        assertThat(apres.nombre("cep.entrees", "28", 2023, "operateur", "CAP_EMPLOI")).isEmpty();
        assertThat(apres.nombre("cep.entrees", "53", 2023)).contains(5.0);
        assertThat(apres.nombre("cep.entrees", "FR", 2023)).contains(9.0);
        assertThat(moteur.calculer(List.of(2023), List.of())).containsExactlyElementsOf(sansCache());
    }

    @Test
    void aSecondCallWithoutImportComputesNothing() {
        List<ValeurIndicateur> premier = moteur.calculer(List.of(2023), List.of("28"));
        assertThat(cache.derniersRecalculs()).isNotEmpty();

        // The memoised result answers: the per-region entries are not even looked at.
        assertThat(moteur.calculer(List.of(2023), List.of("28"))).isEqualTo(premier);
        cache.oublier();
        assertThat(moteur.calculer(List.of(2023), List.of("28"))).isEqualTo(premier);
        assertThat(cache.derniersRecalculs()).isEmpty();
    }

    @Test
    void anotherProcessReusesTheTableAndSeesAnImportMadeAfterwards() throws Exception {
        calculer();
        // A second process on the same base: nothing in memory, the table holds every region.
        CacheIndicateurs autre = new CacheIndicateurs(base, Catalogue.standard());
        MoteurIndicateurs autreMoteur = new MoteurIndicateurs(base, Catalogue.standard(), autre);
        assertThat(new Valeurs(autreMoteur.calculer(List.of(2023), List.of())).nombre("cep.entrees", "53", 2023)).contains(5.0);
        assertThat(autre.derniersRecalculs()).isEmpty();

        // The first process imports Bretagne; the second one, told nothing, sees it at once.
        entrees("annee;region;operateur;sexe;effectif\n2023;53;APEC;F;7\n");
        Valeurs vue = new Valeurs(autreMoteur.calculer(List.of(2023), List.of()));
        assertThat(vue.nombre("cep.entrees", "53", 2023)).contains(7.0);
        assertThat(vue.nombre("cep.entrees", "FM", 2023)).contains(10.0);
        assertThat(autre.derniersRecalculs()).containsExactly(new Partition("53", 2023), new Partition("FM", 2023),
                new Partition("FR", 2023));
    }

    @Test
    void sampleSizesAreKeptTooAndFollowTheImports() throws Exception {
        // Known sex: Normandie 3 people (F 2, M 1), so the share of women rests on 3 people.
        assertThat(new Valeurs(moteur.effectifs(List.of(2023), List.of("cep.profil.sexe"), List.of("28")))
                .nombre("cep.profil.sexe", "28", 2023, "sexe", "F")).contains(3.0);
        assertThat(cache.effectifs().derniersRecalculs()).contains(new Partition("28", 2023), new Partition("53", 2023));

        assertThat(moteur.effectifs(List.of(2023), List.of("cep.profil.sexe"), List.of("28"))).isNotEmpty();
        assertThat(cache.effectifs().derniersRecalculs()).isEmpty();

        entrees("annee;region;operateur;sexe;effectif\n2023;28;APEC;F;4\n2023;28;APEC;M;3\n");
        assertThat(new Valeurs(moteur.effectifs(List.of(2023), List.of("cep.profil.sexe"), List.of("28")))
                .nombre("cep.profil.sexe", "28", 2023, "sexe", "F")).contains(7.0);
        assertThat(cache.effectifs().derniersRecalculs()).containsExactly(new Partition("28", 2023), new Partition("FM", 2023),
                new Partition("FR", 2023));
    }

    @Test
    void aSeriesBreakDeclaredInTheConfigurationChangesTheVariationAtOnce() throws Exception {
        entrees("annee;region;operateur;sexe;effectif\n2022;28;APEC;F;2\n");
        // 2022: 2, 2023: 3 → +50 %.
        assertThat(calculer().nombre("cep.entrees.variation", "28", 2023)).contains(50.0);

        new Configuration(List.of(), List.of(new Configuration.Rupture("entrees", 2023, "AGORA 2023"))).enregistrer(base);

        assertThat(calculer().nombre("cep.entrees.variation", "28", 2023)).isEmpty();
        assertThat(cache.derniersRecalculs()).isEmpty();
    }
}

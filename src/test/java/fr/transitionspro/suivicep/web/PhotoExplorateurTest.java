package fr.transitionspro.suivicep.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.importation.Fixtures;
import fr.transitionspro.suivicep.importation.TypeFichier;
import fr.transitionspro.suivicep.indicateurs.CacheIndicateurs;
import fr.transitionspro.suivicep.indicateurs.Catalogue;
import fr.transitionspro.suivicep.referentiel.Configuration;

/**
 * The one query each explorer page makes to know whether its kept tables still hold (on DuckDB and, in the second
 * run, PostgreSQL): its fingerprint changes with whatever a table is made from, and with nothing else.
 */
class PhotoExplorateurTest {

    @TempDir
    Path dossier;

    Base base;
    Explorateur explorateur;
    int numero;

    @BeforeEach
    void ouvrir() {
        base = Fixtures.base(dossier);
        explorateur = new Explorateur(base, Catalogue.standard(), new Habilitations(), new CacheIndicateurs(base, Catalogue.standard()),
                new AccesBase(base));
    }

    @AfterEach
    void fermer() {
        base.close();
    }

    private void entrees(String contenu) throws Exception {
        Fixtures.importer(base, Fixtures.fichier(dossier, "entrees-" + (numero++) + ".csv", contenu), TypeFichier.ENTREES);
    }

    @Test
    void theFingerprintChangesWithEachImportConfigurationOrPurgeAndTheYearsOfferedFollowTheSlices() throws Exception {
        entrees("annee;region;operateur;effectif\n2023;28;APEC;12\n");
        List<String> empreintes = new ArrayList<>();
        empreintes.add(explorateur.photo().empreinte());
        // Nothing written: the same fingerprint, so the kept tables are served.
        assertThat(explorateur.photo().empreinte()).isEqualTo(empreintes.get(0));
        assertThat(explorateur.photo().anneesParRegion()).isEqualTo(Map.of("28", Set.of(2023)));

        entrees("annee;region;operateur;effectif\n2022;53;APEC;7\n");
        empreintes.add(explorateur.photo().empreinte());
        assertThat(explorateur.photo().anneesParRegion()).isEqualTo(Map.of("28", Set.of(2023), "53", Set.of(2022)));

        // The same file again: a new import replaces the slice, same rows, yet another import behind it.
        entrees("annee;region;operateur;effectif\n2022;53;APEC;7\n");
        empreintes.add(explorateur.photo().empreinte());

        new Configuration(List.of(new Configuration.NomOperateur("APEC", "28", 2023, 2023, "Apec Normandie")), List.of())
                .enregistrer(base);
        empreintes.add(explorateur.photo().empreinte());
        new Configuration(List.of(), List.of(new Configuration.Rupture("entrees", 2023, "Nouveau système d'information")))
                .enregistrer(base);
        empreintes.add(explorateur.photo().empreinte());
        new Configuration(List.of(), List.of(), List.of(new Configuration.Secret("28", 11))).enregistrer(base);
        empreintes.add(explorateur.photo().empreinte());
        base.jdbi().useHandle(h -> h.execute("INSERT INTO annee_purgee (annee, purgee_le, entrees, dossiers) "
                + "VALUES (2019, TIMESTAMP '2025-01-31 10:00:00', 0, 0)"));
        empreintes.add(explorateur.photo().empreinte());

        assertThat(empreintes).doesNotHaveDuplicates();
    }
}

package fr.transitionspro.suivicep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import fr.transitionspro.suivicep.importation.Fixtures;

/**
 * « suivi-cep indicateurs » under the disclosure rule, set per association by « suivi-cep configurer ».
 * Normandie 2023: APEC 3 entries, Cap emploi 40, France Travail 100 (143).
 */
class IndicateursSecretTest {

    @TempDir
    Path dossier;

    @RegisterExtension
    final SortiesCapturees sorties = new SortiesCapturees();
    private String base;

    @BeforeEach
    void importer() throws Exception {
        base = Fixtures.adresse(dossier, "b");
        Path f = Files.writeString(dossier.resolve("e.csv"), "annee;region;operateur;effectif\n2023;28;APEC;3\n"
                + "2023;28;CAP_EMPLOI;40\n2023;28;FRANCE_TRAVAIL;100\n");
        assertThat(SuiviCep.executer("importer", "--base", base, "--type", "entrees", f.toString())).isZero();
    }

    private String exporter(String... options) throws Exception {
        Path csv = dossier.resolve("i-" + System.nanoTime() + ".csv");
        String[] arguments = {"indicateurs", "--base", base, "--annee", "2023", "--region", "28", "--format", "csv",
            "--sortie", csv.toString()};
        String[] tous = java.util.stream.Stream.concat(java.util.Arrays.stream(arguments), java.util.Arrays.stream(options))
                .toArray(String[]::new);
        assertThat(SuiviCep.executer(tous)).isZero();
        return Files.readString(csv);
    }

    @Test
    void theExportPrintsSForFewerThanFivePeopleAndTheNextSmallestOfTheDistribution() throws Exception {
        String csv = exporter();
        assertThat(csv).contains("cep.entrees;28;2023;operateur=APEC;s;nombre\n",
                "cep.entrees;28;2023;operateur=CAP_EMPLOI;s;nombre\n",
                "cep.entrees;28;2023;operateur=FRANCE_TRAVAIL;100;nombre\n", "cep.entrees;28;2023;;143;nombre\n",
                "cep.entrees.part;28;2023;operateur=APEC;s;pourcentage\n");
        assertThat(sorties.sortie()).contains("masquées par le secret statistique (« s »)");
    }

    @Test
    void theAssociationsThresholdComesFromTheConfigurationFile() throws Exception {
        Path yaml = Files.writeString(dossier.resolve("configuration.yaml"), "secret_statistique:\n  - { region: \"28\", seuil: 3 }\n");
        assertThat(SuiviCep.executer("configurer", "--base", base, yaml.toString())).isZero();
        assertThat(sorties.sortie()).contains("1 seuil(s) du secret statistique");
        assertThat(exporter()).contains("cep.entrees;28;2023;operateur=APEC;3;nombre\n");
    }

    @Test
    void aThresholdOutOfRangeIsRefusedInFrench() throws Exception {
        Path yaml = Files.writeString(dossier.resolve("configuration.yaml"), "secret_statistique:\n  - { region: \"28\", seuil: 0 }\n");
        assertThat(SuiviCep.executer("configurer", "--base", base, yaml.toString())).isNotZero();
    }

    @Test
    void internalUseMayExportTheUnmaskedValues() throws Exception {
        assertThat(exporter("--sans-secret")).contains("cep.entrees;28;2023;operateur=APEC;3;nombre\n");
    }
}

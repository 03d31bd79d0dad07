package fr.transitionspro.suivicep.indicateurs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class ExportTest {

    static final List<ValeurIndicateur> VALEURS = List.of(
            new ValeurIndicateur("cep.entrees", "28", 2023, new TreeMap<>(), 147693, "nombre", "calcul"),
            new ValeurIndicateur("cep.profil.sexe", "FM", 2023, new TreeMap<>(java.util.Map.of("sexe", "F", "operateur", "APEC")),
                    100.0 / 3, "pourcentage", "calcul"));

    @Test
    void csvHasTheContractLayoutWithSortedDimensionsAndUnroundedValues() throws Exception {
        StringWriter w = new StringWriter();
        Export.csv(VALEURS, w);
        assertThat(w.toString()).isEqualTo("indicateur;region;annee;dimensions;valeur;unite\n"
                + "cep.entrees;28;2023;;147693;nombre\n"
                + "cep.profil.sexe;FM;2023;operateur=APEC|sexe=F;33.333333333333336;pourcentage\n");
    }

    @Test
    void csvNeutralisesTextsThatASpreadsheetWouldTakeForFormulasButNotNegativeNumbers() throws Exception {
        // Texts of a supplementary catalogue (--catalogue) are the association's own: they go through the neutraliser too.
        StringWriter w = new StringWriter();
        Export.csv(List.of(new ValeurIndicateur("@ptp.ajournes", "28", 2023, new TreeMap<>(), 3, "=HYPERLINK(\"http://x\")", "calcul"),
                new ValeurIndicateur("cep.ecart", "28", 2023, new TreeMap<>(java.util.Map.of("systeme", "=SI")), -12, "nombre",
                        "calcul")), w);
        assertThat(w.toString()).isEqualTo("indicateur;region;annee;dimensions;valeur;unite\n"
                + "'@ptp.ajournes;28;2023;;3;\"'=HYPERLINK(\"\"http://x\"\")\"\n"
                + "cep.ecart;28;2023;systeme==SI;-12;nombre\n");
    }

    @Test
    void aMaskedValueIsExportedAsSInTheCsvAndTheJson() throws Exception {
        StringWriter csv = new StringWriter();
        Export.csv(VALEURS, java.util.Set.of(VALEURS.get(1)), csv);
        assertThat(csv.toString()).endsWith("cep.profil.sexe;FM;2023;operateur=APEC|sexe=F;s;pourcentage\n");
        StringWriter json = new StringWriter();
        Export.json(VALEURS, java.util.Set.of(VALEURS.get(1)), json);
        assertThat(json.toString().replaceAll("\\s", "")).contains("\"valeur\":147693,").contains("\"valeur\":\"s\",");
    }

    @Test
    void jsonIsAnArrayOfTheContractRecords() throws Exception {
        StringWriter w = new StringWriter();
        Export.json(VALEURS, w);
        String json = w.toString().replaceAll("\\s", "");
        assertThat(json).isEqualTo("[{\"indicateur\":\"cep.entrees\",\"region\":\"28\",\"annee\":2023,\"dimensions\":{},"
                + "\"valeur\":147693,\"unite\":\"nombre\"},{\"indicateur\":\"cep.profil.sexe\",\"region\":\"FM\",\"annee\":2023,"
                + "\"dimensions\":{\"operateur\":\"APEC\",\"sexe\":\"F\"},\"valeur\":33.333333333333336,\"unite\":\"pourcentage\"}]");
    }
}

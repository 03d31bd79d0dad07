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
    void csvNeutralisesTextsThatASpreadsheetWouldTakeForFormulas() throws Exception {
        // A certification code imported before formula injection was refused at the door.
        StringWriter w = new StringWriter();
        Export.csv(List.of(new ValeurIndicateur("ptp.certification.nombre", "28", 2023,
                new TreeMap<>(java.util.Map.of("certification", "=HYPERLINK(\"http://x\",\"clic\")")), 3, "nombre", "calcul"),
                new ValeurIndicateur("cep.ecart", "28", 2023, new TreeMap<>(), -12, "nombre", "calcul")), w);
        assertThat(w.toString()).isEqualTo("indicateur;region;annee;dimensions;valeur;unite\n"
                + "ptp.certification.nombre;28;2023;\"'certification==HYPERLINK(\"\"http://x\"\",\"\"clic\"\")\";3;nombre\n"
                + "cep.ecart;28;2023;;-12;nombre\n");
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

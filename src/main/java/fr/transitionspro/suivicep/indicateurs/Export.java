package fr.transitionspro.suivicep.indicateurs;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.fasterxml.jackson.core.JsonGenerator;
import fr.transitionspro.suivicep.diffusion.SecretStatistique;
import fr.transitionspro.suivicep.diffusion.Tableur;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The indicator export of indicateurs.md: a JSON array of records, or the CSV layout. */
public final class Export {

    private Export() {
    }

    public static void json(List<ValeurIndicateur> valeurs, Writer sortie) throws IOException {
        json(valeurs, Set.of(), sortie);
    }

    /**
     * @param masquees the values the disclosure rule hides ({@link Diffusion#masquees}): their
     *                 {@code valeur} is the string « s », as the report prints them
     */
    public static void json(List<ValeurIndicateur> valeurs, Set<ValeurIndicateur> masquees, Writer sortie) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.writeValue(sortie, valeurs.stream().map(v -> new Enregistrement(v.indicateur(), v.region(), v.annee(),
                v.dimensions(), masquees.contains(v) ? SecretStatistique.SYMBOLE : nombre(v.valeur()), v.unite())).toList());
    }

    public static void csv(List<ValeurIndicateur> valeurs, Writer sortie) throws IOException {
        csv(valeurs, Set.of(), sortie);
    }

    /** @param masquees the values the disclosure rule hides: « s » in the {@code valeur} column */
    public static void csv(List<ValeurIndicateur> valeurs, Set<ValeurIndicateur> masquees, Writer sortie) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\n")
                .setHeader("indicateur", "region", "annee", "dimensions", "valeur", "unite").get();
        CSVPrinter p = new CSVPrinter(sortie, format);
        for (ValeurIndicateur v : valeurs) {
            // Every text through the shared neutraliser: dimension codes come from imported files.
            p.printRecord(Tableur.pourCsv(v.indicateur()), Tableur.pourCsv(v.region()), v.annee(),
                    Tableur.pourCsv(v.dimensionsTexte()), masquees.contains(v) ? SecretStatistique.SYMBOLE : texte(v.valeur()),
                    Tableur.pourCsv(v.unite()));
        }
        p.flush();
    }

    /** Unrounded: integers without a decimal part, other values at full double precision. */
    static String texte(double valeur) {
        Number n = nombre(valeur);
        return n.toString();
    }

    private static Number nombre(double valeur) {
        if (valeur == Math.rint(valeur) && Math.abs(valeur) < 1e15) {
            return (long) valeur;
        }
        return valeur;
    }

    /** {@code valeur}: a number, or « s » for a value the disclosure rule hides. */
    record Enregistrement(String indicateur, String region, int annee, Map<String, String> dimensions, Object valeur,
            String unite) {
    }
}

package fr.transitionspro.suivicep.importation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * A mapping file (formats.md, "Mapping file"): how a real extract maps onto a canonical type.
 * YAML or JSON (JSON is valid YAML). Source headers are matched like canonical headers
 * (case, spaces and accents ignored); source codes are matched case-insensitively.
 */
public record Correspondance(String type, String encodage, String separateur, Map<String, String> colonnes,
        Map<String, Map<String, String>> codes, Map<String, Object> constantes) {

    public static final Correspondance AUCUNE = new Correspondance(null, null, null, Map.of(), Map.of(), Map.of());

    public Correspondance {
        colonnes = colonnes == null ? Map.of() : colonnes;
        codes = codes == null ? Map.of() : codes;
        constantes = constantes == null ? Map.of() : constantes;
    }

    public static Correspondance lire(Path fichier) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            Correspondance c = yaml.readValue(fichier.toFile(), Correspondance.class);
            return c == null ? AUCUNE : c;
        } catch (IOException e) {
            throw new ImportRefuse(fichier.getFileName().toString(), List.of(new Erreur(ligne(fichier, e), 0, null, null,
                    "fichier de correspondance illisible (YAML ou JSON attendu, clés : type, encodage, separateur, "
                            + "colonnes, codes, constantes) : " + raison(e))), 1);
        }
    }

    /** The line of the mapping file where the parser stopped, 0 when unknown. */
    private static int ligne(Path fichier, IOException e) {
        if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblemMark() != null) {
            return m.getProblemMark().getLine() + 1;
        }
        if (e instanceof UnrecognizedPropertyException u) {
            // The parser stops after the key's value: the key's own line is the one to name.
            try {
                List<String> lignes = java.nio.file.Files.readAllLines(fichier);
                for (int i = 0; i < lignes.size(); i++) {
                    if (lignes.get(i).strip().startsWith(u.getPropertyName() + ":")) {
                        return i + 1;
                    }
                }
            } catch (IOException | java.io.UncheckedIOException ignoree) {
                // falls back on the parser's location
            }
        }
        return e instanceof JsonProcessingException j && j.getLocation() != null ? Math.max(j.getLocation().getLineNr(), 0) : 0;
    }

    /** Jackson's reason, in French for the usual mistakes (the YAML parser's own wording is kept otherwise). */
    private static String raison(IOException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "clé « " + u.getPropertyName() + " » inconnue";
        }
        if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            String cle = m.getPath().stream().map(r -> r.getFieldName() == null ? "[" + r.getIndex() + "]" : r.getFieldName())
                    .reduce((a, b) -> a + "." + b).orElse("");
            return "la clé « " + cle + " » n'a pas la forme attendue (colonnes et constantes : « nom : valeur » ; "
                    + "codes : « colonne : { CODE_SOURCE: CODE } »)";
        }
        if (e instanceof JsonProcessingException j) {
            return "syntaxe YAML invalide (" + j.getOriginalMessage().lines().findFirst().orElse("") + ")";
        }
        return "lecture impossible (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")";
    }

    /** Source header (normalised) → canonical column. */
    Map<String, String> colonnesNormalisees() {
        Map<String, String> m = new LinkedHashMap<>();
        colonnes.forEach((source, canonique) -> m.put(Texte.cle(source), Texte.cle(canonique)));
        return m;
    }

    /** Canonical column → (source value in upper case → canonical code), or null when not mapped. */
    Map<String, String> codesDe(String colonneCanonique) {
        for (Map.Entry<String, Map<String, String>> e : codes.entrySet()) {
            if (Texte.cle(e.getKey()).equals(colonneCanonique)) {
                Map<String, String> m = new LinkedHashMap<>();
                e.getValue().forEach((source, code) -> m.put(source.strip().toUpperCase(Locale.ROOT), code == null ? "" : code));
                return m;
            }
        }
        return null;
    }

    Map<String, String> constantesNormalisees() {
        Map<String, String> m = new LinkedHashMap<>();
        constantes.forEach((col, val) -> m.put(Texte.cle(col), val == null ? "" : val.toString()));
        return m;
    }
}

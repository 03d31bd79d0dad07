package fr.transitionspro.suivicep.importation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
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
            String raison = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new ImportRefuse(fichier.getFileName().toString(), List.of(Erreur.fichier(
                    "fichier de correspondance illisible (YAML ou JSON attendu, clés : type, encodage, separateur, "
                            + "colonnes, codes, constantes) : " + raison)), 1);
        }
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

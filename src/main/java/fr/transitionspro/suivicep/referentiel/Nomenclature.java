package fr.transitionspro.suivicep.referentiel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A closed list of codes (formats.md, "Codes"), each with its French label, plus the accepted
 * alternative spellings. Reading a value is case-insensitive and ignores surrounding spaces.
 */
public final class Nomenclature {

    private final String nom;
    private final Map<String, String> libelles;
    private final Map<String, String> synonymes;

    private Nomenclature(String nom, Map<String, String> libelles, Map<String, String> synonymes) {
        this.nom = nom;
        this.libelles = libelles;
        this.synonymes = synonymes;
    }

    static Builder de(String nom) {
        return new Builder(nom);
    }

    public String nom() {
        return nom;
    }

    /** The canonical code for a raw cell, or empty when the value is not one of the codes. */
    public Optional<String> lire(String brut) {
        String cle = brut.trim().toUpperCase(Locale.ROOT);
        if (libelles.containsKey(cle)) {
            return Optional.of(cle);
        }
        return Optional.ofNullable(synonymes.get(cle));
    }

    public List<String> codes() {
        return List.copyOf(libelles.keySet());
    }

    public String libelle(String code) {
        return libelles.getOrDefault(code, code);
    }

    /** What a user must write, for error messages: "F, M (H est lu M)". */
    public String attendu() {
        String codes = String.join(", ", libelles.keySet());
        return synonymes.isEmpty() ? codes : codes + " (acceptés aussi : " + String.join(", ", synonymes.keySet()) + ")";
    }

    static final class Builder {
        private final String nom;
        private final Map<String, String> libelles = new LinkedHashMap<>();
        private final Map<String, String> synonymes = new LinkedHashMap<>();

        private Builder(String nom) {
            this.nom = nom;
        }

        Builder code(String code, String libelle) {
            libelles.put(code, libelle);
            return this;
        }

        /** Starts from every code and spelling of another list. */
        Builder comme(Nomenclature autre) {
            libelles.putAll(autre.libelles);
            synonymes.putAll(autre.synonymes);
            return this;
        }

        Builder synonyme(String ecrit, String code) {
            synonymes.put(ecrit, code);
            return this;
        }

        Nomenclature construire() {
            return new Nomenclature(nom, new LinkedHashMap<>(libelles), new LinkedHashMap<>(synonymes));
        }
    }
}

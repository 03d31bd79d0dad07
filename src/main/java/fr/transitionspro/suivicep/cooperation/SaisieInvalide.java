package fr.transitionspro.suivicep.cooperation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An entry refused by a rule of the register: one French message per field (keyed by the field's name in
 * {@link ActionSaisie}), in the order of the form. Nothing was written.
 */
public final class SaisieInvalide extends RuntimeException {

    private final Map<String, String> erreurs;

    SaisieInvalide(Map<String, String> erreurs) {
        super(String.join(" ; ", erreurs.values()));
        this.erreurs = new LinkedHashMap<>(erreurs);
    }

    public Map<String, String> erreurs() {
        return java.util.Collections.unmodifiableMap(erreurs);
    }
}

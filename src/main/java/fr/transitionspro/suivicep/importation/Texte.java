package fr.transitionspro.suivicep.importation;

import java.text.Normalizer;
import java.util.Locale;

/** Header normalisation: case, surrounding spaces and accents are ignored (formats.md). */
final class Texte {

    private Texte() {
    }

    static String cle(String entete) {
        String sansAccents = Normalizer.normalize(entete.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return sansAccents.toLowerCase(Locale.ROOT);
    }
}

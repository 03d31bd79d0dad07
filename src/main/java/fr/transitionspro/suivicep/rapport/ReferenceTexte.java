package fr.transitionspro.suivicep.rapport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One {@code {{ … }}} of a live text, as written (docs/textes.md): a name (an indicator id or one
 * of the functions {@code region}, {@code nom_operateur}…), the words after it, then after a
 * {@code |} the options: {@code cle=valeur} pairs and flags such as {@code verbe}.
 *
 * @param source  the reference exactly as written, braces included (for the messages)
 * @param ligne   1-based line of the text where it starts
 */
record ReferenceTexte(String source, int ligne, String nom, List<String> arguments, Map<String, String> options,
        Set<String> drapeaux) {

    /** Parses the inside of the braces; a malformed option is reported by {@link RenvoisTexte#erreur}. */
    static ReferenceTexte lire(String source, int ligne, String interieur) {
        String tete = interieur;
        String queue = "";
        int barre = interieur.indexOf('|');
        if (barre >= 0) {
            tete = interieur.substring(0, barre);
            queue = interieur.substring(barre + 1);
        }
        List<String> mots = mots(tete);
        String nom = mots.isEmpty() ? "" : mots.get(0);
        List<String> arguments = mots.isEmpty() ? List.of() : List.copyOf(mots.subList(1, mots.size()));
        Map<String, String> options = new LinkedHashMap<>();
        Set<String> drapeaux = new LinkedHashSet<>();
        for (String mot : mots(queue)) {
            int egal = mot.indexOf('=');
            if (egal < 0) {
                drapeaux.add(mot);
            } else {
                // A repeated key keeps its first value and is reported as an error (see RenvoisTexte).
                if (options.putIfAbsent(mot.substring(0, egal), mot.substring(egal + 1)) != null) {
                    drapeaux.add("=" + mot.substring(0, egal));
                }
            }
        }
        return new ReferenceTexte(source, ligne, nom, arguments, options, drapeaux);
    }

    private static List<String> mots(String texte) {
        List<String> mots = new ArrayList<>();
        for (String m : texte.strip().split("\\s+")) {
            if (!m.isEmpty()) {
                mots.add(m);
            }
        }
        return mots;
    }
}

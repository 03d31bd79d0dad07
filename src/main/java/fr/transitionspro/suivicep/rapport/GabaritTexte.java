package fr.transitionspro.suivicep.rapport;

import java.util.ArrayList;
import java.util.List;

/**
 * A live text cut into its literal Markdown and its references. A {@code {{} that is not closed
 * on the same line is an error of the text, not literal text: a reference that silently prints
 * as braces would go unnoticed in a signed report.
 */
final class GabaritTexte {

    /** A piece of the text: literal Markdown (reference null) or a reference. */
    record Morceau(String litteral, ReferenceTexte reference, int ligne) {
    }

    /** A {@code {{} without its {@code }}} on the same line. */
    record NonFermee(int ligne, String debut) {
    }

    private final List<Morceau> morceaux;
    private final List<NonFermee> nonFermees;

    private GabaritTexte(List<Morceau> morceaux, List<NonFermee> nonFermees) {
        this.morceaux = morceaux;
        this.nonFermees = nonFermees;
    }

    static GabaritTexte lire(String markdown) {
        List<Morceau> morceaux = new ArrayList<>();
        List<NonFermee> nonFermees = new ArrayList<>();
        String texte = markdown.replace("\r\n", "\n");
        int ligne = 1;
        int i = 0;
        StringBuilder litteral = new StringBuilder();
        int ligneLitteral = 1;
        while (i < texte.length()) {
            int ouverture = texte.indexOf("{{", i);
            int finLigne = ouverture < 0 ? -1 : texte.indexOf('\n', ouverture);
            int fermeture = ouverture < 0 ? -1 : texte.indexOf("}}", ouverture + 2);
            if (ouverture < 0) {
                litteral.append(texte, i, texte.length());
                break;
            }
            String avant = texte.substring(i, ouverture);
            litteral.append(avant);
            ligne += compter(avant);
            if (fermeture < 0 || (finLigne >= 0 && fermeture > finLigne)) {
                int fin = finLigne < 0 ? texte.length() : finLigne;
                nonFermees.add(new NonFermee(ligne, texte.substring(ouverture, Math.min(fin, ouverture + 40))));
                litteral.append(texte, ouverture, fin);
                i = fin;
                continue;
            }
            if (!litteral.isEmpty()) {
                morceaux.add(new Morceau(litteral.toString(), null, ligneLitteral));
                litteral.setLength(0);
            }
            String source = texte.substring(ouverture, fermeture + 2);
            morceaux.add(new Morceau(null, ReferenceTexte.lire(source, ligne, texte.substring(ouverture + 2, fermeture)), ligne));
            i = fermeture + 2;
            ligneLitteral = ligne;
        }
        if (!litteral.isEmpty()) {
            morceaux.add(new Morceau(litteral.toString(), null, ligneLitteral));
        }
        return new GabaritTexte(List.copyOf(morceaux), List.copyOf(nonFermees));
    }

    private static int compter(String texte) {
        return (int) texte.chars().filter(c -> c == '\n').count();
    }

    List<Morceau> morceaux() {
        return morceaux;
    }

    List<ReferenceTexte> references() {
        return morceaux.stream().filter(m -> m.reference() != null).map(Morceau::reference).toList();
    }

    List<NonFermee> nonFermees() {
        return nonFermees;
    }
}

package fr.transitionspro.suivicep.rapport;

/**
 * A chart before its number: what it draws and what is said of it. The number, and so the
 * recordings (the SVG's internal ids carry it) and the mention of the table holding its values,
 * are settled when the section places it ({@link SectionEnCours#figure}).
 *
 * @param resume the main figures in a sentence, the start of the text alternative
 */
record ProjetFigure(String titre, Dessin dessin, String resume, String sources, String champ, Figure.TableauDeDonnees donnees) {

    boolean aDesValeurs() {
        return !(dessin instanceof Graphique g) || g.aDesValeurs();
    }

    /** {@code voisin}: the last table placed before the chart, which holds its values (null when none). */
    Figure construire(int numero, Tableau voisin) {
        String ou;
        if (donnees != null) {
            ou = "Les valeurs figurent dans le tableau de données placé sous la figure.";
        } else if (voisin != null) {
            ou = "Les valeurs figurent dans le tableau " + voisin.numero() + ".";
        } else {
            ou = "";
        }
        String alternative = (resume.strip() + " " + ou).strip();
        String id = "graphique-" + numero;
        return new Figure(numero, titre, ExportGraphique.svg(dessin, id), alternative, sources, champ, dessin.hauteur(),
                donnees, dessin);
    }
}

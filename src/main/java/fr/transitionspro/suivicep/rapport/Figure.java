package fr.transitionspro.suivicep.rapport;

import java.util.List;

/**
 * A numbered chart of the report. One chart definition ({@code dessin}) gives both renderings:
 * SVG for the HTML page and the PDF printed from it, PNG for the DOCX ({@link
 * ExportGraphique#LARGEUR} × {@code hauteur} CSS pixels, recorded at {@link
 * ExportGraphique#ECHELLE_PNG} times that: 1 280 pixels wide, to print 17 cm wide). {@code
 * alternative} is the text alternative read by screen readers; it states the main figures and
 * where all of them are: the numbered table beside the chart, or {@code donnees}, a small table
 * printed under the chart when no numbered table holds them (the map).
 */
record Figure(int numero, String titre, String svg, String alternative, String sources, String champ, int hauteur,
        TableauDeDonnees donnees, Dessin dessin) implements Bloc {

    /** The values of a chart that no numbered table shows: column headers, then rows of printed cells. */
    record TableauDeDonnees(List<String> entetes, List<List<String>> lignes) {
    }

    @Override
    public String genre() {
        return "figure";
    }

    /** The caption as printed: « Figure 2 – Répartition par opérateur des bénéficiaires d'un CEP ». */
    public String legende() {
        return "Figure " + numero + " – " + titre;
    }

    /**
     * The PNG, recorded on demand from the same drawing as the SVG: only the DOCX needs it, and
     * recording the report's fifteen charts takes most of a second.
     */
    public byte[] png() {
        return ExportGraphique.png(dessin);
    }

    /** The anchor of the figure, and the prefix of its SVG's internal ids (several charts share a page). */
    public String ancre() {
        return "figure-" + numero;
    }
}

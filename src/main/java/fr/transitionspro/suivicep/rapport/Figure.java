package fr.transitionspro.suivicep.rapport;

/**
 * A numbered chart of the report. One chart definition gives both renderings: SVG for the HTML
 * page and the PDF printed from it, PNG for the DOCX. {@code alternative} is the text alternative
 * read by screen readers; the chart's figures stay reachable as a table.
 */
record Figure(int numero, String titre, String svg, byte[] png, String alternative, String sources, String champ)
        implements Bloc {

    @Override
    public String genre() {
        return "figure";
    }

    /** The caption as printed: « Figure 2 – Répartition par opérateur des bénéficiaires d'un CEP ». */
    public String legende() {
        return "Figure " + numero + " – " + titre;
    }
}

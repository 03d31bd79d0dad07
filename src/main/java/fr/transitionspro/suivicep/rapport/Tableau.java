package fr.transitionspro.suivicep.rapport;

import java.util.List;

/**
 * A numbered table of the report with what the reference prints under each table: its
 * sources, its scope (« Champ ») and, when there is one, a reading sentence (« Lecture »)
 * computed from the same values. Rows may be grouped (one {@code <tbody>} per group).
 */
record Tableau(int numero, String titre, List<String> entetes, List<Groupe> groupes, String sources, String champ,
        String lecture, List<String> notes) implements Bloc {

    /** Beyond this many rows, a table may break across pages rather than leave a page half blank. */
    private static final int LIGNES_D_UN_BLOC = 16;

    record Groupe(String titre, List<Ligne> lignes) {
    }

    /** A row: its header cell ({@code <th scope="row">}) and its cells; {@code miseEnValeur} for the report's region. */
    record Ligne(String entete, List<Cellule> cellules, boolean miseEnValeur) {
    }

    @Override
    public String genre() {
        return "tableau";
    }

    /** The caption as printed: « Tableau 3 – Nouvelles entrées en CEP en 2023 selon l'opérateur ». */
    public String legende() {
        return "Tableau " + numero + " – " + titre;
    }

    /** Tables whose columns are all figures share the width evenly; a column of labels needs its natural width. */
    public boolean aUneColonneDeTexte() {
        return classesEntetes().contains("entete-texte");
    }

    /** Long tables may break across pages (their header repeats); short ones are kept on one page. */
    public boolean estLong() {
        return groupes.stream().mapToInt(g -> g.lignes().size() + (g.titre() == null ? 0 : 1)).sum() > LIGNES_D_UN_BLOC;
    }

    public int colonnes() {
        return entetes.size();
    }

    /**
     * The CSS class of each column header: a column of text (certification labels) is aligned
     * left like its cells, a column of figures right; the first one heads the row headers.
     */
    public List<String> classesEntetes() {
        List<String> classes = new java.util.ArrayList<>();
        classes.add("entete-lignes");
        for (int i = 0; i < entetes.size() - 1; i++) {
            int colonne = i;
            boolean texte = groupes.stream().flatMap(g -> g.lignes().stream()).map(l -> l.cellules().get(colonne))
                    .filter(c -> !c.estNonDisponible() && !"vide".equals(c.classe())).findFirst()
                    .map(c -> "texte".equals(c.classe())).orElse(false);
            classes.add(texte ? "entete-texte" : "entete-valeurs");
        }
        return classes;
    }
}

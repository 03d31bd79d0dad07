package fr.transitionspro.suivicep.rapport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import fr.transitionspro.suivicep.diffusion.Grille;
import fr.transitionspro.suivicep.diffusion.Masque;
import fr.transitionspro.suivicep.diffusion.Position;
import fr.transitionspro.suivicep.diffusion.SecretStatistique;

/**
 * Builds a {@link Tableau} row by row. The number is given only when the table is placed in its
 * section ({@link SectionEnCours#tableau}), so that numbers follow the reading order whatever the
 * order in which tables are prepared.
 */
final class ConstructeurTableau {

    private final String titre;
    private final List<String> entetes = new ArrayList<>();
    private final List<Tableau.Groupe> groupes = new ArrayList<>();
    private String titreGroupe;
    private List<Tableau.Ligne> lignes = new ArrayList<>();
    private String sources = "";
    private String champ = "";
    private String lecture;
    private final List<String> notes = new ArrayList<>();
    /** The groups (by index) whose columns, or rows, are distributions adding up to 100 % (for the secondary masking). */
    private final java.util.Set<Integer> repartitionsEnColonnes = new java.util.HashSet<>();
    private final java.util.Set<Integer> repartitionsEnLignes = new java.util.HashSet<>();
    private boolean groupeEnColonnes;
    private boolean groupeEnLignes;

    ConstructeurTableau(String titre) {
        this.titre = titre;
    }

    /** The column headers, the first one heading the row headers. */
    ConstructeurTableau colonnes(List<String> colonnes) {
        entetes.addAll(colonnes);
        return this;
    }

    ConstructeurTableau colonnes(String... colonnes) {
        return colonnes(Arrays.asList(colonnes));
    }

    /** Starts a group of rows under a heading spanning the table (« Contrat de travail »). */
    ConstructeurTableau groupe(String titre) {
        fermerGroupe();
        titreGroupe = titre;
        return this;
    }

    /**
     * Declares that, in the current group of rows, each column is a distribution adding up to 100 %
     * (or to a total printed in the group): a share hidden alone could be recomputed from the others.
     */
    ConstructeurTableau repartitionEnColonnes() {
        groupeEnColonnes = true;
        return this;
    }

    /** The same for rows: in the current group, each row is a distribution (or parts and their total). */
    ConstructeurTableau repartitionEnLignes() {
        groupeEnLignes = true;
        return this;
    }

    ConstructeurTableau ligne(String entete, List<Cellule> cellules) {
        return ajouter(entete, cellules, false);
    }

    ConstructeurTableau ligne(String entete, Cellule... cellules) {
        return ajouter(entete, Arrays.asList(cellules), false);
    }

    ConstructeurTableau ligneEnValeur(String entete, List<Cellule> cellules) {
        return ajouter(entete, cellules, true);
    }

    ConstructeurTableau ligne(String entete, List<Cellule> cellules, boolean miseEnValeur) {
        return ajouter(entete, cellules, miseEnValeur);
    }

    private ConstructeurTableau ajouter(String entete, List<Cellule> cellules, boolean miseEnValeur) {
        if (cellules.size() != entetes.size() - 1) {
            throw new IllegalStateException("tableau « " + titre + " » : " + cellules.size() + " cellules pour "
                    + (entetes.size() - 1) + " colonnes");
        }
        lignes.add(new Tableau.Ligne(entete, List.copyOf(cellules), miseEnValeur));
        return this;
    }

    ConstructeurTableau sources(String sources) {
        this.sources = sources;
        return this;
    }

    ConstructeurTableau champ(String champ) {
        this.champ = champ;
        return this;
    }

    ConstructeurTableau lecture(String lecture) {
        this.lecture = lecture;
        return this;
    }

    ConstructeurTableau note(String note) {
        notes.add(note);
        return this;
    }

    boolean estVide() {
        return lignes.isEmpty() && groupes.isEmpty();
    }

    private void fermerGroupe() {
        if (!lignes.isEmpty()) {
            if (groupeEnColonnes) {
                repartitionsEnColonnes.add(groupes.size());
            }
            if (groupeEnLignes) {
                repartitionsEnLignes.add(groupes.size());
            }
            groupes.add(new Tableau.Groupe(titreGroupe, List.copyOf(lignes)));
        }
        lignes = new ArrayList<>();
        titreGroupe = null;
        groupeEnColonnes = false;
        groupeEnLignes = false;
    }

    /** The table without the disclosure rule: for tables that print no figure about people (tests, layout). */
    Tableau construire(int numero) {
        return construire(numero, null);
    }

    /**
     * The numbered table, the disclosure rule applied: each value resting on too few people prints
     * « s », with the secondary masking over the distributions declared and the variation columns
     * (« Évolution 2022-2023 » depends on the cells of 2022 and 2023), and a note says which rule applied.
     */
    Tableau construire(int numero, SecretStatistique secret) {
        fermerGroupe();
        List<String> toutesNotes = new ArrayList<>(notes);
        if (secret != null) {
            masquer(secret, toutesNotes);
            boolean dejaDit = toutesNotes.stream().anyMatch(n -> n.startsWith(SecretStatistique.SYMBOLE + " : "));
            boolean secrete = groupes.stream().flatMap(g -> g.lignes().stream()).flatMap(l -> l.cellules().stream())
                    .anyMatch(Cellule::estSecret);
            if (secrete && !dejaDit) {
                // Cells masked by the section itself (the recomputed value of a published figure).
                toutesNotes.add(secret.note(false));
            }
        }
        boolean nonDisponible = groupes.stream().flatMap(g -> g.lignes().stream()).flatMap(l -> l.cellules().stream())
                .anyMatch(Cellule::estNonDisponible);
        if (nonDisponible) {
            toutesNotes.add(Cellule.NON_DISPONIBLE + " : donnée non disponible.");
        }
        return new Tableau(numero, titre, List.copyOf(entetes), List.copyOf(groupes), sources, champ, lecture,
                List.copyOf(toutesNotes));
    }

    private void masquer(SecretStatistique secret, List<String> toutesNotes) {
        Grille grille = new Grille();
        int ligne = 0;
        List<int[]> bornes = new ArrayList<>();
        for (Tableau.Groupe g : groupes) {
            bornes.add(new int[] {ligne, ligne + g.lignes().size() - 1});
            for (Tableau.Ligne l : g.lignes()) {
                for (int c = 0; c < l.cellules().size(); c++) {
                    int colonne = c;
                    int numeroLigne = ligne;
                    l.cellules().get(c).valeur().ifPresent(b -> grille.valeur(numeroLigne, colonne, b.valeur(), b.personnes()));
                }
                ligne++;
            }
        }
        int colonnes = entetes.size() - 1;
        for (int g = 0; g < groupes.size(); g++) {
            int[] b = bornes.get(g);
            if (repartitionsEnColonnes.contains(g)) {
                for (int c = 0; c < colonnes; c++) {
                    grille.colonneAdditive(c, b[0], b[1]);
                }
            }
            if (repartitionsEnLignes.contains(g)) {
                for (int l = b[0]; l <= b[1]; l++) {
                    grille.ligneAdditive(l);
                }
            }
        }
        // « Évolution 2022-2023 »: computed from the columns 2022 and 2023 of the same row.
        for (int c = 0; c < colonnes; c++) {
            String entete = entetes.get(c + 1);
            if (entete.startsWith("Évolution ")) {
                String[] annees = entete.substring("Évolution ".length()).split("-");
                List<Integer> sources = new ArrayList<>();
                for (String a : annees) {
                    int index = entetes.indexOf(a.strip());
                    if (index > 0) {
                        sources.add(index - 1);
                    }
                }
                for (int l = 0; l < ligne; l++) {
                    int numeroLigne = l;
                    grille.dependance(new Position(l, c), sources.stream().map(s -> new Position(numeroLigne, s))
                            .toArray(Position[]::new));
                }
            }
        }
        Masque masque = secret.masquer(grille);
        if (masque.estVide()) {
            return;
        }
        List<Tableau.Groupe> groupesAvant = List.copyOf(groupes);
        java.util.Map<Tableau.Ligne, Integer> positions = new java.util.IdentityHashMap<>();
        int rang = 0;
        for (Tableau.Groupe g : groupes) {
            for (Tableau.Ligne x : g.lignes()) {
                positions.put(x, rang++);
            }
        }
        List<Tableau.Groupe> masques = new ArrayList<>();
        int l = 0;
        for (Tableau.Groupe g : groupes) {
            List<Tableau.Ligne> lignesMasquees = new ArrayList<>();
            for (Tableau.Ligne x : g.lignes()) {
                List<Cellule> cellules = new ArrayList<>();
                for (int c = 0; c < x.cellules().size(); c++) {
                    cellules.add(masque.masquee(l, c) ? Cellule.secret() : x.cellules().get(c));
                }
                lignesMasquees.add(new Tableau.Ligne(x.entete(), List.copyOf(cellules), x.miseEnValeur()));
                l++;
            }
            masques.add(new Tableau.Groupe(g.titre(), List.copyOf(lignesMasquees)));
        }
        groupes.clear();
        groupes.addAll(masques);
        toutesNotes.add(secret.note(masque));
        // The reading sentence quotes figures of the table: a masked one is « s » there too.
        if (lecture != null) {
            for (Tableau.Groupe g : groupesAvant) {
                for (Tableau.Ligne x : g.lignes()) {
                    for (int c = 0; c < x.cellules().size(); c++) {
                        String t = x.cellules().get(c).texte();
                        if (masque.masquee(positions.get(x), c) && t.matches(".*\\d.*")) {
                            lecture = lecture.replaceAll("(?<![\\d,])" + java.util.regex.Pattern.quote(t) + "(?![\\d,])",
                                    SecretStatistique.SYMBOLE);
                        }
                    }
                }
            }
        }
    }
}

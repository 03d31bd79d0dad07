package fr.transitionspro.suivicep.rapport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
            groupes.add(new Tableau.Groupe(titreGroupe, List.copyOf(lignes)));
        }
        lignes = new ArrayList<>();
        titreGroupe = null;
    }

    Tableau construire(int numero) {
        fermerGroupe();
        List<String> toutesNotes = new ArrayList<>(notes);
        boolean nonDisponible = groupes.stream().flatMap(g -> g.lignes().stream()).flatMap(l -> l.cellules().stream())
                .anyMatch(Cellule::estNonDisponible);
        if (nonDisponible) {
            toutesNotes.add(Cellule.NON_DISPONIBLE + " : donnée non disponible.");
        }
        return new Tableau(numero, titre, List.copyOf(entetes), List.copyOf(groupes), sources, champ, lecture,
                List.copyOf(toutesNotes));
    }
}

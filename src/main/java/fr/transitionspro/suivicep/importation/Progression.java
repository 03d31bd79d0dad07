package fr.transitionspro.suivicep.importation;

/**
 * Told while an import reads its file, from the importing thread: every few thousand rows and once at the end
 * of the reading. Progress is measured in bytes of the file, the one quantity known in advance; rows are told
 * for display.
 */
@FunctionalInterface
public interface Progression {

    Progression AUCUNE = (octetsLus, taille, lignes) -> {
    };

    /**
     * @param octetsLus bytes of the file read so far
     * @param taille    the file's size in bytes
     * @param lignes    data rows read so far
     */
    void avancer(long octetsLus, long taille, long lignes);
}

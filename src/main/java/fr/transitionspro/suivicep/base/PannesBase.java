package fr.transitionspro.suivicep.base;

import java.util.Locale;

/**
 * Turns what the database engines say when the machine fails them (a file locked by another
 * process, a full disk, a read-only file or database, an unreachable server) into one French
 * sentence that tells the user what happened and what to do. The engines' messages are English
 * and technical; they are matched on their stable parts, through the whole chain of causes.
 */
public final class PannesBase {

    private PannesBase() {
    }

    /**
     * The user's message for a failure while working on {@code base}, or the engine's own message
     * after {@code contexte} when the failure is not a known one.
     *
     * @param contexte what was being done, e.g. « Import de « e.csv » interrompu, la base est inchangée »
     */
    public static String message(String adresse, String contexte, Throwable e) {
        String base = affichable(adresse);
        String texte = tousLesMessages(e);
        String bas = texte.toLowerCase(Locale.ROOT);
        if (bas.contains("could not set lock on file") || bas.contains("conflicting lock")) {
            return contexte + " : la base « " + base + " » est déjà ouverte par un autre processus (le serveur suivi-cep "
                    + "ou une autre commande). Réessayez quand il aura terminé, ou arrêtez le serveur le temps de la commande.";
        }
        if (bas.contains("no space left") || bas.contains("file too large") || bas.contains("disk full")
                || bas.contains("could not extend file") || bas.contains("disk quota")) {
            return contexte + " : plus de place pour écrire la base « " + base + " » (disque plein ou taille de fichier "
                    + "limitée). Rien n'a été modifié ; libérez de la place sur le disque puis relancez la commande.";
        }
        if (bas.contains("read-only") || bas.contains("read only") || bas.contains("permission denied")
                || bas.contains("operation not permitted")) {
            return contexte + " : la base « " + base + " » est en lecture seule (fichier ou système de fichiers protégé "
                    + "en écriture, ou base PostgreSQL en lecture seule). Rien n'a été modifié ; demandez l'accès en écriture "
                    + "puis relancez la commande.";
        }
        if (bas.contains("connection refused") || bas.contains("connection attempt failed")
                || bas.contains("unknownhost") || bas.contains("the connection attempt")) {
            return contexte + " : le serveur PostgreSQL de « " + base + " » ne répond pas. Vérifiez qu'il est démarré et "
                    + "joignable, puis relancez la commande.";
        }
        return contexte + " : " + premierMessage(e);
    }

    /** A file path as the user typed it; a JDBC URL without its parameters (which may hold a password). */
    static String affichable(String adresse) {
        String a = adresse.startsWith("jdbc:duckdb:") ? adresse.substring("jdbc:duckdb:".length()) : adresse;
        int q = a.indexOf('?');
        return q < 0 ? a : a.substring(0, q);
    }

    private static String tousLesMessages(Throwable e) {
        StringBuilder s = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            s.append(t.getClass().getSimpleName()).append(' ').append(t.getMessage()).append('\n');
        }
        return s.toString();
    }

    /** The deepest message: Jdbi's wrappers repeat the SQL, the driver's own exception says why. */
    private static String premierMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}

package fr.transitionspro.suivicep.rapport;

/**
 * Writes the {{ … }} references of the default texts (syntax: docs/textes.md), so that a default
 * text keeps following the data once the association has exported and edited it.
 */
final class Renvoi {

    private Renvoi() {
    }

    /** {@code {{ id }}} or {@code {{ id | option option }}}: options are {@code cle=valeur} or flags. */
    static String v(String id, String... options) {
        return options.length == 0 ? "{{ " + id + " }}" : "{{ " + id + " | " + String.join(" ", options) + " }}";
    }

    static String region() {
        return "{{ region }}";
    }

    static String region(String code) {
        return "{{ region " + code + " }}";
    }

    /** « en Normandie ». */
    static String enRegion() {
        return "{{ en_region }}";
    }

    static String enRegion(String code) {
        return "{{ en_region " + code + " }}";
    }

    /** « En Normandie », at the start of a sentence. */
    static String enRegionMajuscule() {
        return "{{ en_region | majuscule }}";
    }

    static String operateur(String code) {
        return "{{ nom_operateur " + code + " }}";
    }

    static String annee() {
        return "{{ annee }}";
    }

    static String anneePrecedente() {
        return "{{ annee_precedente }}";
    }

    static String anneeDebut() {
        return "{{ annee_debut }}";
    }

    static String libelle(String dimension, String code) {
        return "{{ libelle " + dimension + " " + code + " }}";
    }
}

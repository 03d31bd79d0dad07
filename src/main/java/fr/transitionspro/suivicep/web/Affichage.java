package fr.transitionspro.suivicep.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import fr.transitionspro.suivicep.comptes.Role;
import fr.transitionspro.suivicep.referentiel.FormatFrancais;
import fr.transitionspro.suivicep.referentiel.Nomenclatures;

/** French wording shared by the pages: dates, region and role names. */
final class Affichage {

    private static final DateTimeFormatter DATE_HEURE = DateTimeFormatter.ofPattern("d\u00a0MMMM yyyy 'à' H'\u00a0h\u00a0'mm", Locale.FRENCH);

    private Affichage() {
    }

    static String dateHeure(LocalDateTime moment) {
        return DATE_HEURE.format(moment);
    }

    /** « 1 ligne », « 147 693 lignes ». */
    static String lignes(long n) {
        return FormatFrancais.entier(n) + (n > 1 ? "\u00a0lignes" : "\u00a0ligne");
    }

    /** « 0,4 s », « 12,3 s ». */
    static String duree(long millisecondes) {
        return FormatFrancais.nombre(millisecondes / 1000.0, 1) + "\u00a0s";
    }

    static String region(String code) {
        return Nomenclatures.REGION.libelle(code);
    }

    static String role(Role role) {
        return switch (role) {
            case NATIONAL -> "France compétences";
            case REFERENT -> "Référent";
            case CONTRIBUTEUR -> "Contributeur";
            case OPERATEUR -> "Opérateur";
            case LECTEUR -> "Lecteur";
        };
    }
}

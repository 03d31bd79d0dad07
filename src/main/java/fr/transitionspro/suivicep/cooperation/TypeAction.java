package fr.transitionspro.suivicep.cooperation;

import java.util.Optional;

/** The kinds of cooperation actions that section 1 of the reference report describes. */
public enum TypeAction {

    SALON("Salon", "salon", "salons"),
    WEBINAIRE("Webinaire", "webinaire", "webinaires"),
    REUNION_INTER_OPERATEURS("Réunion inter-opérateurs", "réunion inter-opérateurs", "réunions inter-opérateurs"),
    RENCONTRE_BILATERALE("Rencontre bilatérale", "rencontre bilatérale", "rencontres bilatérales"),
    REUNION_POST_COMMISSION("Réunion post-commission", "réunion post-commission", "réunions post-commission"),
    INFORMATION_COLLECTIVE("Information collective", "information collective", "informations collectives"),
    JOB_DATING("Job dating", "job dating", "job datings"),
    COMMUNICATION("Action de communication", "action de communication", "actions de communication"),
    AUTRE("Autre action", "autre action", "autres actions");

    private final String libelle;
    private final String singulier;
    private final String pluriel;

    TypeAction(String libelle, String singulier, String pluriel) {
        this.libelle = libelle;
        this.singulier = singulier;
        this.pluriel = pluriel;
    }

    public String libelle() {
        return libelle;
    }

    /** « 1 salon », « 3 réunions inter-opérateurs ». */
    public String compte(String nombre, boolean plusieurs) {
        return nombre + " " + (plusieurs ? pluriel : singulier);
    }

    public static Optional<TypeAction> lire(String brut) {
        return Codes.lire(TypeAction.class, brut);
    }

    public static String attendus() {
        return Codes.attendus(TypeAction.class);
    }
}

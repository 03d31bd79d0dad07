package fr.transitionspro.suivicep.campagne;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import fr.transitionspro.suivicep.comptes.Role;

/**
 * The milestones of a region's yearly campaign, in the order they happen. The code is what the base stores
 * (never rename one); the label is what people read. Which roles may set a milestone by hand: the référent
 * all of them, the contributeur those of his work (the interviews of the cooperation register, the texts).
 */
public enum Jalon {
    DONNEES_AGORA("Données AGORA reçues", "prévues", Set.of(Role.REFERENT)),
    DOSSIERS_IMPORTES("Dossiers importés", "prévus", Set.of(Role.REFERENT)),
    ENTRETIENS_OPERATEURS("Entretiens opérateurs", "prévus", Set.of(Role.REFERENT, Role.CONTRIBUTEUR)),
    REDACTION("Rédaction", "prévue", Set.of(Role.REFERENT, Role.CONTRIBUTEUR)),
    PRESENTATION_CREFOP("Présentation au CREFOP", "prévue", Set.of(Role.REFERENT)),
    ENVOI_FRANCE_COMPETENCES("Envoi à France compétences", "prévu", Set.of(Role.REFERENT));

    private final String libelle;
    private final String prevu;
    private final Set<Role> modifiablePar;

    Jalon(String libelle, String prevu, Set<Role> modifiablePar) {
        this.libelle = libelle;
        this.prevu = prevu;
        this.modifiablePar = modifiablePar;
    }

    /** « prévue », « prévus »…: the participle agreeing with the label, for « Rédaction prévue le 12 mars 2024 ». */
    public String prevu() {
        return prevu;
    }

    public String libelle() {
        return libelle;
    }

    /** Whether an account of this role (in its own region: the caller checks that) may set this milestone. */
    public boolean modifiablePar(Role role) {
        return modifiablePar.contains(role);
    }

    public static Optional<Jalon> lire(String code) {
        return Arrays.stream(values()).filter(j -> j.name().equals(code)).findFirst();
    }
}

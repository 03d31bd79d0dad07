package fr.transitionspro.suivicep.campagne;

import java.time.LocalDate;

/**
 * What a person sets for one milestone. A null {@code statut} means « selon les données »: the milestone then
 * takes the state its data give, or « à faire ». Null dates are not set.
 */
public record Saisie(Statut statut, LocalDate prevuLe, LocalDate faitLe) {

    public static final Saisie VIDE = new Saisie(null, null, null);
}

package fr.transitionspro.suivicep.cooperation;

import java.util.List;

/**
 * A partnership convention as it stands in the report's year. Dates are ISO texts of the
 * precision known (« 2021 », « 2021-03 », « 2021-03-15 »), null when unknown.
 */
public record Convention(String partenaire, String signee, String renouvelee, String fin, List<Axe> axes,
        StatutConvention statut, String objet) {
}

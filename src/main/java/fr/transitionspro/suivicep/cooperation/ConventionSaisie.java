package fr.transitionspro.suivicep.cooperation;

import java.util.List;

/** A convention as typed into a form, before any check (see {@link SaisieConventions}). */
public record ConventionSaisie(String partenaire, String signee, String renouvelee, String fin, List<String> axes, String statut,
        String objet) {

    public ConventionSaisie {
        axes = axes == null ? List.of() : List.copyOf(axes);
    }

    /** The form of a stored convention: dates as the import reads them back (« 2021 », « 06/2022 », « 15/06/2022 »). */
    public static ConventionSaisie de(Convention c) {
        return new ConventionSaisie(c.partenaire(), SaisieConventions.francaise(c.signee()), SaisieConventions.francaise(c.renouvelee()),
                SaisieConventions.francaise(c.fin()), c.axes().stream().map(Axe::name).toList(), c.statut().name(), c.objet());
    }

    public static ConventionSaisie vide() {
        return new ConventionSaisie(null, null, null, null, List.of(), null, null);
    }
}

package fr.transitionspro.suivicep.cooperation;

import java.util.ArrayList;
import java.util.List;

/**
 * An interview as typed into a form, before any check (see {@link SaisieEntretiens}): the operator, the date and
 * the people met, and the remarks, each on one theme of the guide. A remark whose summary and quote are both
 * blank is an unused slot of the form, not an error.
 */
public record EntretienSaisi(String operateur, String date, String interlocuteurs, List<ProposSaisi> propos) {

    public record ProposSaisi(String theme, String synthese, String citation) {
    }

    public EntretienSaisi {
        propos = propos == null ? List.of() : List.copyOf(propos);
    }

    /** The form of a stored interview; the date as JJ/MM/AAAA. */
    public static EntretienSaisi de(Entretien e) {
        List<ProposSaisi> propos = new ArrayList<>();
        e.propos().forEach(p -> propos.add(new ProposSaisi(p.theme().name(), p.synthese(), p.citation())));
        return new EntretienSaisi(e.operateur(), e.date() == null ? null : SaisieActions.JJ_MM_AAAA.format(e.date()),
                e.interlocuteurs(), propos);
    }

    public static EntretienSaisi vide() {
        return new EntretienSaisi(null, null, null, List.of());
    }

    /** The remarks on one theme, in order. */
    public List<ProposSaisi> sur(String theme) {
        return propos.stream().filter(p -> theme.equals(p.theme())).toList();
    }
}

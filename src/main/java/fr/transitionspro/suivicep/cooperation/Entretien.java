package fr.transitionspro.suivicep.cooperation;

import java.time.LocalDate;
import java.util.List;

/**
 * The interview of one CEP operator: who was met, when, and what was said on each theme of the
 * guide, in the order of the guide, each theme's remarks in the order of the file.
 */
public record Entretien(String operateur, LocalDate date, String interlocuteurs, List<Propos> propos) {

    /** A remark on one theme: the association's summary and/or the operator's own words. */
    public record Propos(Theme theme, String synthese, String citation) {
    }

    public List<Propos> sur(Theme theme) {
        return propos.stream().filter(p -> p.theme() == theme).toList();
    }
}

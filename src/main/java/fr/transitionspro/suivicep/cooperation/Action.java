package fr.transitionspro.suivicep.cooperation;

import java.time.LocalDate;
import java.util.List;

/**
 * One cooperation action of the register.
 *
 * @param operateurs  operator codes, in the order of the code list; empty when only partners took part
 * @param partenaires partner names as written in the register
 * @param participants null when unknown
 */
public record Action(LocalDate date, String titre, TypeAction type, List<Axe> axes, List<String> operateurs,
        List<String> partenaires, String lieu, Integer participants, String description) {
}

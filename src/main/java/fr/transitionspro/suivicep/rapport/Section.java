package fr.transitionspro.suivicep.rapport;

import java.util.List;

/**
 * A numbered heading of the report and its content. {@code niveau} is the HTML heading level
 * (3 for « 1. … », 4 for « 1.1 … »), so that the headings hierarchy of the page follows the plan.
 */
record Section(String ancre, String numero, String titre, int niveau, List<Bloc> blocs) {

    /** The heading as printed and listed in the contents: « 1.1 Le recours au CEP en 2023 ». */
    public String intitule() {
        return numero.isEmpty() ? titre : numero + " " + titre;
    }
}

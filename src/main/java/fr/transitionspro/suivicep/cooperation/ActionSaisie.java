package fr.transitionspro.suivicep.cooperation;

import java.util.List;

/**
 * An action as typed into a form, before any check: every field is the text received (null or blank when
 * left empty). {@code partenaires} holds one partner per line. {@link SaisieActions} checks it against the
 * rules of the {@code actions} file.
 */
public record ActionSaisie(String date, String titre, String type, List<String> axes, List<String> operateurs,
        String partenaires, String lieu, String participants, String description) {

    public ActionSaisie {
        axes = axes == null ? List.of() : List.copyOf(axes);
        operateurs = operateurs == null ? List.of() : List.copyOf(operateurs);
    }

    /** The form of a stored action, for editing: the date as JJ/MM/AAAA, partners one per line. */
    public static ActionSaisie de(Action a) {
        return new ActionSaisie(SaisieActions.JJ_MM_AAAA.format(a.date()), a.titre(), a.type().name(),
                a.axes().stream().map(Axe::name).toList(), a.operateurs(), String.join("\n", a.partenaires()), a.lieu(),
                a.participants() == null ? null : a.participants().toString(), a.description());
    }

    public static ActionSaisie vide() {
        return new ActionSaisie(null, null, null, List.of(), List.of(), null, null, null, null);
    }
}

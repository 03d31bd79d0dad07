package fr.transitionspro.suivicep.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class FiltreActionsTest {

    private static final Action SALON = new Action(LocalDate.of(2023, 2, 14), "Salon", TypeAction.SALON, List.of(Axe.PROMOUVOIR),
            List.of("APEC", "FRANCE_TRAVAIL"), List.of(), null, null, null);
    private static final Action JOB_DATING = new Action(LocalDate.of(2023, 10, 12), "Job dating", TypeAction.JOB_DATING,
            List.of(Axe.PROMOUVOIR, Axe.SECURISER_PARCOURS), List.of(), List.of("Agefiph"), null, null, null);
    private static final List<Action> ACTIONS = List.of(SALON, JOB_DATING);

    private static List<String> gardees(FiltreActions f) {
        return ACTIONS.stream().filter(f::garde).map(Action::titre).toList();
    }

    @Test
    void eachCriterionKeepsOnlyTheActionsThatMeetItAndNoneKeepsThemAll() {
        assertThat(gardees(FiltreActions.AUCUN)).containsExactly("Salon", "Job dating");
        assertThat(FiltreActions.AUCUN.actif()).isFalse();
        assertThat(gardees(new FiltreActions(TypeAction.JOB_DATING, null, null, null))).containsExactly("Job dating");
        assertThat(gardees(new FiltreActions(null, Axe.PROMOUVOIR, null, null))).containsExactly("Salon", "Job dating");
        assertThat(gardees(new FiltreActions(null, Axe.SECURISER_PARCOURS, null, null))).containsExactly("Job dating");
        assertThat(gardees(new FiltreActions(null, null, "APEC", null))).containsExactly("Salon");
        assertThat(gardees(new FiltreActions(null, null, FiltreActions.SANS_OPERATEUR, null))).containsExactly("Job dating");
        assertThat(gardees(new FiltreActions(null, null, null, 2))).containsExactly("Salon");
        assertThat(gardees(new FiltreActions(TypeAction.SALON, null, null, 10))).isEmpty();
        assertThat(new FiltreActions(null, null, null, 10).actif()).isTrue();
    }
}

package fr.transitionspro.suivicep.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.importation.Fixtures;
import fr.transitionspro.suivicep.importation.TypeFichier;

/**
 * Actions entered one by one keep the rules of the imported file: what is stored reads back, in the
 * register the report is written from, exactly like an imported row; a broken rule writes nothing and says
 * which field to fix, in French.
 */
class SaisieActionsTest {

    @TempDir
    Path dossier;

    Base base;
    SaisieActions saisie;

    @BeforeEach
    void ouvrir() throws Exception {
        base = Fixtures.base(dossier);
        saisie = new SaisieActions(base);
        // Lines 2 and 3 of the file: the imported actions are numbers 2 and 3.
        Fixtures.importer(base, Fixtures.fichier(dossier, "actions.csv",
                "region;annee;date;titre;type;axes;operateurs;partenaires;lieu;participants;description\n"
                        + "28;2023;14/02/2023;Salon régional;SALON;PROMOUVOIR;FRANCE_TRAVAIL;;Rouen;850;\n"
                        + "28;2023;10/10/2023;Job dating;JOB_DATING;SECURISER_PARCOURS;;Agefiph;Caen;;\n"), TypeFichier.ACTIONS);
    }

    @AfterEach
    void fermer() {
        if (base != null) {
            base.close();
        }
    }

    private static ActionSaisie webinaire(String date) {
        return new ActionSaisie(date, "  Webinaire PTP  ", "webinaire", List.of("SECURISER_PARCOURS", "PROMOUVOIR"),
                List.of("MISSION_LOCALE", "APEC", "APEC"), "Région Normandie\n\n  Agefiph \nRégion Normandie", " visioconférence ",
                "1 200", "Présentation du projet de transition professionnelle.");
    }

    @Test
    void anAddedActionTakesTheNextNumberAndReadsBackInTheRegisterLikeAnImportedOne() {
        ActionEnregistree ajoutee = saisie.ajouter("28", 2023, webinaire("6/6/2023"));

        assertThat(ajoutee.numero()).isEqualTo(4);
        Action attendue = new Action(LocalDate.of(2023, 6, 6), "Webinaire PTP", TypeAction.WEBINAIRE,
                List.of(Axe.PROMOUVOIR, Axe.SECURISER_PARCOURS), List.of("APEC", "MISSION_LOCALE"),
                List.of("Région Normandie", "Agefiph"), "visioconférence", 1200, "Présentation du projet de transition professionnelle.");
        assertThat(ajoutee.action()).isEqualTo(attendue);
        assertThat(RegistreCooperation.lire(base, "28", 2023).actions()).extracting(Action::titre)
                .containsExactly("Salon régional", "Webinaire PTP", "Job dating");
        assertThat(RegistreCooperation.lire(base, "28", 2023).actions().get(1)).isEqualTo(attendue);
        assertThat(saisie.lister("28", 2023)).extracting(ActionEnregistree::numero).containsExactly(2, 4, 3);
    }

    @Test
    void anEntryBreakingEveryRuleIsRefusedFieldByFieldAndWritesNothing() {
        ActionSaisie fausse = new ActionSaisie("14/02/2024", " ", "", List.of(), List.of("POLE_EMPLOI"),
                "Région|Agefiph", null, "-3", null);

        SaisieInvalide refus = catchThrowableOfType(SaisieInvalide.class, () -> saisie.ajouter("28", 2023, fausse));

        assertThat(refus.erreurs()).containsExactly(
                org.assertj.core.api.Assertions.entry("date",
                        "La date doit être en 2023, l’année de ce registre (pour une action de 2024, ouvrez le registre 2024)."),
                org.assertj.core.api.Assertions.entry("titre", "Indiquez l’intitulé de l’action."),
                org.assertj.core.api.Assertions.entry("type", "Choisissez le type d’action."),
                org.assertj.core.api.Assertions.entry("axes", "Cochez au moins un axe."),
                org.assertj.core.api.Assertions.entry("operateurs", "Opérateur inconnu («\u00a0POLE_EMPLOI\u00a0»)."),
                org.assertj.core.api.Assertions.entry("partenaires", "Un nom de partenaire ne peut pas contenir «\u00a0|\u00a0» (ce "
                        + "caractère sépare les partenaires dans le fichier CSV)\u00a0: écrivez un partenaire par ligne."),
                org.assertj.core.api.Assertions.entry("participants", "Nombre entier de participants attendu, de 0 à 1\u00a0000\u00a0000 "
                        + "(laissez vide s’il n’est pas connu)."));
        assertThat(saisie.lister("28", 2023)).hasSize(2);
    }

    @Test
    void aDateIsReadDayFirstOrIsoAndAnImpossibleOneIsNamed() {
        assertThat(SaisieActions.verifier("28", 2023, webinaire("2023-06-06")).date()).isEqualTo(LocalDate.of(2023, 6, 6));
        assertThat(SaisieActions.verifier("28", 2023, webinaire("06/06/2023")).date()).isEqualTo(LocalDate.of(2023, 6, 6));
        assertThat(catchThrowableOfType(SaisieInvalide.class, () -> SaisieActions.verifier("28", 2023, webinaire("31/02/2023")))
                .erreurs()).containsOnlyKeys("date").containsValue("Date au format JJ/MM/AAAA attendue (par exemple 14/02/2023).");
        assertThat(catchThrowableOfType(SaisieInvalide.class, () -> SaisieActions.verifier("28", 2023,
                new ActionSaisie(null, "t", "SALON", List.of("PROMOUVOIR"), List.of(), null, null, "1000001", null))).erreurs())
                .containsOnlyKeys("date", "participants").containsEntry("date", "Indiquez la date de l’action.");
    }

    @Test
    void aModifiedActionKeepsItsNumberAndADeletedOneIsGone() {
        ActionSaisie salon = ActionSaisie.de(saisie.trouver("28", 2023, 2).orElseThrow().action());
        ActionSaisie modifie = new ActionSaisie(salon.date(), "Salon régional de l'orientation", salon.type(), salon.axes(),
                List.of("FRANCE_TRAVAIL", "APEC"), salon.partenaires(), salon.lieu(), "900", salon.description());

        assertThat(saisie.modifier("28", 2023, 2, modifie)).map(ActionEnregistree::numero).contains(2);
        Action relue = saisie.trouver("28", 2023, 2).orElseThrow().action();
        assertThat(relue.titre()).isEqualTo("Salon régional de l'orientation");
        assertThat(relue.operateurs()).containsExactly("APEC", "FRANCE_TRAVAIL");
        assertThat(relue.participants()).isEqualTo(900);
        assertThat(saisie.modifier("28", 2023, 99, modifie)).isEmpty();

        assertThat(saisie.supprimer("28", 2023, 3)).isTrue();
        assertThat(saisie.supprimer("28", 2023, 3)).isFalse();
        assertThat(saisie.lister("28", 2023)).extracting(ActionEnregistree::numero).containsExactly(2);
        assertThat(saisie.lister("28", 2022)).isEmpty();
    }
}

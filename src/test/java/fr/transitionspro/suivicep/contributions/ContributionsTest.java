package fr.transitionspro.suivicep.contributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.comptes.Role;
import fr.transitionspro.suivicep.importation.Fixtures;

/**
 * The review of an operator's contribution on a real base. Cast: the Apec and Cap emploi operators of Normandie
 * (28), the Apec operator of Brittany (53), Normandie's référent, contributeur and lecteur, Brittany's référent and
 * France compétences (NATIONAL).
 */
class ContributionsTest {

    private static final Clock HORLOGE = Clock.fixed(Instant.parse("2024-03-04T09:30:00Z"), ZoneId.of("UTC"));

    private static final Acteur APEC = new Acteur("apec@essai.fr", Role.OPERATEUR, "28", "APEC");
    private static final Acteur CAP_EMPLOI = new Acteur("cap@essai.fr", Role.OPERATEUR, "28", "CAP_EMPLOI");
    private static final Acteur APEC_BRETAGNE = new Acteur("apec-53@essai.fr", Role.OPERATEUR, "53", "APEC");
    private static final Acteur REFERENT = new Acteur("referent@essai.fr", Role.REFERENT, "28", null);
    private static final Acteur REFERENT_BRETAGNE = new Acteur("referent-53@essai.fr", Role.REFERENT, "53", null);
    private static final Acteur CONTRIBUTEUR = new Acteur("contributeur@essai.fr", Role.CONTRIBUTEUR, "28", null);
    private static final Acteur LECTEUR = new Acteur("lecteur@essai.fr", Role.LECTEUR, "28", null);
    private static final Acteur NATIONAL = new Acteur("national@essai.fr", Role.NATIONAL, null, null);

    private static final Cle APEC_COOPERATIONS = new Cle("28", 2023, "APEC", SectionContribution.COOPERATIONS);
    private static final Cle APEC_CONSTATS = new Cle("28", 2023, "APEC", SectionContribution.CONSTATS);
    private static final Cle CAP_COOPERATIONS = new Cle("28", 2023, "CAP_EMPLOI", SectionContribution.COOPERATIONS);

    @TempDir
    Path dossier;

    private Base base;
    private Contributions contributions;

    @BeforeEach
    void ouvrir() {
        base = Fixtures.base(dossier);
        contributions = new Contributions(base, HORLOGE);
    }

    @AfterEach
    void fermer() {
        if (base != null) {
            base.close();
        }
    }

    @Test
    void theOperatorSavesThenSubmitsItsOwnContribution() {
        Contribution brouillon = contributions.enregistrer(APEC, APEC_COOPERATIONS, "Premier jet\r\n\r\n");
        assertThat(brouillon.statut()).isEqualTo(Statut.BROUILLON);
        assertThat(brouillon.markdown()).as("line ends and trailing blanks").isEqualTo("Premier jet");
        assertThat(brouillon.version()).isEqualTo(1);

        Contribution soumise = contributions.soumettre(APEC, APEC_COOPERATIONS, "En 2023, l'Apec a tenu *12* ateliers.");
        assertThat(soumise.statut()).isEqualTo(Statut.SOUMISE);
        assertThat(soumise.version()).isEqualTo(2);
        assertThat(contributions.lire(REFERENT, APEC_COOPERATIONS)).get().extracting(Contribution::markdown, Contribution::statut,
                Contribution::modifiePar, Contribution::modifieLe)
                .containsExactly("En 2023, l'Apec a tenu *12* ateliers.", Statut.SOUMISE, "apec@essai.fr", LocalDateTime.of(2024, 3, 4, 9, 30));
    }

    @Test
    void noOtherAccountWritesAnOperatorsContribution() {
        for (Acteur autre : List.of(CAP_EMPLOI, APEC_BRETAGNE, REFERENT, CONTRIBUTEUR, LECTEUR, NATIONAL)) {
            assertThatThrownBy(() -> contributions.enregistrer(autre, APEC_COOPERATIONS, "texte")).as(autre.email())
                    .isInstanceOf(ContributionInterdite.class);
            assertThatThrownBy(() -> contributions.soumettre(autre, APEC_COOPERATIONS, "texte")).as(autre.email())
                    .isInstanceOf(ContributionInterdite.class);
        }
        assertThat(contributions.lire(NATIONAL, APEC_COOPERATIONS)).as("nothing stored").isEmpty();
    }

    @Test
    void onlyTheReferentOfTheRegionApprovesOrSendsBack() {
        int version = contributions.soumettre(APEC, APEC_COOPERATIONS, "Texte soumis").version();
        for (Acteur autre : List.of(APEC, CAP_EMPLOI, REFERENT_BRETAGNE, CONTRIBUTEUR, LECTEUR, NATIONAL)) {
            assertThatThrownBy(() -> contributions.valider(autre, APEC_COOPERATIONS, version, null)).as(autre.email())
                    .isInstanceOf(ContributionInterdite.class);
            assertThatThrownBy(() -> contributions.renvoyer(autre, APEC_COOPERATIONS, version, "à revoir")).as(autre.email())
                    .isInstanceOf(ContributionInterdite.class);
        }
        assertThat(contributions.lire(REFERENT, APEC_COOPERATIONS).orElseThrow().statut()).isEqualTo(Statut.SOUMISE);
    }

    @Test
    void sendingBackNeedsAComment() {
        int version = contributions.soumettre(APEC, APEC_COOPERATIONS, "Texte soumis").version();
        assertThatThrownBy(() -> contributions.renvoyer(REFERENT, APEC_COOPERATIONS, version, "  \n "))
                .isInstanceOf(ContributionRefusee.class).hasMessageContaining("le commentaire est obligatoire");
        assertThat(contributions.lire(REFERENT, APEC_COOPERATIONS).orElseThrow().statut()).isEqualTo(Statut.SOUMISE);
    }

    @Test
    void onlyASubmittedContributionIsReviewed() {
        assertThatThrownBy(() -> contributions.valider(REFERENT, APEC_COOPERATIONS, 0, null))
                .isInstanceOf(ContributionRefusee.class).hasMessage("Cette contribution n'est pas soumise (pas encore rédigée)\u00a0: il n'y a rien à valider.");
        int version = contributions.enregistrer(APEC, APEC_COOPERATIONS, "Brouillon").version();
        assertThatThrownBy(() -> contributions.valider(REFERENT, APEC_COOPERATIONS, version, null))
                .isInstanceOf(ContributionRefusee.class).hasMessageContaining("(en cours de rédaction)");
    }

    @Test
    void aTextChangedSinceTheReferentReadItIsNotApproved() {
        int lue = contributions.soumettre(APEC, APEC_COOPERATIONS, "Première version").version();
        contributions.soumettre(APEC, APEC_COOPERATIONS, "Deuxième version");
        assertThatThrownBy(() -> contributions.valider(REFERENT, APEC_COOPERATIONS, lue, null))
                .isInstanceOf(ContributionRefusee.class).hasMessageContaining("relisez-la avant de la valider");
        assertThat(contributions.lire(REFERENT, APEC_COOPERATIONS).orElseThrow().statut()).isEqualTo(Statut.SOUMISE);
    }

    @Test
    void anEmptyTextIsNotSubmittedAndATooLongOneIsNotSaved() {
        assertThatThrownBy(() -> contributions.soumettre(APEC, APEC_COOPERATIONS, " \n"))
                .isInstanceOf(ContributionRefusee.class).hasMessage("Le texte est vide\u00a0: écrivez la contribution avant de la soumettre.");
        assertThatThrownBy(() -> contributions.enregistrer(APEC, APEC_COOPERATIONS, "x".repeat(20_001)))
                .isInstanceOf(ContributionRefusee.class)
                .hasMessage("Le texte compte 20\u202f001 caractères, au-delà des 20\u202f000 permis\u00a0: raccourcissez-le.");
        assertThat(contributions.lire(APEC, APEC_COOPERATIONS)).isEmpty();
    }

    @Test
    void anApprovedContributionIsLockedForEveryone() {
        int version = contributions.soumettre(APEC, APEC_COOPERATIONS, "Texte validé").version();
        Contribution validee = contributions.valider(REFERENT, APEC_COOPERATIONS, version, null);
        assertThat(validee.statut()).isEqualTo(Statut.VALIDEE);
        assertThat(validee.verrouillee()).isTrue();

        String verrou = "Cette contribution est validée\u00a0: elle ne peut plus être modifiée.";
        assertThatThrownBy(() -> contributions.enregistrer(APEC, APEC_COOPERATIONS, "Retouche")).hasMessage(verrou);
        assertThatThrownBy(() -> contributions.soumettre(APEC, APEC_COOPERATIONS, "Retouche")).hasMessage(verrou);
        assertThatThrownBy(() -> contributions.renvoyer(REFERENT, APEC_COOPERATIONS, validee.version(), "Finalement non")).hasMessage(verrou);
        assertThatThrownBy(() -> contributions.valider(REFERENT, APEC_COOPERATIONS, validee.version(), null)).hasMessage(verrou);
        assertThat(contributions.lire(LECTEUR, APEC_COOPERATIONS).orElseThrow().markdown()).isEqualTo("Texte validé");
        assertThat(contributions.historique(LECTEUR, APEC_COOPERATIONS)).hasSize(2);
    }

    @Test
    void theHistoryKeepsEveryStepWithItsAuthorCommentAndTextAndIsNeverRewritten() {
        contributions.enregistrer(APEC, APEC_COOPERATIONS, "v1");
        int soumise = contributions.soumettre(APEC, APEC_COOPERATIONS, "v2").version();
        int renvoyee = contributions.renvoyer(REFERENT, APEC_COOPERATIONS, soumise, "Citez les ateliers.").version();
        List<Etape> avant = contributions.historique(APEC, APEC_COOPERATIONS);
        int resoumise = contributions.soumettre(APEC, APEC_COOPERATIONS, "v3 avec les ateliers").version();
        contributions.valider(REFERENT, APEC_COOPERATIONS, resoumise, "Merci");

        List<Etape> historique = contributions.historique(NATIONAL, APEC_COOPERATIONS);
        assertThat(historique).extracting(Etape::numero, Etape::auteur, Etape::avant, Etape::apres, Etape::commentaire, Etape::markdown)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "apec@essai.fr", null, Statut.BROUILLON, null, "v1"),
                        org.assertj.core.groups.Tuple.tuple(2, "apec@essai.fr", Statut.BROUILLON, Statut.SOUMISE, null, "v2"),
                        org.assertj.core.groups.Tuple.tuple(3, "referent@essai.fr", Statut.SOUMISE, Statut.RENVOYEE, "Citez les ateliers.", "v2"),
                        org.assertj.core.groups.Tuple.tuple(4, "apec@essai.fr", Statut.RENVOYEE, Statut.SOUMISE, null, "v3 avec les ateliers"),
                        org.assertj.core.groups.Tuple.tuple(5, "referent@essai.fr", Statut.SOUMISE, Statut.VALIDEE, "Merci", "v3 avec les ateliers"));
        assertThat(historique).extracting(Etape::action).containsExactly("Brouillon enregistré", "Soumise pour validation",
                "Renvoyée pour correction", "Soumise pour validation", "Validée");
        assertThat(historique.subList(0, avant.size())).as("earlier steps unchanged").isEqualTo(avant);
        assertThat(renvoyee).isEqualTo(3);
        assertThat(Contributions.renvois(historique)).extracting(Etape::commentaire).containsExactly("Citez les ateliers.");
    }

    @Test
    void anOperatorReadsOnlyItsOwnContributionsAndTheRegionReadsThemAll() {
        contributions.soumettre(APEC, APEC_COOPERATIONS, "Apec");
        contributions.enregistrer(APEC, APEC_CONSTATS, "Apec constats");
        contributions.soumettre(CAP_EMPLOI, CAP_COOPERATIONS, "Cap emploi");

        assertThat(contributions.lister(APEC, "28", 2023)).extracting(c -> c.cle().operateur() + "/" + c.cle().section())
                .containsExactly("APEC/COOPERATIONS", "APEC/CONSTATS");
        assertThatThrownBy(() -> contributions.lire(APEC, CAP_COOPERATIONS)).isInstanceOf(ContributionInterdite.class);
        assertThatThrownBy(() -> contributions.historique(APEC, CAP_COOPERATIONS)).isInstanceOf(ContributionInterdite.class);
        assertThatThrownBy(() -> contributions.lire(REFERENT_BRETAGNE, CAP_COOPERATIONS)).isInstanceOf(ContributionInterdite.class);
        assertThat(contributions.lister(APEC_BRETAGNE, "28", 2023)).isEmpty();
        for (Acteur lecteur : List.of(REFERENT, CONTRIBUTEUR, LECTEUR, NATIONAL)) {
            assertThat(contributions.lister(lecteur, "28", 2023)).as(lecteur.email())
                    .extracting(c -> c.cle().operateur() + "/" + c.cle().section())
                    .containsExactly("CAP_EMPLOI/COOPERATIONS", "APEC/COOPERATIONS", "APEC/CONSTATS");
        }
    }

    @Test
    void theReportGetsTheApprovedTextsOnly() {
        contributions.soumettre(APEC, APEC_COOPERATIONS, "Apec validé");
        contributions.valider(REFERENT, APEC_COOPERATIONS, 1, null);
        contributions.soumettre(APEC, APEC_CONSTATS, "Apec soumis seulement");
        int cap = contributions.soumettre(CAP_EMPLOI, CAP_COOPERATIONS, "Cap emploi renvoyé").version();
        contributions.renvoyer(REFERENT, CAP_COOPERATIONS, cap, "Non");

        Map<SectionContribution, Map<String, String>> validees = Contributions.validees(base, "28", 2023);
        assertThat(validees.get(SectionContribution.COOPERATIONS)).containsExactly(Map.entry("APEC", "Apec validé"));
        assertThat(validees.get(SectionContribution.CONSTATS)).isEmpty();
        assertThat(Contributions.validees(base, "28", 2024).get(SectionContribution.COOPERATIONS)).isEmpty();
    }

    @Test
    void anUnknownOperatorIsRefused() {
        Acteur fongecif = new Acteur("f@essai.fr", Role.OPERATEUR, "28", "FONGECIF");
        assertThatThrownBy(() -> contributions.enregistrer(fongecif, new Cle("28", 2023, "FONGECIF", SectionContribution.CONSTATS), "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Opérateur « FONGECIF » inconnu");
    }
}

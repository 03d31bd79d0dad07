package fr.transitionspro.suivicep.comptes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.importation.Fixtures;

/** What a référent may do with the accounts of its region, as the web application asks it. */
class ComptesTest {

    private static final char[] MOT_DE_PASSE = "douze caractères".toCharArray();

    @TempDir
    Path dossier;

    private Base base;
    private Comptes comptes;

    @BeforeEach
    void deuxReferentsEtUnNational() {
        base = Fixtures.base(dossier, "base");
        // The rules are the subject here, not the hash: a plain encoder keeps the test fast.
        comptes = new Comptes(base.jdbi(), NoOpPasswordEncoder.getInstance());
        comptes.ajouter("referent@normandie.fr", Role.REFERENT, "28", null, MOT_DE_PASSE);
        comptes.ajouter("referent@bretagne.fr", Role.REFERENT, "53", null, MOT_DE_PASSE);
        comptes.ajouter("national@francecompetences.fr", Role.NATIONAL, null, null, MOT_DE_PASSE);
    }

    @AfterEach
    void fermer() {
        if (base != null) {
            base.close();
        }
    }

    @Test
    void aReferentCreatesAContributorOfItsRegion() {
        Compte cree = comptes.ajouterPar("referent@normandie.fr", "Contributrice@Normandie.fr", Role.CONTRIBUTEUR, "28", null,
                MOT_DE_PASSE, MOT_DE_PASSE.clone());
        assertThat(cree.email()).isEqualTo("contributrice@normandie.fr");
        assertThat(cree.region()).contains("28");
        assertThat(cree.actif()).isTrue();
        assertThat(comptes.listerRegion("28")).extracting(Compte::email).containsExactly("contributrice@normandie.fr", "referent@normandie.fr");
    }

    @Test
    void aReferentCreatesAnOperatorAccountOnlyWithItsNetwork() {
        assertThatThrownBy(() -> comptes.ajouterPar("referent@normandie.fr", "apec@normandie.fr", Role.OPERATEUR, "28", "", MOT_DE_PASSE,
                MOT_DE_PASSE)).isInstanceOf(CompteInvalide.class).hasMessageStartingWith("Un compte OPERATEUR représente un réseau d'opérateur : choisissez lequel");
        assertThat(comptes.ajouterPar("referent@normandie.fr", "apec@normandie.fr", Role.OPERATEUR, "28", "APEC", MOT_DE_PASSE, MOT_DE_PASSE)
                .operateur()).contains("APEC");
    }

    @Test
    void aReferentCreatesNeitherANationalNorAReferentAccount() {
        assertThatThrownBy(() -> comptes.ajouterPar("referent@normandie.fr", "x@essai.fr", Role.NATIONAL, "28", null, MOT_DE_PASSE, MOT_DE_PASSE))
                .isInstanceOf(CompteInvalide.class).hasMessage("Un référent crée des comptes CONTRIBUTEUR, OPERATEUR ou LECTEUR, pas NATIONAL ; "
                        + "les comptes NATIONAL et REFERENT se créent sur le serveur.");
        assertThatThrownBy(() -> comptes.ajouterPar("referent@normandie.fr", "x@essai.fr", Role.REFERENT, "28", null, MOT_DE_PASSE, MOT_DE_PASSE))
                .isInstanceOf(CompteInvalide.class).hasMessageContaining("pas REFERENT");
        assertThat(comptes.trouver("x@essai.fr")).isEmpty();
    }

    @Test
    void aReferentCreatesNoAccountOfAnotherRegion() {
        assertThatThrownBy(() -> comptes.ajouterPar("referent@normandie.fr", "x@essai.fr", Role.LECTEUR, "53", null, MOT_DE_PASSE, MOT_DE_PASSE))
                .isInstanceOf(CompteInvalide.class).hasMessage("Un référent ne crée que des comptes de sa région (Normandie).");
        assertThat(comptes.trouver("x@essai.fr")).isEmpty();
    }

    @Test
    void onlyAnActiveReferentCreatesAccounts() {
        comptes.ajouterPar("referent@normandie.fr", "lecteur@normandie.fr", Role.LECTEUR, "28", null, MOT_DE_PASSE, MOT_DE_PASSE);
        assertThatThrownBy(() -> comptes.ajouterPar("lecteur@normandie.fr", "x@essai.fr", Role.LECTEUR, "28", null, MOT_DE_PASSE, MOT_DE_PASSE))
                .isInstanceOf(CompteInvalide.class).hasMessage("Seul un référent gère les comptes de sa région.");
        assertThatThrownBy(() -> comptes.ajouterPar("national@francecompetences.fr", "x@essai.fr", Role.LECTEUR, "28", null, MOT_DE_PASSE,
                MOT_DE_PASSE)).isInstanceOf(CompteInvalide.class).hasMessage("Seul un référent gère les comptes de sa région.");
    }

    @Test
    void thePasswordIsTypedTwiceIdenticallyAndHasTwelveCharactersAtLeast() {
        assertThatThrownBy(() -> comptes.ajouterPar("referent@normandie.fr", "x@essai.fr", Role.LECTEUR, "28", null, MOT_DE_PASSE,
                "douze caractèreS".toCharArray())).isInstanceOf(CompteInvalide.class).hasMessage("Les deux mots de passe saisis diffèrent.");
        assertThatThrownBy(() -> comptes.ajouterPar("referent@normandie.fr", "x@essai.fr", Role.LECTEUR, "28", null, "onze caract".toCharArray(),
                "onze caract".toCharArray())).isInstanceOf(CompteInvalide.class).hasMessage("Mot de passe trop court : au moins 12 caractères.");
        assertThat(comptes.trouver("x@essai.fr")).isEmpty();
    }

    @Test
    void aReferentDeactivatesThenReactivatesAnAccountOfItsRegion() {
        comptes.ajouterPar("referent@normandie.fr", "lecteur@normandie.fr", Role.LECTEUR, "28", null, MOT_DE_PASSE, MOT_DE_PASSE);
        assertThat(comptes.activer("referent@normandie.fr", "lecteur@normandie.fr", false).actif()).isFalse();
        assertThat(comptes.trouver("lecteur@normandie.fr").orElseThrow().actif()).isFalse();
        assertThat(comptes.activer("referent@normandie.fr", "LECTEUR@normandie.fr", true).actif()).isTrue();
        assertThat(comptes.trouver("lecteur@normandie.fr").orElseThrow().actif()).isTrue();
    }

    @Test
    void aReferentCannotDeactivateItselfNorAnAccountOutsideItsRegion() {
        assertThatThrownBy(() -> comptes.activer("referent@normandie.fr", "referent@normandie.fr", false))
                .isInstanceOf(CompteInvalide.class).hasMessage("Vous ne pouvez pas désactiver votre propre compte.");
        assertThatThrownBy(() -> comptes.activer("referent@normandie.fr", "referent@bretagne.fr", false))
                .isInstanceOf(CompteInvalide.class).hasMessage("Le compte « referent@bretagne.fr » n'appartient pas à votre région.");
        assertThatThrownBy(() -> comptes.activer("referent@normandie.fr", "national@francecompetences.fr", false))
                .isInstanceOf(CompteInvalide.class).hasMessage("Le compte « national@francecompetences.fr » n'appartient pas à votre région.");
        assertThatThrownBy(() -> comptes.activer("referent@normandie.fr", "inconnu@essai.fr", false))
                .isInstanceOf(CompteInvalide.class).hasMessage("Aucun compte « inconnu@essai.fr ».");
        assertThat(comptes.lister()).allMatch(Compte::actif);
    }

    @Test
    void aDeactivatedReferentManagesNothingAnyMore() {
        comptes.ajouterPar("referent@normandie.fr", "lecteur@normandie.fr", Role.LECTEUR, "28", null, MOT_DE_PASSE, MOT_DE_PASSE);
        comptes.ajouter("second-referent@normandie.fr", Role.REFERENT, "28", null, MOT_DE_PASSE);
        comptes.activer("second-referent@normandie.fr", "referent@normandie.fr", false);
        assertThatThrownBy(() -> comptes.activer("referent@normandie.fr", "lecteur@normandie.fr", false))
                .isInstanceOf(CompteInvalide.class).hasMessage("Compte « referent@normandie.fr » inconnu ou désactivé.");
        assertThat(comptes.trouver("lecteur@normandie.fr").orElseThrow().actif()).isTrue();
    }
}

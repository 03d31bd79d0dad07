package fr.transitionspro.suivicep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.comptes.Compte;
import fr.transitionspro.suivicep.comptes.Comptes;

/** « suivi-cep utilisateur ajouter » as an administrator runs it: the hash is stored, refusals are explained in French. */
class UtilisateurCommandeTest {

    @TempDir
    Path dossier;

    @RegisterExtension
    final SortiesCapturees sorties = new SortiesCapturees();
    private Path base;
    private Path motDePasse;

    @BeforeEach
    void preparer() throws Exception {
        base = dossier.resolve("b.duckdb");
        motDePasse = Files.writeString(dossier.resolve("mdp.txt"), "correct cheval pile agrafe\n");
    }

    private int ajouter(String... options) {
        String[] debut = {"utilisateur", "ajouter", "--base", base.toString(), "--mot-de-passe-fichier", motDePasse.toString()};
        String[] args = new String[debut.length + options.length];
        System.arraycopy(debut, 0, args, 0, debut.length);
        System.arraycopy(options, 0, args, debut.length, options.length);
        return SuiviCep.executer(args);
    }

    @Test
    void anAccountIsStoredWithAHashThatMatchesThePasswordAndNeverThePasswordItself() {
        assertThat(ajouter("--email", " Claire.Martin@Transitionspro-Normandie.fr ", "--role", "referent", "--region", "28")).isZero();
        assertThat(sorties.sortie()).contains("Compte créé : claire.martin@transitionspro-normandie.fr (REFERENT, Normandie)");
        try (Base b = Base.ouvrir(base.toString())) {
            Compte c = new Comptes(b.jdbi()).trouver("claire.martin@transitionspro-normandie.fr").orElseThrow();
            assertThat(c.motDePasse()).startsWith("{bcrypt}$2").doesNotContain("correct cheval");
            assertThat(Comptes.encodeur().matches("correct cheval pile agrafe", c.motDePasse())).isTrue();
            assertThat(Comptes.encodeur().matches("correct cheval pile agrafes", c.motDePasse())).isFalse();
            assertThat(c.region()).contains("28");
            assertThat(c.actif()).isTrue();
        }
        assertThat(SuiviCep.executer("utilisateur", "lister", "--base", base.toString())).isZero();
        assertThat(sorties.sortie()).contains("claire.martin@transitionspro-normandie.fr  REFERENT  28  —  actif");
    }

    @Test
    void everyInconsistentAccountIsRefusedWithAFrenchReasonAndNothingIsStored() throws Exception {
        assertThat(ajouter("--email", "a@b.fr", "--role", "REFERENT")).isEqualTo(3);
        assertThat(ajouter("--email", "a@b.fr", "--role", "NATIONAL", "--region", "28")).isEqualTo(3);
        assertThat(ajouter("--email", "a@b.fr", "--role", "OPERATEUR", "--region", "28")).isEqualTo(3);
        assertThat(ajouter("--email", "a@b.fr", "--role", "LECTEUR", "--region", "28", "--operateur", "APEC")).isEqualTo(3);
        assertThat(ajouter("--email", "pas-une-adresse", "--role", "NATIONAL")).isEqualTo(3);
        assertThat(ajouter("--email", "a@b.fr", "--role", "ADMIN")).isEqualTo(3);
        assertThat(ajouter("--email", "a@b.fr", "--role", "LECTEUR", "--region", "99")).isEqualTo(3);
        Files.writeString(motDePasse, "court\n");
        assertThat(ajouter("--email", "a@b.fr", "--role", "NATIONAL")).isEqualTo(3);
        assertThat(sorties.erreurs()).contains(
                "Un compte REFERENT appartient à une région : précisez-la avec --region.",
                "Un compte NATIONAL lit toutes les régions : il ne prend pas de région.",
                "Un compte OPERATEUR représente un réseau d'opérateur : précisez-le avec --operateur",
                "Seul un compte OPERATEUR prend un opérateur.",
                "Adresse électronique « pas-une-adresse » invalide (attendu : nom@domaine.fr)",
                "Rôle « ADMIN » inconnu (attendu : NATIONAL, REFERENT, CONTRIBUTEUR, OPERATEUR, LECTEUR)",
                "Région « 99 » inconnue",
                "Mot de passe trop court : au moins 12 caractères.").doesNotContain("Exception");
        try (Base b = Base.ouvrir(base.toString())) {
            assertThat(new Comptes(b.jdbi()).lister()).isEmpty();
        }
    }

    @Test
    void aSecondAccountForTheSameAddressIsRefused() {
        assertThat(ajouter("--email", "fc@francecompetences.fr", "--role", "NATIONAL")).isZero();
        assertThat(ajouter("--email", "FC@francecompetences.fr", "--role", "NATIONAL")).isEqualTo(3);
        assertThat(sorties.erreurs()).contains("Un compte existe déjà pour « fc@francecompetences.fr ».");
    }

    @Test
    void withoutATerminalNorAPasswordFileThePasswordIsAskedForInAFile() {
        int code = SuiviCep.executer("utilisateur", "ajouter", "--base", base.toString(), "--email", "a@b.fr", "--role", "NATIONAL");
        assertThat(code).isEqualTo(3);
        assertThat(sorties.erreurs()).contains("donnez-le dans un fichier avec --mot-de-passe-fichier");
    }
}

package fr.transitionspro.suivicep.cli;

import java.io.Console;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import fr.transitionspro.suivicep.audit.Action;
import fr.transitionspro.suivicep.audit.JournalAudit;
import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.comptes.Compte;
import fr.transitionspro.suivicep.comptes.Comptes;
import fr.transitionspro.suivicep.comptes.Role;
import fr.transitionspro.suivicep.referentiel.Nomenclatures;

@Command(name = "utilisateur", description = "Gère les comptes de l'application web (suivi-cep serveur).",
        subcommands = {UtilisateurCommande.Ajouter.class, UtilisateurCommande.Lister.class})
final class UtilisateurCommande implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "ajouter", description = "Crée un compte ; le mot de passe est demandé deux fois (ou lu dans un fichier).")
    static final class Ajouter implements Callable<Integer> {

        @Option(names = "--base", required = true, description = "Fichier de base DuckDB ou URL jdbc:postgresql://…")
        String base;

        @Option(names = "--email", required = true, description = "Adresse électronique : l'identifiant de connexion")
        String email;

        @Option(names = "--role", required = true, description = "NATIONAL, REFERENT, CONTRIBUTEUR, OPERATEUR ou LECTEUR")
        String role;

        @Option(names = "--region", description = "Code de la région (tous les rôles sauf NATIONAL)")
        String region;

        @Option(names = "--operateur", description = "Réseau d'opérateur (rôle OPERATEUR) : APEC, CAP_EMPLOI, FRANCE_COMPETENCES, "
                + "MISSION_LOCALE, FRANCE_TRAVAIL")
        String operateur;

        @Option(names = "--mot-de-passe-fichier", description = "Fichier dont la première ligne est le mot de passe "
                + "(pour les scripts ; sinon il est demandé au clavier)")
        Path fichierMotDePasse;

        @Override
        public Integer call() {
            Role r = Role.lire(role).orElseThrow(() -> new IllegalArgumentException(
                    "Rôle « " + role + " » inconnu (attendu : " + Role.attendus() + ")"));
            char[] motDePasse = fichierMotDePasse != null ? lireFichier(fichierMotDePasse) : demander();
            try (Base b = Base.ouvrir(base)) {
                Compte c = new Comptes(b.jdbi()).ajouter(email, r, region, operateur, motDePasse);
                new JournalAudit(b.jdbi()).consigner(JournalAudit.acteurLigneDeCommande(), Action.COMPTE, c.region().orElse(null),
                        "compte créé : " + c.email() + " (" + c.role() + c.operateur().map(o -> ", " + o).orElse("") + ")");
                System.out.println("Compte créé : " + c.email() + " (" + c.role()
                        + c.region().map(code -> ", " + Nomenclatures.REGION.libelle(code)).orElse("")
                        + c.operateur().map(o -> ", " + Nomenclatures.OPERATEUR.libelle(o)).orElse("") + ")");
            } finally {
                Arrays.fill(motDePasse, '\0');
            }
            return 0;
        }

        private static char[] lireFichier(Path fichier) {
            try {
                String contenu = Files.readString(fichier, StandardCharsets.UTF_8);
                int fin = contenu.indexOf('\n');
                String ligne = fin < 0 ? contenu : contenu.substring(0, fin);
                return ligne.replace("\r", "").toCharArray();
            } catch (IOException e) {
                throw new UncheckedIOException("Lecture du mot de passe impossible dans « " + fichier + " » : " + e.getMessage(), e);
            }
        }

        private static char[] demander() {
            Console console = System.console();
            if (console == null) {
                throw new IllegalArgumentException("Pas de terminal pour saisir le mot de passe : "
                        + "donnez-le dans un fichier avec --mot-de-passe-fichier.");
            }
            char[] premier = console.readPassword("Mot de passe (au moins %d caractères) : ", Comptes.LONGUEUR_MINIMALE);
            char[] second = console.readPassword("Le même mot de passe, une seconde fois : ");
            if (premier == null || second == null || !Arrays.equals(premier, second)) {
                throw new IllegalArgumentException("Les deux saisies du mot de passe diffèrent : compte non créé.");
            }
            Arrays.fill(second, '\0');
            return premier;
        }
    }

    @Command(name = "lister", description = "Liste les comptes : adresse, rôle, région, opérateur, état, date de création.")
    static final class Lister implements Callable<Integer> {

        @Option(names = "--base", required = true, description = "Fichier de base DuckDB ou URL jdbc:postgresql://…")
        String base;

        @Override
        public Integer call() {
            try (Base b = Base.ouvrir(base)) {
                for (Compte c : new Comptes(b.jdbi()).lister()) {
                    System.out.println(String.join("  ", c.email(), c.role().name(), c.region().orElse("—"), c.operateur().orElse("—"),
                            c.actif() ? "actif" : "désactivé", "créé le " + c.creeLe().toLocalDate()));
                }
            }
            return 0;
        }
    }
}

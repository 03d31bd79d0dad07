package fr.transitionspro.suivicep.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import fr.transitionspro.suivicep.audit.Action;
import fr.transitionspro.suivicep.audit.JournalAudit;
import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.indicateurs.Catalogue;
import fr.transitionspro.suivicep.rapport.TextesRapport;

/** {@code suivi-cep textes exporter|importer}: the live texts of the report as Markdown files (docs/textes.md). */
@Command(name = "textes", description = "Textes des sections du rapport (Markdown avec références {{ … }} aux "
        + "indicateurs) : exporter pour les modifier, importer pour les enregistrer.",
        subcommands = {TextesCommande.Exporter.class, TextesCommande.Importer.class})
final class TextesCommande implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Options shared by both subcommands. */
    static class Cible {
        @Option(names = "--base", required = true, defaultValue = OptionBase.DEFAUT, description = OptionBase.DESCRIPTION)
        String base;

        @Option(names = "--region", required = true, description = "Code de la région")
        String region;

        @Option(names = "--annee", required = true, description = "Année du rapport")
        int annee;

        @Option(names = "--catalogue", description = "Catalogue d'indicateurs complémentaire (YAML)")
        Path catalogue;
    }

    @Command(name = "exporter", description = "Écrit un fichier <clé>.md par section : le texte enregistré, ou le texte "
            + "par défaut calculé à partir des données.")
    static final class Exporter implements Callable<Integer> {

        @CommandLine.Mixin
        Cible cible;

        @Option(names = "--sortie", required = true, description = "Dossier où écrire les fichiers .md")
        Path sortie;

        @Override
        public Integer call() {
            TextesRapport.Export export;
            try (Base b = Base.ouvrir(cible.base)) {
                export = new TextesRapport(b, Catalogue.charger(Optional.ofNullable(cible.catalogue)))
                        .exporter(cible.region, cible.annee, sortie);
            }
            int n = export.fichiers().size();
            System.out.println(n + " textes écrits dans " + sortie.toAbsolutePath() + " (" + export.stockes()
                    + " enregistré" + (export.stockes() > 1 ? "s" : "") + ", " + (n - export.stockes())
                    + " par défaut).");
            System.out.println("Modifiez-les puis : suivi-cep textes importer --base " + cible.base + " --region "
                    + cible.region + " --annee " + cible.annee + " " + sortie);
            return 0;
        }
    }

    @Command(name = "importer", description = "Vérifie toutes les références des fichiers <clé>.md puis les enregistre ; "
            + "au moindre défaut, rien n'est enregistré.")
    static final class Importer implements Callable<Integer> {

        @CommandLine.Mixin
        Cible cible;

        @Parameters(arity = "1..*", paramLabel = "FICHIER|DOSSIER")
        List<Path> chemins;

        @Override
        public Integer call() {
            TextesRapport.Import resultat;
            try (Base b = Base.ouvrir(cible.base)) {
                resultat = new TextesRapport(b, Catalogue.charger(Optional.ofNullable(cible.catalogue)))
                        .importer(cible.region, cible.annee, chemins);
                if (!resultat.enregistres().isEmpty()) {
                    new JournalAudit(b.jdbi()).consigner(JournalAudit.acteurLigneDeCommande(), Action.MODIFICATION_TEXTE,
                            fr.transitionspro.suivicep.referentiel.Nomenclatures.REGION.lire(cible.region).orElse(null),
                            "textes " + cible.annee + " importés : " + String.join(", ", resultat.enregistres()));
                }
            }
            resultat.avertissements().forEach(a -> System.out.println("Avertissement : " + a));
            System.out.println("Textes enregistrés : " + (resultat.enregistres().isEmpty() ? "aucun"
                    : String.join(", ", resultat.enregistres())));
            if (!resultat.parDefaut().isEmpty()) {
                System.out.println("Identiques au texte par défaut (non enregistrés, ils suivront les données) : "
                        + String.join(", ", resultat.parDefaut()));
            }
            return 0;
        }
    }
}

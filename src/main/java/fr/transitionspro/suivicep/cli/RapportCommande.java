package fr.transitionspro.suivicep.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import fr.transitionspro.suivicep.audit.Action;
import fr.transitionspro.suivicep.audit.JournalAudit;
import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.indicateurs.Catalogue;
import fr.transitionspro.suivicep.rapport.GenerateurRapport;
import fr.transitionspro.suivicep.referentiel.Nomenclatures;

@Command(name = "rapport", description = "Écrit le rapport annuel d'une région (HTML, PDF, DOCX, XLSX).")
final class RapportCommande implements Callable<Integer> {


    @Option(names = "--base", required = true, defaultValue = OptionBase.DEFAUT, description = OptionBase.DESCRIPTION)
    String base;

    @Option(names = "--region", required = true, description = "Code de la région")
    String region;

    @Option(names = "--annee", required = true, description = "Année du rapport")
    int annee;

    @Option(names = "--formats", defaultValue = "html,pdf", description = "Formats séparés par des virgules, parmi html, pdf, docx, xlsx (défaut : ${DEFAULT-VALUE})")
    String formats;

    @Option(names = "--sortie", required = true, description = "Dossier de sortie")
    Path sortie;

    @Option(names = "--catalogue", description = "Catalogue d'indicateurs complémentaire (YAML)")
    Path catalogue;

    @Option(names = "--brouillon", description = "Ajoute l'annexe « Points à vérifier » : nombres saisis dans les textes "
            + "qui ne correspondent à aucune valeur calculée, références sans valeur")
    boolean brouillon;

    @Override
    public Integer call() {
        String code = Nomenclatures.REGION.lire(region).orElseThrow(() -> new IllegalArgumentException(
                "Région « " + region + " » inconnue (attendu : " + Nomenclatures.REGION.attendu() + ")"));
        Set<String> demandes = new LinkedHashSet<>();
        for (String f : Arrays.stream(formats.split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT)).toList()) {
            if (!GenerateurRapport.FORMATS.contains(f)) {
                throw new IllegalArgumentException("Format « " + f + " » inconnu (attendu : html, pdf, docx, xlsx)");
            }
            demandes.add(f);
        }
        List<Path> ecrits;
        int points;
        try (Base b = Base.ouvrir(base)) {
            GenerateurRapport generateur = new GenerateurRapport(b, Catalogue.charger(Optional.ofNullable(catalogue)), brouillon);
            ecrits = generateur.generer(code, annee, demandes, sortie);
            new JournalAudit(b.jdbi()).consigner(JournalAudit.acteurLigneDeCommande(), Action.RAPPORT, code, "rapport " + annee
                    + (brouillon ? " (brouillon)" : "") + " écrit (" + String.join(", ", demandes) + ") dans " + sortie);
            points = generateur.pointsAVerifier();
        }
        System.out.println("Rapport écrit :");
        ecrits.forEach(p -> System.out.println("  " + p.toAbsolutePath()));
        if (points > 0 && brouillon) {
            System.out.println(points + " point(s) à vérifier dans les textes : voir l'annexe « Points à vérifier » du brouillon.");
        } else if (points > 0) {
            System.out.println("Attention : " + points + " point(s) à vérifier dans les textes (nombres saisis sans "
                    + "valeur calculée correspondante, références sans valeur) ; relancez avec --brouillon pour les lister.");
        }
        return 0;
    }
}

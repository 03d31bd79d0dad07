package fr.transitionspro.suivicep.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import fr.transitionspro.suivicep.audit.Action;
import fr.transitionspro.suivicep.audit.JournalAudit;
import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.indicateurs.Catalogue;
import fr.transitionspro.suivicep.rapport.GenerateurRapport;
import fr.transitionspro.suivicep.rapport.GenerateurRapport.Ecrit;
import fr.transitionspro.suivicep.referentiel.Nomenclatures;
import fr.transitionspro.suivicep.referentiel.Regions;

@Command(name = "rapport", description = "Écrit le rapport annuel d'une région, de plusieurs ou de toutes (HTML, PDF, DOCX, XLSX).")
final class RapportCommande implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--base", required = true, defaultValue = OptionBase.DEFAUT, description = OptionBase.DESCRIPTION)
    String base;

    @Option(names = "--region", description = "Code de la région ; répétable, un rapport par région (--region 28 --region 53)")
    List<String> regions = new ArrayList<>();

    @Option(names = "--toutes-regions", description = "Un rapport pour chaque région qui a des données importées pour l'année")
    boolean toutesRegions;

    @Option(names = "--annee", required = true, description = "Année du rapport")
    int annee;

    @Option(names = "--formats", defaultValue = "html,pdf", description = "Formats séparés par des virgules, parmi html, pdf, docx, xlsx (défaut : ${DEFAULT-VALUE})")
    String formats;

    @Option(names = "--sortie", required = true, description = "Dossier de sortie (les rapports s'y nomment rapport-RÉGION-ANNÉE.html…)")
    Path sortie;

    @Option(names = "--catalogue", description = "Catalogue d'indicateurs complémentaire (YAML)")
    Path catalogue;

    @Option(names = "--brouillon", description = "Ajoute l'annexe « Points à vérifier » : nombres saisis dans les textes "
            + "qui ne correspondent à aucune valeur calculée, références sans valeur")
    boolean brouillon;

    @Override
    public Integer call() {
        if (regions.isEmpty() == !toutesRegions) {
            throw new ParameterException(spec.commandLine(), regions.isEmpty()
                    ? "indiquez --region CODE (répétable) ou --toutes-regions"
                    : "--region et --toutes-regions ne vont pas ensemble");
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String region : regions) {
            codes.add(Nomenclatures.REGION.lire(region).orElseThrow(() -> new IllegalArgumentException(
                    "Région « " + region + " » inconnue (attendu : " + Nomenclatures.REGION.attendu() + ")")));
        }
        Set<String> demandes = new LinkedHashSet<>();
        for (String f : Arrays.stream(formats.split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT)).toList()) {
            if (!GenerateurRapport.FORMATS.contains(f)) {
                throw new IllegalArgumentException("Format « " + f + " » inconnu (attendu : html, pdf, docx, xlsx)");
            }
            demandes.add(f);
        }
        List<Ecrit> ecrits;
        try (Base b = Base.ouvrir(base)) {
            if (toutesRegions) {
                codes.addAll(regionsAvecDonnees(b, annee));
                if (codes.isEmpty()) {
                    throw new IllegalArgumentException("Aucune région n'a de données importées pour " + annee + " : aucun rapport à écrire.");
                }
            }
            // One run for all the reports: they share the values computed once for all regions.
            JournalAudit audit = new JournalAudit(b.jdbi());
            ecrits = new GenerateurRapport(b, Catalogue.charger(Optional.ofNullable(catalogue)), brouillon).generer(
                    List.copyOf(codes), annee, demandes, sortie, e -> audit.consigner(JournalAudit.acteurLigneDeCommande(),
                            Action.RAPPORT, e.region(), "rapport " + annee + (brouillon ? " (brouillon)" : "") + " écrit ("
                                    + String.join(", ", demandes) + ") dans " + sortie));
        }
        System.out.println(ecrits.size() == 1 ? "Rapport écrit :" : ecrits.size() + " rapports écrits :");
        ecrits.forEach(e -> e.fichiers().forEach(p -> System.out.println("  " + p.toAbsolutePath())));
        for (Ecrit e : ecrits) {
            String ou = ecrits.size() == 1 ? "" : Regions.nom(e.region()) + " : ";
            if (e.points() > 0 && brouillon) {
                System.out.println(ou + e.points() + " point(s) à vérifier dans les textes : voir l'annexe « Points à vérifier » du brouillon.");
            } else if (e.points() > 0) {
                System.out.println((ou.isEmpty() ? "Attention : " : "Attention, " + ou) + e.points() + " point(s) à vérifier dans "
                        + "les textes (nombres saisis sans valeur calculée correspondante, références sans valeur) ; relancez avec "
                        + "--brouillon pour les lister.");
            }
        }
        return 0;
    }

    /** The regions (not FM, FR) with at least one imported slice for the year, by code. */
    static List<String> regionsAvecDonnees(Base b, int annee) {
        Set<String> connues = Set.copyOf(Nomenclatures.REGION.codes());
        return b.jdbi().withHandle(h -> h.createQuery("SELECT DISTINCT region FROM tranche WHERE annee = :a ORDER BY region")
                .bind("a", annee).mapTo(String.class).list()).stream().filter(connues::contains).toList();
    }
}

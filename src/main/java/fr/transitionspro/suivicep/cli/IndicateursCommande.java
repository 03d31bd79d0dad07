package fr.transitionspro.suivicep.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import fr.transitionspro.suivicep.referentiel.FormatFrancais;
import fr.transitionspro.suivicep.audit.Action;
import fr.transitionspro.suivicep.audit.JournalAudit;
import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.indicateurs.Catalogue;
import fr.transitionspro.suivicep.indicateurs.Export;
import fr.transitionspro.suivicep.indicateurs.MoteurIndicateurs;
import fr.transitionspro.suivicep.indicateurs.ValeurIndicateur;
import fr.transitionspro.suivicep.referentiel.Nomenclatures;

@Command(name = "indicateurs", description = "Calcule tout le catalogue d'indicateurs pour une année et l'exporte en JSON ou CSV.")
final class IndicateursCommande implements Callable<Integer> {

    @Option(names = "--base", required = true, defaultValue = OptionBase.DEFAUT, description = OptionBase.DESCRIPTION)
    String base;

    @Option(names = "--annee", required = true, description = "Année des indicateurs")
    int annee;

    @Option(names = "--region", description = "Code région, FM ou FR (répétable) ; par défaut toutes les régions présentes, FM et FR")
    List<String> regions = List.of();

    @Option(names = "--format", defaultValue = "json", description = "json ou csv (défaut : ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--sortie", description = "Fichier de sortie (défaut : sortie standard)")
    Path sortie;

    @Option(names = "--catalogue", description = "Catalogue d'indicateurs complémentaire (YAML)")
    Path catalogue;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("json") && !format.equals("csv")) {
            throw new IllegalArgumentException("Format « " + format + " » inconnu (attendu : json ou csv)");
        }
        List<String> codes = regions.stream().map(r -> Nomenclatures.PERIMETRE.lire(r).orElseThrow(() ->
                new IllegalArgumentException("Région « " + r + " » inconnue (attendu : " + Nomenclatures.PERIMETRE.attendu() + ")")))
                .toList();
        List<ValeurIndicateur> valeurs;
        try (Base b = Base.ouvrir(base)) {
            valeurs = new MoteurIndicateurs(b, Catalogue.charger(Optional.ofNullable(catalogue))).calculer(List.of(annee), codes);
            JournalAudit audit = new JournalAudit(b.jdbi());
            for (String region : new java.util.TreeSet<>(valeurs.stream().map(ValeurIndicateur::region).toList())) {
                audit.consigner(JournalAudit.acteurLigneDeCommande(), Action.EXPORT, region, "indicateurs " + annee + " ("
                        + format.toUpperCase(java.util.Locale.ROOT) + ") vers " + (sortie == null ? "la sortie standard" : sortie.toString()));
            }
        }
        try (Writer w = sortie == null ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
                : Files.newBufferedWriter(creerParent(sortie), StandardCharsets.UTF_8)) {
            Writer tampon = new BufferedWriter(w);
            if (format.equals("json")) {
                Export.json(valeurs, tampon);
            } else {
                Export.csv(valeurs, tampon);
            }
            tampon.flush();
        }
        if (sortie != null) {
            System.out.println(FormatFrancais.entier(valeurs.size()) + " valeurs exportées dans " + sortie);
        }
        return 0;
    }

    static Path creerParent(Path p) throws IOException {
        Path parent = p.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return p;
    }
}

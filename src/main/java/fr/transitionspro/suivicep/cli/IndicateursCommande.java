package fr.transitionspro.suivicep.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import fr.transitionspro.suivicep.referentiel.FormatFrancais;
import fr.transitionspro.suivicep.audit.Action;
import fr.transitionspro.suivicep.audit.JournalAudit;
import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.indicateurs.Catalogue;
import fr.transitionspro.suivicep.indicateurs.Definition;
import fr.transitionspro.suivicep.indicateurs.Diffusion;
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

    @Option(names = "--sql", description = "Écrit, au lieu de les exécuter, les requêtes SQL des indicateurs calculés sur les "
            + "lignes (toutes les régions, FM et FR ; l'année et la précédente), avec l'effectif sur lequel repose chaque part, "
            + "taux ou moyenne (secret statistique) : pour les relire ou les exécuter sur un autre moteur SQL")
    boolean sql;
    @Option(names = "--sans-secret", description = "Usage interne seulement : n'applique pas le secret statistique "
            + "(par défaut, une valeur reposant sur moins de 5 personnes, ou le seuil de l'association, est exportée « s »)")
    boolean sansSecret;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("json") && !format.equals("csv")) {
            throw new IllegalArgumentException("Format « " + format + " » inconnu (attendu : json ou csv)");
        }
        List<String> codes = regions.stream().map(r -> Nomenclatures.PERIMETRE.lire(r).orElseThrow(() ->
                new IllegalArgumentException("Région « " + r + " » inconnue (attendu : " + Nomenclatures.PERIMETRE.attendu() + ")")))
                .toList();
        if (sql) {
            return ecrireSql();
        }
        List<ValeurIndicateur> valeurs;
        Set<ValeurIndicateur> masquees = Set.of();
        try (Base b = Base.ouvrir(base)) {
            Catalogue cat = Catalogue.charger(Optional.ofNullable(catalogue));
            MoteurIndicateurs moteur = new MoteurIndicateurs(b, cat);
            if (sansSecret) {
                valeurs = moteur.calculer(List.of(annee), codes);
            } else {
                // The export leaves the association: the disclosure rule of each region applies (« s »). The year
                // before is computed too: a variation rests on the fewest people of its two years.
                List<ValeurIndicateur> toutes = moteur.calculerPourDiffusion(annee, codes);
                valeurs = toutes.stream().filter(v -> v.annee() == annee).toList();
                masquees = Diffusion.masquees(b, moteur, cat, toutes, valeurs);
            }
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
                Export.json(valeurs, masquees, tampon);
            } else {
                Export.csv(valeurs, masquees, tampon);
            }
            tampon.flush();
        }
        if (sortie != null) {
            System.out.println(FormatFrancais.entier(valeurs.size()) + " valeurs exportées dans " + sortie
                    + (masquees.isEmpty() ? "" : ", dont " + FormatFrancais.entier(masquees.size())
                            + " masquées par le secret statistique (« s »)"));
        }
        return 0;
    }

    /** One statement per variant, each ending with a semicolon at the end of its line; no base is opened. */
    private int ecrireSql() throws IOException {
        Catalogue cat = Catalogue.charger(Optional.ofNullable(catalogue));
        List<Integer> annees = List.of(annee - 1, annee);
        try (Writer w = sortie == null ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
                : Files.newBufferedWriter(creerParent(sortie), StandardCharsets.UTF_8)) {
            for (Definition d : cat.definitions()) {
                for (String requete : MoteurIndicateurs.requetes(cat, d, annees)) {
                    w.write("-- " + d.id() + "\n" + requete + ";\n");
                }
            }
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

package fr.transitionspro.suivicep.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import fr.transitionspro.suivicep.referentiel.FormatFrancais;
import fr.transitionspro.suivicep.audit.Action;
import fr.transitionspro.suivicep.audit.DetailsAudit;
import fr.transitionspro.suivicep.audit.JournalAudit;
import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.importation.Correspondance;
import fr.transitionspro.suivicep.importation.Importateur;
import fr.transitionspro.suivicep.importation.ResumeImport;
import fr.transitionspro.suivicep.importation.Tranche;
import fr.transitionspro.suivicep.importation.TypeFichier;
import fr.transitionspro.suivicep.indicateurs.Catalogue;

@Command(name = "importer", description = "Importe des fichiers (entrees, dossiers, population, agregats, ecarts ; registre des coopérations : "
        + "actions, conventions, entretiens, lieux) ; "
        + "chaque fichier remplace ses tranches (type × région × année).")
final class ImporterCommande implements Callable<Integer> {

    @Option(names = "--base", required = true, defaultValue = OptionBase.DEFAUT, description = OptionBase.DESCRIPTION)
    String base;

    @Option(names = "--type", required = true, description = "entrees, dossiers, population, agregats, ecarts, actions, conventions, entretiens ou lieux")
    String type;

    @Option(names = "--correspondance", description = "Fichier de correspondance YAML ou JSON")
    Path correspondance;

    @Option(names = "--essai", description = "Vérifie et résume sans rien écrire")
    boolean essai;

    @Option(names = "--catalogue", description = "Catalogue d'indicateurs complémentaire (YAML)")
    Path catalogue;

    @Parameters(arity = "1..*", paramLabel = "FICHIER")
    List<Path> fichiers;

    @Override
    public Integer call() {
        TypeFichier t = TypeFichier.lire(type).orElseThrow(() -> new IllegalArgumentException(
                "Type « " + type + " » inconnu (attendu : " + TypeFichier.attendus() + ")"));
        Correspondance c = correspondance == null ? Correspondance.AUCUNE : Correspondance.lire(correspondance);
        Catalogue cat = Catalogue.charger(java.util.Optional.ofNullable(catalogue));
        try (Base b = Base.ouvrir(base)) {
            Importateur importateur = new Importateur(b, cat.ids());
            JournalAudit audit = new JournalAudit(b.jdbi());
            for (Path f : fichiers) {
                ResumeImport r = importateur.importer(f, t, c, essai);
                if (r.ecrit()) {
                    // One entry per region of the file, so that each region's référent sees what changed its data.
                    for (String region : new java.util.TreeSet<>(r.lignesParTranche().keySet().stream().map(Tranche::region).toList())) {
                        audit.consigner(JournalAudit.acteurLigneDeCommande(), Action.IMPORT, region, DetailsAudit.importation(r));
                    }
                }
                afficher(r);
            }
        }
        return 0;
    }

    static void afficher(ResumeImport r) {
        System.out.println((r.ecrit() ? "Importé : " : "Vérifié (essai, rien n'est écrit) : ") + r.fichier() + " ("
                + r.type() + ", " + FormatFrancais.entier(r.lignes()) + " lignes, SHA-256 " + r.sha256().substring(0, 12) + "…)");
        for (Map.Entry<Tranche, Long> e : r.lignesParTranche().entrySet()) {
            System.out.println("  tranche région " + e.getKey().region() + " année " + e.getKey().annee() + " : "
                    + FormatFrancais.entier(e.getValue()) + " lignes");
        }
        for (String a : r.avertissements()) {
            System.out.println("  avertissement : " + a);
        }
    }
}

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

    @Option(names = "--type", description = "entrees, dossiers, population, agregats, ecarts, actions, conventions, entretiens ou lieux ; "
            + "sans cette option, le type de chaque fichier est reconnu à son en-tête (ou donné par le fichier de correspondance)")
    String type;

    @Option(names = "--correspondance", description = "Fichier de correspondance YAML ou JSON")
    Path correspondance;

    @Option(names = "--essai", description = "Vérifie et résume sans rien écrire")
    boolean essai;

    @Option(names = "--catalogue", description = "Catalogue d'indicateurs complémentaire (YAML)")
    Path catalogue;

    @Option(names = "--progression", description = "Affiche la progression (lignes, lignes/s, temps restant) même quand la "
            + "sortie d'erreur n'est pas un terminal ; sur un terminal, elle s'affiche d'elle-même")
    boolean progression;

    @Parameters(arity = "1..*", paramLabel = "FICHIER")
    List<Path> fichiers;

    @Override
    public Integer call() {
        Correspondance c = correspondance == null ? Correspondance.AUCUNE : Correspondance.lire(correspondance);
        String demande = type != null ? type : c.type();
        // Every file's type is settled before the first import: a file left unrecognised stops the command early.
        Map<Path, TypeFichier> types = new java.util.LinkedHashMap<>();
        for (Path f : fichiers) {
            types.put(f, demande != null
                    ? TypeFichier.lire(demande).orElseThrow(() -> new IllegalArgumentException(
                            "Type « " + demande + " » inconnu (attendu : " + TypeFichier.attendus() + ")"))
                    : Importateur.typeDe(f).orElseThrow(() -> new IllegalArgumentException("« " + f.getFileName()
                            + " » : type de fichier non reconnu à son en-tête ; précisez-le avec --type ("
                            + TypeFichier.attendus() + ")")));
        }
        Catalogue cat = Catalogue.charger(java.util.Optional.ofNullable(catalogue));
        try (Base b = Base.ouvrir(base)) {
            Importateur importateur = new Importateur(b, cat.ids());
            JournalAudit audit = new JournalAudit(b.jdbi());
            boolean terminal = BarreProgression.erreurEstUnTerminal();
            for (Path f : fichiers) {
                TypeFichier t = types.get(f);
                ResumeImport r;
                if (!terminal && !progression) {
                    r = importateur.importer(f, t, c, essai);
                } else {
                    try (BarreProgression barre = new BarreProgression(f.getFileName().toString(), taille(f), System.err, terminal)) {
                        r = importateur.importer(f, t, c, essai, barre);
                    }
                }
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

    private static long taille(Path f) {
        try {
            return java.nio.file.Files.size(f);
        } catch (java.io.IOException e) {
            return 0; // the import itself says the file cannot be read
        }
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

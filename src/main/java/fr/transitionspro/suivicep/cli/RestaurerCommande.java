package fr.transitionspro.suivicep.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import fr.transitionspro.suivicep.audit.Action;
import fr.transitionspro.suivicep.audit.JournalAudit;
import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.referentiel.FormatFrancais;
import fr.transitionspro.suivicep.sauvegarde.Restauration;

@Command(name = "restaurer", description = "Restaure une sauvegarde dans une base vide, après en avoir vérifié le manifeste "
        + "(version, schéma, empreintes SHA-256) ; tout ou rien.")
final class RestaurerCommande implements Callable<Integer> {

    @Option(names = "--base", required = true, defaultValue = OptionBase.DEFAUT, description = OptionBase.DESCRIPTION)
    String base;

    @Option(names = "--remplacer", description = "Remplace les données d'une base qui n'est pas vide")
    boolean remplacer;

    @Parameters(arity = "1", paramLabel = "FICHIER", description = "Sauvegarde écrite par « suivi-cep sauvegarde »")
    Path fichier;

    @Override
    public Integer call() {
        Restauration.Resume r = Restauration.restaurer(base, fichier, remplacer);
        System.out.println("Sauvegarde du " + r.horodatage().replace('T', ' ') + " restaurée (schéma V" + r.migration() + ", "
                + r.tables() + " tables, " + FormatFrancais.entier(r.lignes()) + " lignes).");
        for (String t : r.conservees()) {
            System.out.println("  table « " + t + " » en ajout seul : la base garde la sienne, celle de la sauvegarde n'est pas restaurée.");
        }
        try (Base b = Base.ouvrir(base)) {
            new JournalAudit(b.jdbi()).consigner(JournalAudit.acteurLigneDeCommande(), Action.RESTAURATION, null,
                    "sauvegarde « " + fichier.getFileName() + " » du " + r.horodatage().replace('T', ' ')
                            + (remplacer ? ", données remplacées" : ""));
        }
        return 0;
    }
}

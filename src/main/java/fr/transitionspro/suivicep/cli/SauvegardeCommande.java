package fr.transitionspro.suivicep.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import fr.transitionspro.suivicep.audit.Action;
import fr.transitionspro.suivicep.audit.JournalAudit;
import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.referentiel.FormatFrancais;
import fr.transitionspro.suivicep.sauvegarde.Sauvegarde;

@Command(name = "sauvegarde", description = "Sauvegarde toute la base (données, registre, textes, comptes, journal) dans un "
        + "fichier zip vérifiable, lu en une seule transaction ; la clé de pseudonymisation n'y est pas : gardez-la à part.")
final class SauvegardeCommande implements Callable<Integer> {

    @Option(names = "--base", required = true, defaultValue = OptionBase.DEFAUT, description = OptionBase.DESCRIPTION)
    String base;

    @Option(names = "--sortie", required = true, paramLabel = "FICHIER", description = "Fichier de sauvegarde à écrire (.zip)")
    Path sortie;

    @Override
    public Integer call() {
        try (Base b = Base.ouvrir(base)) {
            Sauvegarde.Resume r = Sauvegarde.sauvegarder(b, sortie);
            System.out.println("Sauvegarde écrite : " + r.fichier() + " (schéma V" + r.migration() + ", " + r.tables()
                    + " tables, " + FormatFrancais.entier(r.lignes()) + " lignes)");
            new JournalAudit(b.jdbi()).consigner(JournalAudit.acteurLigneDeCommande(), Action.SAUVEGARDE, null,
                    "fichier « " + r.fichier().getFileName() + " », " + r.lignes() + " lignes");
        }
        return 0;
    }
}

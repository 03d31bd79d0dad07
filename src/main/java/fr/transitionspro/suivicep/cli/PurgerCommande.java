package fr.transitionspro.suivicep.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import fr.transitionspro.suivicep.audit.Action;
import fr.transitionspro.suivicep.audit.JournalAudit;
import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.conservation.Purge;
import fr.transitionspro.suivicep.indicateurs.Catalogue;
import fr.transitionspro.suivicep.referentiel.FormatFrancais;

@Command(name = "purger", description = "Supprime les données détaillées (entrées, dossiers) des années antérieures à ANNEE "
        + "après en avoir figé les indicateurs : les rapports de ces années gardent leurs chiffres (durée de conservation, "
        + "docs/rgpd.md).")
final class PurgerCommande implements Callable<Integer> {

    @Option(names = "--base", required = true, defaultValue = OptionBase.DEFAUT, description = OptionBase.DESCRIPTION)
    String base;

    @Option(names = "--avant", required = true, paramLabel = "ANNEE", description = "Première année conservée en détail")
    int avant;

    @Option(names = "--catalogue", description = "Catalogue d'indicateurs complémentaire (YAML), dont les valeurs sont figées aussi")
    Path catalogue;

    @Override
    public Integer call() {
        Catalogue cat = Catalogue.charger(Optional.ofNullable(catalogue));
        try (Base b = Base.ouvrir(base)) {
            Purge.Resume r = new Purge(b, cat).purger(avant);
            if (r.annees().isEmpty()) {
                System.out.println("Rien à purger : aucune donnée détaillée avant " + avant + ".");
                return 0;
            }
            for (Map.Entry<Integer, long[]> e : r.annees().entrySet()) {
                System.out.println("Année " + e.getKey() + " purgée : " + FormatFrancais.entier(e.getValue()[0]) + " lignes d'entrées et "
                        + FormatFrancais.entier(e.getValue()[1]) + " dossiers supprimés.");
            }
            System.out.println(FormatFrancais.entier(r.valeurs()) + " valeurs d'indicateurs figées : les rapports de ces années "
                    + "gardent leurs chiffres.");
            new JournalAudit(b.jdbi()).consigner(JournalAudit.acteurLigneDeCommande(), Action.PURGE, null,
                    "années " + r.annees().keySet() + " : entrées et dossiers supprimés, indicateurs figés");
        }
        return 0;
    }
}

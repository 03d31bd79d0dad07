package fr.transitionspro.suivicep.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import fr.transitionspro.suivicep.referentiel.FormatFrancais;
import fr.transitionspro.suivicep.base.Base;

@Command(name = "journal", description = "Affiche le journal des imports (date, fichier, empreinte SHA-256, type, tranches, lignes).")
final class JournalCommande implements Callable<Integer> {

    @Option(names = "--base", required = true, defaultValue = OptionBase.DEFAUT, description = OptionBase.DESCRIPTION)
    String base;

    @Override
    public Integer call() {
        try (Base b = Base.ouvrir(base)) {
            b.jdbi().useHandle(h -> h.createQuery("SELECT id, horodatage, fichier, sha256, type, tranches, lignes FROM journal_import ORDER BY id")
                    .map((rs, ctx) -> String.format("#%d  %s  %s  %s  %s  [%s]  %s lignes", rs.getLong(1),
                            rs.getTimestamp(2).toLocalDateTime().withNano(0), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), FormatFrancais.entier(rs.getLong(7))))
                    .forEach(System.out::println));
        }
        return 0;
    }
}

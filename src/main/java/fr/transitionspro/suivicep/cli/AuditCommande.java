package fr.transitionspro.suivicep.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import fr.transitionspro.suivicep.audit.Action;
import fr.transitionspro.suivicep.audit.JournalAudit;
import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.referentiel.Nomenclatures;

/** The audit log on the command line: whoever may open the base reads all of it (as France compétences does on the web). */
@Command(name = "audit", description = "Affiche le journal d'audit (connexions, imports, modifications de textes, validations, "
        + "exports, rapports), les plus récentes d'abord.")
final class AuditCommande implements Callable<Integer> {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Option(names = "--base", required = true, defaultValue = OptionBase.DEFAUT, description = OptionBase.DESCRIPTION)
    String base;

    @Option(names = "--region", description = "Code région (ou FM, FR) : seulement ses entrées")
    String region;

    @Option(names = "--action", description = "CONNEXION, CONNEXION_ECHOUEE, CONNEXION_BLOQUEE, IMPORT, MODIFICATION_TEXTE, "
            + "VALIDATION, EXPORT, RAPPORT, COMPTE, CAMPAGNE, REGISTRE, SAUVEGARDE, RESTAURATION ou PURGE")
    String action;

    @Option(names = "--acteur", description = "Adresse électronique ou utilisateur (ou une partie)")
    String acteur;

    @Option(names = "--du", description = "Premier jour (AAAA-MM-JJ)")
    String du;

    @Option(names = "--au", description = "Dernier jour, inclus (AAAA-MM-JJ)")
    String au;

    @Option(names = "--limite", defaultValue = "1000", description = "Nombre d'entrées au plus (défaut : ${DEFAULT-VALUE})")
    int limite;

    @Override
    public Integer call() {
        String code = region == null ? null : Nomenclatures.PERIMETRE.lire(region).orElseThrow(() -> new IllegalArgumentException(
                "Région « " + region + " » inconnue (attendu : " + Nomenclatures.PERIMETRE.attendu() + ")"));
        Action a = action == null ? null : Action.lire(action).orElseThrow(() -> new IllegalArgumentException(
                "Action « " + action + " » inconnue (attendu : " + String.join(", ", java.util.Arrays.stream(Action.values())
                        .map(Action::name).toList()) + ")"));
        JournalAudit.Filtre filtre = new JournalAudit.Filtre(code, a, acteur, date(du, "--du"), date(au, "--au"), limite);
        List<JournalAudit.Entree> entrees;
        try (Base b = Base.ouvrir(base)) {
            entrees = new JournalAudit(b.jdbi()).lire(filtre);
        }
        for (JournalAudit.Entree e : entrees) {
            System.out.println(MOMENT.format(e.horodatage()) + "  " + e.action().name() + "  " + (e.region() == null ? "--" : e.region())
                    + "  " + e.acteur() + (e.detail() == null ? "" : "  " + e.detail()));
        }
        if (entrees.isEmpty()) {
            System.out.println("Aucune entrée ne correspond.");
        } else if (entrees.size() >= limite) {
            System.out.println("(les " + limite + " plus récentes seulement : --limite pour en voir davantage)");
        }
        return 0;
    }

    private static LocalDate date(String texte, String option) {
        if (texte == null) {
            return null;
        }
        try {
            return LocalDate.parse(texte.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Option " + option + " : « " + texte + " » n'est pas une date (attendu : AAAA-MM-JJ, "
                    + "par exemple 2024-03-31)");
        }
    }
}

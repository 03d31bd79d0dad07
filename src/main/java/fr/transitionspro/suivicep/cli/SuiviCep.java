package fr.transitionspro.suivicep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code suivi-cep} command. */
@Command(name = "suivi-cep", version = "suivi-cep 0.1.0",
        description = "Suivi de la mise en œuvre du conseil en évolution professionnelle (CEP) : "
                + "des extraits des opérateurs au rapport annuel.",
        subcommands = {DemoCommande.class, ImporterCommande.class, IndicateursCommande.class, RapportCommande.class,
            GenererCommande.class, ConfigurerCommande.class, TracerCommande.class, CatalogueCommande.class,
            JournalCommande.class, TextesCommande.class, ServeurCommande.class, UtilisateurCommande.class,
            AuditCommande.class, SauvegardeCommande.class, RestaurerCommande.class, PurgerCommande.class})
public final class SuiviCep implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    // Inherited by every subcommand, so that « suivi-cep importer --help » works as the error messages say.
    @CommandLine.Option(names = {"-h", "--help"}, usageHelp = true, scope = CommandLine.ScopeType.INHERIT,
            description = "Affiche cette aide.")
    boolean aide;

    @CommandLine.Option(names = {"-V", "--version"}, versionHelp = true, scope = CommandLine.ScopeType.INHERIT,
            description = "Affiche la version.")
    boolean version;

    public static void main(String[] args) {
        System.exit(executer(args));
    }

    /** Runs a command line and returns its exit code; user errors are printed in French, never as a stack trace. */
    public static int executer(String... args) {
        CommandLine cli = new CommandLine(new SuiviCep());
        cli.setExecutionExceptionHandler(new ErreursEnFrancais());
        cli.setParameterExceptionHandler(new ErreursEnFrancais());
        enFrancais(cli);
        return cli.execute(args);
    }

    /** picocli's usage headings are English: French ones for the command and all its subcommands. */
    private static void enFrancais(CommandLine cli) {
        cli.getCommandSpec().usageMessage().synopsisHeading("Utilisation : ").commandListHeading("Commandes :%n")
                .optionListHeading("Options :%n").parameterListHeading("Paramètres :%n").synopsisSubcommandLabel("[COMMANDE]");
        cli.getSubcommands().values().forEach(SuiviCep::enFrancais);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}

package fr.transitionspro.suivicep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code suivi-cep} command. */
@Command(name = "suivi-cep", mixinStandardHelpOptions = true, version = "suivi-cep 0.1.0",
        scope = CommandLine.ScopeType.INHERIT, // --help on every command, as the README promises
        description = "Suivi de la mise en œuvre du conseil en évolution professionnelle (CEP) : "
                + "des extraits des opérateurs au rapport annuel.",
        subcommands = {DemoCommande.class, ImporterCommande.class, IndicateursCommande.class, RapportCommande.class,
            GenererCommande.class, ConfigurerCommande.class, TracerCommande.class, CatalogueCommande.class,
            JournalCommande.class, TextesCommande.class, ServeurCommande.class, UtilisateurCommande.class,
            CommandLine.HelpCommand.class})
public final class SuiviCep implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(executer(args));
    }

    /** Runs a command line and returns its exit code; user errors are printed in French, never as a stack trace. */
    public static int executer(String... args) {
        CommandLine cli = new CommandLine(new SuiviCep());
        cli.setExecutionExceptionHandler(new ErreursEnFrancais());
        cli.setParameterExceptionHandler(new ErreursEnFrancais());
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}

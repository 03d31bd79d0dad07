package fr.transitionspro.suivicep.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import fr.transitionspro.suivicep.base.BaseIndisponible;
import fr.transitionspro.suivicep.importation.ImportRefuse;
import fr.transitionspro.suivicep.indicateurs.CatalogueInvalide;

/**
 * What a user sees when something goes wrong: a sentence in French, never a stack trace
 * (set SUIVI_CEP_TRACE=1 to get one for a bug report). Exit codes: 2 wrong command line,
 * 3 refused input, 4 base unavailable, 1 anything else.
 */
final class ErreursEnFrancais implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parse) {
        PrintWriter err = cli.getErr();
        if (System.getenv("SUIVI_CEP_TRACE") != null) {
            e.printStackTrace(err);
        }
        if (e instanceof ImportRefuse || e instanceof IllegalArgumentException || e instanceof CatalogueInvalide) {
            err.println(e.getMessage());
            return 3;
        }
        if (e instanceof BaseIndisponible) {
            err.println(e.getMessage());
            return 4;
        }
        err.println("Erreur inattendue (" + e.getClass().getSimpleName() + ") : " + e.getMessage());
        err.println("Relancez avec la variable SUIVI_CEP_TRACE=1 pour obtenir le détail technique à transmettre.");
        return 1;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println("Commande incorrecte : " + traduire(e.getMessage()));
        err.println("Aide : suivi-cep " + (cli.getCommandName().equals("suivi-cep") ? "" : cli.getCommandName() + " ") + "--help");
        return 2;
    }

    /** picocli's messages are English; translate the frequent ones. */
    static String traduire(String message) {
        return message.replace("Missing required options:", "options obligatoires manquantes :")
                .replace("Missing required option:", "option obligatoire manquante :")
                .replace("Missing required parameter:", "paramètre obligatoire manquant :")
                .replace("Missing required parameters:", "paramètres obligatoires manquants :")
                .replace("Unknown option:", "option inconnue :").replace("Unknown options:", "options inconnues :")
                .replace("Unmatched argument at index", "argument inattendu en position")
                .replace("Unmatched arguments from index", "arguments inattendus à partir de la position")
                .replace("Invalid value for option", "valeur invalide pour l'option")
                .replace("Expected parameter for option", "valeur attendue pour l'option")
                .replace("is not an int", "n'est pas un nombre entier").replace("is not a long", "n'est pas un nombre entier");
    }
}

package fr.transitionspro.suivicep.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import fr.transitionspro.suivicep.web.Serveur;

/** Starts the web application; only this command loads Spring (the others start in a fraction of a second). */
@Command(name = "serveur", description = "Démarre l'application web sur la base donnée (arrêt : Ctrl+C).")
final class ServeurCommande implements Callable<Integer> {

    @Option(names = "--base", required = true, description = "Fichier de base DuckDB ou URL jdbc:postgresql://…")
    String base;

    @Option(names = "--port", defaultValue = "8080", description = "Port HTTP (défaut : ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--adresse", defaultValue = "127.0.0.1", description = "Adresse d'écoute (défaut : ${DEFAULT-VALUE}, "
            + "la machine seule ; derrière un proxy HTTPS, c'est le proxy qui s'ouvre au réseau)")
    String adresse;

    @Override
    public Integer call() {
        Serveur.demarrer(base, adresse, port);
        return 0;
    }
}

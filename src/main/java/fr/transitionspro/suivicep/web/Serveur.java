package fr.transitionspro.suivicep.web;

import java.util.concurrent.CountDownLatch;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import fr.transitionspro.suivicep.base.BaseIndisponible;

/** Starts the web application for the {@code serveur} command and returns when it stops. */
public final class Serveur {

    private Serveur() {
    }

    public static void demarrer(String base, String adresse, int port) {
        long debut = System.nanoTime();
        CountDownLatch arret = new CountDownLatch(1);
        ConfigurableApplicationContext contexte;
        try {
            contexte = new SpringApplicationBuilder(ApplicationWeb.class)
                    .properties("suivi-cep.base=" + base, "server.port=" + port, "server.address=" + adresse)
                    .listeners(evenement -> {
                        if (evenement instanceof ContextClosedEvent) {
                            arret.countDown();
                        }
                    })
                    .run();
        } catch (RuntimeException e) {
            // The command line prints the cause in French (base unavailable, port taken) rather than Spring's wrapper.
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BaseIndisponible b) {
                    throw b;
                }
                if (t instanceof java.net.BindException) {
                    throw new IllegalArgumentException("Le port " + port + " de l'adresse " + adresse
                            + " est déjà pris : choisissez-en un autre avec --port.", e);
                }
            }
            throw e;
        }
        System.out.printf("suivi-cep : application web prête en %.1f s sur http://%s:%d/ (arrêt : Ctrl+C)%n",
                (System.nanoTime() - debut) / 1e9, adresse.contains(":") ? "[" + adresse + "]" : adresse, port);
        try {
            arret.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            contexte.close();
        }
    }
}

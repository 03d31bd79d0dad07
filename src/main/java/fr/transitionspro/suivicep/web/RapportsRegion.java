package fr.transitionspro.suivicep.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;

import fr.transitionspro.suivicep.audit.Action;
import fr.transitionspro.suivicep.audit.JournalAudit;
import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.indicateurs.Catalogue;
import fr.transitionspro.suivicep.rapport.GenerateurRapport;

/**
 * A region's annual report for the web, by the same generator as « suivi-cep rapport »: only for an account that
 * may read the region (checked here, 403 otherwise), and recorded in the audit log.
 */
@Service
class RapportsRegion {

    record Document(String nom, byte[] contenu) {
    }

    private final Habilitations habilitations;
    private final Base base;
    private final Catalogue catalogue;
    private final JournalAudit audit;

    RapportsRegion(Habilitations habilitations, Base base, Catalogue catalogue, JournalAudit audit) {
        this.habilitations = habilitations;
        this.base = base;
        this.catalogue = catalogue;
        this.audit = audit;
    }

    Document generer(Utilisateur utilisateur, String region, int annee, String format) {
        return generer(utilisateur, region, annee, format, false);
    }

    /**
     * @param brouillon the working version, with the annex « Points à vérifier »; its file name ends with « -brouillon »
     *                  so that it is not mistaken for the report to hand in
     */
    Document generer(Utilisateur utilisateur, String region, int annee, String format, boolean brouillon) {
        String code = habilitations.lireChiffresDeLaRegion(utilisateur, region);
        Path dossier = null;
        try {
            dossier = Files.createTempDirectory("suivi-cep-rapport-");
            Path fichier = new GenerateurRapport(base, catalogue, brouillon).generer(code, annee, Set.of(format), dossier).get(0);
            String nom = fichier.getFileName().toString();
            if (brouillon) {
                nom = nom.replace("." + format, "-brouillon." + format);
            }
            Document d = new Document(nom, Files.readAllBytes(fichier));
            audit.consigner(utilisateur.email(), Action.RAPPORT, code, (brouillon ? "version de travail du rapport " + annee + " téléchargée"
                    : "rapport " + annee + " téléchargé") + " (" + format + ", « " + d.nom() + " »)");
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            supprimer(dossier);
        }
    }

    private static void supprimer(Path dossier) {
        if (dossier == null) {
            return;
        }
        try (Stream<Path> fichiers = Files.walk(dossier)) {
            fichiers.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary file left behind is not worth failing the download for.
        }
    }
}

package fr.transitionspro.suivicep.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.indicateurs.Catalogue;
import fr.transitionspro.suivicep.rapport.GenerateurRapport;

/** The annual report of a region, generated on request by the same generator as « suivi-cep rapport ». */
@Controller
class RapportControleur {

    private static final Map<String, MediaType> TYPES = Map.of(
            "pdf", MediaType.APPLICATION_PDF,
            "html", new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8),
            "docx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            "xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

    private final Habilitations habilitations;
    private final Base base;
    private final Catalogue catalogue;

    RapportControleur(Habilitations habilitations, Base base, Catalogue catalogue) {
        this.habilitations = habilitations;
        this.base = base;
        this.catalogue = catalogue;
    }

    @GetMapping("/rapport/{region}/{annee:\\d{4}}.{format:pdf|html|docx|xlsx}")
    ResponseEntity<byte[]> rapport(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region,
                                   @PathVariable int annee, @PathVariable String format,
                                   @RequestParam(defaultValue = "false") boolean brouillon) {
        String code = habilitations.lireChiffresDeLaRegion(utilisateur, region);
        Path dossier = null;
        try {
            dossier = Files.createTempDirectory("suivi-cep-rapport-");
            Path fichier = new GenerateurRapport(base, catalogue, brouillon).generer(code, annee, Set.of(format), dossier).get(0);
            byte[] contenu = Files.readAllBytes(fichier);
            // A draft (annex « Points à vérifier ») is named so that it is not mistaken for the report to hand in.
            String nom = fichier.getFileName().toString();
            if (brouillon) {
                nom = nom.replace("." + format, "-brouillon." + format);
            }
            // Always a download: the report's own page carries its inline styles, which this site's policy forbids.
            return ResponseEntity.ok().contentType(TYPES.get(format))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(nom).build().toString())
                    .body(contenu);
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

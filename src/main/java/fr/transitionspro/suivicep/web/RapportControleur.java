package fr.transitionspro.suivicep.web;

import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The annual report of a region, generated on request ({@link RapportsRegion} checks the account and audits it). */
@Controller
class RapportControleur {

    private static final Map<String, MediaType> TYPES = Map.of(
            "pdf", MediaType.APPLICATION_PDF,
            "html", new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8),
            "docx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            "xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

    private final RapportsRegion rapports;

    RapportControleur(RapportsRegion rapports) {
        this.rapports = rapports;
    }

    @GetMapping("/rapport/{region}/{annee:\\d{4}}.{format:pdf|html|docx|xlsx}")
    ResponseEntity<byte[]> rapport(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region,
                                   @PathVariable int annee, @PathVariable String format,
                                   @RequestParam(defaultValue = "false") boolean brouillon) {
        RapportsRegion.Document document = rapports.generer(utilisateur, region, annee, format, brouillon);
        // Always a download: the report's own page carries its inline styles, which this site's policy forbids.
        return ResponseEntity.ok().contentType(TYPES.get(format))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.nom()).build().toString())
                .body(document.contenu());
    }
}

package fr.transitionspro.suivicep.web;

import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;
import org.unbescape.html.HtmlEscape;

import fr.transitionspro.suivicep.audit.Action;
import fr.transitionspro.suivicep.audit.JournalAudit;
import fr.transitionspro.suivicep.comptes.Role;
import fr.transitionspro.suivicep.indicateurs.Catalogue;
import fr.transitionspro.suivicep.indicateurs.Definition;
import fr.transitionspro.suivicep.referentiel.Nomenclatures;

/** « Explorer les indicateurs »: any indicator × region × year as a table, a chart, CSV and XLSX. */
@Controller
class ExplorateurControleur {

    static final String INDICATEUR_PAR_DEFAUT = "cep.entrees";
    private static final int BARRES_MAX = 30;
    private static final int LARGEUR_BARRES = 360;
    private static final int HAUTEUR_BARRE = 26;

    /** One bar of the chart, in SVG user units. */
    record Barre(String etiquette, String valeur, int y, int x, int largeur, boolean negative) {
    }

    record Choix(String code, String nom) {
    }

    private final Habilitations habilitations;
    private final EtatDesDonnees etat;
    private final Explorateur explorateur;
    private final Catalogue catalogue;
    private final JournalAudit audit;

    ExplorateurControleur(Habilitations habilitations, EtatDesDonnees etat, Explorateur explorateur, Catalogue catalogue,
                          JournalAudit audit) {
        this.habilitations = habilitations;
        this.etat = etat;
        this.explorateur = explorateur;
        this.catalogue = catalogue;
        this.audit = audit;
    }

    /** The form's target: the account's region (or the one chosen) and the chosen indicator and year. */
    @GetMapping("/explorer")
    String choisir(@AuthenticationPrincipal Utilisateur utilisateur, @RequestParam(required = false) String region,
                   @RequestParam(required = false) String indicateur, @RequestParam(required = false) Integer annee) {
        String r = region != null ? region : habilitations.regionsLisibles(utilisateur).stream().findFirst().orElse("28");
        UriComponentsBuilder adresse = UriComponentsBuilder.fromPath("/explorer/{region}");
        if (indicateur != null) {
            adresse.queryParam("indicateur", indicateur);
        }
        if (annee != null) {
            adresse.queryParam("annee", annee);
        }
        return "redirect:" + adresse.buildAndExpand(r).encode().toUriString();
    }

    @GetMapping("/explorer/{region}")
    String explorer(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region,
                    @RequestParam(required = false) String indicateur, @RequestParam(required = false) Integer annee, Model model) {
        String code = habilitations.lirePerimetre(utilisateur, region);
        Definition d = definition(indicateur);
        List<String> regionsDonnees = code.length() == 2 && Character.isLetter(code.charAt(0))
                ? habilitations.regionsLisibles(utilisateur) : List.of(code);
        // One read of the base for the years offered and the freshness of the values (the page many people read at once).
        Explorateur.Photo photo = explorateur.photo();
        int an = annee != null ? annee
                : etat.derniereAnnee(utilisateur, regionsDonnees, photo.anneesParRegion()).orElse(Year.now().getValue() - 1);
        List<Integer> annees = new ArrayList<>(etat.annees(utilisateur, regionsDonnees, photo.anneesParRegion()));
        if (!annees.contains(an)) {
            annees.add(an);
            annees.sort(Comparator.reverseOrder());
        }
        Explorateur.Tableau tableau = explorateur.tableau(utilisateur, d, code, an, photo);
        List<Choix> regions = new ArrayList<>(habilitations.regionsLisibles(utilisateur).stream()
                .map(r -> new Choix(r, Affichage.region(r))).toList());
        if (utilisateur.role() == Role.NATIONAL) {
            regions.add(new Choix("FM", Nomenclatures.PERIMETRE.libelle("FM")));
            regions.add(new Choix("FR", Nomenclatures.PERIMETRE.libelle("FR")));
        }
        List<Barre> barres = barres(tableau);
        model.addAttribute("region", code);
        model.addAttribute("nomRegion", Nomenclatures.PERIMETRE.libelle(code));
        model.addAttribute("regions", regions);
        model.addAttribute("optionsIndicateurs", optionsIndicateurs(explorateur.themes(utilisateur), d));
        model.addAttribute("restriction", explorateur.restriction(utilisateur, d, code, an));
        model.addAttribute("annee", an);
        model.addAttribute("annees", annees);
        model.addAttribute("d", d);
        model.addAttribute("unite", unite(d.unite()));
        model.addAttribute("tableau", tableau);
        model.addAttribute("secondes", Affichage.duree(tableau.millisecondes()));
        model.addAttribute("barres", barres);
        model.addAttribute("descriptionGraphique", "Diagramme en barres. " + String.join(" ; ",
                tableau.lignes().stream().map(l -> l.etiquette() + "\u00a0: " + l.texte()).toList()) + ".");
        model.addAttribute("barresTronquees", tableau.lignes().size() > barres.size());
        model.addAttribute("hauteurGraphique", barres.size() * HAUTEUR_BARRE + 10);
        return "explorateur";
    }

    @GetMapping("/explorer/{region}/{annee:\\d{4}}/valeurs.{format:csv|xlsx}")
    ResponseEntity<byte[]> telecharger(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region,
                                       @PathVariable int annee, @PathVariable String format,
                                       @RequestParam(required = false) String indicateur) {
        String code = habilitations.lirePerimetre(utilisateur, region);
        Definition d = definition(indicateur);
        Explorateur.Tableau tableau = explorateur.tableau(utilisateur, d, code, annee);
        boolean csv = format.equals("csv");
        byte[] contenu = csv ? Explorateur.csv(tableau) : Explorateur.xlsx(tableau);
        audit.consigner(utilisateur.email(), Action.EXPORT, code, "explorateur : " + d.id() + ", " + annee + ", "
                + format.toUpperCase(java.util.Locale.ROOT) + " (" + tableau.lignes().size() + " valeurs)");
        MediaType type = csv ? new MediaType("text", "csv", StandardCharsets.UTF_8)
                : MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(d.id() + "-" + code + "-" + annee + "." + format).build().toString())
                .body(contenu);
    }

    /** What « suivi-cep tracer » prints: definition, SQL, values and the imports behind them. */
    @GetMapping("/explorer/{region}/{annee:\\d{4}}/trace")
    String trace(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee,
                 @RequestParam(required = false) String indicateur, Model model) {
        String code = habilitations.lirePerimetre(utilisateur, region);
        Definition d = definition(indicateur);
        model.addAttribute("region", code);
        model.addAttribute("nomRegion", Nomenclatures.PERIMETRE.libelle(code));
        model.addAttribute("annee", annee);
        model.addAttribute("d", d);
        model.addAttribute("trace", explorateur.trace(utilisateur, d, code, annee));
        return "trace";
    }

    private Definition definition(String indicateur) {
        return catalogue.definition(indicateur == null || indicateur.isBlank() ? INDICATEUR_PAR_DEFAUT : indicateur)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Indicateur inconnu"));
    }

    /**
     * The indicator list's options, grouped by theme, the chosen one selected: the HTML Thymeleaf wrote from a loop,
     * written here in one go because the page is read by many people at once and its hundred options cost more to
     * render than everything else on it. Escaped as Thymeleaf escapes text and attributes.
     */
    static String optionsIndicateurs(List<Explorateur.Theme> themes, Definition choisie) {
        // Byte for byte what the loop wrote: the groups one after the other, the options one per line.
        StringBuilder html = new StringBuilder("\n        ");
        for (Explorateur.Theme t : themes) {
            html.append("<optgroup label=\"").append(HtmlEscape.escapeHtml4Xml(t.nom())).append("\">");
            for (Definition i : t.indicateurs()) {
                html.append("\n          <option value=\"").append(HtmlEscape.escapeHtml4Xml(i.id())).append('"')
                        .append(i.id().equals(choisie.id()) ? " selected=\"selected\">" : ">")
                        .append(HtmlEscape.escapeHtml4Xml(i.libelle() + " (" + i.id() + ")")).append("</option>");
            }
            html.append("\n        </optgroup>");
        }
        return html.append("\n      ").toString();
    }

    static String unite(String unite) {
        return switch (unite == null ? "" : unite) {
            case "pourcentage" -> "pourcentage (%)";
            case "ans" -> "années d’âge";
            case "rang" -> "rang (1 = le plus élevé)";
            default -> "nombre";
        };
    }

    /** Horizontal bars from a common zero: negatives to its left, the longest bar filling the width. */
    static List<Barre> barres(Explorateur.Tableau t) {
        List<Explorateur.Ligne> lignes = t.lignes().stream().limit(BARRES_MAX).toList();
        double max = lignes.stream().mapToDouble(l -> Math.abs(l.valeur())).max().orElse(0);
        boolean negatifs = lignes.stream().anyMatch(l -> l.valeur() < 0);
        int zero = negatifs ? LARGEUR_BARRES / 2 : 0;
        int etendue = negatifs ? LARGEUR_BARRES / 2 : LARGEUR_BARRES;
        List<Barre> barres = new ArrayList<>();
        int y = 4;
        for (Explorateur.Ligne l : lignes) {
            int largeur = max == 0 ? 0 : (int) Math.round(Math.abs(l.valeur()) / max * etendue);
            String etiquette = l.etiquette();
            if (etiquette.length() > 38) {
                etiquette = etiquette.substring(0, 37) + "…";
            }
            barres.add(new Barre(etiquette, l.texte(), y, l.valeur() < 0 ? zero - largeur : zero, Math.max(largeur, 1), l.valeur() < 0));
            y += HAUTEUR_BARRE;
        }
        return barres;
    }
}

package fr.transitionspro.suivicep.rapport;

import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The report's map of the regions coloured by a rate ({@link CarteRegions}), as an SVG element for a page of the
 * web application. That site's content policy forbids inline styles, which JFreeSVG writes on every shape
 * ({@code style='fill: …'}): each declaration becomes the SVG presentation attribute of the same name, which
 * the policy allows and which draws the same.
 */
public final class CarteWeb {

    /** The SVG presentation attributes JFreeSVG writes as style declarations. */
    private static final Set<String> PRESENTATION = Set.of("fill", "fill-opacity", "fill-rule", "stroke", "stroke-width",
            "stroke-opacity", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset",
            "font-family", "font-size", "font-weight", "font-style", "opacity", "clip-path", "clip-rule", "text-anchor",
            "dominant-baseline", "shape-rendering", "text-rendering", "color-interpolation", "visibility", "display");

    private CarteWeb() {
    }

    /**
     * The map of {@code valeurs} (rate by INSEE region code, in percent; a region without one is drawn grey, « n.d. »).
     *
     * @param titreLegende what the colours measure, printed above the legend
     * @param description  the text alternative, read by screen readers instead of the drawing
     * @param id           unique on the page: prefixes the drawing's clip ids
     */
    public static String svg(Map<String, Double> valeurs, int decimales, String titreLegende, String description, String id) {
        String svg = ExportGraphique.svg(new CarteRegions(valeurs, "", decimales, titreLegende), id);
        return sansStyle(svg, description);
    }

    /** Style attributes turned into presentation attributes; the root gets role="img" and its text alternative. */
    static String sansStyle(String svg, String description) {
        Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
        doc.outputSettings().prettyPrint(false);
        for (Element e : doc.select("[style]")) {
            for (String declaration : e.attr("style").split(";")) {
                int deux = declaration.indexOf(':');
                if (deux < 0) {
                    continue;
                }
                String nom = declaration.substring(0, deux).strip();
                String valeur = declaration.substring(deux + 1).strip();
                if (PRESENTATION.contains(nom) && !valeur.isEmpty() && !e.hasAttr(nom)) {
                    e.attr(nom, valeur);
                }
            }
            e.removeAttr("style");
        }
        Element racine = doc.selectFirst("svg");
        racine.attr("role", "img").attr("aria-label", description).attr("focusable", "false");
        racine.removeAttr("width").removeAttr("height");
        return racine.outerHtml();
    }
}

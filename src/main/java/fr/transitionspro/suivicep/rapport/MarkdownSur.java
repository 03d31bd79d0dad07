package fr.transitionspro.suivicep.rapport;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * Markdown of a live text to HTML that can be inserted in the report as is. The text comes from
 * a file the association edits (and later a web form): whatever HTML it holds is cleaned by an
 * allow-list, so no script, event handler or {@code javascript:} link reaches the page. The
 * output is XHTML, since the PDF renderer parses the page as XML. Public: the web's previews of a text use the very
 * same rendering as the report, so that what a person previews is what will be printed.
 */
public final class MarkdownSur {

    private static final Parser LECTEUR = Parser.builder().build();
    /** Raw HTML is kept by the renderer on purpose: the allow-list below decides, in one place. */
    private static final HtmlRenderer RENDU = HtmlRenderer.builder().sanitizeUrls(true).build();
    /**
     * Paragraphs, emphasis, lists, quotes and links (http, https, mailto). No headings: the
     * section's heading levels are the plan's, a text cannot add one.
     */
    private static final Safelist AUTORISES = Safelist.basic().removeEnforcedAttribute("a", "rel");
    private static final Document.OutputSettings XHTML = new Document.OutputSettings()
            .syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml).charset("UTF-8")
            .prettyPrint(false);

    private MarkdownSur() {
    }

    public static String enHtml(String markdown) {
        String html = RENDU.render(LECTEUR.parse(markdown));
        return Jsoup.clean(html, "", AUTORISES, XHTML).strip();
    }

    /**
     * Escapes a resolved value so that Markdown prints it literally: a variation « +2,1 % » at the
     * start of a line must not become a list item, nor an operator name with a star an emphasis.
     */
    static String litteral(String texte) {
        StringBuilder sb = new StringBuilder(texte.length() + 8);
        for (char c : texte.toCharArray()) {
            if (c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}

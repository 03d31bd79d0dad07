package fr.transitionspro.suivicep.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A live text comes from a file anyone may edit: what reaches the page is allow-listed. */
class MarkdownSurTest {

    @Test
    void markdownBecomesParagraphsEmphasisListsAndLinks() {
        assertThat(MarkdownSur.enHtml("Un *mot* et **deux**.\n\n- a\n- b\n\n[site](https://example.org/page)"))
                .isEqualTo("<p>Un <em>mot</em> et <strong>deux</strong>.</p>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n"
                        + "<p><a href=\"https://example.org/page\">site</a></p>");
    }

    @Test
    void scriptsAreRemovedWithTheirContent() {
        String html = MarkdownSur.enHtml("Avant\n\n<script>alert('x')</script>\n\nAprès <script>document.cookie</script>");
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("alert").doesNotContain("document.cookie")
                .contains("Avant").contains("Après");
    }

    @Test
    void eventHandlersAreRemoved() {
        String html = MarkdownSur.enHtml("<img src=\"x\" onerror=\"alert(1)\"> <b onmouseover=\"alert(2)\">gras</b> "
                + "<p onclick=\"alert(3)\">clic</p>");
        assertThat(html).doesNotContainIgnoringCase("onerror").doesNotContainIgnoringCase("onmouseover")
                .doesNotContainIgnoringCase("onclick").doesNotContain("alert").doesNotContain("<img").contains("<b>gras</b>");
    }

    @Test
    void javascriptLinksLoseTheirTarget() {
        String html = MarkdownSur.enHtml("[lien](javascript:alert(1)) <a href=\"JavaScript:alert(2)\">autre</a> "
                + "<a href=\" javascript:alert(3)\">troisième</a>");
        assertThat(html).doesNotContainIgnoringCase("javascript").contains("lien").contains("autre").contains("troisième");
    }

    @Test
    void headingsAndStylesCannotBreakTheReportsLayout() {
        String html = MarkdownSur.enHtml("# Titre\n\n<div style=\"position:fixed\">x</div><iframe src=\"https://a\"></iframe>");
        assertThat(html).doesNotContain("<h1").doesNotContain("style=").doesNotContain("<iframe").contains("Titre");
    }

    @Test
    void theOutputIsWellFormedXhtmlForThePdfRenderer() {
        assertThat(MarkdownSur.enHtml("ligne  \nsuivante & «\u00a0fin\u00a0»")).isEqualTo("<p>ligne<br />\nsuivante &amp; «&#xa0;fin&#xa0;»</p>");
    }

    @Test
    void aResolvedValueIsPrintedLiterallyNotAsMarkdown() {
        assertThat(MarkdownSur.enHtml(MarkdownSur.litteral("+2,1 %") + " et " + MarkdownSur.litteral("*Apec*_<b>")))
                .isEqualTo("<p>+2,1 % et *Apec*_&lt;b&gt;</p>");
    }
}

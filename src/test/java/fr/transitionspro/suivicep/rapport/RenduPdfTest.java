package fr.transitionspro.suivicep.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** What the PDF's DOM gets beyond the HTML page, for PDF/UA-1: language, link descriptions, figure alternatives. */
class RenduPdfTest {

    private static final String PAGE = """
            <html lang="fr" xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head><body>
            <h2 id="a">Partie</h2>
            <p><a href="#a">Aller à
               la partie</a> <a href="#a" title="Titre donné">x</a> <a href="https://example.org/"></a></p>
            <figure><div role="img" aria-label="Carte des régions : taux de recours"><svg id="carte"></svg></div></figure>
            <div role="img" aria-label="Autre"><svg id="deja" alt="Texte déjà là"></svg></div>
            </body></html>""";

    @Test
    void thePdfDeclaresFrenchOfFranceAndEveryLinkAndChartCarriesItsTextAlternative() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document d = f.newDocumentBuilder().parse(new InputSource(new StringReader(PAGE)));

        RenduPdf.preparerPourPdfUa(d);

        assertThat(d.getDocumentElement().getAttribute("lang")).isEqualTo("fr-FR");
        var liens = d.getElementsByTagName("a");
        assertThat(((Element) liens.item(0)).getAttribute("title")).isEqualTo("Aller à la partie");
        assertThat(((Element) liens.item(1)).getAttribute("title")).isEqualTo("Titre donné");
        assertThat(((Element) liens.item(2)).getAttribute("title")).isEqualTo("https://example.org/");
        assertThat(svg(d, "carte").getAttribute("alt")).isEqualTo("Carte des régions : taux de recours");
        assertThat(svg(d, "deja").getAttribute("alt")).isEqualTo("Texte déjà là");
        assertThat(d.getElementsByTagName("bookmark").getLength()).isEqualTo(1);
    }

    private static Element svg(Document d, String id) {
        var svgs = d.getElementsByTagName("svg");
        for (int i = 0; i < svgs.getLength(); i++) {
            if (((Element) svgs.item(i)).getAttribute("id").equals(id)) {
                return (Element) svgs.item(i);
            }
        }
        throw new AssertionError(id);
    }
}

package fr.transitionspro.suivicep.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** The map for the web pages: drawn without any style attribute, which the site's content policy would block. */
class CarteWebTest {

    @Test
    void theMapCarriesItsColoursAsPresentationAttributesAndATextAlternative() {
        String svg = CarteWeb.svg(Map.of("28", 10.0, "53", 12.0, "11", 5.0), 1, "Taux de recours au CEP en 2023",
                "Carte des régions colorées selon leur taux de recours", "carte");
        Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
        assertThat(doc.select("[style]")).isEmpty();
        Element racine = doc.selectFirst("svg");
        assertThat(racine.attr("role")).isEqualTo("img");
        assertThat(racine.attr("aria-label")).isEqualTo("Carte des régions colorées selon leur taux de recours");
        assertThat(racine.attr("viewBox")).isEqualTo("0.0 0.0 640.0 430.0");
        // Bretagne has the highest rate: the darkest class; a region without a value is grey.
        Element bretagne = doc.getElementById("region-53");
        Element corse = doc.getElementById("region-94");
        assertThat(bretagne.attr("fill")).isNotBlank().isNotEqualTo(corse.attr("fill"));
        assertThat(Parser.unescapeEntities(svg, false)).contains("12,0\u00a0%", "n.d.");
    }
}

package fr.transitionspro.suivicep.rapport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class TableauTest {

    @Test
    void aRowMustHaveOneCellPerColumn() {
        ConstructeurTableau t = new ConstructeurTableau("Essai").colonnes("Ligne", "2022", "2023");
        assertThatThrownBy(() -> t.ligne("Dossiers", Cellule.entier(Optional.of(4.0))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("1 cellules pour 2 colonnes");
    }

    @Test
    void aTableWithAMissingValueExplainsNd() {
        Tableau t = new ConstructeurTableau("Essai").colonnes("Ligne", "2022", "2023")
                .ligne("Dossiers", Cellule.entier(Optional.empty()), Cellule.entier(Optional.of(1265.0))).construire(3);
        assertThat(t.legende()).isEqualTo("Tableau 3 – Essai");
        assertThat(t.groupes().get(0).lignes().get(0).cellules()).extracting(Cellule::texte)
                .containsExactly("n.d.", "1\u202f265");
        assertThat(t.notes()).containsExactly("n.d. : donnée non disponible.");
    }

    @Test
    void aColumnOfLabelsIsHeadedOnTheLeft() {
        Tableau t = new ConstructeurTableau("Essai").colonnes("Code", "Intitulé", "Nombre")
                .ligne("RNCP35830", Cellule.texte("DE Aide-soignant"), Cellule.entier(Optional.of(2.0))).construire(1);
        assertThat(t.classesEntetes()).containsExactly("entete-lignes", "entete-texte", "entete-valeurs");
    }

    @Test
    void aCategoryAbsentFromAKnownDistributionIsZeroAndAnUnknownDistributionIsNd() {
        assertThat(Redaction.part(java.util.Map.of("F", 61.2), "M", 1).texte()).isEqualTo("0,0\u00a0%");
        assertThat(Redaction.part(java.util.Map.of(), "M", 1).texte()).isEqualTo("n.d.");
    }

    @Test
    void theRunningHeaderIsAnEscapedCssString() {
        assertThat(Rapport.chaineCss("Provence-Alpes-Côte d'Azur \"A\" & <b>"))
                .isEqualTo("\"Provence-Alpes-Côte d'Azur \\22 A\\22  \\26  \\3c b>\"");
    }

    @Test
    void pdfBookmarksFollowTheHeadingsHierarchy() throws Exception {
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new org.xml.sax.InputSource(
                new java.io.StringReader("<html><head></head><body><h2 id='a'>Partie 2</h2><section><h3 id='b'>1. Recours</h3>"
                        + "<h4 id='c'>1.1 Taux</h4></section><h3 id='d'>2. Dispositifs</h3><h4>sans ancre</h4></body></html>")));
        RenduPdf.ajouterSignets(d);
        Element racine = (Element) d.getElementsByTagName("bookmarks").item(0);
        Element partie = (Element) racine.getElementsByTagName("bookmark").item(0);
        assertThat(partie.getAttribute("name")).isEqualTo("Partie 2");
        List<String> enfants = new java.util.ArrayList<>();
        for (var n = partie.getFirstChild(); n != null; n = n.getNextSibling()) {
            enfants.add(((Element) n).getAttribute("href"));
        }
        assertThat(enfants).containsExactly("#b", "#d");
        assertThat(d.getElementsByTagName("bookmark").getLength()).isEqualTo(4);
    }
}

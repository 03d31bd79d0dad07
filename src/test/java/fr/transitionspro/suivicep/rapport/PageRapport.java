package fr.transitionspro.suivicep.rapport;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The report's HTML page read back as a reader sees it: its text, and its tables by caption, group by group. */
final class PageRapport {

    private final Document page;

    PageRapport(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        page = f.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    }

    /** The page's text, line breaks of the markup collapsed. */
    String texte() {
        return page.getDocumentElement().getTextContent().replaceAll("[ \\t\\r\\n]+", " ");
    }

    /** The caption of the table whose title is {@code titre}: « Tableau 37 – … ». */
    String legende(String titre) {
        return texte(caption(titre));
    }

    /** The rows of each group (« » for rows outside any group), each row as its header then its cells. */
    Map<String, List<List<String>>> groupes(String titre) {
        Element table = (Element) caption(titre).getParentNode();
        Map<String, List<List<String>>> groupes = new LinkedHashMap<>();
        NodeList corps = table.getElementsByTagName("tbody");
        for (int i = 0; i < corps.getLength(); i++) {
            String groupe = "";
            for (Node n = corps.item(i).getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element tr)) {
                    continue;
                }
                if ("groupe".equals(tr.getAttribute("class"))) {
                    groupe = texte(tr);
                    continue;
                }
                List<String> cellules = new ArrayList<>();
                for (Node c = tr.getFirstChild(); c != null; c = c.getNextSibling()) {
                    if (c instanceof Element e) {
                        cellules.add(texte(e));
                    }
                }
                groupes.computeIfAbsent(groupe, k -> new ArrayList<>()).add(cellules);
            }
        }
        return groupes;
    }

    /** Every body row of the table, groups together. */
    List<List<String>> lignes(String titre) {
        return groupes(titre).values().stream().flatMap(List::stream).toList();
    }

    List<String> entetes(String titre) {
        Element table = (Element) caption(titre).getParentNode();
        NodeList th = ((Element) table.getElementsByTagName("thead").item(0)).getElementsByTagName("th");
        List<String> r = new ArrayList<>();
        for (int i = 0; i < th.getLength(); i++) {
            r.add(texte(th.item(i)));
        }
        return r;
    }

    private Node caption(String titre) {
        NodeList legendes = page.getElementsByTagName("caption");
        for (int i = 0; i < legendes.getLength(); i++) {
            if (texte(legendes.item(i)).replaceFirst("^Tableau \\d+ – ", "").equals(titre)) {
                return legendes.item(i);
            }
        }
        throw new AssertionError("aucun tableau « " + titre + " »");
    }

    private static String texte(Node n) {
        return n.getTextContent().strip().replaceAll("[ \\t\\r\\n]+", " ");
    }
}

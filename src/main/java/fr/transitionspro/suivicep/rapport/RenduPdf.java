package fr.transitionspro.suivicep.rapport;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import java.util.logging.Level;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;

/**
 * Prints the report's HTML to PDF with openhtmltopdf. The standard PDF fonts have neither the
 * narrow no-break space of the thousands (U+202F) nor all French glyphs, so DejaVu Sans Condensed
 * (free licence, shipped in the resources) is embedded and is also the fallback of any text. The
 * PDF is tagged and conformant to PDF/UA-1 (checked by veraPDF in the tests): title shown, language
 * fr-FR, headings, tables with their header cells, running headers and page numbers as artifacts,
 * links and figures with their text alternative, and bookmarks built from the page's headings.
 */
final class RenduPdf {

    /** The family name the stylesheet asks for first. */
    static final String POLICE = "DejaVu Sans Condensed";

    /** The document language declared in the PDF (catalog /Lang). */
    static final String LANGUE = "fr-FR";

    static {
        // Its messages reach the user through the diagnostic consumer below, not through java.util.logging.
        XRLog.setLoggingEnabled(false);
    }

    private RenduPdf() {
    }

    static void ecrire(String html, Path fichier) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(fichier))) {
            PDDocument document = new PDDocument();
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(police(document, "DejaVuSansCondensed.ttf"), POLICE, 400, FontStyle.NORMAL, true);
            builder.useFont(police(document, "DejaVuSansCondensed-Bold.ttf"), POLICE, 700, FontStyle.NORMAL, true);
            builder.useFont(police(document, "DejaVuSansCondensed-Oblique.ttf"), POLICE, 400, FontStyle.ITALIC, true);
            builder.withHtmlContent(html, fichier.toAbsolutePath().getParent().toUri().toString());
            builder.addDOMMutator(RenduPdf::preparerPourPdfUa);
            // The charts are inline SVG: without a drawer openhtmltopdf would print their text only.
            builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
            ExportGraphique.declarerPolices(builder);
            builder.withProducer("suivi-cep");
            builder.withDiagnosticConsumer(RenduPdf::signaler);
            builder.toStream(out);
            // Rendered without closing so that the link annotations can be completed before saving.
            try (PdfBoxRenderer rendu = builder.buildPdfRenderer()) {
                rendu.createPDFWithoutClosing();
                decrireLesLiens(rendu.getPdfDocument());
                rendu.getPdfDocument().save(out);
            }
        }
    }

    /** What the PDF's DOM needs beyond the HTML page: bookmarks, the language and text alternatives (PDF/UA-1). */
    static void preparerPourPdfUa(Document document) {
        ajouterSignets(document);
        // The report is French of France (its typography says so); PDF/UA readers pick the voice from /Lang.
        document.getDocumentElement().setAttribute("lang", LANGUE);
        NodeList liens = document.getElementsByTagName("a");
        for (int i = 0; i < liens.getLength(); i++) {
            Element lien = (Element) liens.item(i);
            if (lien.hasAttribute("href") && lien.getAttribute("title").isBlank()) {
                // openhtmltopdf gives the link's structure element its title as /Alt (see decrireLesLiens).
                String texte = lien.getTextContent().strip().replaceAll("\\s+", " ");
                lien.setAttribute("title", texte.isEmpty() ? lien.getAttribute("href") : texte);
            }
        }
        // A chart is an SVG (or an image) inside an element whose aria-label is its text alternative: the
        // renderer takes a figure's /Alt from the alt attribute of the replaced element itself.
        NodeList tous = document.getElementsByTagName("*");
        for (int i = 0; i < tous.getLength(); i++) {
            Element e = (Element) tous.item(i);
            if ("img".equals(e.getAttribute("role")) && !e.getAttribute("aria-label").isBlank()) {
                for (String balise : List.of("svg", "img")) {
                    NodeList images = e.getElementsByTagName(balise);
                    for (int j = 0; j < images.getLength(); j++) {
                        Element image = (Element) images.item(j);
                        if (image.getAttribute("alt").isBlank()) {
                            image.setAttribute("alt", e.getAttribute("aria-label"));
                        }
                    }
                }
            }
        }
    }

    /**
     * PDF/UA-1 (7.18.5, Matterhorn 28-012) wants every link annotation to carry its description in
     * /Contents. openhtmltopdf 1.1.31 puts the link's title on the /Alt of its Link structure element
     * but never writes /Contents (openhtmltopdf issue #112, fixed in releases not on Maven Central here):
     * the description is copied from the structure element to the annotations it references.
     */
    static void decrireLesLiens(PDDocument document) {
        PDStructureTreeRoot racine = document.getDocumentCatalog().getStructureTreeRoot();
        if (racine != null) {
            decrireLesLiens(racine.getKids());
        }
    }

    private static void decrireLesLiens(List<Object> enfants) {
        for (Object enfant : enfants) {
            if (enfant instanceof PDStructureElement element) {
                String description = element.getAlternateDescription();
                if ("Link".equals(element.getStructureType()) && description != null && !description.isBlank()) {
                    for (Object k : element.getKids()) {
                        if (k instanceof PDObjectReference ref && ref.getReferencedObject() instanceof PDAnnotation annotation
                                && (annotation.getContents() == null || annotation.getContents().isBlank())) {
                            annotation.setContents(description);
                        }
                    }
                }
                decrireLesLiens(element.getKids());
            }
        }
    }

    /**
     * The font, loaded with its glyph substitutions off: PDFBox would otherwise set « fi », « ff »,
     * « ffi » as ligature glyphs, and the PDF's text (search, copy, screen readers) would read
     * « proﬁl » with U+FB01 instead of « profil ». The font's bytes are those shipped, unmodified.
     */
    private static PDFontSupplier police(PDDocument document, String nom) throws IOException {
        byte[] octets;
        try (java.io.InputStream in = RenduPdf.class.getResourceAsStream("/rapport/polices/" + nom)) {
            if (in == null) {
                throw new IllegalStateException("police absente du programme : " + nom);
            }
            octets = in.readAllBytes();
        }
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(octets));
        ttf.setEnableGsub(false);
        return new PDFontSupplier(PDType0Font.load(document, ttf, true));
    }

    /**
     * The renderer's messages: its progress notes are dropped (they would drown a command's
     * output); a warning means the stylesheet or the page is wrong somewhere, so it is shown.
     */
    private static void signaler(Diagnostic diagnostic) {
        if (diagnostic.getLevel().intValue() >= Level.WARNING.intValue()) {
            System.err.println("Rendu PDF : " + diagnostic.getFormattedMessage());
        }
    }

    /**
     * openhtmltopdf makes PDF bookmarks from a {@code <bookmarks>} element of the head. It is added
     * to the DOM of the PDF only (the HTML file stays plain HTML), nested after the h2–h4 headings.
     */
    static void ajouterSignets(Document document) {
        NodeList tetes = document.getElementsByTagName("head");
        if (tetes.getLength() == 0) {
            return;
        }
        Element racine = document.createElement("bookmarks");
        List<Element> parents = new ArrayList<>(List.of(racine));
        parcourir(document.getDocumentElement(), document, parents);
        tetes.item(0).appendChild(racine);
    }

    private static void parcourir(Node noeud, Document document, List<Element> parents) {
        for (Node n = noeud.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            String nom = e.getTagName().toLowerCase(java.util.Locale.ROOT);
            if (nom.matches("h[234]") && !e.getAttribute("id").isEmpty()) {
                int niveau = nom.charAt(1) - '1';
                while (parents.size() > niveau) {
                    parents.remove(parents.size() - 1);
                }
                while (parents.size() < niveau) {
                    parents.add(parents.get(parents.size() - 1));
                }
                Element signet = document.createElement("bookmark");
                signet.setAttribute("name", e.getTextContent().strip().replaceAll("\\s+", " "));
                signet.setAttribute("href", "#" + e.getAttribute("id"));
                parents.get(niveau - 1).appendChild(signet);
                parents.add(signet);
            } else {
                parcourir(e, document, parents);
            }
        }
    }
}

package fr.transitionspro.suivicep.rapport;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Records a {@link Dessin} as inline SVG (for the HTML page and the PDF printed from it) and as
 * PNG (for the DOCX). Both use DejaVu Sans Condensed, the font the report embeds, loaded from the
 * program's resources so that the text is measured the same way on any machine.
 */
final class ExportGraphique {

    /** The drawing width in CSS pixels: about the text width of an A4 page with the report's margins. */
    static final int LARGEUR = 640;
    /** PNG pixels per CSS pixel: 1 280 pixels over 17 cm print at about 190 dpi in Word. */
    static final int ECHELLE_PNG = 2;
    /**
     * The SVG's font: the report's, then what a browser without it has closest. Unquoted: JFreeSVG
     * writes its attributes between single quotes, and these names are valid CSS identifiers.
     */
    static final String FAMILLE_SVG = "DejaVu Sans Condensed, DejaVu Sans, Arial Narrow, sans-serif";

    private static final Font REGULIERE;
    private static final Font GRASSE;

    static {
        // Charts are drawn off screen, also on machines with a display (a server has none).
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        REGULIERE = charger("DejaVuSansCondensed.ttf");
        GRASSE = charger("DejaVuSansCondensed-Bold.ttf");
    }

    private ExportGraphique() {
    }

    /** The report's font at a size in CSS pixels. */
    static Font police(float taille, boolean grasse) {
        return (grasse ? GRASSE : REGULIERE).deriveFont(taille);
    }

    /**
     * The SVG element, without XML prolog. Its size in pixels is what the PDF prints (640 px is the
     * text width); its viewBox lets a browser scale it to the page. {@code id} prefixes the clip ids:
     * several charts share one page.
     */
    static String svg(Dessin dessin, String id) {
        int hauteur = dessin.hauteur();
        SVGGraphics2D g = new SVGGraphics2D(LARGEUR, hauteur);
        g.setDefsKeyPrefix(id + "-");
        g.setFontFunction(famille -> FAMILLE_SVG);
        preparer(g);
        dessin.dessiner(g, new Rectangle2D.Double(0, 0, LARGEUR, hauteur));
        // JFreeSVG would write the size as « 640.0 »: Batik then scales the drawing down by a third
        // inside a box of the right size. Integer pixels are drawn at their size.
        String element = g.getSVGElement(id, false, new ViewBox(0, 0, LARGEUR, hauteur), null, null);
        return "<svg width='" + LARGEUR + "' height='" + hauteur + "'" + element.substring("<svg".length());
    }

    static byte[] png(Dessin dessin) {
        int hauteur = dessin.hauteur();
        BufferedImage image = new BufferedImage(LARGEUR * ECHELLE_PNG, hauteur * ECHELLE_PNG, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            preparer(g);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(ECHELLE_PNG, ECHELLE_PNG);
            dessin.dessiner(g, new Rectangle2D.Double(0, 0, LARGEUR, hauteur));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void preparer(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setFont(police(11, false));
    }

    /**
     * Gives the PDF's SVG renderer (Batik) the report's fonts: it resolves the SVG's font-family
     * among the fonts given to it only, and would otherwise set the labels in a wider face that
     * overflows the room JFreeChart measured for them. openhtmltopdf hands it fonts given as
     * files only: they are copied once per run to a temporary folder.
     */
    static void declarerPolices(com.openhtmltopdf.pdfboxout.PdfRendererBuilder builder) {
        var svg = java.util.EnumSet.of(com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase.SVG);
        var normale = com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL;
        builder.useFont(fichierPolice("DejaVuSansCondensed.ttf"), RenduPdf.POLICE, 400, normale, true, svg);
        builder.useFont(fichierPolice("DejaVuSansCondensed-Bold.ttf"), RenduPdf.POLICE, 700, normale, true, svg);
    }

    private static final java.util.Map<String, java.io.File> FICHIERS_POLICES = new java.util.concurrent.ConcurrentHashMap<>();

    private static java.io.File fichierPolice(String nom) {
        return FICHIERS_POLICES.computeIfAbsent(nom, n -> {
            try (InputStream in = ExportGraphique.class.getResourceAsStream("/rapport/polices/" + n)) {
                if (in == null) {
                    throw new IllegalStateException("police absente du programme : " + n);
                }
                java.nio.file.Path fichier = java.nio.file.Files.createTempFile("suivi-cep-", "-" + n);
                fichier.toFile().deleteOnExit();
                java.nio.file.Files.copy(in, fichier, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                return fichier.toFile();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Loads a font of the report and registers it, so that a renderer that looks fonts up by name
     * (Batik, drawing the SVG into the PDF) finds the same one.
     */
    private static Font charger(String nom) {
        try (InputStream in = ExportGraphique.class.getResourceAsStream("/rapport/polices/" + nom)) {
            if (in == null) {
                throw new IllegalStateException("police absente du programme : " + nom);
            }
            Font police = Font.createFont(Font.TRUETYPE_FONT, in);
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(police);
            return police;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("police illisible : " + nom, e);
        }
    }
}

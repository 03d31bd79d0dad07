package fr.transitionspro.suivicep.rapport;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.transitionspro.suivicep.referentiel.FormatFrancais;
import fr.transitionspro.suivicep.referentiel.Regions;

/**
 * The map of France's regions coloured by a rate (the CEP take-up rate): the 13 metropolitan
 * regions, the five overseas ones in insets (each at its own scale), classes of equal width on
 * the sequential palette, the class bounds in the legend and each region's rate printed on it.
 * The outlines come from {@code rapport/carte/regions.geojson} (Natural Earth via Apache
 * Superset, see LISEZMOI.txt there), drawn in a plain equirectangular projection.
 *
 * @param valeurs  rate by INSEE region code; a region without a value is drawn in grey, « n.d. »
 * @param region   the report's region, outlined
 * @param titreLegende what the colours measure (« Taux de recours au CEP en 2023 »)
 */
record CarteRegions(Map<String, Double> valeurs, String region, int decimales, String titreLegende) implements Dessin {

    /** At most this many classes: 13 regions do not fill more without empty classes. */
    static final int CLASSES = 5;
    /** Overseas regions in the inset order, the one of the INSEE codes. */
    static final List<String> OUTRE_MER = List.of("01", "02", "03", "04", "06");

    private static final Map<String, List<List<double[]>>> CONTOURS = lire();
    private static final int HAUTEUR = 430;

    CarteRegions {
        valeurs = Map.copyOf(valeurs);
    }

    @Override
    public int hauteur() {
        return HAUTEUR;
    }

    /**
     * The classes of the values, by quantiles: about as many regions in each class, so that the
     * colours still separate the metropolitan regions when an overseas one lies far from them
     * (equal widths would give most of the map one colour). Bounds are values as printed; the
     * first class starts at the smallest value, the last one ends at the largest.
     */
    List<Classe> classes() {
        List<Double> connues = valeurs.values().stream().map(v -> arrondir(v, RoundingMode.HALF_UP)).sorted().toList();
        if (connues.isEmpty()) {
            return List.of();
        }
        int n = (int) Math.min(CLASSES, connues.stream().distinct().count());
        List<Double> bornes = new ArrayList<>();
        bornes.add(connues.get(0));
        for (int i = 1; i < n; i++) {
            double borne = connues.get((int) Math.round((double) i * connues.size() / n));
            if (borne > bornes.get(bornes.size() - 1)) {
                bornes.add(borne);
            }
        }
        double max = connues.get(connues.size() - 1);
        List<Color> teintes = Palette.teintes(bornes.size());
        List<Classe> classes = new ArrayList<>();
        for (int i = 0; i < bornes.size(); i++) {
            boolean derniere = i == bornes.size() - 1;
            classes.add(new Classe(bornes.get(i), derniere ? max : bornes.get(i + 1), derniere, teintes.get(i)));
        }
        return classes;
    }

    /** The colour of a region: that of its class, grey without a value. */
    Color couleur(String code) {
        Double v = valeurs.get(code);
        if (v == null) {
            return Palette.SANS_VALEUR;
        }
        double arrondie = arrondir(v, RoundingMode.HALF_UP);
        List<Classe> classes = classes();
        for (Classe c : classes) {
            if (c.contient(arrondie)) {
                return c.couleur();
            }
        }
        return classes.get(classes.size() - 1).couleur();
    }

    /** A class of the legend: [bas ; haut[, the last one closed, [bas ; haut]. */
    record Classe(double bas, double haut, boolean derniere, Color couleur) {
        boolean contient(double v) {
            return v >= bas - 1e-9 && (derniere ? v <= haut + 1e-9 : v < haut - 1e-9);
        }
    }

    /** « de 6,3 % à moins de 10,0 % », « de 10,0 % à 12,4 % », or « 10,0 % » for a class of one value. */
    String libelle(Classe c) {
        String bas = FormatFrancais.pourcentage(c.bas(), decimales);
        if (c.derniere() && c.bas() == c.haut()) {
            return bas;
        }
        return "de " + bas + (c.derniere() ? " à " : " à moins de ") + FormatFrancais.pourcentage(c.haut(), decimales);
    }

    private double arrondir(double v, RoundingMode mode) {
        return BigDecimal.valueOf(v).setScale(decimales, mode).doubleValue();
    }

    // ---- drawing ----

    @Override
    public void dessiner(Graphics2D g, Rectangle2D zone) {
        g.setColor(Color.WHITE);
        g.fill(zone);
        double x = zone.getX();
        double y = zone.getY();
        Rectangle2D metropole = new Rectangle2D.Double(x + 4, y + 4, 420, zone.getHeight() - 8);
        dessinerRegions(g, Regions.METROPOLE, metropole, 46, true);

        double colonne = x + 440;
        double basLegende = dessinerLegende(g, colonne, y + 10);

        // Overseas insets: three then two, each framed and named, under the legend.
        double cote = 62;
        double ecart = 8;
        double haut = Math.max(basLegende + 16, y + zone.getHeight() - 2 * (cote + 26) - 4);
        for (int i = 0; i < OUTRE_MER.size(); i++) {
            String code = OUTRE_MER.get(i);
            double cx = colonne + (i % 3) * (cote + ecart);
            double cy = haut + (i / 3) * (cote + 26);
            Rectangle2D cadre = new Rectangle2D.Double(cx, cy, cote, cote);
            g.setColor(Palette.GRILLE);
            g.setStroke(new BasicStroke(0.6f));
            g.draw(cadre);
            double latitude = centreLatitude(code);
            dessinerRegions(g, List.of(code), new Rectangle2D.Double(cx + 4, cy + 4, cote - 8, cote - 8), latitude, false);
            g.setFont(ExportGraphique.police(9, false));
            g.setColor(Palette.ENCRE);
            FontMetrics m = g.getFontMetrics();
            String nom = Regions.nom(code);
            g.drawString(nom, (float) (cx + (cote - m.stringWidth(nom)) / 2), (float) (cy + cote + 11));
            String texte = valeurs.containsKey(code) ? FormatFrancais.pourcentage(valeurs.get(code), decimales)
                    : Cellule.NON_DISPONIBLE;
            g.drawString(texte, (float) (cx + (cote - m.stringWidth(texte)) / 2), (float) (cy + cote + 21));
        }
    }

    /** Draws regions fitted into {@code cadre}, projected around {@code latitude}; labels the metropolitan ones. */
    private void dessinerRegions(Graphics2D g, List<String> codes, Rectangle2D cadre, double latitude, boolean etiquettes) {
        double cos = Math.cos(Math.toRadians(latitude));
        Map<String, Path2D> formes = new LinkedHashMap<>();
        Rectangle2D emprise = null;
        for (String code : codes) {
            Path2D forme = projeter(CONTOURS.getOrDefault(code, List.of()), cos);
            formes.put(code, forme);
            Rectangle2D b = forme.getBounds2D();
            emprise = emprise == null ? b : emprise.createUnion(b);
        }
        if (emprise == null || emprise.isEmpty()) {
            return;
        }
        double echelle = Math.min(cadre.getWidth() / emprise.getWidth(), cadre.getHeight() / emprise.getHeight());
        AffineTransform t = new AffineTransform();
        t.translate(cadre.getX() + (cadre.getWidth() - emprise.getWidth() * echelle) / 2,
                cadre.getY() + (cadre.getHeight() - emprise.getHeight() * echelle) / 2);
        t.scale(echelle, echelle);
        t.translate(-emprise.getX(), -emprise.getY());
        for (Map.Entry<String, Path2D> e : formes.entrySet()) {
            Shape forme = t.createTransformedShape(e.getValue());
            if (g instanceof SVGGraphics2D) {
                g.setRenderingHint(SVGHints.KEY_ELEMENT_ID, "region-" + e.getKey());
            }
            g.setColor(couleur(e.getKey()));
            g.fill(forme);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(0.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(forme);
        }
        // The report's region is outlined last, above its neighbours' borders.
        if (formes.containsKey(region)) {
            g.setColor(Palette.ENCRE);
            g.setStroke(new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(t.createTransformedShape(formes.get(region)));
        }
        if (etiquettes) {
            g.setFont(ExportGraphique.police(10, false));
            FontMetrics m = g.getFontMetrics();
            for (String code : codes) {
                Rectangle2D b = t.createTransformedShape(plusGrandePartie(code, cos)).getBounds2D();
                String texte = valeurs.containsKey(code) ? FormatFrancais.pourcentage(valeurs.get(code), decimales)
                        : Cellule.NON_DISPONIBLE;
                float ligne = (float) (b.getCenterY() + m.getAscent() / 2.0 - 1);
                if (m.stringWidth(texte) + 4 > b.getWidth()) {
                    // Too narrow for its label (Corse): the label stands beside it, on the page.
                    g.setColor(Palette.ENCRE);
                    g.drawString(texte, (float) (b.getMinX() - m.stringWidth(texte) - 3), ligne);
                } else {
                    g.setColor(Palette.texteSur(couleur(code)));
                    g.drawString(texte, (float) (b.getCenterX() - m.stringWidth(texte) / 2.0), ligne);
                }
            }
        }
    }

    /** The legend: its title, one key per class, and « n.d. » when a region has no value. */
    private double dessinerLegende(Graphics2D g, double x, double y) {
        g.setColor(Palette.ENCRE);
        g.setFont(ExportGraphique.police(11, true));
        double ligne = y + 10;
        for (String morceau : couper(titreLegende, g.getFontMetrics(), 195)) {
            g.drawString(morceau, (float) x, (float) ligne);
            ligne += 14;
        }
        g.setFont(ExportGraphique.police(10, false));
        ligne += 4;
        List<Classe> classes = new ArrayList<>(classes());
        java.util.Collections.reverse(classes);
        for (Classe c : classes) {
            cle(g, x, ligne, c.couleur(), libelle(c));
            ligne += 18;
        }
        boolean manquante = java.util.stream.Stream.concat(Regions.METROPOLE.stream(), OUTRE_MER.stream())
                .anyMatch(c -> !valeurs.containsKey(c));
        if (manquante) {
            cle(g, x, ligne, Palette.SANS_VALEUR, "donnée non disponible (" + Cellule.NON_DISPONIBLE + ")");
            ligne += 18;
        }
        if (valeurs.containsKey(region) || Regions.METROPOLE.contains(region) || OUTRE_MER.contains(region)) {
            g.setColor(Palette.ENCRE);
            g.setStroke(new BasicStroke(1.8f));
            g.draw(new Rectangle2D.Double(x + 1, ligne - 10, 16, 11));
            g.drawString("contour épais : " + Regions.nom(region), (float) (x + 24), (float) ligne);
            ligne += 18;
        }
        return ligne;
    }

    private static void cle(Graphics2D g, double x, double y, Color couleur, String texte) {
        Rectangle2D carre = new Rectangle2D.Double(x + 1, y - 10, 16, 11);
        g.setColor(couleur);
        g.fill(carre);
        g.setColor(Palette.CONTOUR);
        g.setStroke(new BasicStroke(0.5f));
        g.draw(carre);
        g.setColor(Palette.ENCRE);
        g.drawString(texte, (float) (x + 24), (float) y);
    }

    private static List<String> couper(String texte, FontMetrics m, double largeur) {
        List<String> lignes = new ArrayList<>();
        StringBuilder courante = new StringBuilder();
        for (String mot : texte.split(" ")) {
            String essai = courante.isEmpty() ? mot : courante + " " + mot;
            if (!courante.isEmpty() && m.stringWidth(essai) > largeur) {
                lignes.add(courante.toString());
                courante = new StringBuilder(mot);
            } else {
                courante = new StringBuilder(essai);
            }
        }
        if (!courante.isEmpty()) {
            lignes.add(courante.toString());
        }
        return lignes;
    }

    // ---- geometry ----

    private static Path2D projeter(List<List<double[]>> anneaux, double cos) {
        Path2D forme = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (List<double[]> anneau : anneaux) {
            for (int i = 0; i < anneau.size(); i++) {
                double px = anneau.get(i)[0] * cos;
                double py = -anneau.get(i)[1];
                if (i == 0) {
                    forme.moveTo(px, py);
                } else {
                    forme.lineTo(px, py);
                }
            }
            forme.closePath();
        }
        return forme;
    }

    /** The largest outer ring of a region (the mainland, not an island): where its label goes. */
    private static Shape plusGrandePartie(String code, double cos) {
        Optional<List<double[]>> plusGrand = CONTOURS.getOrDefault(code, List.of()).stream()
                .max(java.util.Comparator.comparingDouble(a -> {
                    Rectangle2D b = projeter(List.of(a), cos).getBounds2D();
                    return b.getWidth() * b.getHeight();
                }));
        return projeter(plusGrand.map(List::of).orElse(List.of()), cos);
    }

    private static double centreLatitude(String code) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (List<double[]> anneau : CONTOURS.getOrDefault(code, List.of())) {
            for (double[] p : anneau) {
                min = Math.min(min, p[1]);
                max = Math.max(max, p[1]);
            }
        }
        return min > max ? 0 : (min + max) / 2;
    }

    /** Every ring of every polygon by region code; a hole is drawn out by the even-odd rule. */
    private static Map<String, List<List<double[]>>> lire() {
        try (InputStream in = CarteRegions.class.getResourceAsStream("/rapport/carte/regions.geojson")) {
            if (in == null) {
                throw new IllegalStateException("contours des régions absents du programme");
            }
            JsonNode racine = new ObjectMapper().readTree(in);
            Map<String, List<List<double[]>>> contours = new LinkedHashMap<>();
            for (JsonNode f : racine.get("features")) {
                String code = f.get("properties").get("code").asText();
                JsonNode geometrie = f.get("geometry");
                List<List<double[]>> anneaux = new ArrayList<>();
                JsonNode polygones = "Polygon".equals(geometrie.get("type").asText())
                        ? new ObjectMapper().createArrayNode().add(geometrie.get("coordinates"))
                        : geometrie.get("coordinates");
                for (JsonNode polygone : polygones) {
                    for (JsonNode anneau : polygone) {
                        List<double[]> points = new ArrayList<>();
                        for (JsonNode p : anneau) {
                            points.add(new double[] {p.get(0).asDouble(), p.get(1).asDouble()});
                        }
                        anneaux.add(points);
                    }
                }
                contours.put(code, anneaux);
            }
            return contours;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package fr.transitionspro.suivicep.rapport;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

import fr.transitionspro.suivicep.referentiel.FormatFrancais;

/**
 * A bar chart of the report, as data: categories (operators, years, regions, codes), one series
 * per bar colour, values in the unit of the table it illustrates. Drawn with JFreeChart on any
 * Graphics2D; every number it prints goes through {@link FormatFrancais}.
 *
 * @param genre       grouped bars, upright or lying, or lying bars stacked to 100 %
 * @param categories  the labels along the category axis, in the order of the table
 * @param series      one per colour; a single series draws no legend
 * @param pourcentage values are shares (« 9,9 % ») rather than counts (« 1 265 »)
 * @param decimales   decimals of the printed values
 */
record Graphique(Genre genre, List<String> categories, List<Serie> series, boolean pourcentage, int decimales)
        implements Dessin {

    enum Genre {
        /** Upright grouped bars: series over the years, comparisons of a few regions. */
        COLONNES,
        /** Lying grouped bars: rankings (top 10) and long category labels. */
        BARRES,
        /** Lying bars, each a distribution stacked to 100 % (profiles by operator). */
        EMPILEES
    }

    /**
     * A series: its name (legend) and one value per category, {@code null} when unknown (« n.d. »
     * in the table: no bar is drawn rather than a false zero). {@code etiquettes}, when given,
     * replaces the printed value of each bar (« 12 (8,5 %) »).
     */
    record Serie(String nom, List<Double> valeurs, List<String> etiquettes) {
        Serie(String nom, List<Double> valeurs) {
            this(nom, valeurs, null);
        }
    }

    /** Below this share (in %), a stacked segment is too narrow for its label: the table gives it. */
    private static final double PART_ETIQUETEE = 6.0;
    /** Beyond this many bars, grouped bars lose their labels, which would overlap. */
    private static final int BARRES_ETIQUETEES = 32;
    private static final float TAILLE_TEXTE = 11f;
    private static final float TAILLE_ETIQUETTES = 10f;

    Graphique {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Serie s : series) {
            if (s.valeurs().size() != categories.size()) {
                throw new IllegalArgumentException("série « " + s.nom() + " » : " + s.valeurs().size() + " valeurs pour "
                        + categories.size() + " catégories");
            }
        }
    }

    /** Whether some value is known: a chart without any bar is not printed. */
    boolean aDesValeurs() {
        return series.stream().flatMap(s -> s.valeurs().stream()).anyMatch(v -> v != null);
    }

    /** The printed form of a value: « 1 265 », « 9,9 % ». */
    String formater(double valeur) {
        return pourcentage ? FormatFrancais.pourcentage(valeur, decimales) : FormatFrancais.nombre(valeur, decimales);
    }

    @Override
    public int hauteur() {
        int legende = series.size() > 1 ? lignesDeLegende() * 18 + 14 : 0;
        return switch (genre) {
            case COLONNES -> 300 + legende;
            case BARRES -> Math.max(150, 40 + categories.size() * (series.size() * 15 + 12)) + legende;
            case EMPILEES -> 50 + categories.size() * 30 + legende;
        };
    }

    @Override
    public void dessiner(Graphics2D g, Rectangle2D zone) {
        graphique().draw(g, zone);
    }

    JFreeChart graphique() {
        DefaultCategoryDataset donnees = new DefaultCategoryDataset();
        for (Serie s : series) {
            for (int i = 0; i < categories.size(); i++) {
                donnees.addValue(s.valeurs().get(i), s.nom(), categories.get(i));
            }
        }
        CategoryAxis axeCategories = new CategoryAxis(null);
        axeCategories.setTickLabelFont(ExportGraphique.police(TAILLE_TEXTE, false));
        axeCategories.setTickLabelPaint(Palette.ENCRE);
        axeCategories.setAxisLinePaint(Palette.CONTOUR);
        axeCategories.setTickMarksVisible(false);
        // Upright bars are narrow: their labels (« Infra 3 (sans certification) ») may need a fourth line.
        axeCategories.setMaximumCategoryLabelLines(genre == Genre.COLONNES ? 4 : 3);
        axeCategories.setLowerMargin(0.02);
        axeCategories.setUpperMargin(0.02);
        axeCategories.setCategoryMargin(genre == Genre.EMPILEES ? 0.35 : 0.2);
        if (genre != Genre.COLONNES) {
            // Certification titles are long: up to two fifths of the width, on three lines.
            axeCategories.setMaximumCategoryLabelWidthRatio(genre == Genre.BARRES ? 0.4f : 0.3f);
        }

        NumberAxis axeValeurs = new NumberAxis(null);
        axeValeurs.setTickLabelFont(ExportGraphique.police(TAILLE_ETIQUETTES, false));
        axeValeurs.setTickLabelPaint(Palette.ENCRE);
        axeValeurs.setAxisLineVisible(false);
        axeValeurs.setTickMarksVisible(false);
        axeValeurs.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axeValeurs.setNumberFormatOverride(new FormatAxe(pourcentage));
        if (genre == Genre.EMPILEES) {
            axeValeurs.setRange(0, 100);
        } else {
            axeValeurs.setUpperMargin(genre == Genre.BARRES ? 0.22 : 0.12);
        }

        BarRenderer rendu = genre == Genre.EMPILEES ? new StackedBarRenderer() : new BarRenderer();
        rendu.setBarPainter(new StandardBarPainter());
        rendu.setShadowVisible(false);
        rendu.setDrawBarOutline(true);
        rendu.setDefaultOutlineStroke(new BasicStroke(0.5f));
        rendu.setDefaultOutlinePaint(Palette.CONTOUR);
        rendu.setItemMargin(0.04);
        if (genre != Genre.EMPILEES) {
            rendu.setMaximumBarWidth(genre == Genre.COLONNES ? 0.09 : 0.12);
        }
        List<Color> teintes = Palette.teintes(series.size());
        boolean etiquettes = genre == Genre.EMPILEES || series.size() * categories.size() <= BARRES_ETIQUETEES;
        for (int i = 0; i < series.size(); i++) {
            rendu.setSeriesPaint(i, teintes.get(i));
            rendu.setSeriesItemLabelPaint(i, genre == Genre.EMPILEES ? Palette.texteSur(teintes.get(i)) : Palette.ENCRE);
        }
        rendu.setDefaultItemLabelGenerator(new Etiquettes());
        rendu.setDefaultItemLabelsVisible(etiquettes);
        rendu.setDefaultItemLabelFont(ExportGraphique.police(TAILLE_ETIQUETTES, false));
        if (genre == Genre.EMPILEES) {
            rendu.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
        } else if (genre == Genre.BARRES) {
            rendu.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
            rendu.setItemLabelAnchorOffset(3);
        } else {
            rendu.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
            rendu.setItemLabelAnchorOffset(2);
        }

        CategoryPlot plot = new CategoryPlot(donnees, axeCategories, axeValeurs, rendu);
        plot.setOrientation(genre == Genre.COLONNES ? PlotOrientation.VERTICAL : PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(Palette.GRILLE);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(6, 4, 4, 20));
        // Lying bars read from their labels at the left: the scale goes under them, as in the tables.
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);

        JFreeChart graphique = new JFreeChart(null, null, plot, series.size() > 1);
        graphique.setBackgroundPaint(Color.WHITE);
        graphique.setBorderVisible(false);
        // Room for a browser that lacks the report's condensed font and sets the labels wider.
        graphique.setPadding(new RectangleInsets(2, 14, 2, 2));
        graphique.setAntiAlias(true);
        graphique.setTextAntiAlias(true);
        LegendTitle legende = graphique.getLegend();
        if (legende != null) {
            legende.setItemFont(ExportGraphique.police(TAILLE_TEXTE, false));
            legende.setItemPaint(Palette.ENCRE);
            legende.setFrame(BlockBorder.NONE);
            legende.setPosition(RectangleEdge.BOTTOM);
            legende.setMargin(new RectangleInsets(6, 0, 0, 0));
        }
        return graphique;
    }

    /** How many rows the legend takes at the drawing's width (its items wrap like words). */
    private int lignesDeLegende() {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            FontMetrics m = g.getFontMetrics(ExportGraphique.police(TAILLE_TEXTE, false));
            int lignes = 1;
            double largeur = 0;
            double disponible = ExportGraphique.LARGEUR - 16;
            for (Serie s : series) {
                double item = m.stringWidth(s.nom()) + 22;
                if (largeur > 0 && largeur + item > disponible) {
                    lignes++;
                    largeur = 0;
                }
                largeur += item;
            }
            return lignes;
        } finally {
            g.dispose();
        }
    }

    /** The label of a bar: its value in French, or the given text; none for a thin stacked segment. */
    private final class Etiquettes implements CategoryItemLabelGenerator {

        @Override
        public String generateRowLabel(CategoryDataset dataset, int row) {
            return dataset.getRowKey(row).toString();
        }

        @Override
        public String generateColumnLabel(CategoryDataset dataset, int column) {
            return dataset.getColumnKey(column).toString();
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            Number valeur = dataset.getValue(row, column);
            if (valeur == null || genre == Genre.EMPILEES && valeur.doubleValue() < PART_ETIQUETEE) {
                return null;
            }
            Serie s = series.get(row);
            return s.etiquettes() != null ? s.etiquettes().get(column) : formater(valeur.doubleValue());
        }
    }

    /** Axis ticks in French (« 1 000 », « 25 % »): JFreeChart asks for a {@link NumberFormat}. */
    private static final class FormatAxe extends NumberFormat {

        private final boolean pourcentage;

        FormatAxe(boolean pourcentage) {
            this.pourcentage = pourcentage;
        }

        @Override
        public StringBuffer format(double nombre, StringBuffer sortie, FieldPosition position) {
            return sortie.append(pourcentage ? FormatFrancais.pourcentage(nombre, 0) : FormatFrancais.nombre(nombre, 0));
        }

        @Override
        public StringBuffer format(long nombre, StringBuffer sortie, FieldPosition position) {
            return format((double) nombre, sortie, position);
        }

        @Override
        public Number parse(String source, ParsePosition position) {
            throw new UnsupportedOperationException("lecture d'un nombre d'axe");
        }
    }
}

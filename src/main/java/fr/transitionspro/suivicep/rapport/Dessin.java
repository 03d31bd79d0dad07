package fr.transitionspro.suivicep.rapport;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * What a figure draws, once, on any Graphics2D: the SVG of the page and the PNG of the DOCX are
 * two recordings of the same drawing, so they cannot show different figures. {@link #hauteur()}
 * is the height in CSS pixels for the report's width ({@link ExportGraphique#LARGEUR}).
 */
interface Dessin {

    void dessiner(Graphics2D g, Rectangle2D zone);

    int hauteur();
}

package fr.transitionspro.suivicep.rapport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import fr.transitionspro.suivicep.rapport.Bloc.Intertitre;
import fr.transitionspro.suivicep.rapport.Bloc.Liste;
import fr.transitionspro.suivicep.rapport.Bloc.Paragraphe;

/**
 * A section being written. Tables are numbered as they are appended, from a counter shared by
 * the whole report: sections are written in reading order, so « Tableau n » follows the page.
 */
final class SectionEnCours {

    private final String ancre;
    private final String numero;
    private final String titre;
    private final int niveau;
    private final AtomicInteger numerotation;
    private final AtomicInteger numerotationFigures;
    private final TextesVivants textes;
    private final List<Bloc> blocs = new ArrayList<>();

    SectionEnCours(String ancre, String numero, String titre, int niveau, AtomicInteger numerotation,
            AtomicInteger numerotationFigures, TextesVivants textes) {
        this.ancre = ancre;
        this.numero = numero;
        this.titre = titre;
        this.niveau = niveau;
        this.numerotation = numerotation;
        this.numerotationFigures = numerotationFigures;
        this.textes = textes;
    }

    /**
     * The section's live text (key: the section's anchor): the association's text if it wrote one,
     * else {@code defaut}, Markdown generated from the data with {{ … }} references (docs/textes.md).
     */
    SectionEnCours texte(String defaut) {
        return ajouterTexte(ancre, defaut);
    }

    /** A further live text of the section, under one of its sub-headings (key: anchor-partie, e.g. « ptp-profil »). */
    SectionEnCours texte(String partie, String defaut) {
        return ajouterTexte(ancre + "-" + partie, defaut);
    }

    private SectionEnCours ajouterTexte(String cle, String defaut) {
        textes.bloc(cle, numero.isEmpty() ? titre : numero + " " + titre, defaut).ifPresent(blocs::add);
        return this;
    }

    /** A text already rendered and sanitized ({@link MarkdownSur}) that is no live text of the association's. */
    SectionEnCours texteRiche(String html) {
        if (html != null && !html.isBlank()) {
            blocs.add(new Bloc.TexteRiche(html));
        }
        return this;
    }

    SectionEnCours paragraphe(String texte) {
        if (texte != null && !texte.isBlank()) {
            blocs.add(new Paragraphe(texte.strip()));
        }
        return this;
    }

    SectionEnCours intertitre(String texte) {
        blocs.add(new Intertitre(texte));
        return this;
    }

    SectionEnCours liste(List<String> elements) {
        if (!elements.isEmpty()) {
            blocs.add(new Liste(List.copyOf(elements)));
        }
        return this;
    }

    /** Appends the table, numbered; a table without any row is not printed (its absence is said in the text). */
    SectionEnCours tableau(ConstructeurTableau tableau) {
        if (!tableau.estVide()) {
            blocs.add(tableau.construire(numerotation.incrementAndGet()));
        }
        return this;
    }

    /**
     * Appends the chart, numbered like the tables in reading order, right after the table it
     * illustrates; a chart without any value is not printed (the table says « n.d. »).
     */
    SectionEnCours figure(ProjetFigure figure) {
        if (figure != null && figure.aDesValeurs()) {
            Tableau voisin = null;
            for (Bloc b : blocs) {
                if (b instanceof Tableau t) {
                    voisin = t;
                }
            }
            blocs.add(figure.construire(numerotationFigures.incrementAndGet(), voisin));
        }
        return this;
    }

    Section construire() {
        return new Section(ancre, numero, titre, niveau, List.copyOf(blocs));
    }
}

package fr.transitionspro.suivicep.rapport;

import java.util.List;

/**
 * What a section of the report is made of, in reading order. {@link #genre()} tells the template
 * which markup to use (Thymeleaf switches on it; it cannot test Java types).
 */
sealed interface Bloc permits Bloc.Paragraphe, Bloc.Intertitre, Bloc.Liste, Bloc.TexteRiche, Tableau, Figure {

    String genre();

    record Paragraphe(String texte) implements Bloc {
        @Override
        public String genre() {
            return "paragraphe";
        }
    }

    /** A heading below the numbered ones (« Le profil des bénéficiaires d'un PTP »): not in the contents. */
    record Intertitre(String texte) implements Bloc {
        @Override
        public String genre() {
            return "intertitre";
        }
    }

    record Liste(List<String> elements) implements Bloc {
        @Override
        public String genre() {
            return "liste";
        }
    }

    /**
     * A section's live text (Markdown written by the association, or generated from the data),
     * already rendered to HTML and sanitized: the template inserts it as is.
     */
    record TexteRiche(String html) implements Bloc {
        @Override
        public String genre() {
            return "texte";
        }
    }
}

package fr.transitionspro.suivicep.rapport;

import java.util.List;
import java.util.Map;

/**
 * What the template receives: the report's identity, the operators' names of the year (for the
 * fixed text), the data behind it, the two computed parts and the quality annex. Nothing else reaches the page.
 * {@code textesLibres}: the introduction, conclusion and prolongements (see {@link TextesLibres}).
 * {@code pointsAVerifier} is empty except in a draft, which lists them in an appendix.
 */
record Rapport(String region, String nomRegion, int annee, String edition, String enteteCourant,
        Map<String, String> operateurs, List<String> donneesMobilisees, List<Section> partie1, List<Section> partie2,
        List<Section> annexe, Map<String, Bloc.TexteRiche> textesLibres, List<PointAVerifier> pointsAVerifier) {

    /** « Rapport annuel — Suivi de la mise en œuvre du CEP — Transitions Pro Normandie — 2023 ». */
    public String titre() {
        return "Rapport annuel — Suivi de la mise en œuvre du CEP — Transitions Pro " + nomRegion + " — " + annee;
    }

    /** The operators' names of the year, as the methodological frame lists them. */
    public String listeOperateurs() {
        return String.join(", ", operateurs.values());
    }

    /** The running header as a CSS string (for {@code @page}); quotes, backslashes and XML specials escaped. */
    public String enteteCss() {
        return chaineCss(enteteCourant);
    }

    public String piedCss() {
        return chaineCss("Transitions Pro " + nomRegion + " – " + edition);
    }

    static String chaineCss(String texte) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : texte.toCharArray()) {
            switch (c) {
                case '"', '\\', '<', '&', '\n', '\r' -> sb.append('\\').append(Integer.toHexString(c)).append(' ');
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}

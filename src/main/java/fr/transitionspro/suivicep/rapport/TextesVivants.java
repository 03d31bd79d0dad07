package fr.transitionspro.suivicep.rapport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.transitionspro.suivicep.indicateurs.ValeurIndicateur;

/**
 * The live texts of one report (docs/textes.md). Each section writer asks for the text of a key
 * with the default it generated from the data; the association's stored text wins when there is
 * one. The Markdown is resolved ({{ … }} replaced by French values), rendered and sanitized.
 * Along the way, the numbers typed by hand that match no computed value, and the references
 * without a value, are collected as « points à vérifier » for drafts.
 */
final class TextesVivants {

    /** A text the report asked for: its key, the section it belongs to, and the default generated from the data. */
    record Utilise(String cle, String section, String defaut) {
    }

    /**
     * A number as French typography writes it (« 1 265 », « 9,9 », « 45 ») not glued to a word,
     * a code (RNCP35830) or another number. Followed by « .digit » it is a section number (2.1).
     */
    private static final Pattern NOMBRE = Pattern.compile(
            "(?<![\\p{L}\\p{N}_.,\\\\])(\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+|\\d+)(?:,(\\d+))?(?!\\p{N}|\\.\\p{N}|,\\p{N})");

    private final Donnees d;
    private final RenvoisTexte renvois;
    private final Map<String, String> stockes;
    private final Collection<ValeurIndicateur> valeurs;
    private final Map<String, Utilise> utilises = new LinkedHashMap<>();
    private final List<PointAVerifier> points = new ArrayList<>();
    /** The computed values rounded to n decimals, percentages apart: key « n% » or « n ». */
    private final Map<String, Set<BigDecimal>> arrondis = new HashMap<>();

    /**
     * @param stockes the stored texts by key (empty: every section prints its default)
     * @param valeurs every computed value of the report, against which hand-typed numbers are checked
     */
    TextesVivants(Donnees d, Map<String, String> stockes, Collection<ValeurIndicateur> valeurs) {
        this.d = d;
        this.renvois = new RenvoisTexte(d);
        this.stockes = Map.copyOf(stockes);
        this.valeurs = valeurs;
    }

    /** Without stored texts nor values to check against: the defaults only (tests, other callers of Redaction). */
    static TextesVivants parDefaut(Donnees d) {
        return new TextesVivants(d, Map.of(), List.of());
    }

    /**
     * The block of a live text: the stored text of {@code cle} if any, else {@code defaut}; empty
     * when that is blank.
     *
     * @throws TexteInvalide when a reference cannot be resolved (unknown indicator, option…)
     */
    Optional<Bloc.TexteRiche> bloc(String cle, String section, String defaut) {
        if (utilises.putIfAbsent(cle, new Utilise(cle, section, defaut == null ? "" : defaut)) != null) {
            throw new IllegalStateException("clé de texte en double : " + cle);
        }
        String markdown = stockes.getOrDefault(cle, defaut == null ? "" : defaut);
        if (markdown.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Bloc.TexteRiche(rendre(cle, section, markdown)));
    }

    /**
     * Gives the sections that asked for no text (Part 1, headings) their stored text, at the top,
     * and records their key so that they can be exported and imported too.
     */
    List<Section> completer(List<Section> sections) {
        List<Section> completees = new ArrayList<>();
        for (Section s : sections) {
            if (utilises.containsKey(s.ancre())) {
                completees.add(s);
                continue;
            }
            Optional<Bloc.TexteRiche> texte = bloc(s.ancre(), s.intitule(), "");
            if (texte.isEmpty()) {
                completees.add(s);
            } else {
                List<Bloc> blocs = new ArrayList<>();
                blocs.add(texte.get());
                blocs.addAll(s.blocs());
                completees.add(new Section(s.ancre(), s.numero(), s.titre(), s.niveau(), List.copyOf(blocs)));
            }
        }
        return completees;
    }

    /**
     * The same data and computed values with no stored text and no text asked for yet: renders one
     * draft exactly as the report would (editor preview), its points à vérifier kept apart.
     */
    TextesVivants vierge() {
        return new TextesVivants(d, Map.of(), valeurs);
    }

    /** Each well-formed reference of a text, in text order, with what it prints (« n.d. » when its value is missing). */
    List<Map.Entry<ReferenceTexte, RenvoisTexte.Resolu>> resolus(String markdown) {
        List<Map.Entry<ReferenceTexte, RenvoisTexte.Resolu>> resolus = new ArrayList<>();
        for (ReferenceTexte r : GabaritTexte.lire(markdown).references()) {
            if (renvois.erreur(r).isEmpty()) {
                resolus.add(Map.entry(r, renvois.resoudre(r)));
            }
        }
        return resolus;
    }

    /** Whether a reference resolves whatever the data (see {@link RenvoisTexte#erreur}). */
    boolean valide(ReferenceTexte r) {
        return renvois.erreur(r).isEmpty();
    }

    /** What a reference already checked by {@link #valide} prints. */
    RenvoisTexte.Resolu resoudre(ReferenceTexte r) {
        return renvois.resoudre(r);
    }

    /** The texts asked for, in reading order. */
    Map<String, Utilise> utilises() {
        return utilises;
    }

    List<PointAVerifier> points() {
        return List.copyOf(points);
    }

    /** The errors of a text, each « ligne N : {{ … }} : reason »; empty when every reference resolves. */
    List<String> erreurs(String markdown) {
        GabaritTexte gabarit = GabaritTexte.lire(markdown);
        List<String> erreurs = new ArrayList<>();
        for (GabaritTexte.NonFermee n : gabarit.nonFermees()) {
            erreurs.add("ligne " + n.ligne() + " : « " + n.debut() + " » : référence non fermée (« }} » manquant sur la ligne)");
        }
        for (ReferenceTexte r : gabarit.references()) {
            renvois.erreur(r).ifPresent(e -> erreurs.add("ligne " + r.ligne() + " : " + r.source() + " : " + e));
        }
        erreurs.sort(java.util.Comparator.comparingInt(TextesVivants::ligneDe));
        return erreurs;
    }

    private static int ligneDe(String erreur) {
        return Integer.parseInt(erreur.substring("ligne ".length(), erreur.indexOf(' ', "ligne ".length())));
    }

    /** The references of a text whose value is missing for the report's region and year. */
    List<ReferenceTexte> sansValeur(String markdown) {
        return GabaritTexte.lire(markdown).references().stream()
                .filter(r -> renvois.erreur(r).isEmpty() && renvois.resoudre(r).manquant()).toList();
    }

    private String rendre(String cle, String section, String markdown) {
        List<String> erreurs = erreurs(markdown);
        if (!erreurs.isEmpty()) {
            throw new TexteInvalide("Texte de la section « " + section + " » (clé " + cle + ") : " + String.join(" ; ", erreurs));
        }
        StringBuilder pourHtml = new StringBuilder();
        StringBuilder lisible = new StringBuilder();
        List<Map.Entry<Integer, String[]>> signales = new ArrayList<>();
        for (GabaritTexte.Morceau m : GabaritTexte.lire(markdown).morceaux()) {
            if (m.reference() == null) {
                Matcher nombre = NOMBRE.matcher(m.litteral());
                while (nombre.find()) {
                    String ecrit = ecrit(m.litteral(), nombre);
                    if (!estAnnee(nombre) && !correspond(nombre, ecrit.endsWith("%"))) {
                        signales.add(Map.entry(lisible.length() + nombre.start(), new String[] {ecrit, PointAVerifier.NOMBRE_SAISI}));
                    }
                }
                pourHtml.append(m.litteral());
                lisible.append(m.litteral());
            } else {
                RenvoisTexte.Resolu resolu = renvois.resoudre(m.reference());
                if (resolu.manquant()) {
                    signales.add(Map.entry(lisible.length(), new String[] {m.reference().source(), PointAVerifier.NON_DISPONIBLE}));
                }
                pourHtml.append(MarkdownSur.litteral(resolu.texte()));
                lisible.append(resolu.texte());
            }
        }
        for (Map.Entry<Integer, String[]> s : signales) {
            points.add(new PointAVerifier(section, s.getValue()[0], phrase(lisible.toString(), s.getKey()), s.getValue()[1]));
        }
        return MarkdownSur.enHtml(pourHtml.toString());
    }

    /** « 45 % » when the number is followed by a percent sign, as the reader will look for it. */
    private static String ecrit(String texte, Matcher nombre) {
        String suite = texte.substring(nombre.end());
        Matcher pourcent = Pattern.compile("^[ \\u00a0\\u202f]?%").matcher(suite);
        return nombre.group() + (pourcent.find() ? "\u00a0%" : "");
    }

    /** A year (four digits between 1990 and 2100, no decimal) dates a sentence; it is no figure to check. */
    private static boolean estAnnee(Matcher nombre) {
        if (nombre.group(2) != null || !nombre.group(1).matches("\\d{4}")) {
            return false;
        }
        int n = Integer.parseInt(nombre.group(1));
        return n >= 1990 && n <= 2100;
    }

    /**
     * Whether some computed value of the report, rounded to the precision the number is written
     * with, gives that number (sign ignored: « diminué de 3,2 % » writes −3,2 without its sign).
     * A number written with « % » is compared with the percentages only, another with the counts,
     * ages and ranks: « 45 % » is not vouched for by 45 dossiers.
     */
    private boolean correspond(Matcher nombre, boolean pourcentage) {
        String entiere = nombre.group(1).replaceAll("[ \\u00a0\\u202f]", "");
        String decimales = nombre.group(2) == null ? "" : nombre.group(2);
        BigDecimal ecrit = new BigDecimal(entiere + (decimales.isEmpty() ? "" : "." + decimales));
        return arrondis.computeIfAbsent(decimales.length() + (pourcentage ? "%" : ""),
                cle -> arrondir(decimales.length(), pourcentage)).contains(ecrit);
    }

    private Set<BigDecimal> arrondir(int decimales, boolean pourcentage) {
        Set<BigDecimal> ensemble = new HashSet<>();
        for (ValeurIndicateur v : valeurs) {
            if (Double.isFinite(v.valeur()) && "pourcentage".equals(v.unite()) == pourcentage) {
                ensemble.add(BigDecimal.valueOf(Math.abs(v.valeur())).setScale(decimales, RoundingMode.HALF_UP));
            }
        }
        return ensemble;
    }

    /** The printed sentence around a position, without the Markdown marks a reader does not see. */
    private static String phrase(String texte, int position) {
        int debutLigne = texte.lastIndexOf('\n', Math.max(0, position - 1)) + 1;
        int finLigne = texte.indexOf('\n', position);
        String ligne = texte.substring(debutLigne, finLigne < 0 ? texte.length() : finLigne);
        int dans = position - debutLigne;
        BreakIterator phrases = BreakIterator.getSentenceInstance(Locale.FRANCE);
        phrases.setText(ligne);
        int fin = phrases.following(Math.min(dans, Math.max(0, ligne.length() - 1)));
        int debut = phrases.previous();
        String phrase = ligne.substring(Math.max(0, debut), fin == BreakIterator.DONE ? ligne.length() : fin);
        return phrase.replaceAll("^\\s*(?:[-*+>]|\\d+\\.)\\s+", "").replaceAll("[*_`\\\\]", "").strip();
    }
}

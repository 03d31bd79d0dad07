package fr.transitionspro.suivicep.rapport;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.indicateurs.Catalogue;
import fr.transitionspro.suivicep.referentiel.FormatFrancais;
import fr.transitionspro.suivicep.referentiel.Nomenclatures;

/**
 * The live texts of a region and year edited one section at a time (the web editor), with the same
 * rules as {@link TextesRapport}: every reference is checked before anything is stored, a text equal
 * to the default is not stored (the section keeps following the data), and a draft is previewed
 * exactly as the report will print it.
 *
 * <p>The defaults and the values come from a report prepared without the stored texts, which computes
 * every indicator of the series: seconds on a full year of data, too slow to repeat for each keystroke
 * of a preview. That preparation is kept per region and year until the import journal changes (every
 * import, through the browser or the command line, adds a row to it).
 */
public final class EditionTextes {

    /** One text of the list, in the report's reading order. */
    public record SectionTexte(String cle, String partie, String section, boolean modifie, Optional<LocalDateTime> modifieLe,
            String debut) {
    }

    /** One text to edit: the stored Markdown if any, else the default. */
    public record Texte(String cle, String partie, String section, String markdown, String defaut, boolean modifie,
            Optional<LocalDateTime> modifieLe) {
    }

    /**
     * A figure a text cites: the reference as written, its line, and what the report prints for it.
     *
     * @param manquant the value does not exist for the region and year: « n.d. » is printed
     */
    public record Chiffre(String reference, int ligne, String valeur, boolean manquant) {
    }

    /**
     * A draft as the report will print it.
     *
     * @param html     the rendered, sanitized text (invalid references shown as written, in bold, when there are errors)
     * @param erreurs  why the text cannot be saved, one French message per faulty reference (« ligne 2 : {{ x }} : … »)
     * @param chiffres the references that resolve, with their printed value
     * @param points   the « points à vérifier » the text raises: numbers typed by hand matching no computed value,
     *                 references without value
     */
    public record Apercu(String html, List<String> erreurs, List<Chiffre> chiffres, List<String> points) {
        public boolean valide() {
            return erreurs.isEmpty();
        }
    }

    /**
     * What a save did.
     *
     * @param parDefaut the text was the default one: nothing is stored and any stored text is removed
     */
    public record Enregistrement(boolean parDefaut, Apercu apercu) {
    }

    private record Preparee(long version, TextesVivants defauts) {
    }

    private final Base base;
    private final Catalogue catalogue;
    /** A section's comment, not a book: a bound that keeps a pasted document from being rendered at each keystroke. */
    public static final int LONGUEUR_MAXIMALE = 20_000;
    /** Preparations kept (one per region and year, the least recently used dropped): each holds every value of a series. */
    private static final int PREPARATIONS_GARDEES = 4;

    private final Map<String, Preparee> preparees = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Preparee> plusAncienne) {
            return size() > PREPARATIONS_GARDEES;
        }
    };

    public EditionTextes(Base base, Catalogue catalogue) {
        this.base = base;
        this.catalogue = catalogue;
    }

    /** Every text of the report of a region and year, in reading order, with whether the association changed it. */
    public List<SectionTexte> sections(String region, int annee) {
        String code = region(region);
        TextesVivants defauts = defauts(code, annee);
        Map<String, String> stockes = DepotTextes.lire(base, code, annee);
        Map<String, LocalDateTime> dates = DepotTextes.dates(base, code, annee);
        List<SectionTexte> sections = new ArrayList<>();
        for (TextesVivants.Utilise u : ordre(defauts)) {
            String markdown = stockes.getOrDefault(u.cle(), u.defaut());
            sections.add(new SectionTexte(u.cle(), partie(u.cle()), u.section(), stockes.containsKey(u.cle()),
                    Optional.ofNullable(dates.get(u.cle())), debut(defauts, markdown)));
        }
        return sections;
    }

    /** How many texts of the region and year the association changed (cheap: no report is prepared). */
    public int modifies(String region, int annee) {
        return DepotTextes.lire(base, region(region), annee).size();
    }

    /** The text of one section; empty when {@code cle} is no key of the report's plan. */
    public Optional<Texte> texte(String region, int annee, String cle) {
        String code = region(region);
        TextesVivants.Utilise u = defauts(code, annee).utilises().get(cle);
        if (u == null) {
            return Optional.empty();
        }
        Optional<String> stocke = Optional.ofNullable(DepotTextes.lire(base, code, annee).get(cle));
        return Optional.of(new Texte(cle, partie(cle), u.section(), stocke.orElse(u.defaut()), u.defaut(), stocke.isPresent(),
                Optional.ofNullable(DepotTextes.dates(base, code, annee).get(cle))));
    }

    /** The draft of a section rendered as the report will print it, with its errors and figures; stores nothing. */
    public Apercu apercu(String region, int annee, String cle, String markdown) {
        String code = region(region);
        TextesVivants defauts = defauts(code, annee);
        TextesVivants.Utilise u = utilise(defauts, cle);
        String texte = markdown == null ? "" : markdown.replace("\r\n", "\n");
        if (texte.length() > LONGUEUR_MAXIMALE) {
            return new Apercu("", List.of("texte trop long : " + FormatFrancais.entier(texte.length()) + " caractères ("
                    + FormatFrancais.entier(LONGUEUR_MAXIMALE) + " au plus)"), List.of(), List.of());
        }
        List<String> erreurs = defauts.erreurs(texte);
        List<Chiffre> chiffres = defauts.resolus(texte).stream().map(e -> new Chiffre(e.getKey().source(), e.getKey().ligne(),
                e.getValue().texte(), e.getValue().manquant())).toList();
        if (!erreurs.isEmpty()) {
            return new Apercu(malgreErreurs(defauts, texte), erreurs, chiffres, List.of());
        }
        TextesVivants brouillon = defauts.vierge();
        String html = brouillon.bloc(cle, u.section(), texte).map(Bloc.TexteRiche::html).orElse("");
        List<String> points = brouillon.points().stream().map(p -> "« " + p.element() + " » : " + p.nature()
                + (p.phrase().isBlank() ? "" : " (« " + p.phrase() + " »)")).toList();
        return new Apercu(html, List.of(), chiffres, points);
    }

    /**
     * Checks every reference of the text then stores it; a text equal to the default removes the stored one instead.
     *
     * @throws TexteInvalide naming the section, each line and faulty reference; nothing is stored then
     * @throws IllegalArgumentException when {@code cle} is no key of the report's plan
     */
    public Enregistrement enregistrer(String region, int annee, String cle, String markdown) {
        String code = region(region);
        TextesVivants.Utilise u = utilise(defauts(code, annee), cle);
        String texte = markdown == null ? "" : markdown.replace("\r\n", "\n");
        Apercu apercu = apercu(code, annee, cle, texte);
        if (!apercu.valide()) {
            throw new TexteInvalide("Texte de la section « " + u.section() + " » (clé " + cle + ") refusé, rien n'a été enregistré : "
                    + String.join(" ; ", apercu.erreurs()));
        }
        // As with the import of files: storing the default would freeze today's wording of the generator.
        boolean parDefaut = texte.strip().equals(u.defaut().strip());
        if (parDefaut) {
            DepotTextes.enregistrer(base, code, annee, Map.of(), Set.of(cle));
        } else {
            DepotTextes.enregistrer(base, code, annee, Map.of(cle, texte), Set.of());
        }
        return new Enregistrement(parDefaut, apercu);
    }

    /** Removes the stored text of a section: the report prints the default text again. */
    public void retablir(String region, int annee, String cle) {
        String code = region(region);
        utilise(defauts(code, annee), cle);
        DepotTextes.enregistrer(base, code, annee, Map.of(), Set.of(cle));
    }

    private synchronized TextesVivants defauts(String region, int annee) {
        long version = base.jdbi().withHandle(h -> h.createQuery("SELECT COALESCE(MAX(id), 0) FROM journal_import")
                .mapTo(Long.class).one());
        String cle = region + "/" + annee;
        Preparee preparee = preparees.get(cle);
        if (preparee == null || preparee.version() != version) {
            preparee = new Preparee(version, new GenerateurRapport(base, catalogue).preparer(region, annee, Map.of()).textes());
            preparees.put(cle, preparee);
        }
        return preparee.defauts();
    }

    private static TextesVivants.Utilise utilise(TextesVivants defauts, String cle) {
        TextesVivants.Utilise u = defauts.utilises().get(cle);
        if (u == null) {
            throw new IllegalArgumentException("« " + cle + " » n'est pas une clé de section du rapport");
        }
        return u;
    }

    /** The report prints the introduction first and the conclusion and prolongements last (see rapport.html). */
    private static List<TextesVivants.Utilise> ordre(TextesVivants defauts) {
        List<TextesVivants.Utilise> ordre = new ArrayList<>();
        Optional.ofNullable(defauts.utilises().get("introduction")).ifPresent(ordre::add);
        defauts.utilises().values().stream().filter(u -> !u.cle().equals("introduction")).forEach(ordre::add);
        return ordre;
    }

    private static String partie(String cle) {
        return switch (cle) {
            case "introduction" -> "Introduction";
            case "conclusion" -> "Conclusion";
            case "prolongements" -> "Prolongements";
            default -> cle.startsWith("p1-") ? "Partie 1 : les coopérations" : "Partie 2 : le CEP et les parcours";
        };
    }

    /** The first words of a text as printed, to tell apart the several texts of one section. */
    private static String debut(TextesVivants defauts, String markdown) {
        StringBuilder lisible = new StringBuilder();
        for (GabaritTexte.Morceau m : GabaritTexte.lire(markdown).morceaux()) {
            lisible.append(m.reference() == null ? m.litteral()
                    : defauts.valide(m.reference()) ? defauts.resoudre(m.reference()).texte()
                    : m.reference().source());
        }
        String texte = lisible.toString().replaceAll("[*_`#>\\\\]", "").replaceAll("\\s+", " ").strip();
        return texte.length() <= 140 ? texte : texte.substring(0, texte.lastIndexOf(' ', 140)) + "…";
    }

    /** A draft with faulty references still previewed: those references are shown as written, in bold. */
    private static String malgreErreurs(TextesVivants defauts, String markdown) {
        StringBuilder texte = new StringBuilder();
        for (GabaritTexte.Morceau m : GabaritTexte.lire(markdown).morceaux()) {
            if (m.reference() == null) {
                texte.append(m.litteral());
            } else if (defauts.valide(m.reference())) {
                texte.append(MarkdownSur.litteral(defauts.resoudre(m.reference()).texte()));
            } else {
                texte.append("**").append(MarkdownSur.litteral(m.reference().source())).append("**");
            }
        }
        return MarkdownSur.enHtml(texte.toString());
    }

    private static String region(String region) {
        return Nomenclatures.REGION.lire(region).orElseThrow(() -> new IllegalArgumentException(
                "Région « " + region + " » inconnue (attendu : " + Nomenclatures.REGION.attendu() + ")"));
    }
}

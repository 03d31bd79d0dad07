package fr.transitionspro.suivicep.contributions;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jdbi.v3.core.Handle;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.comptes.Role;
import fr.transitionspro.suivicep.referentiel.FormatFrancais;
import fr.transitionspro.suivicep.referentiel.Nomenclatures;

/**
 * The operators' contributions to the report and their review, with every rule in one place (the web pages only
 * show what these methods allow):
 * <ul>
 * <li>only an OPERATEUR account of the contribution's region and operator writes, saves and submits it;</li>
 * <li>only the REFERENT of the region approves a submitted contribution or sends it back, with a mandatory comment;
 * either names the version it read, so that a text changed in between is not approved unread;</li>
 * <li>an approved contribution is locked: nobody edits, submits, approves or sends it back any more;</li>
 * <li>every step is added to the history with its author, time, comment and the text at that moment; the history
 * is only ever appended to;</li>
 * <li>the region's accounts and NATIONAL read the contributions, an OPERATEUR only its own operator's.</li>
 * </ul>
 * Each step is one transaction: the contribution and its history change together or not at all.
 */
public final class Contributions {

    /** The operators in the order of the report's sections 2.1 to 2.5. */
    public static final List<String> OPERATEURS = List.of("FRANCE_COMPETENCES", "FRANCE_TRAVAIL", "MISSION_LOCALE", "CAP_EMPLOI", "APEC");

    /** A generous page and a half of report per section; beyond, the text belongs in an annex. */
    public static final int LONGUEUR_MAXIMALE = 20_000;

    private final Base base;
    private final Clock horloge;

    public Contributions(Base base) {
        this(base, Clock.systemDefaultZone());
    }

    public Contributions(Base base, Clock horloge) {
        this.base = base;
        this.horloge = horloge;
    }

    // ---- who may do what ----

    public static boolean peutLire(Acteur a, Cle c) {
        if (a.role() == Role.NATIONAL) {
            return true;
        }
        return c.region().equals(a.region()) && (a.role() != Role.OPERATEUR || c.operateur().equals(a.operateur()));
    }

    public static boolean peutRediger(Acteur a, Cle c) {
        return a.role() == Role.OPERATEUR && c.region().equals(a.region()) && c.operateur().equals(a.operateur());
    }

    public static boolean peutExaminer(Acteur a, String region) {
        return a.role() == Role.REFERENT && region.equals(a.region());
    }

    // ---- reading ----

    public Optional<Contribution> lire(Acteur a, Cle c) {
        verifierCle(c);
        exiger(peutLire(a, c), a, "lire", c);
        return base.jdbi().withHandle(h -> courante(h, c));
    }

    /** The stored contributions of the region and year that the account may read, in the report's order. */
    public List<Contribution> lister(Acteur a, String region, int annee) {
        List<Contribution> toutes = base.jdbi().withHandle(h -> h.createQuery("SELECT operateur, section_rapport, markdown, statut, "
                        + "version, modifie_le, modifie_par FROM contribution WHERE region = :r AND annee = :a")
                .bind("r", region).bind("a", annee)
                .map((rs, ctx) -> new Contribution(new Cle(region, annee, rs.getString(1), SectionContribution.valueOf(rs.getString(2))),
                        rs.getString(3), Statut.valueOf(rs.getString(4)), rs.getInt(5), rs.getTimestamp(6).toLocalDateTime(),
                        rs.getString(7)))
                .list());
        return toutes.stream().filter(c -> peutLire(a, c.cle()))
                .sorted(java.util.Comparator.comparingInt((Contribution c) -> OPERATEURS.indexOf(c.cle().operateur()))
                        .thenComparing(c -> c.cle().section()))
                .toList();
    }

    /** The steps of the contribution, first to last. */
    public List<Etape> historique(Acteur a, Cle c) {
        verifierCle(c);
        exiger(peutLire(a, c), a, "lire l'historique de", c);
        return base.jdbi().withHandle(h -> h.createQuery("SELECT numero, horodatage, auteur, role_auteur, statut_avant, statut_apres, "
                        + "commentaire, markdown FROM contribution_historique WHERE region = :r AND annee = :a AND operateur = :o "
                        + "AND section_rapport = :s ORDER BY numero")
                .bind("r", c.region()).bind("a", c.annee()).bind("o", c.operateur()).bind("s", c.section().name())
                .map((rs, ctx) -> new Etape(rs.getInt(1), rs.getTimestamp(2).toLocalDateTime(), rs.getString(3), rs.getString(4),
                        rs.getString(5) == null ? null : Statut.valueOf(rs.getString(5)), Statut.valueOf(rs.getString(6)),
                        rs.getString(7), rs.getString(8)))
                .list());
    }

    /**
     * The approved texts of the region and year, for the report: by section, then by operator in the report's order.
     * No account here: whoever may read the report reads what was approved for it, and nothing else.
     */
    public static Map<SectionContribution, Map<String, String>> validees(Base base, String region, int annee) {
        Map<SectionContribution, Map<String, String>> parSection = new EnumMap<>(SectionContribution.class);
        for (SectionContribution s : SectionContribution.values()) {
            parSection.put(s, new LinkedHashMap<>());
        }
        Map<String, Map<SectionContribution, String>> lues = new LinkedHashMap<>();
        base.jdbi().useHandle(h -> h.createQuery("SELECT operateur, section_rapport, markdown FROM contribution "
                        + "WHERE region = :r AND annee = :a AND statut = 'VALIDEE'")
                .bind("r", region).bind("a", annee)
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .forEach(l -> lues.computeIfAbsent(l[0], k -> new EnumMap<>(SectionContribution.class))
                        .put(SectionContribution.valueOf(l[1]), l[2])));
        for (String operateur : OPERATEURS) {
            lues.getOrDefault(operateur, Map.of()).forEach((s, texte) -> parSection.get(s).put(operateur, texte));
        }
        return parSection;
    }

    // ---- the operator's steps ----

    /** Saves the text as a draft (a submitted text saved again goes back to draft, out of the référent's queue). */
    public Contribution enregistrer(Acteur a, Cle c, String markdown) {
        verifierCle(c);
        exiger(peutRediger(a, c), a, "rédiger", c);
        String texte = texte(markdown);
        return base.jdbi().inTransaction(h -> {
            Optional<Contribution> avant = courante(h, c);
            refuserSiVerrouillee(avant);
            return etape(h, a, c, avant, Statut.BROUILLON, null, texte);
        });
    }

    /** Saves and submits the text for the référent's review. */
    public Contribution soumettre(Acteur a, Cle c, String markdown) {
        verifierCle(c);
        exiger(peutRediger(a, c), a, "soumettre", c);
        String texte = texte(markdown);
        if (texte.isBlank()) {
            throw new ContributionRefusee("Le texte est vide\u00a0: écrivez la contribution avant de la soumettre.");
        }
        return base.jdbi().inTransaction(h -> {
            Optional<Contribution> avant = courante(h, c);
            refuserSiVerrouillee(avant);
            return etape(h, a, c, avant, Statut.SOUMISE, null, texte);
        });
    }

    // ---- the référent's steps ----

    /** Approves the submitted version {@code versionLue}: the text is locked and goes into the report. */
    public Contribution valider(Acteur a, Cle c, int versionLue, String commentaire) {
        return examiner(a, c, versionLue, Statut.VALIDEE, commentaire);
    }

    /** Sends the submitted version {@code versionLue} back to the operator; the comment says what to change. */
    public Contribution renvoyer(Acteur a, Cle c, int versionLue, String commentaire) {
        if (commentaire == null || commentaire.isBlank()) {
            throw new ContributionRefusee("Dites à l'opérateur ce qu'il doit changer\u00a0: le commentaire est obligatoire pour renvoyer "
                    + "une contribution.");
        }
        return examiner(a, c, versionLue, Statut.RENVOYEE, commentaire);
    }

    private Contribution examiner(Acteur a, Cle c, int versionLue, Statut decision, String commentaire) {
        verifierCle(c);
        exiger(peutExaminer(a, c.region()), a, decision == Statut.VALIDEE ? "valider" : "renvoyer", c);
        String note = commentaire == null || commentaire.isBlank() ? null : normaliser(commentaire).strip();
        if (note != null && note.length() > LONGUEUR_MAXIMALE) {
            throw new ContributionRefusee("Le commentaire dépasse " + FormatFrancais.entier(LONGUEUR_MAXIMALE) + " caractères.");
        }
        return base.jdbi().inTransaction(h -> {
            Optional<Contribution> avant = courante(h, c);
            refuserSiVerrouillee(avant);
            if (avant.isEmpty() || avant.get().statut() != Statut.SOUMISE) {
                throw new ContributionRefusee("Cette contribution n'est pas soumise ("
                        + avant.map(x -> x.statut().etat()).orElse("pas encore rédigée") + ")\u00a0: il n'y a rien à "
                        + (decision == Statut.VALIDEE ? "valider." : "renvoyer."));
            }
            if (avant.get().version() != versionLue) {
                throw new ContributionRefusee("L'opérateur a modifié sa contribution depuis votre lecture\u00a0: relisez-la avant de "
                        + (decision == Statut.VALIDEE ? "la valider." : "la renvoyer."));
            }
            return etape(h, a, c, avant, decision, note, avant.get().markdown());
        });
    }

    // ---- storage ----

    private Contribution etape(Handle h, Acteur a, Cle c, Optional<Contribution> avant, Statut apres, String commentaire, String texte) {
        LocalDateTime maintenant = LocalDateTime.now(horloge).truncatedTo(ChronoUnit.SECONDS);
        int version = avant.map(Contribution::version).orElse(0) + 1;
        if (avant.isEmpty()) {
            h.createUpdate("INSERT INTO contribution (region, annee, operateur, section_rapport, markdown, statut, version, modifie_le, "
                            + "modifie_par) VALUES (:r, :a, :o, :s, :m, :st, :v, :t, :p)")
                    .bind("r", c.region()).bind("a", c.annee()).bind("o", c.operateur()).bind("s", c.section().name())
                    .bind("m", texte).bind("st", apres.name()).bind("v", version).bind("t", maintenant).bind("p", a.email()).execute();
        } else {
            // The version in the WHERE clause: a concurrent step in between changes no row, and the transaction fails.
            int lignes = h.createUpdate("UPDATE contribution SET markdown = :m, statut = :st, version = :v, modifie_le = :t, "
                            + "modifie_par = :p WHERE region = :r AND annee = :a AND operateur = :o AND section_rapport = :s "
                            + "AND version = :avant")
                    .bind("r", c.region()).bind("a", c.annee()).bind("o", c.operateur()).bind("s", c.section().name())
                    .bind("m", texte).bind("st", apres.name()).bind("v", version).bind("t", maintenant).bind("p", a.email())
                    .bind("avant", avant.get().version()).execute();
            if (lignes != 1) {
                throw new ContributionRefusee("La contribution vient d'être modifiée par ailleurs\u00a0: rechargez la page.");
            }
        }
        h.createUpdate("INSERT INTO contribution_historique (region, annee, operateur, section_rapport, numero, horodatage, auteur, "
                        + "role_auteur, statut_avant, statut_apres, commentaire, markdown) "
                        + "VALUES (:r, :a, :o, :s, :n, :t, :p, :role, :avant, :apres, :c, :m)")
                .bind("r", c.region()).bind("a", c.annee()).bind("o", c.operateur()).bind("s", c.section().name())
                .bind("n", version).bind("t", maintenant).bind("p", a.email()).bind("role", a.role().name())
                .bind("avant", avant.map(x -> x.statut().name()).orElse(null)).bind("apres", apres.name())
                .bind("c", commentaire).bind("m", texte).execute();
        return new Contribution(c, texte, apres, version, maintenant, a.email());
    }

    private static Optional<Contribution> courante(Handle h, Cle c) {
        return h.createQuery("SELECT markdown, statut, version, modifie_le, modifie_par FROM contribution "
                        + "WHERE region = :r AND annee = :a AND operateur = :o AND section_rapport = :s")
                .bind("r", c.region()).bind("a", c.annee()).bind("o", c.operateur()).bind("s", c.section().name())
                .map((rs, ctx) -> new Contribution(c, rs.getString(1), Statut.valueOf(rs.getString(2)), rs.getInt(3),
                        rs.getTimestamp(4).toLocalDateTime(), rs.getString(5)))
                .findOne();
    }

    // ---- checks ----

    private static void refuserSiVerrouillee(Optional<Contribution> avant) {
        if (avant.isPresent() && avant.get().verrouillee()) {
            throw new ContributionRefusee("Cette contribution est validée\u00a0: elle ne peut plus être modifiée.");
        }
    }

    private static void exiger(boolean permis, Acteur a, String quoi, Cle c) {
        if (!permis) {
            throw new ContributionInterdite("Le compte " + a.email() + " (" + a.role() + ") ne peut pas " + quoi + " la contribution "
                    + c.operateur() + " " + c.section().chemin() + " de la région " + c.region() + " pour " + c.annee());
        }
    }

    private static void verifierCle(Cle c) {
        Objects.requireNonNull(c.section(), "section");
        if (Nomenclatures.REGION.lire(c.region()).filter(c.region()::equals).isEmpty()) {
            throw new IllegalArgumentException("Région « " + c.region() + " » inconnue");
        }
        if (!OPERATEURS.contains(c.operateur())) {
            throw new IllegalArgumentException("Opérateur « " + c.operateur() + " » inconnu (attendu\u00a0: " + String.join(", ", OPERATEURS) + ")");
        }
    }

    /** Line ends as LF, trailing blanks of the whole text removed; too long a text is refused, not cut. */
    private static String texte(String markdown) {
        String texte = markdown == null ? "" : normaliser(markdown).stripTrailing();
        if (texte.length() > LONGUEUR_MAXIMALE) {
            throw new ContributionRefusee("Le texte compte " + FormatFrancais.entier(texte.length()) + " caractères, au-delà des "
                    + FormatFrancais.entier(LONGUEUR_MAXIMALE) + " permis\u00a0: raccourcissez-le.");
        }
        return texte;
    }

    private static String normaliser(String texte) {
        return texte.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The steps of the contribution that were a sending back, last first (what the operator must address). */
    public static List<Etape> renvois(List<Etape> historique) {
        List<Etape> renvois = new ArrayList<>();
        for (int i = historique.size() - 1; i >= 0; i--) {
            if (historique.get(i).apres() == Statut.RENVOYEE) {
                renvois.add(historique.get(i));
            }
        }
        return renvois;
    }
}

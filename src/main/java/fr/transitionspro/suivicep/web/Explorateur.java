package fr.transitionspro.suivicep.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.indicateurs.CacheIndicateurs;
import fr.transitionspro.suivicep.comptes.Role;
import fr.transitionspro.suivicep.diffusion.SecretStatistique;
import fr.transitionspro.suivicep.diffusion.Tableur;
import fr.transitionspro.suivicep.indicateurs.Diffusion;
import fr.transitionspro.suivicep.indicateurs.Catalogue;
import fr.transitionspro.suivicep.indicateurs.Definition;
import fr.transitionspro.suivicep.indicateurs.MoteurIndicateurs;
import fr.transitionspro.suivicep.indicateurs.Personnes;
import fr.transitionspro.suivicep.indicateurs.Tracabilite;
import fr.transitionspro.suivicep.indicateurs.Trace;
import fr.transitionspro.suivicep.indicateurs.ValeurIndicateur;
import fr.transitionspro.suivicep.indicateurs.Valeurs;
import fr.transitionspro.suivicep.referentiel.FormatFrancais;
import fr.transitionspro.suivicep.referentiel.Nomenclatures;
import fr.transitionspro.suivicep.referentiel.NomsOperateurs;

/**
 * The indicator explorer: the values of one indicator for a region (or FM, FR) and a year, with their dimensions
 * labelled in French, as a table, a bar chart and CSV / XLSX downloads. The engine gives the whole catalogue for
 * the year and region (as « suivi-cep indicateurs » does) from the server's cache, which recomputes only what an
 * import changed; the explorer keeps the chosen indicator.
 *
 * <p>Each table shown (indicator × perimeter × year, masked or not) is also kept in memory, so that the page many
 * people read at once costs one small query ({@link #photo()}) instead of the engine and the disclosure rule.
 * Freshness contract: a kept table is served only while the fingerprint of everything it was made from is the one
 * read from the base by the request itself; any import (the server's or another process's, e.g. the command line
 * on PostgreSQL), configuration or purge changes it. Reads run beside the other requests ({@link AccesBase}); a
 * table not kept yet is made in the base's turn, which is also when the engine writes its cache table.
 */
@Service
class Explorateur {

    /** The catalogue's themes, in the report's order, recognised by the indicator's id. */
    static final Map<String, String> THEMES;

    static {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("cep", "Conseil en évolution professionnelle (CEP)");
        t.put("ptp", "Projet de transition professionnelle (PTP)");
        t.put("prp", "Démission-reconversion");
        t.put("autres", "Autres dispositifs (Transitions collectives, VAE, CléA)");
        t.put("enquete", "Enquête de suivi");
        THEMES = t;
    }

    private static final Map<String, String> NOMS_DIMENSIONS = Map.ofEntries(
            Map.entry("operateur", "Opérateur"), Map.entry("sexe", "Sexe"), Map.entry("tranche_age", "Tranche d’âge"),
            Map.entry("niveau", "Niveau"), Map.entry("objectif", "Objectif"), Map.entry("statut", "Situation"),
            Map.entry("contrat", "Contrat"), Map.entry("csp", "Catégorie socioprofessionnelle"), Map.entry("rqth", "RQTH"),
            Map.entry("projet", "Projet"), Map.entry("temps_partiel", "Temps partiel"), Map.entry("statut_candidat", "Statut"),
            Map.entry("cep", "Accompagnement CEP"), Map.entry("section", "Secteur d’activité"), Map.entry("dispositif", "Dispositif"),
            Map.entry("decision", "Décision"), Map.entry("systeme", "Système d’information"), Map.entry("metier", "Métier"),
            Map.entry("certification", "Certification"), Map.entry("raison", "Raison"));

    record Theme(String nom, List<Definition> indicateurs) {
    }

    /** A dimension's value: its code and what a person reads. */
    record Modalite(String code, String libelle) {
    }

    /** {@code secret}: masked by the disclosure rule; {@code texte} is then « s » and the value is never shown. */
    record Ligne(List<Modalite> modalites, double valeur, String texte, boolean secret) {
        public String etiquette() {
            return modalites.isEmpty() ? "Ensemble" : String.join(" · ", modalites.stream().map(Modalite::libelle).toList());
        }
    }

    /**
     * The values of one indicator × region × year; {@code dimensions} are the columns (codes) the lines fill;
     * {@code regle} the disclosure rule applied, null when the reader sees the values themselves (REFERENT).
     */
    record Tableau(Definition definition, String region, int annee, List<String> dimensions, List<Ligne> lignes, long millisecondes,
            SecretStatistique regle) {
        public List<String> entetes() {
            return dimensions.stream().map(Explorateur::nomDimension).toList();
        }

        /** The note under the table when a value is masked: which rule applied. */
        public String noteSecret() {
            return regle == null || lignes.stream().noneMatch(Ligne::secret) ? null : regle.note(true);
        }
    }

    /**
     * What a table shown depends on besides the catalogue (fixed for the server's life), in one query: the slices
     * (the import behind each type × region × year: the engine's own fingerprint, see EmpreintesDonnees), the
     * series breaks, the disclosure thresholds, the operators' names and the purged years. Columns kept in their
     * types (no conversion to text: DuckDB answers a third faster); a number first says which table a row is of.
     */
    static final String EMPREINTE = "SELECT 1 AS t, type AS a, region AS b, annee AS c, import_id AS d, NULL AS e FROM tranche "
            + "UNION ALL SELECT 2, source, NULL, annee, NULL, motif FROM rupture_serie "
            + "UNION ALL SELECT 3, region, NULL, seuil, NULL, NULL FROM regle_secret "
            + "UNION ALL SELECT 4, operateur, region, annee_debut, annee_fin, libelle FROM libelle_operateur "
            + "UNION ALL SELECT 5, NULL, NULL, annee, NULL, NULL FROM annee_purgee";

    /** Tables kept at most (each a few lines): beyond, the memory starts again empty. */
    static final int TABLEAUX_GARDES = 4096;

    private record Cle(String indicateur, String perimetre, int annee, boolean secret) {
    }

    /**
     * The tables made under one fingerprint of the data, and what making them read, kept for the next ones: the
     * engine's values of every region (by years asked, then region), the sample sizes (by years, then indicator),
     * the regions' disclosure rules and operators' names.
     */
    private record Memoire(String empreinte, Map<Cle, Tableau> tableaux,
            Map<List<Integer>, Map<String, List<ValeurIndicateur>>> valeurs,
            Map<Set<Integer>, Map<String, List<ValeurIndicateur>>> effectifs,
            Map<String, SecretStatistique> regles, Map<String, NomsOperateurs> noms) {
        Memoire(String empreinte) {
            this(empreinte, new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>(),
                    new ConcurrentHashMap<>());
        }
    }

    private final Base base;
    private final Catalogue catalogue;
    private final Habilitations habilitations;
    private final CacheIndicateurs cache;
    private final AccesBase acces;
    private volatile Memoire memoire = new Memoire("");

    Explorateur(Base base, Catalogue catalogue, Habilitations habilitations, CacheIndicateurs cache, AccesBase acces) {
        this.base = base;
        this.catalogue = catalogue;
        this.habilitations = habilitations;
        this.cache = cache;
        this.acces = acces;
    }

    static String theme(String id) {
        String prefixe = id.substring(0, id.indexOf('.') < 0 ? id.length() : id.indexOf('.'));
        return switch (prefixe) {
            case "cep", "population", "ecarts" -> "cep";
            case "ptp", "prp", "enquete" -> prefixe;
            default -> "autres";
        };
    }

    List<Theme> themes() {
        List<Theme> themes = new ArrayList<>();
        THEMES.forEach((cle, nom) -> themes.add(new Theme(nom,
                catalogue.definitions().stream().filter(d -> theme(d.id()).equals(cle)).toList())));
        return themes;
    }

    /** The themes with the indicators the account gets values of: an OPERATEUR only those broken down by operator. */
    List<Theme> themes(Utilisateur utilisateur) {
        if (utilisateur.role() != Role.OPERATEUR) {
            return themes();
        }
        return themes().stream().map(t -> new Theme(t.nom(), t.indicateurs().stream().filter(Explorateur::parOperateur).toList()))
                .filter(t -> !t.indicateurs().isEmpty()).toList();
    }

    /** Whether the indicator has values per operator (« par_operateur », or an operator dimension or key). */
    static boolean parOperateur(Definition d) {
        return d.parOperateur() || d.cles().contains("operateur")
                || d.variantes().stream().flatMap(List::stream).anyMatch(dim -> dim.equals("operateur") || dim.startsWith("operateur="));
    }

    /**
     * The values of the indicator the account may see. An OPERATEUR sees its own operator's figures only: the lines
     * whose operator is its own. The lines without an operator (totals of the region, of all operators together, or
     * of dossiers whatever their operator) are not its figures: they hold the other operators' activity (the region's
     * total minus its own gives the others'), which the association has not published yet. So an indicator without
     * any operator breakdown shows no value to an OPERATEUR. The published report is where the region's figures go.
     */
    Tableau tableau(Utilisateur utilisateur, Definition d, String perimetre, int annee) {
        return tableau(utilisateur, d, perimetre, annee, photo());
    }

    /** The same on the base as the request already read it ({@link #photo()}). */
    Tableau tableau(Utilisateur utilisateur, Definition d, String perimetre, int annee, Photo photo) {
        String code = habilitations.lirePerimetre(utilisateur, perimetre);
        Tableau t = tableau(d, code, annee, secret(utilisateur, code), photo);
        if (utilisateur.role() != Role.OPERATEUR) {
            return t;
        }
        int colonne = t.dimensions().indexOf("operateur");
        List<Ligne> siennes = colonne < 0 ? List.of() : t.lignes().stream()
                .filter(l -> l.modalites().get(colonne).code().equals(utilisateur.operateur())).toList();
        return new Tableau(t.definition(), t.region(), t.annee(), t.dimensions(), siennes, t.millisecondes(), t.regle());
    }

    /**
     * What « suivi-cep tracer » prints, for a perimeter the account may read (else 403): for an OPERATEUR its own
     * operator's values, and no line counts of the region's files.
     */
    Trace trace(Utilisateur utilisateur, Definition d, String perimetre, int annee) {
        String code = habilitations.lirePerimetre(utilisateur, perimetre);
        Trace t = new Tracabilite(base, catalogue).tracer(d.id(), code, annee);
        if (secret(utilisateur, code)) {
            MoteurIndicateurs moteur = new MoteurIndicateurs(base, catalogue);
            List<ValeurIndicateur> toutes = moteur.calculer(List.of(annee - 1, annee), List.of(code));
            t = t.masquer(Diffusion.masquees(base, moteur, catalogue, toutes, t.valeurs()));
        }
        if (utilisateur.role() != Role.OPERATEUR) {
            return t;
        }
        List<ValeurIndicateur> siennes = t.valeurs().stream()
                .filter(v -> utilisateur.operateur().equals(v.dimensions().get("operateur"))).toList();
        // A file's line count is a figure of the whole region (one line per dossier): left out.
        List<String> imports = t.imports().stream().map(i -> i.replaceFirst(" : [\\d\u202f\u00a0 ]+ lignes?,", " :")).toList();
        return new Trace(t.definition(), t.sql(), siennes, imports, t.masquees());
    }

    /** The sentence above an OPERATEUR's table: whose figures it sees, and why an indicator may show none. */
    String restriction(Utilisateur utilisateur, Definition d, String region, int annee) {
        if (utilisateur.role() != Role.OPERATEUR) {
            return null;
        }
        String nom = NomsOperateurs.pour(base, region).nom(utilisateur.operateur(), annee);
        return parOperateur(d) ? "Compte opérateur\u00a0: vous voyez seulement les chiffres de votre réseau (" + nom + ")."
                : "Compte opérateur\u00a0: cet indicateur n’est pas calculé par opérateur. Ses valeurs portent sur toute la région, "
                        + "pas seulement sur votre réseau (" + nom + ")\u00a0: elles ne sont pas ouvertes aux comptes opérateurs.";
    }

    /**
     * The disclosure rule applies to every reader but the REFERENT of the region shown: the association's own
     * referent sees its data as they are; everyone else (France compétences, contributors, operators, readers,
     * another region's referent) reads what may leave the association.
     */
    static boolean secret(Utilisateur utilisateur, String perimetre) {
        return !(utilisateur.role() == Role.REFERENT && perimetre.equals(utilisateur.regionDuCompte().orElse(null)));
    }

    static String nomDimension(String dimension) {
        return NOMS_DIMENSIONS.getOrDefault(dimension, dimension);
    }

    /**
     * What one request reads of the base, in one query ({@link #EMPREINTE}): the fingerprint of what the tables
     * depend on, and the years each region has slices of (the years the page offers).
     */
    record Photo(String empreinte, Map<String, Set<Integer>> anneesParRegion) {
    }

    Photo photo() {
        List<String[]> lignes = base.jdbi().withHandle(h -> h.createQuery(EMPREINTE)
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6)})
                .list());
        List<String> textes = new ArrayList<>();
        Map<String, Set<Integer>> annees = new HashMap<>();
        for (String[] l : lignes) {
            textes.add(String.join("\u0000", java.util.Arrays.stream(l).map(String::valueOf).toList()));
            if (l[0].equals("1")) {
                annees.computeIfAbsent(l[2], k -> new TreeSet<>()).add(Integer.valueOf(l[3]));
            }
        }
        // Sorted: the fingerprint does not depend on the order the rows come in.
        textes.sort(null);
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            textes.forEach(t -> sha.update((t + "\n").getBytes(StandardCharsets.UTF_8)));
            return new Photo(java.util.HexFormat.of().formatHex(sha.digest()), annees);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every value, whoever asks: callers go through {@link #tableau(Utilisateur, Definition, String, int, Photo)}.
     * The kept table when the data have not changed since it was made (see the class comment), else made in the
     * base's turn. {@code millisecondes} is what this call took.
     *
     * @param secret apply the disclosure rule (every reader but the region's REFERENT): a value resting on too few
     *               people, or masked so that it cannot be recomputed, prints « s »
     * @param photo  the base as this request read it
     */
    private Tableau tableau(Definition d, String region, int annee, boolean secret, Photo photo) {
        long debut = System.nanoTime();
        Cle cle = new Cle(d.id(), region, annee, secret);
        Memoire m = memoire;
        Tableau t = m.empreinte().equals(photo.empreinte()) ? m.tableaux().get(cle) : null;
        if (t == null) {
            t = acces.seul(() -> {
                // Read again in the turn, before the engine reads anything: the table is at least as recent as its key.
                String empreinte = photo().empreinte();
                Memoire courante = memoire;
                if (!courante.empreinte().equals(empreinte) || courante.tableaux().size() >= TABLEAUX_GARDES) {
                    courante = new Memoire(empreinte);
                    memoire = courante;
                }
                Memoire retenue = courante;
                return retenue.tableaux().computeIfAbsent(cle, k -> calculer(d, region, annee, secret, retenue));
            });
        }
        long ms = (System.nanoTime() - debut) / 1_000_000;
        return new Tableau(t.definition(), t.region(), t.annee(), t.dimensions(), t.lignes(), ms, t.regle());
    }

    /**
     * A table as « suivi-cep indicateurs » and the report compute its values and masks: the engine's values of the
     * region for the year (and the year before, which a variation rests on, when masked), the disclosure rule on
     * the indicator's values. What it reads is kept in {@code retenue} for the next tables under the same fingerprint:
     * the engine filters all regions' values and rebuilds all sample sizes at each call otherwise.
     */
    private Tableau calculer(Definition d, String region, int annee, boolean secret, Memoire retenue) {
        long debut = System.nanoTime();
        MoteurIndicateurs moteur = new MoteurIndicateurs(base, catalogue, cache);
        List<ValeurIndicateur> toutes = retenue.valeurs().computeIfAbsent(secret ? List.of(annee - 1, annee) : List.of(annee),
                annees -> grouper(moteur.calculer(annees, List.of()), ValeurIndicateur::region)).getOrDefault(region, List.of());
        List<ValeurIndicateur> valeurs = toutes.stream()
                .filter(v -> v.indicateur().equals(d.id()) && v.region().equals(region) && v.annee() == annee).toList();
        Function<String, SecretStatistique> regles = r -> retenue.regles().computeIfAbsent(r, x -> SecretStatistique.pour(base, x));
        Set<ValeurIndicateur> masquees = secret ? Diffusion.masquees(valeurs, catalogue, personnes(moteur, retenue, toutes), regles) : Set.of();
        SecretStatistique regle = secret ? regles.apply(region) : null;
        long ms = (System.nanoTime() - debut) / 1_000_000;
        Set<String> dimensions = new LinkedHashSet<>();
        valeurs.forEach(v -> dimensions.addAll(v.dimensions().keySet()));
        List<String> colonnes = List.copyOf(dimensions);
        NomsOperateurs operateurs = retenue.noms().computeIfAbsent(region, r -> NomsOperateurs.pour(base, r));
        List<Ligne> lignes = new ArrayList<>();
        for (ValeurIndicateur v : valeurs) {
            List<Modalite> modalites = new ArrayList<>();
            for (String dim : colonnes) {
                String code = v.dimensions().get(dim);
                modalites.add(code == null ? new Modalite("", "Ensemble") : new Modalite(code, libelle(dim, code, operateurs, annee)));
            }
            boolean masquee = masquees.contains(v);
            lignes.add(new Ligne(List.copyOf(modalites), masquee ? 0 : v.valeur(),
                    masquee ? SecretStatistique.SYMBOLE : formater(v.valeur(), d.unite()), masquee));
        }
        // Totals (no dimension) first, then by dimension codes as the nomenclatures order them... codes sort well enough.
        lignes.sort(Comparator.comparing((Ligne l) -> l.modalites().stream().filter(m -> !m.code().isEmpty()).count())
                .thenComparing(l -> String.join("\u0000", l.modalites().stream().map(Modalite::code).toList())));
        // Kept and shared by the requests: unmodifiable.
        return new Tableau(d, region, annee, colonnes, List.copyOf(lignes), ms, regle);
    }

    /**
     * How many people each value rests on, as {@code Personnes.pour(moteur, catalogue, toutes)} reads them (the sample
     * sizes of the values' years, all regions), the sizes of all indicators read once and kept in {@code retenue}.
     */
    private Personnes personnes(MoteurIndicateurs moteur, Memoire retenue, List<ValeurIndicateur> toutes) {
        Set<Integer> annees = new TreeSet<>();
        toutes.forEach(v -> annees.add(v.annee()));
        Map<String, List<ValeurIndicateur>> parIndicateur = retenue.effectifs().computeIfAbsent(annees,
                a -> grouper(moteur.effectifs(a), ValeurIndicateur::indicateur));
        return new Personnes(catalogue, new Valeurs(toutes), ids -> ids.stream()
                .flatMap(id -> parIndicateur.getOrDefault(id, List.of()).stream()).toList());
    }

    /** The values by key, each list in the order given. */
    private static Map<String, List<ValeurIndicateur>> grouper(List<ValeurIndicateur> valeurs,
            Function<ValeurIndicateur, String> cle) {
        Map<String, List<ValeurIndicateur>> groupes = new HashMap<>();
        valeurs.forEach(v -> groupes.computeIfAbsent(cle.apply(v), k -> new ArrayList<>()).add(v));
        groupes.replaceAll((k, l) -> List.copyOf(l));
        return Map.copyOf(groupes);
    }

    private static String libelle(String dimension, String code, NomsOperateurs operateurs, int annee) {
        if (dimension.equals("operateur")) {
            return operateurs.nom(code, annee);
        }
        return Nomenclatures.pourDimension(dimension).map(n -> n.libelle(code)).orElse(code);
    }

    /** French typography with the indicator's unit; the exports keep the unrounded value. */
    static String formater(double v, String unite) {
        return switch (unite == null ? "" : unite) {
            case "pourcentage" -> FormatFrancais.pourcentage(v, 1);
            case "ans" -> FormatFrancais.nombre(v, 1) + FormatFrancais.ESPACE_INSECABLE + "ans";
            case "rang" -> FormatFrancais.entier(Math.round(v)) + (Math.round(v) == 1 ? "er" : "e");
            default -> FormatFrancais.nombre(v, v == Math.rint(v) ? 0 : 1);
        };
    }

    static String brut(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static List<String> entetesExport(Tableau t) {
        List<String> entetes = new ArrayList<>(List.of("indicateur", "libellé", "région", "année"));
        for (String dim : t.dimensions()) {
            entetes.add(dim);
            entetes.add(nomDimension(dim) + " (libellé)");
        }
        entetes.addAll(List.of("valeur", "unité"));
        return entetes;
    }

    private static List<String> textes(Tableau t, Ligne l) {
        List<String> cellules = new ArrayList<>(List.of(t.definition().id(), t.definition().libelle(), t.region(), Integer.toString(t.annee())));
        for (Modalite m : l.modalites()) {
            cellules.add(m.code());
            cellules.add(m.libelle());
        }
        return cellules;
    }

    /** Semicolons, UTF-8 with a byte order mark so that Excel reads the accents; values unrounded with a point. */
    static byte[] csv(Tableau t) {
        StringBuilder s = new StringBuilder("\ufeff");
        s.append(String.join(";", entetesExport(t).stream().map(Tableur::pourCsv).map(Explorateur::champCsv).toList())).append("\r\n");
        for (Ligne l : t.lignes()) {
            List<String> cellules = new ArrayList<>(textes(t, l).stream().map(Tableur::pourCsv).map(Explorateur::champCsv).toList());
            cellules.add(l.secret() ? SecretStatistique.SYMBOLE : brut(l.valeur()));
            cellules.add(champCsv(Tableur.pourCsv(t.definition().unite())));
            s.append(String.join(";", cellules)).append("\r\n");
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String champCsv(String texte) {
        return texte.contains(";") || texte.contains("\"") || texte.contains("\n") || texte.contains("\r")
                ? "\"" + texte.replace("\"", "\"\"") + "\"" : texte;
    }

    static byte[] xlsx(Tableau t) {
        try (XSSFWorkbook classeur = new XSSFWorkbook(); ByteArrayOutputStream sortie = new ByteArrayOutputStream()) {
            Sheet feuille = classeur.createSheet("Valeurs");
            CellStyle texteForce = Tableur.styleTexteForce(classeur, null);
            Row entete = feuille.createRow(0);
            List<String> entetes = entetesExport(t);
            for (int i = 0; i < entetes.size(); i++) {
                Tableur.texte(entete.createCell(i), entetes.get(i), null, texteForce);
            }
            int n = 1;
            for (Ligne l : t.lignes()) {
                Row ligne = feuille.createRow(n++);
                List<String> cellules = textes(t, l);
                int i = 0;
                for (String c : cellules) {
                    Tableur.texte(ligne.createCell(i++), c, null, texteForce);
                }
                if (l.secret()) {
                    ligne.createCell(i++).setCellValue(SecretStatistique.SYMBOLE);
                } else {
                    ligne.createCell(i++).setCellValue(l.valeur());
                }
                Tableur.texte(ligne.createCell(i), t.definition().unite(), null, texteForce);
            }
            if (t.noteSecret() != null) {
                Tableur.texte(feuille.createRow(n + 1).createCell(0), t.noteSecret(), null, texteForce);
            }
            classeur.write(sortie);
            return sortie.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

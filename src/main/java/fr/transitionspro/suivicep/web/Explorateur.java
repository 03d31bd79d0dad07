package fr.transitionspro.suivicep.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.comptes.Role;
import fr.transitionspro.suivicep.indicateurs.Catalogue;
import fr.transitionspro.suivicep.indicateurs.Definition;
import fr.transitionspro.suivicep.indicateurs.MoteurIndicateurs;
import fr.transitionspro.suivicep.indicateurs.Tracabilite;
import fr.transitionspro.suivicep.indicateurs.Trace;
import fr.transitionspro.suivicep.indicateurs.ValeurIndicateur;
import fr.transitionspro.suivicep.referentiel.FormatFrancais;
import fr.transitionspro.suivicep.referentiel.Nomenclatures;
import fr.transitionspro.suivicep.referentiel.NomsOperateurs;

/**
 * The indicator explorer: the values of one indicator for a region (or FM, FR) and a year, with their dimensions
 * labelled in French, as a table, a bar chart and CSV / XLSX downloads. The engine computes the whole catalogue for
 * the year and region (as « suivi-cep indicateurs » does) and the explorer keeps the chosen indicator.
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

    record Ligne(List<Modalite> modalites, double valeur, String texte) {
        public String etiquette() {
            return modalites.isEmpty() ? "Ensemble" : String.join(" · ", modalites.stream().map(Modalite::libelle).toList());
        }
    }

    /** The values of one indicator × region × year; {@code dimensions} are the columns (codes) the lines fill. */
    record Tableau(Definition definition, String region, int annee, List<String> dimensions, List<Ligne> lignes, long millisecondes) {
        public List<String> entetes() {
            return dimensions.stream().map(Explorateur::nomDimension).toList();
        }
    }

    private final Base base;
    private final Catalogue catalogue;
    private final Habilitations habilitations;

    Explorateur(Base base, Catalogue catalogue, Habilitations habilitations) {
        this.base = base;
        this.catalogue = catalogue;
        this.habilitations = habilitations;
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
        Tableau t = tableau(d, habilitations.lirePerimetre(utilisateur, perimetre), annee);
        if (utilisateur.role() != Role.OPERATEUR) {
            return t;
        }
        int colonne = t.dimensions().indexOf("operateur");
        List<Ligne> siennes = colonne < 0 ? List.of() : t.lignes().stream()
                .filter(l -> l.modalites().get(colonne).code().equals(utilisateur.operateur())).toList();
        return new Tableau(t.definition(), t.region(), t.annee(), t.dimensions(), siennes, t.millisecondes());
    }

    /**
     * What « suivi-cep tracer » prints, for a perimeter the account may read (else 403): for an OPERATEUR its own
     * operator's values, and no line counts of the region's files.
     */
    Trace trace(Utilisateur utilisateur, Definition d, String perimetre, int annee) {
        Trace t = new Tracabilite(base, catalogue).tracer(d.id(), habilitations.lirePerimetre(utilisateur, perimetre), annee);
        if (utilisateur.role() != Role.OPERATEUR) {
            return t;
        }
        List<ValeurIndicateur> siennes = t.valeurs().stream()
                .filter(v -> utilisateur.operateur().equals(v.dimensions().get("operateur"))).toList();
        // A file's line count is a figure of the whole region (one line per dossier): left out.
        List<String> imports = t.imports().stream().map(i -> i.replaceFirst(" : [\\d\u202f\u00a0 ]+ lignes?,", " :")).toList();
        return new Trace(t.definition(), t.sql(), siennes, imports);
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

    static String nomDimension(String dimension) {
        return NOMS_DIMENSIONS.getOrDefault(dimension, dimension);
    }

    /** Every value, whoever asks: callers go through {@link #tableau(Utilisateur, Definition, String, int)}. */
    private Tableau tableau(Definition d, String region, int annee) {
        long debut = System.nanoTime();
        List<ValeurIndicateur> valeurs = new MoteurIndicateurs(base, catalogue).calculer(List.of(annee), List.of(region)).stream()
                .filter(v -> v.indicateur().equals(d.id()) && v.region().equals(region) && v.annee() == annee).toList();
        long ms = (System.nanoTime() - debut) / 1_000_000;
        Set<String> dimensions = new LinkedHashSet<>();
        valeurs.forEach(v -> dimensions.addAll(v.dimensions().keySet()));
        List<String> colonnes = List.copyOf(dimensions);
        NomsOperateurs operateurs = NomsOperateurs.pour(base, region);
        List<Ligne> lignes = new ArrayList<>();
        for (ValeurIndicateur v : valeurs) {
            List<Modalite> modalites = new ArrayList<>();
            for (String dim : colonnes) {
                String code = v.dimensions().get(dim);
                modalites.add(code == null ? new Modalite("", "Ensemble") : new Modalite(code, libelle(dim, code, operateurs, annee)));
            }
            lignes.add(new Ligne(modalites, v.valeur(), formater(v.valeur(), d.unite())));
        }
        // Totals (no dimension) first, then by dimension codes as the nomenclatures order them... codes sort well enough.
        lignes.sort(Comparator.comparing((Ligne l) -> l.modalites().stream().filter(m -> !m.code().isEmpty()).count())
                .thenComparing(l -> String.join("\u0000", l.modalites().stream().map(Modalite::code).toList())));
        return new Tableau(d, region, annee, colonnes, lignes, ms);
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

    /** A text a spreadsheet would take for a formula (=, +, -, @, or a control character first) is prefixed with an apostrophe. */
    static String neutraliser(String texte) {
        if (texte == null || texte.isEmpty()) {
            return texte == null ? "" : texte;
        }
        char c = texte.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + texte : texte;
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
        s.append(String.join(";", entetesExport(t).stream().map(Explorateur::champCsv).toList())).append("\r\n");
        for (Ligne l : t.lignes()) {
            List<String> cellules = new ArrayList<>(textes(t, l).stream().map(Explorateur::neutraliser).map(Explorateur::champCsv).toList());
            cellules.add(brut(l.valeur()));
            cellules.add(champCsv(t.definition().unite()));
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
            Row entete = feuille.createRow(0);
            List<String> entetes = entetesExport(t);
            for (int i = 0; i < entetes.size(); i++) {
                entete.createCell(i).setCellValue(entetes.get(i));
            }
            int n = 1;
            for (Ligne l : t.lignes()) {
                Row ligne = feuille.createRow(n++);
                List<String> cellules = textes(t, l);
                int i = 0;
                for (String c : cellules) {
                    ligne.createCell(i++).setCellValue(neutraliser(c));
                }
                ligne.createCell(i++).setCellValue(l.valeur());
                ligne.createCell(i).setCellValue(t.definition().unite());
            }
            classeur.write(sortie);
            return sortie.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

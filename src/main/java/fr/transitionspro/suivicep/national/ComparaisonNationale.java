package fr.transitionspro.suivicep.national;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.campagne.Campagne;
import fr.transitionspro.suivicep.campagne.EtatJalon;
import fr.transitionspro.suivicep.campagne.Synthese;
import fr.transitionspro.suivicep.indicateurs.Catalogue;
import fr.transitionspro.suivicep.indicateurs.MoteurIndicateurs;
import fr.transitionspro.suivicep.indicateurs.ValeurIndicateur;
import fr.transitionspro.suivicep.referentiel.FormatFrancais;
import fr.transitionspro.suivicep.referentiel.Nomenclatures;
import fr.transitionspro.suivicep.referentiel.Regions;

/**
 * Every region side by side for one year, as France compétences reads them: the CEP take-up rate and its rank,
 * the PTP and démission-reconversion dossiers (with France métropolitaine and France entière), and which
 * associations have sent their report. Every figure is the engine's (the whole catalogue, every region, one
 * call), named by its catalogue id; a value the engine does not give is « n.d. », never a zero.
 */
public final class ComparaisonNationale {

    /** What a value absent from the engine's results prints. */
    public static final String NON_DISPONIBLE = "n.d.";

    /** A column of a table: the catalogue indicator it shows and its short heading. */
    public record Colonne(String indicateur, String entete, String unite) {
    }

    /** The take-up rate and its rank (metropolitan regions only, as the catalogue defines it). */
    public static final List<Colonne> RECOURS = List.of(
            new Colonne("cep.entrees", "Nouvelles entrées en CEP", "nombre"),
            new Colonne("population.actifs", "Population active de 15 à 64 ans", "nombre"),
            new Colonne("cep.taux_recours", "Taux de recours", "pourcentage"),
            new Colonne("cep.taux_recours.rang", "Rang (régions métropolitaines)", "rang"));
    public static final List<Colonne> PTP = List.of(
            new Colonne("ptp.dossiers", "Dossiers présentés", "nombre"),
            new Colonne("ptp.acceptes", "Dossiers acceptés", "nombre"),
            new Colonne("ptp.taux_acceptation", "Taux d’acceptation", "pourcentage"),
            new Colonne("ptp.part_cep", "Part avec un CEP", "pourcentage"));
    public static final List<Colonne> DEMISSION = List.of(
            new Colonne("prp.dossiers", "Dossiers présentés", "nombre"),
            new Colonne("prp.acceptes", "Dossiers acceptés", "nombre"),
            new Colonne("prp.refuses", "Dossiers refusés", "nombre"),
            new Colonne("prp.taux_acceptation", "Taux d’acceptation", "pourcentage"));

    /** One region, or FM / FR, with the values the engine gave (by indicator id, no dimension). */
    public record Ligne(String code, String nom, Map<String, Double> valeurs) {

        public Optional<Double> valeur(String indicateur) {
            return Optional.ofNullable(valeurs.get(indicateur));
        }

        /**
         * French typography (1 265 ; 9,9 % ; 2e), « n.d. » for an absent value. The catalogue ranks metropolitan regions
         * only: an overseas region with a rate is « non classée » and FM, FR « — », not a missing figure.
         */
        public String texte(Colonne c) {
            if (c.unite().equals("rang") && !Regions.METROPOLE.contains(code)) {
                return agregat() ? "—" : valeur("cep.taux_recours").isPresent() ? "non classée" : NON_DISPONIBLE;
            }
            return valeur(c.indicateur()).map(v -> formater(v, c.unite())).orElse(NON_DISPONIBLE);
        }

        public boolean agregat() {
            return Regions.estAgregat(code);
        }
    }

    /** Where a region's campaign stands, for the « rapports » table. */
    public record Rapport(String code, String nom, Synthese synthese) {

        /** « Envoyé le 18 mars 2024 », « Envoyé (date non saisie) », « Prévu le 30 juin 2024 », « Non prévu ». */
        public String envoi() {
            EtatJalon e = synthese.envoi();
            if (e.fait()) {
                return e.faitLe().map(d -> "Envoyé le " + Campagne.date(d)).orElse("Envoyé (date non saisie)");
            }
            return e.prevuLe().map(d -> "Prévu le " + Campagne.date(d) + (e.enRetard() ? ", en retard" : "")).orElse("Non prévu");
        }
    }

    /**
     * The year's comparison. {@code recours} is sorted by decreasing take-up rate, the regions without one last
     * (in code order), then FM and FR; the other tables are in region code order, then FM and FR.
     */
    public record Comparaison(int annee, List<Ligne> recours, List<Ligne> dossiers, List<Rapport> rapports, long millisecondes) {

        /** The take-up rate of every region that has one, for the map. */
        public Map<String, Double> tauxParRegion() {
            Map<String, Double> taux = new LinkedHashMap<>();
            recours.stream().filter(l -> !l.agregat()).forEach(l -> l.valeur("cep.taux_recours").ifPresent(v -> taux.put(l.code(), v)));
            return taux;
        }

        public long rapportsEnvoyes() {
            return rapports.stream().filter(r -> r.synthese().envoi().fait()).count();
        }
    }

    private final Base base;
    private final Catalogue catalogue;
    private final Campagne campagne;

    public ComparaisonNationale(Base base, Catalogue catalogue, Campagne campagne) {
        this.base = base;
        this.catalogue = catalogue;
        this.campagne = campagne;
    }

    public Comparaison calculer(int annee) {
        long debut = System.nanoTime();
        Map<String, Map<String, Double>> parRegion = new HashMap<>();
        for (ValeurIndicateur v : new MoteurIndicateurs(base, catalogue).calculer(List.of(annee), List.of())) {
            if (v.annee() == annee && v.dimensions().isEmpty()) {
                parRegion.computeIfAbsent(v.region(), r -> new HashMap<>()).put(v.indicateur(), v.valeur());
            }
        }
        List<String> codes = new ArrayList<>(Nomenclatures.REGION.codes());
        List<Ligne> regions = codes.stream().map(c -> ligne(c, parRegion)).toList();
        List<Ligne> agregats = List.of(ligne(Regions.FM, parRegion), ligne(Regions.FR, parRegion));

        List<Ligne> recours = new ArrayList<>(regions);
        recours.sort(Comparator.comparing((Ligne l) -> l.valeur("cep.taux_recours").isEmpty())
                .thenComparing(l -> -l.valeur("cep.taux_recours").orElse(0.0))
                .thenComparing(Ligne::code));
        recours.addAll(agregats);
        List<Ligne> dossiers = new ArrayList<>(regions);
        dossiers.addAll(agregats);
        List<Rapport> rapports = codes.stream().map(c -> new Rapport(c, Regions.nom(c), campagne.synthese(c, annee))).toList();
        return new Comparaison(annee, List.copyOf(recours), List.copyOf(dossiers), rapports, (System.nanoTime() - debut) / 1_000_000);
    }

    private static Ligne ligne(String code, Map<String, Map<String, Double>> parRegion) {
        return new Ligne(code, Regions.nom(code), Map.copyOf(parRegion.getOrDefault(code, Map.of())));
    }

    static String formater(double v, String unite) {
        return switch (unite) {
            case "pourcentage" -> FormatFrancais.pourcentage(v, 1);
            case "rang" -> Math.round(v) + (Math.round(v) == 1 ? "er" : "e");
            default -> FormatFrancais.nombre(v, v == Math.rint(v) ? 0 : 1);
        };
    }

    /**
     * The comparison as CSV: one line per region then FM and FR, one column per indicator (its catalogue id),
     * values unrounded with a decimal point, an absent value as an empty cell; the report's sending date
     * (ISO). Semicolons, UTF-8 with a byte order mark so that Excel reads the accents. A text cell that a
     * spreadsheet would take for a formula (=, +, -, @) is prefixed with an apostrophe.
     */
    public static byte[] csv(Comparaison c) {
        List<Colonne> colonnes = new ArrayList<>(RECOURS);
        colonnes.addAll(PTP);
        colonnes.addAll(DEMISSION);
        List<String> entetes = new ArrayList<>(List.of("annee", "region", "libelle_region"));
        colonnes.forEach(col -> entetes.add(col.indicateur()));
        entetes.add("rapport_envoye");
        entetes.add("rapport_envoye_le");
        Map<String, Rapport> rapports = new HashMap<>();
        c.rapports().forEach(r -> rapports.put(r.code(), r));
        StringWriter texte = new StringWriter();
        texte.write('\ufeff');
        try (CSVPrinter csv = new CSVPrinter(texte, CSVFormat.Builder.create().setDelimiter(';').setRecordSeparator("\r\n")
                .setHeader(entetes.toArray(String[]::new)).get())) {
            for (Ligne l : c.dossiers()) {
                List<String> cellules = new ArrayList<>(List.of(Integer.toString(c.annee()), neutraliser(l.code()), neutraliser(l.nom())));
                for (Colonne col : colonnes) {
                    cellules.add(l.valeur(col.indicateur()).map(ComparaisonNationale::brut).orElse(""));
                }
                Optional<EtatJalon> envoi = Optional.ofNullable(rapports.get(l.code())).map(r -> r.synthese().envoi());
                cellules.add(envoi.map(e -> e.fait() ? "oui" : "non").orElse(""));
                cellules.add(envoi.flatMap(EtatJalon::faitLe).map(LocalDate::toString).orElse(""));
                csv.printRecord(cellules);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texte.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String brut(double v) {
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
}

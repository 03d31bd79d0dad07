package fr.transitionspro.suivicep.cooperation;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The register's lists as CSV files in exactly the format the import reads (docs/formats.md, types
 * {@code actions}, {@code conventions}, {@code entretiens}, {@code lieux}): the documented columns in their
 * order, « ; », UTF-8 with a BOM so that Excel reads the accents, dates JJ/MM/AAAA (a convention's date at
 * the precision known: « 2021 », « 06/2022 »). Importing an export gives back the same register.
 *
 * <p>A cell beginning with = + - @ (or ') gets a leading apostrophe so that a spreadsheet shows it as text
 * instead of running it as a formula; the import removes that one apostrophe.
 */
public final class ExportRegistre {

    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
    private static final String NEUTRALISES = "=+-@'";

    private ExportRegistre() {
    }

    public static byte[] actions(String region, int annee, List<Action> actions) {
        return csv(List.of("region", "annee", "date", "titre", "type", "axes", "operateurs", "partenaires", "lieu", "participants",
                "description"), actions.stream().map(a -> Arrays.asList(region, String.valueOf(annee), jour(a.date()), a.titre(),
                a.type().name(), String.join("|", a.axes().stream().map(Axe::name).toList()), String.join("|", a.operateurs()),
                String.join("|", a.partenaires()), a.lieu(), a.participants() == null ? null : a.participants().toString(),
                a.description())).toList());
    }

    public static byte[] conventions(String region, int annee, List<Convention> conventions) {
        return csv(List.of("region", "annee", "partenaire", "signee", "renouvelee", "fin", "axes", "statut", "objet"),
                conventions.stream().map(c -> Arrays.asList(region, String.valueOf(annee), c.partenaire(),
                        SaisieConventions.francaise(c.signee()), SaisieConventions.francaise(c.renouvelee()),
                        SaisieConventions.francaise(c.fin()), String.join("|", c.axes().stream().map(Axe::name).toList()),
                        c.statut().name(), c.objet())).toList());
    }

    /** One row per remark, the date and the people met repeated on each row of the operator. */
    public static byte[] entretiens(String region, int annee, List<Entretien> entretiens) {
        List<List<String>> lignes = new ArrayList<>();
        for (Entretien e : entretiens) {
            for (Entretien.Propos p : e.propos()) {
                lignes.add(Arrays.asList(region, String.valueOf(annee), e.operateur(), jour(e.date()), e.interlocuteurs(),
                        p.theme().name(), p.synthese(), p.citation()));
            }
        }
        return csv(List.of("region", "annee", "operateur", "date", "interlocuteurs", "theme", "synthese", "citation"), lignes);
    }

    public static byte[] lieux(String region, int annee, List<LieuAccueil> lieux) {
        return csv(List.of("region", "annee", "operateur", "lieu", "commune", "departement", "type_site", "permanence"),
                lieux.stream().map(l -> Arrays.asList(region, String.valueOf(annee), l.operateur(), l.lieu(), l.commune(),
                        l.departement(), l.type().name(), l.permanence())).toList());
    }

    /** The cell as a spreadsheet should show it: text, never a formula. */
    public static String neutraliser(String cellule) {
        return cellule != null && !cellule.isEmpty() && NEUTRALISES.indexOf(cellule.charAt(0)) >= 0 ? "'" + cellule : cellule;
    }

    private static byte[] csv(List<String> entetes, List<List<String>> lignes) {
        StringWriter texte = new StringWriter().append('\ufeff');
        try (CSVPrinter csv = new CSVPrinter(texte, FORMAT)) {
            csv.printRecord(entetes);
            for (List<String> l : lignes) {
                csv.printRecord(l.stream().map(c -> c == null || c.isEmpty() ? "" : neutraliser(c)).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texte.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String jour(LocalDate d) {
        return d == null ? null : JOUR.format(d);
    }

}

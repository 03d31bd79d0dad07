package fr.transitionspro.suivicep.rapport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.contributions.Contributions;
import fr.transitionspro.suivicep.contributions.SectionContribution;
import fr.transitionspro.suivicep.cooperation.RegistreCooperation;
import fr.transitionspro.suivicep.diffusion.SecretStatistique;
import fr.transitionspro.suivicep.indicateurs.Catalogue;
import fr.transitionspro.suivicep.indicateurs.Personnes;
import fr.transitionspro.suivicep.indicateurs.MoteurIndicateurs;
import fr.transitionspro.suivicep.indicateurs.Ruptures;
import fr.transitionspro.suivicep.indicateurs.Valeurs;
import fr.transitionspro.suivicep.referentiel.Nomenclatures;
import fr.transitionspro.suivicep.referentiel.NomsOperateurs;

/**
 * Writes the annual report « Suivi de la mise en œuvre du CEP » of one region and year, as HTML
 * and/or PDF. The PDF is printed from the very HTML page (one layout, one template): what a reader
 * sees in the browser and in the PDF cannot drift apart.
 *
 * <p>The indicators are computed for the four years the series show and for every region: the
 * report compares the region with France métropolitaine, ranks it among the metropolitan regions
 * and shows the other regions whose values were exchanged.
 */
public final class GenerateurRapport {

    public static final Set<String> FORMATS = Set.of("html", "pdf", "docx", "xlsx");

    private final Base base;
    private final Catalogue catalogue;
    private final Clock horloge;
    private final boolean brouillon;
    /**
     * One engine for every report this generator writes: the reports of several regions and the same year share the
     * values computed for the first (all regions are computed at once) and their sample sizes.
     */
    private final MoteurIndicateurs moteur;
    /** The points à vérifier of the last report written, for the warning of the command line. */
    private List<PointAVerifier> derniersPoints = List.of();

    public GenerateurRapport(Base base, Catalogue catalogue) {
        this(base, catalogue, Clock.systemDefaultZone());
    }

    /**
     * @param brouillon a draft: the report ends with the « Points à vérifier » appendix (numbers typed
     *                  by hand in the live texts that match no computed value, references without value)
     */
    public GenerateurRapport(Base base, Catalogue catalogue, boolean brouillon) {
        this(base, catalogue, Clock.systemDefaultZone(), brouillon);
    }

    /** With a fixed clock, the edition date printed on the report is reproducible (tests). */
    GenerateurRapport(Base base, Catalogue catalogue, Clock horloge) {
        this(base, catalogue, horloge, false);
    }

    GenerateurRapport(Base base, Catalogue catalogue, Clock horloge, boolean brouillon) {
        this.base = base;
        this.catalogue = catalogue;
        this.horloge = horloge;
        this.brouillon = brouillon;
        this.moteur = new MoteurIndicateurs(base, catalogue);
    }

    /** How many points à vérifier the live texts of the last report written hold (listed only in a draft). */
    public int pointsAVerifier() {
        return derniersPoints.size();
    }

    /**
     * Writes {@code rapport-<region>-<annee>.html}, {@code .pdf}, {@code .docx} and/or {@code .xlsx}
     * into {@code dossier} (created if needed) and returns the written files in that order.
     *
     * @param region  INSEE code of a region (« 28 »); FM and FR have no association, hence no report
     * @param formats a non-empty subset of {@link #FORMATS}
     */
    public List<Path> generer(String region, int annee, Set<String> formats, Path dossier) {
        return generer(List.of(region), annee, formats, dossier, e -> {
        }).get(0).fichiers();
    }

    /** One report written: its files, in the order of {@link #generer}, and the points à vérifier of its live texts. */
    public record Ecrit(String region, List<Path> fichiers, int points) {
    }

    /**
     * The reports of several regions for one year, in the order given, each the same to the byte as when written
     * alone: they share what does not depend on the region (the values of all regions, their sample sizes, the
     * certification labels), read once for the run. Every region and format is checked before the first report.
     *
     * @param apres told of each report as soon as its files are written (the command's audit record)
     */
    public List<Ecrit> generer(List<String> regions, int annee, Set<String> formats, Path dossier, Consumer<Ecrit> apres) {
        List<String> codes = regions.stream().map(region -> Nomenclatures.REGION.lire(region).orElseThrow(() ->
                new IllegalArgumentException("Région « " + region + " » inconnue (attendu : " + Nomenclatures.REGION.attendu() + ")")))
                .toList();
        if (formats.isEmpty() || !FORMATS.containsAll(formats)) {
            throw new IllegalArgumentException("Format(s) de rapport « " + String.join(", ", formats)
                    + " » invalide(s) (attendu : html, pdf, docx, xlsx)");
        }
        Lot lot = new Lot();
        List<Ecrit> ecrits = new ArrayList<>();
        for (String code : codes) {
            Ecrit e = new Ecrit(code, ecrire(preparer(code, annee, DepotTextes.lire(base, code, annee), lot).rapport(), formats,
                    dossier), derniersPoints.size());
            ecrits.add(e);
            apres.accept(e);
        }
        return ecrits;
    }

    private static List<Path> ecrire(Rapport rapport, Set<String> formats, Path dossier) {
        String code = rapport.region();
        int annee = rapport.annee();
        // The DOCX takes the fixed text of the page too (see RenduDocx): the page is rendered for it as well.
        String html = formats.contains("xlsx") && formats.size() == 1 ? null : RenduHtml.rendre(rapport);
        String nom = "rapport-" + code + "-" + annee;
        List<Path> ecrits = new ArrayList<>();
        try {
            Files.createDirectories(dossier);
            if (formats.contains("html")) {
                Path fichier = dossier.resolve(nom + ".html");
                Files.writeString(fichier, html, StandardCharsets.UTF_8);
                ecrits.add(fichier);
            }
            if (formats.contains("pdf")) {
                Path fichier = dossier.resolve(nom + ".pdf");
                RenduPdf.ecrire(html, fichier);
                ecrits.add(fichier);
            }
            if (formats.contains("docx")) {
                Path fichier = dossier.resolve(nom + ".docx");
                RenduDocx.ecrire(rapport, html, fichier);
                ecrits.add(fichier);
            }
            if (formats.contains("xlsx")) {
                Path fichier = dossier.resolve(nom + ".xlsx");
                RenduXlsx.ecrire(rapport, fichier);
                ecrits.add(fichier);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Écriture du rapport impossible dans « " + dossier + " » : " + e.getMessage(), e);
        }
        return ecrits;
    }

    /** The report's content: every figure and sentence, before any markup. */
    Rapport preparer(String region, int annee) {
        return preparer(region, annee, DepotTextes.lire(base, region, annee)).rapport();
    }

    /** A report prepared with given live texts, and those texts as the report used them (export, import). */
    record Preparation(Rapport rapport, TextesVivants textes) {
    }

    Preparation preparer(String region, int annee, Map<String, String> textesStockes) {
        return preparer(region, annee, textesStockes, new Lot());
    }

    /**
     * What the reports of one run share, read at the first report that needs it: nothing is written to the base
     * between them but their audit records. None of it depends on the region; none of it is changed by a report.
     */
    private final class Lot {
        private final Map<List<Integer>, Valeurs> valeurs = new HashMap<>();
        private final Map<List<Integer>, Personnes> personnes = new HashMap<>();
        private LibellesCertifications certifications;

        /** The values of all regions for the years of a report's series. */
        Valeurs valeurs(List<Integer> annees) {
            return valeurs.computeIfAbsent(annees, a -> new Valeurs(moteur.calculer(a, List.of())));
        }

        /** How many people those values rest on; the sample sizes of all indicators are read at the first need. */
        Personnes personnes(List<Integer> annees) {
            return personnes.computeIfAbsent(annees, a -> Personnes.pour(moteur, catalogue, valeurs(a), a));
        }

        LibellesCertifications certifications() {
            if (certifications == null) {
                certifications = LibellesCertifications.lire(base);
            }
            return certifications;
        }
    }

    private Preparation preparer(String region, int annee, Map<String, String> textesStockes, Lot lot) {
        List<Integer> annees = IntStream.rangeClosed(annee - Donnees.ANNEES_SERIE + 1, annee).boxed().toList();
        Valeurs valeurs = lot.valeurs(annees);
        NomsOperateurs noms = NomsOperateurs.pour(base, region);
        Personnes personnes = lot.personnes(annees);
        Donnees donnees = new Donnees(valeurs, catalogue, Ruptures.lire(base), noms, lot.certifications(), region, annee,
                personnes, SecretStatistique.pour(base, region));
        TextesVivants textes = new TextesVivants(donnees, textesStockes, valeurs.toutes());
        Redaction redaction = new Redaction(donnees, textes);
        Map<String, String> operateurs = new LinkedHashMap<>();
        Nomenclatures.OPERATEUR.codes().forEach(o -> operateurs.put(o, noms.nom(o, annee)));
        String edition = "Édition " + LocalDate.now(horloge).format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE));
        String enTete = "Rapport " + annee + " sur le suivi de la mise en œuvre du CEP – " + donnees.nomRegion();
        // Only what the référent approved reaches the report (contributions.Contributions).
        Map<SectionContribution, Map<String, String>> contributions = Contributions.validees(base, region, annee);
        List<Section> partie1 = textes.completer(PlanRapport.partie1(redaction, RegistreCooperation.lire(base, region, annee),
                contributions.get(SectionContribution.COOPERATIONS)));
        List<Section> partie2 = textes.completer(PlanRapport.partie2(redaction, contributions.get(SectionContribution.CONSTATS)));
        Map<String, Bloc.TexteRiche> libres = TextesLibres.rediger(textes, donnees);
        derniersPoints = textes.points();
        // Last: the annex checks the values the other sections printed.
        List<Section> annexe = AnnexeQualite.rediger(redaction, AnnexeQualite.publies(base, region, annees));
        return new Preparation(new Rapport(region, donnees.nomRegion(), annee, edition, enTete, operateurs,
                DonneesMobilisees.lister(base, region, annees.get(0), annee), partie1, partie2, annexe,
                libres, brouillon ? derniersPoints : List.of()), textes);
    }

}

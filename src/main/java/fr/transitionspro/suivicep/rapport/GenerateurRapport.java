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
import java.util.stream.IntStream;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.indicateurs.Catalogue;
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

    public static final Set<String> FORMATS = Set.of("html", "pdf");

    private final Base base;
    private final Catalogue catalogue;
    private final Clock horloge;

    public GenerateurRapport(Base base, Catalogue catalogue) {
        this(base, catalogue, Clock.systemDefaultZone());
    }

    /** With a fixed clock, the edition date printed on the report is reproducible (tests). */
    GenerateurRapport(Base base, Catalogue catalogue, Clock horloge) {
        this.base = base;
        this.catalogue = catalogue;
        this.horloge = horloge;
    }

    /**
     * Writes {@code rapport-<region>-<annee>.html} and/or {@code .pdf} into {@code dossier}
     * (created if needed) and returns the written files, HTML first.
     *
     * @param region  INSEE code of a region (« 28 »); FM and FR have no association, hence no report
     * @param formats a non-empty subset of {@link #FORMATS}
     */
    public List<Path> generer(String region, int annee, Set<String> formats, Path dossier) {
        String code = Nomenclatures.REGION.lire(region).orElseThrow(() -> new IllegalArgumentException(
                "Région « " + region + " » inconnue (attendu : " + Nomenclatures.REGION.attendu() + ")"));
        if (formats.isEmpty() || !FORMATS.containsAll(formats)) {
            throw new IllegalArgumentException("Format(s) de rapport « " + String.join(", ", formats)
                    + " » invalide(s) (attendu : html, pdf)");
        }
        String html = RenduHtml.rendre(preparer(code, annee));
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
        } catch (IOException e) {
            throw new UncheckedIOException("Écriture du rapport impossible dans « " + dossier + " » : " + e.getMessage(), e);
        }
        return ecrits;
    }

    /** The report's content: every figure and sentence, before any markup. */
    Rapport preparer(String region, int annee) {
        List<Integer> annees = IntStream.rangeClosed(annee - Donnees.ANNEES_SERIE + 1, annee).boxed().toList();
        Valeurs valeurs = new Valeurs(new MoteurIndicateurs(base, catalogue).calculer(annees, List.of()));
        NomsOperateurs noms = NomsOperateurs.pour(base, region);
        Donnees donnees = new Donnees(valeurs, catalogue, Ruptures.lire(base), noms, LibellesCertifications.lire(base), region, annee);
        Redaction redaction = new Redaction(donnees);
        Map<String, String> operateurs = new LinkedHashMap<>();
        Nomenclatures.OPERATEUR.codes().forEach(o -> operateurs.put(o, noms.nom(o, annee)));
        String edition = "Édition " + LocalDate.now(horloge).format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE));
        String enTete = "Rapport " + annee + " sur le suivi de la mise en œuvre du CEP – " + donnees.nomRegion();
        List<Section> partie1 = PlanRapport.partie1(redaction);
        List<Section> partie2 = PlanRapport.partie2(redaction);
        // Last: the annex checks the values the other sections printed.
        List<Section> annexe = AnnexeQualite.rediger(redaction, new MoteurIndicateurs(base, catalogue),
                AnnexeQualite.publies(base, region, annees));
        return new Rapport(region, donnees.nomRegion(), annee, edition, enTete, operateurs,
                DonneesMobilisees.lister(base, region, annees.get(0), annee), partie1, partie2, annexe);
    }

}

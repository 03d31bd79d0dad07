package fr.transitionspro.suivicep.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.demo.JeuDeDemonstration;
import fr.transitionspro.suivicep.indicateurs.Catalogue;

/**
 * The demo's report (every section, table and annex filled) printed to PDF, then checked by
 * veraPDF against the PDF/UA-1 profile (ISO 14289-1, machine-checkable part of the Matterhorn
 * protocol). A failure lists each failed rule with its clause, test number, description and
 * how many times it failed, so that the cause can be found without running veraPDF by hand.
 */
class RapportPdfUaTest {

    @TempDir
    static Path dossier;

    private static Path pdf;

    @BeforeAll
    static void imprimerLeRapportDeLaDemo() throws Exception {
        try (Base base = JeuDeDemonstration.preparerBase(dossier)) {
            List<Path> fichiers = new GenerateurRapport(base, Catalogue.standard()).generer("28", 2023, Set.of("pdf"),
                    dossier.resolve("rapport"));
            pdf = fichiers.get(0);
        }
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void theDemoReportIsConformantToPdfUa1() throws Exception {
        ValidationResult resultat;
        try (InputStream in = Files.newInputStream(pdf);
                PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFUA_1);
                PDFAValidator validateur = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            resultat = validateur.validate(parser);
        }
        assertThat(resultat.getPDFAFlavour()).isEqualTo(PDFAFlavour.PDFUA_1);
        assertThat(resultat.isCompliant()).as("règles PDF/UA-1 non respectées :%n%s", echecs(resultat)).isTrue();
    }

    /** « 7.1-3 (×12) Content shall be marked as Artifact or tagged as real content — e.g. root/document[0]/… ». */
    private static String echecs(ValidationResult resultat) {
        TreeMap<String, List<TestAssertion>> parRegle = resultat.getTestAssertions().stream()
                .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                .collect(Collectors.groupingBy(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber(),
                        TreeMap::new, Collectors.toList()));
        return parRegle.entrySet().stream().map(e -> {
            TestAssertion premiere = e.getValue().get(0);
            return e.getKey() + " (×" + e.getValue().size() + ") " + premiere.getMessage() + " — p. ex. "
                    + premiere.getLocation().getContext();
        }).collect(Collectors.joining(System.lineSeparator()));
    }
}

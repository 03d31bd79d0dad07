package fr.transitionspro.suivicep.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
import fr.transitionspro.suivicep.importation.Fixtures;
import fr.transitionspro.suivicep.demo.JeuDeDemonstration;
import fr.transitionspro.suivicep.indicateurs.Catalogue;

/**
 * The demo's report (every section, table and annex filled), as a reader gets it.
 * <ul>
 * <li>The PDF is checked by veraPDF against the PDF/UA-1 profile (ISO 14289-1, machine-checkable
 * part of the Matterhorn protocol). A failure lists each failed rule with its clause, test number,
 * description and how many times it failed, so that the cause can be found without veraPDF at hand.</li>
 * <li>The quality annex lists exactly the contradictions of the published 2023 report that demo.md
 * names (« Where the published report contradicts itself »), the expected figures below being the
 * published ones and those worked out from the report's own detailed figures.</li>
 * </ul>
 */
class RapportDemoTest {

    @TempDir
    static Path dossier;

    private static Path pdf;
    private static PageRapport page;

    @BeforeAll
    static void imprimerLeRapportDeLaDemo() throws Exception {
        try (Base base = JeuDeDemonstration.preparerBase(dossier, Fixtures.base(dossier, "demo"))) {
            List<Path> fichiers = new GenerateurRapport(base, Catalogue.standard()).generer("28", 2023, Set.of("html", "pdf"),
                    dossier.resolve("rapport"));
            page = new PageRapport(Files.readString(fichiers.get(0)));
            pdf = fichiers.get(1);
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

    @Test
    void theQualityAnnexListsExactlyTheFourContradictionsOfThePublishedReport() {
        Map<String, List<List<String>>> groupes = page.groupes("Chiffres publiés et chiffres recalculés, Normandie");
        // demo.md: 964 / 1 265 = 76,2 % (printed 75); 565 / 1 265 = 44,7 % (printed 44); without CEP 535 / 700 = 76,4 %
        // (printed 72); section 3 prints 481 dossiers for 2020 where section 2.2 counts 474.
        assertThat(groupes.get("Écarts au-delà de la précision publiée")).extracting(l -> l.get(0) + " | " + l.get(2) + " | "
                + l.get(3) + " | " + l.get(4) + " | " + l.get(5)).containsExactly(
                        "Dossiers démission-reconversion présentés | 2020 | Ensemble | 481 | 474",
                        "Part des dossiers PTP avec un accompagnement CEP | 2023 | Ensemble | 44\u00a0% | 44,7\u00a0%",
                        "Taux d'acceptation des dossiers PTP | 2023 | Ensemble | 75\u00a0% | 76,2\u00a0%",
                        "Taux d'acceptation des dossiers PTP | 2023 | Sans CEP | 72\u00a0% | 76,4\u00a0%");
        assertThat(groupes.get("Chiffres concordants")).extracting(l -> l.get(0) + " | " + l.get(3) + " | " + l.get(4))
                .containsExactlyInAnyOrder("Nouvelles entrées en CEP | Ensemble | 147\u202f693",
                        "Taux de recours au CEP | Ensemble | 9,9\u00a0%",
                        "Dossiers démission-reconversion présentés | Ensemble | 1\u202f147",
                        "Dossiers démission-reconversion acceptés | Ensemble | 1\u202f119", "Dossiers PTP acceptés | Ensemble | 964",
                        "Dossiers PTP présentés | Ensemble | 1\u202f265", "Taux d'acceptation des dossiers PTP | Avec CEP | 76\u00a0%");
        assertThat(groupes).doesNotContainKey("Chiffres sans valeur recalculée");
    }

    @Test
    void theDemoAnnexReconcilesTheFourDeclaredGapsOfDemoMd() {
        assertThat(page.lignes("Entrées en CEP en 2023 : AGORA et systèmes d'information des opérateurs"))
                .extracting(l -> String.join(" | ", l.subList(1, 6))).containsExactly(
                        "EVOL | Normandie | 7\u202f642 | 9\u202f674 | +2\u202f032", "I_MILO | Normandie | 12\u202f479 | 17\u202f177 | +4\u202f698",
                        "PARCOURS_H | France métropolitaine | 75\u202f011 | 77\u202f192 | +2\u202f181",
                        "EVOL | France métropolitaine | 160\u202f914 | 176\u202f288 | +15\u202f374");
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

package fr.transitionspro.suivicep.rapport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.importation.Fixtures;
import fr.transitionspro.suivicep.indicateurs.Catalogue;
import fr.transitionspro.suivicep.referentiel.Configuration;

/**
 * The DOCX and the XLSX of the fixture of {@link GenerateurRapportTest} open in LibreOffice: it
 * converts them (headless, with a throw-away profile) to PDF and to CSV, and what it prints is
 * what the report says. Skipped, with the reason, where LibreOffice is not installed; `.ci/run`
 * installs it, so it runs on CI.
 */
class LibreOfficeTest {

    private static final Clock HORLOGE = Clock.fixed(Instant.parse("2024-09-15T10:00:00Z"), ZoneId.of("Europe/Paris"));
    /** Every sheet to its own CSV file (the last token, -1), UTF-8, raw values rather than as shown (the 9th, false). */
    private static final String CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

    @TempDir
    static Path temporaire;

    private static Optional<Path> soffice;
    private static Path docx;
    private static Path xlsx;

    @BeforeAll
    static void genererLaFixture() throws IOException {
        soffice = trouver("soffice");
        if (soffice.isEmpty()) {
            return;
        }
        try (Base b = Fixtures.base(temporaire, "base")) {
            GenerateurRapportTest.importerLaFixture(b, temporaire.resolve("fixture"));
            new Configuration(List.of(new Configuration.NomOperateur("FRANCE_COMPETENCES", "28", 2020, 2023,
                    "Groupement Évolution")), List.of(), List.of(GenerateurRapportTest.SANS_SECRET)).enregistrer(b);
            List<Path> fichiers = new GenerateurRapport(b, Catalogue.standard(), HORLOGE).generer("28", 2023,
                    Set.of("docx", "xlsx"), temporaire.resolve("sortie"));
            docx = fichiers.get(0);
            xlsx = fichiers.get(1);
        }
    }

    @Test
    void libreOfficeConvertsTheDocxToAPdfThatPrintsTheFrenchFigures() throws Exception {
        Path pdf = convertir(docx, "pdf", temporaire.resolve("pdf")).resolve("rapport-28-2023.pdf");
        assertThat(pdf).isNotEmptyFile();
        String texte;
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertThat(d.getNumberOfPages()).isGreaterThan(5);
            texte = new PDFTextStripper().getText(d).replace('\u202f', ' ').replace('\u00a0', ' ');
        }
        assertThat(texte).contains("1 265").contains("6,3 %").contains("\u221220,0 %").contains("66,67 %")
                .contains("Tableau 1 – Taux de recours au CEP en 2023").contains("Sources : AGORA 2023")
                .contains("Partie 2 : Le CEP et les parcours des bénéficiaires en région");
    }

    @Test
    void libreOfficeConvertsEverySheetOfTheXlsxToCsvWithTheRawValues() throws Exception {
        Path dossier = convertir(xlsx, CSV, temporaire.resolve("csv"));
        String sommaire = Files.readString(dossier.resolve("rapport-28-2023-Sommaire.csv"), StandardCharsets.UTF_8);
        assertThat(sommaire).contains("Tableau 1,Taux de recours au CEP en 2023,1.1 Le recours au CEP en 2023");
        List<String> tableau1 = Files.readAllLines(dossier.resolve("rapport-28-2023-Tableau 1.csv"), StandardCharsets.UTF_8);
        // 1 265 / 20 000 × 100 = 6,325, unrounded; the rank stays text.
        assertThat(tableau1).contains("Normandie,1265,20000,6.325,2e sur 3")
                .anySatisfy(l -> assertThat(l).startsWith("\"Sources : AGORA 2023"));
    }

    /** Runs soffice on {@code fichier} and returns the output folder; fails with soffice's own words. */
    private static Path convertir(Path fichier, String format, Path sortie) throws Exception {
        assumeTrue(soffice.isPresent(), "LibreOffice (soffice) n'est pas installé : la conversion des documents n'est pas "
                + "vérifiée ici (.ci/run l'installe)");
        Files.createDirectories(sortie);
        Path profil = temporaire.resolve("profil-libreoffice");
        List<String> commande = new ArrayList<>(List.of(soffice.get().toString(),
                "-env:UserInstallation=" + profil.toUri(), "--headless", "--norestore", "--convert-to", format,
                "--outdir", sortie.toString(), fichier.toString()));
        Path journal = temporaire.resolve("soffice-" + sortie.getFileName() + ".log");
        Process p = new ProcessBuilder(commande).redirectErrorStream(true).redirectOutput(journal.toFile()).start();
        boolean fini = p.waitFor(3, TimeUnit.MINUTES);
        if (!fini) {
            p.destroyForcibly();
        }
        String sortieSoffice = Files.readString(journal);
        assertThat(fini).as("soffice n'a pas fini en 3 minutes : " + sortieSoffice).isTrue();
        assertThat(p.exitValue()).as(sortieSoffice).isZero();
        try (var fichiers = Files.list(sortie)) {
            assertThat(fichiers.count()).as("aucun fichier converti : " + sortieSoffice).isPositive();
        }
        return sortie;
    }

    private static Optional<Path> trouver(String programme) {
        String chemin = System.getenv("PATH");
        if (chemin == null) {
            return Optional.empty();
        }
        for (String dossier : chemin.split(File.pathSeparator)) {
            Path candidat = Path.of(dossier, programme);
            if (Files.isExecutable(candidat)) {
                return Optional.of(candidat);
            }
        }
        return Optional.empty();
    }
}

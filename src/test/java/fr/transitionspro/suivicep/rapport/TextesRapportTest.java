package fr.transitionspro.suivicep.rapport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.importation.Fixtures;
import fr.transitionspro.suivicep.indicateurs.Catalogue;

/**
 * The texts as files: export, edit, import, export again. The base holds the small Normandie
 * fixture of {@link GenerateurRapportTest} (4 PTP dossiers in 2023, 5 in 2022 → −20,0 %).
 */
class TextesRapportTest {

    @TempDir
    Path dossier;

    private Base base;
    private TextesRapport textes;

    @BeforeEach
    void baseDeLaNormandie() throws IOException {
        base = Fixtures.base(dossier, "base");
        GenerateurRapportTest.importerLaFixture(base, dossier.resolve("fixture"));
        new fr.transitionspro.suivicep.referentiel.Configuration(List.of(), List.of(), List.of(GenerateurRapportTest.SANS_SECRET))
                .enregistrer(base);
        textes = new TextesRapport(base, Catalogue.standard());
    }

    @AfterEach
    void fermer() {
        // No base when the fixture skipped the test (PostgreSQL absent).
        if (base != null) {
            base.close();
        }
    }

    @Test
    void theExportWritesOneMarkdownFilePerSectionKeyWithTheDefaultTexts() throws IOException {
        TextesRapport.Export export = textes.exporter("28", 2023, dossier.resolve("textes"));
        assertThat(export.fichiers()).extracting(p -> p.getFileName().toString())
                .contains("recours-cep.md", "ptp.md", "ptp-profil.md", "interregional-ptp.md", "p1-1-1.md", "retour-operateurs.md")
                .doesNotHaveDuplicates();
        assertThat(export.stockes()).isZero();
        assertThat(Files.readString(dossier.resolve("textes/interregional-ptp.md")))
                .startsWith("Entre {{ annee_precedente }} et {{ annee }}, le nombre de dossiers PTP présentés {{ en_region }} "
                        + "{{ ptp.dossiers.variation | verbe }}.");
    }

    @Test
    void exportThenImportThenExportGivesTheSameFiles() throws IOException {
        Path premier = dossier.resolve("premier");
        textes.exporter("28", 2023, premier);
        Files.writeString(premier.resolve("ptp.md"), "Texte de l'association : {{ ptp.dossiers }} dossiers en {{ annee }}.\n\n"
                + "- premier point\n- second point\n", StandardCharsets.UTF_8);
        TextesRapport.Import resultat = textes.importer("28", 2023, List.of(premier));
        assertThat(resultat.enregistres()).containsExactly("ptp");
        assertThat(resultat.parDefaut()).contains("recours-cep", "interregional-ptp").doesNotContain("ptp");

        Path second = dossier.resolve("second");
        TextesRapport.Export export = textes.exporter("28", 2023, second);
        assertThat(export.stockes()).isEqualTo(1);
        for (Path fichier : export.fichiers()) {
            assertThat(fichier).as(fichier.getFileName().toString()).hasSameBinaryContentAs(premier.resolve(fichier.getFileName()));
        }
        assertThat(DepotTextes.lire(base, "28", 2023)).containsOnlyKeys("ptp");
    }

    @Test
    void theStoredTextIsPrintedInTheReportInsteadOfTheDefault() throws IOException {
        Path fichier = dossier.resolve("ptp.md");
        Files.writeString(fichier, "Texte de l'association : {{ ptp.dossiers }} dossiers, soit {{ ptp.dossiers.variation }}.");
        textes.importer("28", 2023, List.of(fichier));
        Rapport rapport = new GenerateurRapport(base, Catalogue.standard()).preparer("28", 2023);
        Section ptp = rapport.partie2().stream().filter(s -> s.ancre().equals("ptp")).findFirst().orElseThrow();
        assertThat(ptp.blocs().get(0)).isEqualTo(new Bloc.TexteRiche(
                "<p>Texte de l'association : 4 dossiers, soit \u221220,0&#xa0;%.</p>"));
        assertThat(ptp.blocs()).filteredOn(b -> b instanceof Bloc.TexteRiche t && t.html().contains("commission paritaire"))
                .isEmpty();
    }

    @Test
    void aFileWithAnUnknownReferenceIsRefusedNamingFileLineAndReferenceAndNothingIsStored() throws IOException {
        Path existant = dossier.resolve("existant");
        Files.createDirectories(existant);
        Files.writeString(existant.resolve("transco.md"), "Texte déjà enregistré.");
        textes.importer("28", 2023, List.of(existant.resolve("transco.md")));
        Map<String, String> avant = DepotTextes.lire(base, "28", 2023);

        Path lot = dossier.resolve("lot");
        Files.createDirectories(lot);
        Files.writeString(lot.resolve("transco.md"), "Nouveau texte, correct : {{ transco.dossiers }}.");
        Files.writeString(lot.resolve("ptp.md"), "Première ligne.\n\nLes {{ ptp.dossier }} dossiers de {{ region }}.");
        Files.writeString(lot.resolve("inconnue.md"), "Un texte pour une section qui n'existe pas.");
        assertThatThrownBy(() -> textes.importer("28", 2023, List.of(lot)))
                .isInstanceOf(TexteInvalide.class)
                .hasMessageStartingWith("Textes refusés, rien n'a été enregistré :")
                .hasMessageContaining("fichier ptp.md, ligne 3 : {{ ptp.dossier }} : indicateur inconnu « ptp.dossier »")
                .hasMessageContaining("fichier inconnue.md : « inconnue » n'est pas une clé de section du rapport");
        assertThat(DepotTextes.lire(base, "28", 2023)).isEqualTo(avant).containsEntry("transco", "Texte déjà enregistré.");
    }

    @Test
    void aReferenceWithoutValueIsAcceptedWithAWarning() throws IOException {
        Path fichier = dossier.resolve("transco.md");
        Files.writeString(fichier, "Valeur de 2015 : {{ transco.dossiers | annee=2015 }}.");
        TextesRapport.Import resultat = textes.importer("28", 2023, List.of(fichier));
        assertThat(resultat.enregistres()).containsExactly("transco");
        assertThat(resultat.avertissements()).singleElement().asString()
                .isEqualTo("fichier transco.md, ligne 1 : {{ transco.dossiers | annee=2015 }} n'a pas de valeur pour 28 2023 : "
                        + "« n.d. » sera imprimé");
    }

    @Test
    void aFileLeftAsExportedRemovesTheStoredTextSoThatTheSectionFollowsTheData() throws IOException {
        Path fichier = dossier.resolve("transco.md");
        Files.writeString(fichier, "Un texte.");
        textes.importer("28", 2023, List.of(fichier));
        Path export = dossier.resolve("defaut");
        new TextesRapport(base, Catalogue.standard()).exporter("28", 2023, export);
        // The exported transco.md is the stored text; write back the generator's default instead.
        String defaut = new GenerateurRapport(base, Catalogue.standard()).preparer("28", 2023, Map.of()).textes().utilises()
                .get("transco").defaut();
        Files.writeString(fichier, defaut + "\n");
        TextesRapport.Import resultat = textes.importer("28", 2023, List.of(fichier));
        assertThat(resultat.parDefaut()).containsExactly("transco");
        assertThat(DepotTextes.lire(base, "28", 2023)).isEmpty();
    }

    @Test
    void theDraftListsHandTypedNumbersThatMatchNothingAndTheFinalReportDoesNot() throws IOException {
        Path fichier = dossier.resolve("retour-operateurs.md");
        // 6,3 % is the take-up rate of the fixture (1 265 / 20 000); 37,7 % and 12 345 are no value of it.
        Files.writeString(fichier, "Les opérateurs citent un taux de recours de 6,3 %. Selon eux, 37,7 % des bénéficiaires "
                + "étaient satisfaits.\n\nIls ont informé 12 345 personnes en 2023.");
        textes.importer("28", 2023, List.of(fichier));

        GenerateurRapport brouillon = new GenerateurRapport(base, Catalogue.standard(), true);
        String html = Files.readString(brouillon.generer("28", 2023, Set.of("html"), dossier.resolve("brouillon")).get(0));
        assertThat(brouillon.pointsAVerifier()).isEqualTo(2);
        String annexe = html.substring(html.indexOf("<h2 id=\"points-a-verifier\""));
        assertThat(annexe).contains("Annexe : Points à vérifier")
                .contains("« <span>37,7\u00a0%</span> »").contains("Selon eux, 37,7 % des bénéficiaires étaient satisfaits.")
                .contains("« <span>12 345</span> »").contains("Ils ont informé 12 345 personnes en 2023.")
                .contains("1.4 Le retour des opérateurs CEP : quels constats en 2023 ?")
                .doesNotContain("6,3");

        GenerateurRapport definitif = new GenerateurRapport(base, Catalogue.standard());
        String final_ = Files.readString(definitif.generer("28", 2023, Set.of("html"), dossier.resolve("final")).get(0));
        assertThat(final_).doesNotContain("Points à vérifier").contains("37,7 % des bénéficiaires");
        assertThat(definitif.pointsAVerifier()).isEqualTo(2);
    }
}

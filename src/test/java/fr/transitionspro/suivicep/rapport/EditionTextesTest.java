package fr.transitionspro.suivicep.rapport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.importation.Fixtures;
import fr.transitionspro.suivicep.indicateurs.Catalogue;

/**
 * The texts edited one section at a time (web editor). The base holds the small Normandie fixture of
 * {@link GenerateurRapportTest}: 1 265 CEP entries in 2023, 4 PTP dossiers in 2023 and 5 in 2022 (−20,0 %).
 */
class EditionTextesTest {

    private static final char FINE = '\u202f';

    @TempDir
    Path dossier;

    private Base base;
    private EditionTextes edition;

    @BeforeEach
    void baseDeLaNormandie() throws IOException {
        base = Fixtures.base(dossier, "base");
        GenerateurRapportTest.importerLaFixture(base, dossier.resolve("fixture"));
        edition = new EditionTextes(base, Catalogue.standard());
    }

    @AfterEach
    void fermer() {
        if (base != null) {
            base.close();
        }
    }

    @Test
    void thePreviewPrintsTheComputedFiguresAndListsThem() {
        EditionTextes.Apercu apercu = edition.apercu("28", 2023, "ptp",
                "En {{ annee }}, {{ cep.entrees }} entrées en CEP ;\nle nombre de dossiers PTP {{ ptp.dossiers.variation | verbe }}.");
        assertThat(apercu.erreurs()).isEmpty();
        assertThat(apercu.html()).isEqualTo("<p>En 2023, 1" + FINE + "265 entrées en CEP ;\nle nombre de dossiers PTP a diminué de "
                + "20,0&#xa0;%.</p>"); // XHTML output: the no-break space as an entity
        assertThat(apercu.chiffres()).containsExactly(
                new EditionTextes.Chiffre("{{ annee }}", 1, "2023", false),
                new EditionTextes.Chiffre("{{ cep.entrees }}", 1, "1" + FINE + "265", false),
                new EditionTextes.Chiffre("{{ ptp.dossiers.variation | verbe }}", 2, "a diminué de 20,0\u00a0%", false));
        assertThat(apercu.points()).isEmpty();
        assertThat(DepotTextes.lire(base, "28", 2023)).as("a preview stores nothing").isEmpty();
    }

    @Test
    void thePreviewNamesEachFaultyReferenceInFrenchAndStillShowsTheRest() {
        EditionTextes.Apercu apercu = edition.apercu("28", 2023, "ptp", "{{ ptp.dossiers }} dossiers.\n\n{{ ptp.dosiers }} et {{ annee | verbe }}.");
        assertThat(apercu.valide()).isFalse();
        assertThat(apercu.erreurs()).containsExactly("ligne 3 : {{ ptp.dosiers }} : indicateur inconnu « ptp.dosiers »",
                "ligne 3 : {{ annee | verbe }} : « annee » n'accepte que l'option majuscule");
        assertThat(apercu.html()).isEqualTo("<p>4 dossiers.</p>\n<p><strong>{{ ptp.dosiers }}</strong> et <strong>{{ annee | verbe }}</strong>.</p>");
    }

    @Test
    void aTextLongerThanTwentyThousandCharactersIsRefusedAndNotStored() {
        String roman = "a".repeat(EditionTextes.LONGUEUR_MAXIMALE + 1);
        assertThat(edition.apercu("28", 2023, "ptp", roman).erreurs()).containsExactly("texte trop long : 20" + FINE + "001 caractères (20"
                + FINE + "000 au plus)");
        assertThatThrownBy(() -> edition.enregistrer("28", 2023, "ptp", roman)).isInstanceOf(TexteInvalide.class);
        assertThat(DepotTextes.lire(base, "28", 2023)).isEmpty();
    }

    @Test
    void aNumberTypedByHandThatMatchesNoValueIsAPointToCheck() {
        EditionTextes.Apercu apercu = edition.apercu("28", 2023, "ptp", "Près de 45 % des dossiers, soit {{ ptp.dossiers }} dossiers.");
        assertThat(apercu.valide()).isTrue();
        assertThat(apercu.points()).containsExactly("« 45\u00a0% » : " + PointAVerifier.NOMBRE_SAISI
                + " (« Près de 45 % des dossiers, soit 4 dossiers. »)");
    }

    @Test
    void savingATextWithABadReferenceStoresNothingAndKeepsThePreviousText() {
        edition.enregistrer("28", 2023, "ptp", "Texte de l'association : {{ ptp.dossiers }} dossiers.");
        assertThatThrownBy(() -> edition.enregistrer("28", 2023, "ptp", "Nouveau : {{ ptp.dossiers }} et {{ ptp.dosiers }}."))
                .isInstanceOf(TexteInvalide.class)
                .hasMessage("Texte de la section « 2.1 Le CEP et le dispositif Projet de transition professionnelle (PTP) » (clé ptp) refusé, rien n'a été enregistré : "
                        + "ligne 1 : {{ ptp.dosiers }} : indicateur inconnu « ptp.dosiers »");
        assertThat(DepotTextes.lire(base, "28", 2023)).isEqualTo(Map.of("ptp", "Texte de l'association : {{ ptp.dossiers }} dossiers."));
    }

    @Test
    void aSavedTextIsListedAsModifiedThenTheDefaultComesBack() {
        EditionTextes.Enregistrement fait = edition.enregistrer("28", 2023, "ptp", "Texte de l'association : {{ ptp.dossiers }} dossiers.");
        assertThat(fait.parDefaut()).isFalse();
        assertThat(fait.apercu().chiffres()).extracting(EditionTextes.Chiffre::valeur).containsExactly("4");
        EditionTextes.SectionTexte ptp = section("ptp");
        assertThat(ptp.modifie()).isTrue();
        assertThat(ptp.modifieLe()).isPresent();
        assertThat(ptp.debut()).isEqualTo("Texte de l'association : 4 dossiers.");
        assertThat(edition.modifies("28", 2023)).isEqualTo(1);

        edition.retablir("28", 2023, "ptp");
        assertThat(DepotTextes.lire(base, "28", 2023)).isEmpty();
        assertThat(section("ptp").modifie()).isFalse();
        assertThat(edition.texte("28", 2023, "ptp").orElseThrow().markdown()).isEqualTo(edition.texte("28", 2023, "ptp").orElseThrow().defaut())
                .contains("{{ ");
    }

    @Test
    void savingTheDefaultTextUnchangedStoresNothing() {
        String defaut = edition.texte("28", 2023, "interregional-ptp").orElseThrow().defaut();
        assertThat(edition.enregistrer("28", 2023, "interregional-ptp", defaut + "\n").parDefaut()).isTrue();
        assertThat(DepotTextes.lire(base, "28", 2023)).isEmpty();
    }

    @Test
    void theListFollowsTheReportsOrderFromTheIntroductionToTheProlongements() {
        List<String> cles = edition.sections("28", 2023).stream().map(EditionTextes.SectionTexte::cle).toList();
        assertThat(cles.get(0)).isEqualTo("introduction");
        assertThat(cles).containsSubsequence("introduction", "p1-1", "p1-2-6", "precisions-donnees", "recours-cep", "ptp", "ptp-profil",
                "interregional-projets", "conclusion", "prolongements").doesNotHaveDuplicates();
        assertThat(edition.texte("28", 2023, "inconnue")).isEmpty();
        assertThatThrownBy(() -> edition.enregistrer("28", 2023, "inconnue", "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("« inconnue » n'est pas une clé de section du rapport");
    }

    private EditionTextes.SectionTexte section(String cle) {
        return edition.sections("28", 2023).stream().filter(s -> s.cle().equals(cle)).findFirst().orElseThrow();
    }
}

package fr.transitionspro.suivicep.rapport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.importation.Fixtures;
import fr.transitionspro.suivicep.indicateurs.Catalogue;
import fr.transitionspro.suivicep.indicateurs.Ruptures;
import fr.transitionspro.suivicep.indicateurs.ValeurIndicateur;
import fr.transitionspro.suivicep.indicateurs.Valeurs;
import fr.transitionspro.suivicep.referentiel.Configuration;
import fr.transitionspro.suivicep.referentiel.NomsOperateurs;

/**
 * References of live texts resolved against values written by hand (Normandie 2023):
 *
 * <pre>
 * ptp.dossiers 28: 2022 1 307, 2023 1 265 → variation 100 × (1 265 − 1 307) / 1 307 = −3,213… → « a diminué de 3,2 % »
 * ptp.dossiers.variation 53 2023: 100 × (1 382 − 1 353) / 1 353 = 2,143… → « augmenté de 2,1 % »
 * ptp.avec_cep.variation 28 2023: 0,04 → rounds to 0,0 → « est resté stable »
 * ptp.acceptes 28: 2020 400, 2023 964 → since 2020: 100 × 564 / 400 = 141 → « a augmenté de 141,0 % »
 * cep.taux_recours: 28 9,87 → « 9,9 % »; FM 10,06 → « 10,1 % »; rank 5 → « 5e »
 * cep.profil.sexe 28 FRANCE_COMPETENCES F: 61,84 → « 61,8 % », with decimales=0 « 62 % »
 * cep.ecart 28 FRANCE_COMPETENCES EVOL: 2 032 → signed « +2 032 »
 * FRANCE_COMPETENCES is named « Groupement Évolution » in Normandie for 2020-2023.
 * </pre>
 */
class TextesVivantsTest {

    private static final char FINE = '\u202f';
    private static final char INSECABLE = '\u00a0';

    @TempDir
    static Path dossier;

    private static Base base;
    private static Donnees donnees;
    private static List<ValeurIndicateur> valeurs;

    @BeforeAll
    static void valeursDeLaNormandie() {
        base = Fixtures.base(dossier, "base");
        new Configuration(List.of(new Configuration.NomOperateur("FRANCE_COMPETENCES", "28", 2020, 2023, "Groupement Évolution")),
                List.of()).enregistrer(base);
        valeurs = new ArrayList<>();
        valeur("ptp.dossiers", "28", 2022, 1307, "nombre");
        valeur("ptp.dossiers", "28", 2023, 1265, "nombre");
        valeur("ptp.dossiers.variation", "28", 2023, 100.0 * (1265 - 1307) / 1307, "pourcentage");
        valeur("ptp.dossiers.variation", "53", 2023, 100.0 * (1382 - 1353) / 1353, "pourcentage");
        valeur("ptp.avec_cep.variation", "28", 2023, 0.04, "pourcentage");
        valeur("ptp.acceptes", "28", 2020, 400, "nombre");
        valeur("ptp.acceptes", "28", 2023, 964, "nombre");
        valeur("cep.taux_recours", "28", 2023, 9.87, "pourcentage");
        valeur("cep.taux_recours", "FM", 2023, 10.06, "pourcentage");
        valeur("cep.taux_recours.rang", "28", 2023, 5, "rang");
        valeur("ptp.age.moyen", "28", 2023, 38.04, "ans");
        valeur("cep.profil.sexe", "28", 2023, 61.84, "pourcentage", "operateur", "FRANCE_COMPETENCES", "sexe", "F");
        valeur("cep.ecart", "28", 2023, 2032, "nombre", "operateur", "FRANCE_COMPETENCES", "systeme", "EVOL");
        donnees = new Donnees(new Valeurs(valeurs), Catalogue.standard(), Ruptures.lire(base), NomsOperateurs.pour(base, "28"),
                LibellesCertifications.aucun(), "28", 2023);
    }

    @AfterAll
    static void fermer() {
        // No base when the fixture skipped the test (PostgreSQL absent).
        if (base != null) {
            base.close();
        }
    }

    private static void valeur(String id, String region, int annee, double v, String unite, String... dimensions) {
        TreeMap<String, String> dims = new TreeMap<>();
        for (int i = 0; i + 1 < dimensions.length; i += 2) {
            dims.put(dimensions[i], dimensions[i + 1]);
        }
        valeurs.add(new ValeurIndicateur(id, region, annee, dims, v, unite, "calcul"));
    }

    private static TextesVivants textes() {
        return new TextesVivants(donnees, Map.of(), valeurs);
    }

    /** The text a reader gets from the rendered HTML (XHTML escapes the no-break space). */
    private static String rendu(TextesVivants textes, String markdown) {
        return textes.bloc("ptp", "2.1 Le CEP et le dispositif PTP", markdown).orElseThrow().html().replace("&#xa0;", "\u00a0");
    }

    private static String rendu(String markdown) {
        return rendu(textes(), markdown);
    }

    @Test
    void anIndicatorPrintsTheValueOfTheReportsRegionAndYearInFrench() {
        assertThat(rendu("En {{ annee }}, {{ ptp.dossiers }} dossiers ; taux : {{ cep.taux_recours }}."))
                .isEqualTo("<p>En 2023, 1" + FINE + "265 dossiers ; taux : 9,9" + INSECABLE + "%.</p>");
    }

    @Test
    void regionYearAndDimensionOptionsSelectTheValue() {
        assertThat(rendu("{{ cep.taux_recours | region=FM }} / {{ ptp.dossiers | annee=2022 }} / "
                + "{{ cep.profil.sexe | operateur=FRANCE_COMPETENCES sexe=F }}"))
                .isEqualTo("<p>10,1" + INSECABLE + "% / 1" + FINE + "307 / 61,8" + INSECABLE + "%</p>");
    }

    @Test
    void decimalsAreChosenWithTheDecimalesOption() {
        assertThat(rendu("{{ cep.profil.sexe | operateur=FRANCE_COMPETENCES sexe=F decimales=0 }} et "
                + "{{ cep.taux_recours | decimales=2 }}")).isEqualTo("<p>62" + INSECABLE + "% et 9,87" + INSECABLE + "%</p>");
    }

    @Test
    void aVariationIsSignedAndItsVerbFollowsItsSign() {
        assertThat(rendu("{{ ptp.dossiers.variation }} ; {{ ptp.dossiers.variation | region=53 }}"))
                .isEqualTo("<p>\u22123,2" + INSECABLE + "% ; +2,1" + INSECABLE + "%</p>");
        assertThat(rendu("Le nombre de dossiers {{ ptp.dossiers.variation | verbe }}."))
                .isEqualTo("<p>Le nombre de dossiers a diminué de 3,2" + INSECABLE + "%.</p>");
        assertThat(rendu("Il a {{ ptp.dossiers.variation | region=53 participe }} {{ en_region 53 }}."))
                .isEqualTo("<p>Il a augmenté de 2,1" + INSECABLE + "% en Bretagne.</p>");
        assertThat(rendu("Ce nombre {{ ptp.avec_cep.variation | verbe }}.")).isEqualTo("<p>Ce nombre est resté stable.</p>");
    }

    @Test
    void aChangeSinceAnEarlierYearIsComputedFromTheTwoValues() {
        assertThat(rendu("Le nombre {{ ptp.acceptes | depuis=2020 verbe }}, passant de {{ ptp.acceptes | annee=2020 }} à "
                + "{{ ptp.acceptes }}.")).isEqualTo("<p>Le nombre a augmenté de 141,0" + INSECABLE + "%, passant de 400 à 964.</p>");
    }

    @Test
    void ranksAgesAndSignedCountsHaveTheirOwnTypography() {
        assertThat(rendu("la {{ cep.taux_recours.rang }} région ; {{ ptp.age.moyen }} ; "
                + "{{ cep.ecart | operateur=FRANCE_COMPETENCES systeme=EVOL signe }}"))
                .isEqualTo("<p>la 5e région ; 38,0" + INSECABLE + "ans ; +2" + FINE + "032</p>");
    }

    @Test
    void namesOfRegionsAndOperatorsAreThoseOfTheReportsYear() {
        assertThat(rendu("{{ en_region | majuscule }}, {{ nom_operateur FRANCE_COMPETENCES }} et {{ nom_operateur FRANCE_TRAVAIL }} "
                + "({{ region }}, {{ region 44 }}, {{ en_region 44 }}) ; {{ libelle tranche_age 18_29 }} ; "
                + "{{ annee_precedente }}"))
                .isEqualTo("<p>En Normandie, Groupement Évolution et Pôle emploi (Normandie, Grand Est, dans le Grand Est) ; "
                        + "18 à 29 ans ; 2022</p>");
    }

    @Test
    void aMissingValuePrintsNdAndIsListedAsAPointToCheck() {
        TextesVivants textes = textes();
        assertThat(rendu(textes, "En 2019, {{ ptp.dossiers | annee=2019 }} dossiers. Puis {{ ptp.dossiers.variation | region=52 verbe }}."))
                .isEqualTo("<p>En 2019, n.d. dossiers. Puis n.d..</p>");
        assertThat(textes.points()).extracting(PointAVerifier::element)
                .containsExactly("{{ ptp.dossiers | annee=2019 }}", "{{ ptp.dossiers.variation | region=52 verbe }}");
        assertThat(textes.points().get(0).section()).isEqualTo("2.1 Le CEP et le dispositif PTP");
        assertThat(textes.points().get(0).phrase()).isEqualTo("En 2019, n.d. dossiers.");
    }

    @Test
    void anUnknownIndicatorIsAnErrorNamingTheSectionAndTheReference() {
        assertThatThrownBy(() -> rendu("Bonjour\n\nLes {{ ptp.dosiers }} dossiers."))
                .isInstanceOf(TexteInvalide.class)
                .hasMessage("Texte de la section « 2.1 Le CEP et le dispositif PTP » (clé ptp) : ligne 3 : {{ ptp.dosiers }} : "
                        + "indicateur inconnu « ptp.dosiers »");
    }

    @Test
    void malformedReferencesAreRefusedWithTheirReason() {
        TextesVivants textes = textes();
        assertThat(textes.erreurs("{{ ptp.dossiers | sexe=F }}")).singleElement().asString()
                .contains("« sexe » n'est ni une option").contains("(sans dimension)");
        assertThat(textes.erreurs("{{ cep.profil.sexe | sexe=X }}")).singleElement().asString()
                .contains("code « X » inconnu pour la dimension sexe");
        assertThat(textes.erreurs("{{ ptp.dossiers | verbe }}")).singleElement().asString()
                .contains("ne s'appliquent qu'à une évolution");
        assertThat(textes.erreurs("{{ nom_operateur POLE_EMPLOI }}")).singleElement().asString()
                .contains("opérateur « POLE_EMPLOI » inconnu");
        assertThat(textes.erreurs("{{ ptp.dossiers | region=99 }}")).singleElement().asString().contains("région « 99 » inconnue");
        assertThat(textes.erreurs("ligne un\n{{ ptp.dossiers \n")).singleElement().asString()
                .startsWith("ligne 2 : « {{ ptp.dossiers ").contains("référence non fermée");
        assertThat(textes.erreurs("{{ ptp.dossiers | annee=2023 region=28 decimales=0 }} {{ libelle sexe F }}")).isEmpty();
    }

    @Test
    void aHandTypedNumberThatMatchesNoComputedValueIsAPointToCheckAndOneThatMatchesIsNot() {
        TextesVivants textes = textes();
        rendu(textes, "En 2023, le taux de recours atteint 9,9 % (section 2.1) ; 1 265 dossiers, en baisse de 3,2 %.\n\n"
                + "Selon nos relevés, **45 %** des bénéficiaires étaient satisfaits et 1 300 dossiers attendus.");
        assertThat(textes.points()).extracting(PointAVerifier::element)
                .containsExactly("45" + INSECABLE + "%", "1 300");
        assertThat(textes.points().get(0).phrase())
                .isEqualTo("Selon nos relevés, 45 % des bénéficiaires étaient satisfaits et 1 300 dossiers attendus.");
        assertThat(textes.points().get(0).nature()).isEqualTo(PointAVerifier.NOMBRE_SAISI);
    }

    @Test
    void aPercentageIsNotVouchedForByACountOfTheSameValue() {
        TextesVivants textes = textes();
        rendu(textes, "Soit 400 % et 400 dossiers.");
        assertThat(textes.points()).extracting(PointAVerifier::element).containsExactly("400" + INSECABLE + "%");
    }

    @Test
    void aStoredTextReplacesTheDefaultAndABlankOneGivesNoBlock() {
        TextesVivants textes = new TextesVivants(donnees, Map.of("ptp", "Texte de l'association : {{ ptp.dossiers }}."), valeurs);
        assertThat(textes.bloc("ptp", "2.1", "Texte par défaut.").orElseThrow().html())
                .isEqualTo("<p>Texte de l'association : 1" + FINE + "265.</p>");
        assertThat(textes.bloc("ptp-profil", "2.1", "  ")).isEmpty();
        assertThat(textes.utilises()).containsOnlyKeys("ptp", "ptp-profil");
    }
}

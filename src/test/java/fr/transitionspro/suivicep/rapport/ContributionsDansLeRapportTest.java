package fr.transitionspro.suivicep.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.comptes.Role;
import fr.transitionspro.suivicep.contributions.Acteur;
import fr.transitionspro.suivicep.contributions.Cle;
import fr.transitionspro.suivicep.contributions.Contributions;
import fr.transitionspro.suivicep.contributions.SectionContribution;
import fr.transitionspro.suivicep.importation.Fixtures;
import fr.transitionspro.suivicep.indicateurs.Catalogue;

/**
 * The operators' contributions in the generated HTML page of Normandie 2023. Fixture:
 * <pre>
 * Apec        section 2.5 (coopérations)  approved   → printed in 2.5, its Markdown rendered, its script removed
 * Apec        1.4 (constats)              submitted  → not printed
 * Cap emploi  1.4 (constats)              approved   → printed in 1.4 under « Le réseau des Cap emploi »
 * Missions locales  2.3                   sent back  → not printed
 * Pôle emploi 1.4                         draft      → not printed
 * </pre>
 */
class ContributionsDansLeRapportTest {

    private static final Clock HORLOGE = Clock.fixed(Instant.parse("2024-09-15T10:00:00Z"), ZoneId.of("Europe/Paris"));
    private static final Acteur REFERENT = new Acteur("referent@essai.fr", Role.REFERENT, "28", null);

    @TempDir
    static Path dossier;

    private static Base base;
    private static String html;
    private static List<Path> fichiers;

    private static Acteur operateur(String code) {
        return new Acteur(code.toLowerCase() + "@essai.fr", Role.OPERATEUR, "28", code);
    }

    private static Cle cle(String operateur, SectionContribution section) {
        return new Cle("28", 2023, operateur, section);
    }

    @BeforeAll
    static void ecrire() throws Exception {
        base = Fixtures.base(dossier);
        Contributions c = new Contributions(base);
        int v = c.soumettre(operateur("APEC"), cle("APEC", SectionContribution.COOPERATIONS),
                "L'Apec a animé **12 ateliers** avec Transitions Pro.\n\n- Rouen\n- Caen\n\n<script>alert('x')</script>").version();
        c.valider(REFERENT, cle("APEC", SectionContribution.COOPERATIONS), v, null);
        c.soumettre(operateur("APEC"), cle("APEC", SectionContribution.CONSTATS), "Constats Apec en attente");
        v = c.soumettre(operateur("CAP_EMPLOI"), cle("CAP_EMPLOI", SectionContribution.CONSTATS), "Le public RQTH a *augmenté*.").version();
        c.valider(REFERENT, cle("CAP_EMPLOI", SectionContribution.CONSTATS), v, "Merci");
        v = c.soumettre(operateur("MISSION_LOCALE"), cle("MISSION_LOCALE", SectionContribution.COOPERATIONS), "Texte des Missions locales renvoyé")
                .version();
        c.renvoyer(REFERENT, cle("MISSION_LOCALE", SectionContribution.COOPERATIONS), v, "Précisez les dates");
        c.enregistrer(operateur("FRANCE_TRAVAIL"), cle("FRANCE_TRAVAIL", SectionContribution.CONSTATS), "Brouillon de Pôle emploi");
        fichiers = new GenerateurRapport(base, Catalogue.standard(), HORLOGE).generer("28", 2023, Set.of("html", "pdf", "docx"),
                dossier.resolve("sortie"));
        html = Files.readString(fichiers.get(0), StandardCharsets.UTF_8);
    }

    @AfterAll
    static void fermer() {
        if (base != null) {
            base.close();
        }
    }

    /** The markup between the heading {@code id} and the next heading. */
    private static String section(String id) {
        int debut = html.indexOf("id=\"" + id + "\"");
        assertThat(debut).as(id).isPositive();
        int fin = html.indexOf("<h", html.indexOf("</h", debut) + 3);
        while (fin > 0 && !html.startsWith("<h3", fin) && !html.startsWith("<h4", fin) && !html.startsWith("<h2", fin)) {
            fin = html.indexOf("<h", fin + 2);
        }
        return html.substring(debut, fin < 0 ? html.length() : fin);
    }

    @Test
    void anApprovedContributionIsPrintedInTheOperatorsSectionOfPartOne() {
        String apec = section("p1-2-5");
        assertThat(apec).contains("Contribution de l&#39;opérateur", "<p>L'Apec a animé <strong>12 ateliers</strong> avec Transitions Pro.</p>",
                "<li>Rouen</li>").doesNotContain("<script", "alert(");
        assertThat(html).doesNotContain("<script>alert");
    }

    @Test
    void anApprovedObservationIsPrintedInOneFourUnderTheOperatorsHeading() {
        String retour = section("retour-operateurs");
        assertThat(retour).contains("Le réseau des Cap emploi", "<p>Le public RQTH a <em>augmenté</em>.</p>",
                "ils sont rapportés ci-dessous tels que l'association les a validés");
        assertThat(retour.indexOf("Le réseau des Cap emploi")).isLessThan(retour.indexOf("Le public RQTH"));
    }

    @Test
    void theWordDocumentPrintsTheApprovedTextsToo() throws Exception {
        try (var in = Files.newInputStream(fichiers.get(2)); var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            List<String> paragraphes = docx.getParagraphs().stream().map(p -> p.getText()).toList();
            assertThat(paragraphes).contains("Contribution de l'opérateur", "L'Apec a animé 12 ateliers avec Transitions Pro.",
                    "Le réseau des Cap emploi", "Le public RQTH a augmenté.").doesNotContain("Constats Apec en attente");
        }
        assertThat(Files.size(fichiers.get(1))).as("the PDF is printed").isPositive();
    }

    @Test
    void noContributionThatIsNotApprovedReachesTheReport() {
        assertThat(html).doesNotContain("Constats Apec en attente", "Texte des Missions locales renvoyé", "Brouillon de Pôle emploi",
                "Précisez les dates", "Merci");
        assertThat(section("p1-2-3")).doesNotContain("Contribution de l&#39;opérateur", "Contribution de l'opérateur");
    }
}

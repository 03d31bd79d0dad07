package fr.transitionspro.suivicep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import fr.transitionspro.suivicep.comptes.Comptes;
import fr.transitionspro.suivicep.comptes.Role;
import fr.transitionspro.suivicep.importation.TypeFichier;

/** « Importer des données »: the two steps, who may use them, and the region of every row. */
@ApplicationWebDeTest
class ImportWebTest {

    private static final Pattern JETON = Pattern.compile("name=\"jeton\" value=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    Comptes comptes;
    @Autowired
    UserDetailsService comptesDeConnexion;
    @Autowired
    Jdbi jdbi;
    @Autowired
    DepotsImport depots;

    private UserDetails connecte(Role role, String region) {
        return comptesDeConnexion.loadUserByUsername(JeuDeTest.compte(comptes, role, region, role == Role.OPERATEUR ? "APEC" : null));
    }

    private static MockMultipartHttpServletRequestBuilder essai(String region, String type, String nom, String contenu) {
        MockMultipartHttpServletRequestBuilder r = multipart("/import/" + region + "/essai");
        r.file(new MockMultipartFile("fichier", nom, "text/csv", contenu.getBytes(StandardCharsets.UTF_8)));
        r.param("type", type);
        return r;
    }

    private static String jeton(String page) {
        Matcher m = JETON.matcher(page);
        assertThat(m.find()).as("jeton de confirmation dans la page").isTrue();
        return m.group(1);
    }

    private long entrees(String region, int annee) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(SUM(effectif), 0) FROM entree WHERE region = :r AND annee = :a")
                .bind("r", region).bind("a", annee).mapTo(Long.class).one());
    }

    @Test
    void aReferentSeesEveryTypeAContributorTheRegisterOnlyAndTheOtherRolesNothing() throws Exception {
        String referent = mvc.perform(get("/import/28").with(user(connecte(Role.REFERENT, "28")))).andReturn().getResponse()
                .getContentAsString();
        assertThat(referent).contains("<h1>Importer des données — Normandie</h1>", "<label for=\"type\">Type de fichier</label>",
                "<option value=\"entrees\">Entrées en CEP (AGORA) (entrees)</option>", "<option value=\"lieux\">",
                "enctype=\"multipart/form-data\"", "name=\"_csrf\"", "href=\"/import\">Importer des données</a>");
        String contributeur = mvc.perform(get("/import/28").with(user(connecte(Role.CONTRIBUTEUR, "28")))).andReturn().getResponse()
                .getContentAsString();
        assertThat(contributeur).contains("<option value=\"actions\">", "<option value=\"conventions\">", "<option value=\"entretiens\">",
                "<option value=\"lieux\">").doesNotContain("<option value=\"entrees\">", "<option value=\"dossiers\">");
        for (Role role : List.of(Role.OPERATEUR, Role.LECTEUR)) {
            assertThat(mvc.perform(get("/import/28").with(user(connecte(role, "28")))).andReturn().getResponse().getStatus())
                    .as(role.name()).isEqualTo(403);
        }
        UserDetails national = connecte(Role.NATIONAL, null);
        assertThat(mvc.perform(get("/import/28").with(user(national))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/").with(user(national))).andReturn().getResponse().getContentAsString())
                .doesNotContain("Importer des données");
        assertThat(mvc.perform(get("/import").with(user(connecte(Role.REFERENT, "53")))).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/import/53");
    }

    @Test
    void aContributorCannotSendDataFilesEvenByForgingTheForm() throws Exception {
        UserDetails contributeur = connecte(Role.CONTRIBUTEUR, "28");
        MvcResult r = mvc.perform(essai("28", "entrees", "entrees.csv", "annee;region;operateur;effectif\n2019;28;APEC;1\n")
                .with(user(contributeur)).with(csrf())).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(403);
        assertThat(entrees("28", 2019)).isZero();
    }

    @Test
    void aRefusedFileShowsEachErrorWithItsLineThenTheCorrectedFileIsCheckedConfirmedAndJournaled() throws Exception {
        UserDetails referent = connecte(Role.REFERENT, "28");
        // Line 1 is the header; line 3 carries the unknown region 99.
        String refus = mvc.perform(essai("28", "entrees", "entrees-2021.csv",
                        "annee;region;operateur;effectif\n2021;28;APEC;100\n2021;99;CAP_EMPLOI;7\n")
                .with(user(referent)).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(refus).contains("Fichier « entrees-2021.csv » refusé", "Rien n’a été modifié dans la base",
                "<th scope=\"row\" class=\"nombre\">3</th>", "<td>2 « region »</td>", "<code>99</code>")
                .doesNotContain("name=\"jeton\"");
        assertThat(entrees("28", 2021)).isZero();

        String essai = mvc.perform(essai("28", "entrees", "entrees-2021.csv",
                        "annee;region;operateur;effectif\n2021;28;APEC;100\n2021;28;CAP_EMPLOI;7\n")
                .with(user(referent)).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(essai).contains("Vérification réussie&nbsp;: rien n’est encore importé",
                "Le fichier « entrees-2021.csv » (Entrées en CEP (AGORA)) est conforme\u00a0: 2\u00a0lignes à importer.",
                "<th scope=\"row\">Entrées en CEP (AGORA)</th>", "<td>Normandie</td>", "<td>2021</td>", "<td class=\"nombre\">2</td>",
                "Confirmer l’import");
        assertThat(entrees("28", 2021)).as("a dry run writes nothing").isZero();
        String jeton = jeton(essai);
        var dossier = depots.consulter(jeton).orElseThrow().dossier();
        assertThat(dossier).exists();

        MvcResult confirme = mvc.perform(post("/import/28/confirmer").param("jeton", jeton).with(user(referent)).with(csrf())).andReturn();
        assertThat(confirme.getResponse().getRedirectedUrl()).isEqualTo("/journal/28");
        assertThat(confirme.getFlashMap().get("message"))
                .isEqualTo("Fichier « entrees-2021.csv » importé\u00a0: 2\u00a0lignes (Entrées en CEP (AGORA) 2021).");
        assertThat(entrees("28", 2021)).isEqualTo(107);
        assertThat(dossier).as("temporary folder deleted").doesNotExist();
        assertThat(mvc.perform(get("/journal/28").with(user(referent))).andReturn().getResponse().getContentAsString())
                .contains("<th scope=\"row\">entrees-2021.csv</th>");

        String encore = mvc.perform(post("/import/28/confirmer").param("jeton", jeton).with(user(referent)).with(csrf())).andReturn()
                .getResponse().getContentAsString();
        assertThat(encore).as("a token is used once").contains("Ce fichier n’est plus en attente");
    }

    @Test
    void aBrittanyReferentCannotImportNormandyRowsAndTheMessageNamesTheSlice() throws Exception {
        UserDetails breton = connecte(Role.REFERENT, "53");
        String page = mvc.perform(essai("53", "entrees", "entrees-mixte.csv",
                        "annee;region;operateur;effectif\n2020;53;APEC;10\n2020;28;APEC;20\n2020;28;CAP_EMPLOI;5\n")
                .with(user(breton)).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Fichier « entrees-mixte.csv » refusé",
                "Vous ne pouvez importer que des données de la région Bretagne.",
                "« Entrées en CEP (AGORA) · Normandie · 2020 » (2\u00a0lignes)").doesNotContain("name=\"jeton\"");
        assertThat(entrees("53", 2020)).isZero();
        assertThat(entrees("28", 2020)).isZero();
        // Nor through Normandy's address.
        assertThat(mvc.perform(essai("28", "entrees", "entrees.csv", "annee;region;operateur;effectif\n2020;28;APEC;20\n")
                .with(user(breton)).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theTokenBelongsToItsAccountAndAFileChangedOnTheServerIsNotImported() throws Exception {
        UserDetails referent = connecte(Role.REFERENT, "28");
        String essai = mvc.perform(essai("28", "entrees", "entrees-2018.csv", "annee;region;operateur;effectif\n2018;28;APEC;3\n")
                .with(user(referent)).with(csrf())).andReturn().getResponse().getContentAsString();
        String jeton = jeton(essai);
        String autre = mvc.perform(post("/import/28/confirmer").param("jeton", jeton).with(user(connecte(Role.REFERENT, "28"))).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(autre).contains("Ce fichier n’est plus en attente");

        var depot = depots.consulter(jeton).orElseThrow();
        Files.writeString(depot.fichier(), "annee;region;operateur;effectif\n2018;28;APEC;3000\n");
        String change = mvc.perform(post("/import/28/confirmer").param("jeton", jeton).with(user(referent)).with(csrf())).andReturn()
                .getResponse().getContentAsString();
        assertThat(change).contains("Le fichier déposé a changé sur le serveur depuis sa vérification");
        assertThat(entrees("28", 2018)).isZero();
        assertThat(depot.dossier()).doesNotExist();
    }

    @Test
    void postsWithoutTheirCsrfTokenAreRefused() throws Exception {
        UserDetails referent = connecte(Role.REFERENT, "28");
        assertThat(mvc.perform(essai("28", "entrees", "e.csv", "annee;region;operateur;effectif\n2017;28;APEC;1\n").with(user(referent)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/import/28/confirmer").param("jeton", "x").with(user(referent))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(entrees("28", 2017)).isZero();
    }

    @Test
    void aMissingFileOrTypeIsAskedForInFrench() throws Exception {
        UserDetails referent = connecte(Role.REFERENT, "28");
        assertThat(mvc.perform(multipart("/import/28/essai").param("type", "entrees").with(user(referent)).with(csrf())).andReturn()
                .getResponse().getContentAsString()).contains("role=\"alert\"", "Choisissez le fichier à importer");
        assertThat(mvc.perform(essai("28", "", "e.csv", "x").with(user(referent)).with(csrf())).andReturn()
                .getResponse().getContentAsString()).contains("Choisissez le type de fichier à importer.");
    }

    @Test
    void anUploadExpiresAndItsFolderIsDeleted() throws Exception {
        DepotsImport courts = new DepotsImport(Duration.ZERO);
        var d = courts.deposer("a@essai.fr", "28", TypeFichier.ENTREES,
                new MockMultipartFile("fichier", "../../etc/entrées 2023.csv", "text/csv", "x".getBytes(StandardCharsets.UTF_8)), null);
        assertThat(d.fichier().getFileName()).hasToString("entrées 2023.csv");
        assertThat(d.sha256()).isEqualTo("2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881");
        assertThat(courts.prendre(d.jeton(), "a@essai.fr", "28")).isEmpty();
        assertThat(d.dossier()).doesNotExist();
    }
}

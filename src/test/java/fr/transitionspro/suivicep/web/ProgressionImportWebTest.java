package fr.transitionspro.suivicep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import fr.transitionspro.suivicep.comptes.Comptes;
import fr.transitionspro.suivicep.comptes.Role;

/** The import page's progress: its script, and the server's progress of the check that the script asks for. */
@ApplicationWebDeTest
class ProgressionImportWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Comptes comptes;
    @Autowired
    UserDetailsService comptesDeConnexion;
    @Autowired
    ProgressionsImport progressions;

    private UserDetails referent(String region) {
        return comptesDeConnexion.loadUserByUsername(JeuDeTest.compte(comptes, Role.REFERENT, region, null));
    }

    @Test
    void theImportPageLoadsItsStaticScriptAndNamesWhereToAskForProgress() throws Exception {
        String page = mvc.perform(get("/import/28").with(user(referent("28")))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<script src=\"/js/import.js\" defer></script>", "data-progression=\"/import/28/progression\"",
                "<div id=\"progression-import\" class=\"progression\" hidden>");
        var script = mvc.perform(get("/js/import.js").with(user(referent("28")))).andReturn().getResponse();
        assertThat(script.getStatus()).isEqualTo(200);
        assertThat(script.getContentType()).contains("javascript");
        assertThat(script.getContentAsString()).contains("upload.onprogress", "data-progression", "V\\u00e9rification sur le serveur");
    }

    @Test
    void theServerTellsHowFarTheCheckOfThisAccountsFileIsThenNothingOnceItEnds() throws Exception {
        UserDetails compte = referent("28");
        String vide = mvc.perform(get("/import/28/progression").with(user(compte))).andReturn().getResponse().getContentAsString();
        assertThat(vide).isEqualTo("{\"etape\":\"aucune\"}");

        progressions.suivre(compte.getUsername(), "28", "verification").avancer(500, 2_000, 1_234);
        String pendant = mvc.perform(get("/import/28/progression").with(user(compte))).andReturn().getResponse().getContentAsString();
        assertThat(pendant).contains("\"etape\":\"verification\"", "\"octets\":500", "\"taille\":2000", "\"lignes\":1234");

        progressions.terminer(compte.getUsername(), "28");
        assertThat(mvc.perform(get("/import/28/progression").with(user(compte))).andReturn().getResponse().getContentAsString())
                .isEqualTo("{\"etape\":\"aucune\"}");
    }

    @Test
    void anotherRegionsProgressIsRefused() throws Exception {
        assertThat(mvc.perform(get("/import/53/progression").with(user(referent("28")))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }
}

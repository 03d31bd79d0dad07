package fr.transitionspro.suivicep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.comptes.Comptes;
import fr.transitionspro.suivicep.comptes.Role;
import fr.transitionspro.suivicep.importation.Fixtures;
import fr.transitionspro.suivicep.importation.TypeFichier;

/**
 * The explorer under the disclosure rule. Bourgogne-Franche-Comté (27), 2023: Apec 3 entries, Cap emploi 40, France
 * Travail 100. Every reader but the region's REFERENT sees the Apec's 3 as « s », and Cap emploi's 40 too (the next
 * smallest of a distribution whose total, 143, is printed).
 */
@ApplicationWebDeTest
class ExplorateurSecretTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Comptes comptes;
    @Autowired
    UserDetailsService comptesDeConnexion;
    @Autowired
    Base base;

    @BeforeEach
    void donnees() throws IOException {
        Path dossier = Files.createTempDirectory("suivi-cep-secret-");
        Fixtures.importer(base, Fixtures.fichier(dossier, "entrees-bourgogne-2023.csv",
                "annee;region;operateur;effectif\n2023;27;APEC;3\n2023;27;CAP_EMPLOI;40\n2023;27;FRANCE_TRAVAIL;100\n"),
                TypeFichier.ENTREES);
    }

    /** The tests share one base: this region's rows go, so that the national totals of other tests stay theirs. */
    @org.junit.jupiter.api.AfterEach
    void retirer() {
        base.jdbi().useHandle(h -> {
            h.execute("DELETE FROM entree WHERE region = '27'");
            h.execute("DELETE FROM tranche WHERE region = '27'");
        });
    }

    private UserDetails connecte(Role role, String region) {
        return comptesDeConnexion.loadUserByUsername(JeuDeTest.compte(comptes, role, region, role == Role.OPERATEUR ? "APEC" : null));
    }

    private String page(UserDetails qui) throws Exception {
        return mvc.perform(get("/explorer/27?indicateur=cep.entrees&annee=2023").with(user(qui))).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void aReaderSeesSWithTheRuleThatApplied() throws Exception {
        String page = page(connecte(Role.LECTEUR, "27"));
        assertThat(page).contains("<td class=\"nombre\">s</td>", "<td class=\"nombre\">100</td>", "<td class=\"nombre\">143</td>",
                "s : secret statistique, valeur reposant sur moins de 5 personnes ; masquage secondaire")
                .doesNotContain("<td class=\"nombre\">3</td>").doesNotContain("<td class=\"nombre\">40</td>");
    }

    @Test
    void franceCompetencesAndAnotherRegionsReferentSeeSToo() throws Exception {
        assertThat(page(connecte(Role.NATIONAL, null))).contains("<td class=\"nombre\">s</td>");
        assertThat(page(connecte(Role.CONTRIBUTEUR, "27"))).contains("<td class=\"nombre\">s</td>");
    }

    @Test
    void theRegionsReferentSeesItsAssociationsValues() throws Exception {
        assertThat(page(connecte(Role.REFERENT, "27"))).contains("<td class=\"nombre\">3</td>", "<td class=\"nombre\">40</td>")
                .doesNotContain("secret statistique");
    }

    @Test
    void theDownloadsOfAReaderHoldSNotTheValue() throws Exception {
        UserDetails lecteur = connecte(Role.LECTEUR, "27");
        String csv = new String(mvc.perform(get("/explorer/27/2023/valeurs.csv?indicateur=cep.entrees").with(user(lecteur)))
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).contains(";APEC;Apec;s;nombre\r\n", ";CAP_EMPLOI;Cap emploi;s;nombre\r\n", ";FRANCE_TRAVAIL;")
                .doesNotContain(";APEC;Apec;3;");
        byte[] xlsx = mvc.perform(get("/explorer/27/2023/valeurs.xlsx?indicateur=cep.entrees").with(user(lecteur))).andReturn()
                .getResponse().getContentAsByteArray();
        try (XSSFWorkbook classeur = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet f = classeur.getSheetAt(0);
            boolean apec = false;
            for (var ligne : f) {
                if (ligne.getCell(4) != null && "APEC".equals(ligne.getCell(4).getStringCellValue())) {
                    assertThat(ligne.getCell(6).getCellType()).isEqualTo(CellType.STRING);
                    assertThat(ligne.getCell(6).getStringCellValue()).isEqualTo("s");
                    apec = true;
                }
            }
            assertThat(apec).isTrue();
        }
    }
}

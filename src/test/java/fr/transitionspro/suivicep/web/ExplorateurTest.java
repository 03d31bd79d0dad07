package fr.transitionspro.suivicep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.comptes.Comptes;
import fr.transitionspro.suivicep.comptes.Role;
import fr.transitionspro.suivicep.importation.Fixtures;
import fr.transitionspro.suivicep.importation.TypeFichier;

/**
 * The indicator explorer on a small hand-made region: Pays de la Loire (52), 2023, 2 468 entries for the Apec and
 * 1 234 for Cap emploi, whose name the association configured as « =Cap emploi 49-44 » (a spreadsheet would take it
 * for a formula). By hand: 3 702 entries in all; the Apec's share is 2 468 / 3 702 = 2/3 = 66,666… %, Cap emploi's 1/3.
 */
@ApplicationWebDeTest
class ExplorateurTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Comptes comptes;
    @Autowired
    UserDetailsService comptesDeConnexion;
    @Autowired
    Base base;

    private static final String FINE = "\u202f";
    private static final String INSECABLE = "\u00a0";

    @BeforeEach
    void donnees() throws IOException {
        JeuDeTest.importer(base);
        Path dossier = Files.createTempDirectory("suivi-cep-explorateur-");
        Fixtures.importer(base, Fixtures.fichier(dossier, "entrees-pays-de-la-loire-2023.csv",
                "annee;region;operateur;effectif\n2023;52;APEC;2468\n2023;52;CAP_EMPLOI;1234\n"), TypeFichier.ENTREES);
        base.jdbi().useHandle(h -> {
            h.execute("DELETE FROM libelle_operateur WHERE region = '52'");
            h.execute("INSERT INTO libelle_operateur (region, operateur, annee_debut, annee_fin, libelle) "
                    + "VALUES ('52', 'CAP_EMPLOI', 2023, 2023, '=Cap emploi 49-44')");
        });
    }

    private UserDetails connecte(Role role, String region) {
        return comptesDeConnexion.loadUserByUsername(JeuDeTest.compte(comptes, role, region, role == Role.OPERATEUR ? "APEC" : null));
    }

    @Test
    void theSharesAreShownInFrenchWithTheOperatorsNamesAndTheChartDescribesThem() throws Exception {
        MvcResult r = mvc.perform(get("/explorer/52?indicateur=cep.entrees.part&annee=2023").with(user(connecte(Role.REFERENT, "52"))))
                .andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        String page = r.getResponse().getContentAsString();
        assertThat(page).contains("<h1>Explorer les indicateurs</h1>", "Part des nouvelles entrées en CEP par opérateur",
                "Pays de la Loire, 2023", "pourcentage (%)", "<label for=\"indicateur\">Indicateur</label>",
                "<optgroup label=\"Projet de transition professionnelle (PTP)\">", "<optgroup label=\"Enquête de suivi\">",
                "<th scope=\"col\">Opérateur</th>", "<span>Apec</span>", "APEC", "<span>=Cap emploi 49-44</span>",
                ">66,7" + INSECABLE + "%<", ">33,3" + INSECABLE + "%<",
                "role=\"img\"", "Diagramme en barres. Apec" + INSECABLE + ": 66,7" + INSECABLE + "%",
                "href=\"/explorer/52/2023/valeurs.csv?indicateur=cep.entrees.part\"",
                "href=\"/explorer/52/2023/valeurs.xlsx?indicateur=cep.entrees.part\"",
                "href=\"/explorer/52/2023/trace?indicateur=cep.entrees.part\"");

        String total = mvc.perform(get("/explorer/52?indicateur=cep.entrees&annee=2023").with(user(connecte(Role.LECTEUR, "52"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(total).contains(">Ensemble<", ">3" + FINE + "702<", ">2" + FINE + "468<", ">1" + FINE + "234<");
    }

    @Test
    void theCsvKeepsRawValuesAndNeutralisesFormulaLookingText() throws Exception {
        MvcResult r = mvc.perform(get("/explorer/52/2023/valeurs.csv?indicateur=cep.entrees.part").with(user(connecte(Role.LECTEUR, "52"))))
                .andReturn();
        assertThat(r.getResponse().getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"cep.entrees.part-52-2023.csv\"");
        byte[] octets = r.getResponse().getContentAsByteArray();
        assertThat(octets[0] & 0xff).isEqualTo(0xEF);
        assertThat(octets[1] & 0xff).isEqualTo(0xBB);
        String[] lignes = new String(octets, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lignes[0]).isEqualTo("indicateur;libellé;région;année;operateur;Opérateur (libellé);valeur;unité");
        assertThat(lignes[1]).startsWith("cep.entrees.part;Part des nouvelles entrées en CEP par opérateur;52;2023;APEC;Apec;66.666666")
                .endsWith(";pourcentage");
        assertThat(lignes[2]).startsWith("cep.entrees.part;Part des nouvelles entrées en CEP par opérateur;52;2023;CAP_EMPLOI;'=Cap emploi 49-44;33.33333");
        assertThat(Double.parseDouble(lignes[1].split(";")[6])).isCloseTo(200.0 / 3, within(1e-9));
    }

    @Test
    void theXlsxHasNumericUnroundedCellsAndNeutralisedText() throws Exception {
        byte[] octets = mvc.perform(get("/explorer/52/2023/valeurs.xlsx?indicateur=cep.entrees.part").with(user(connecte(Role.LECTEUR, "52"))))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook classeur = new XSSFWorkbook(new ByteArrayInputStream(octets))) {
            Sheet feuille = classeur.getSheetAt(0);
            Row cap = feuille.getRow(2);
            // The text exactly, kept text by the « quote prefix » style (diffusion.Tableur).
            assertThat(cap.getCell(5).getStringCellValue()).isEqualTo("=Cap emploi 49-44");
            assertThat(cap.getCell(5).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(cap.getCell(4).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(cap.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cap.getCell(6).getNumericCellValue()).isCloseTo(100.0 / 3, within(1e-9));
            assertThat(feuille.getRow(1).getCell(6).getNumericCellValue()).isCloseTo(200.0 / 3, within(1e-9));
        }
    }

    @Test
    void theTraceNamesTheImportedFile() throws Exception {
        String page = mvc.perform(get("/explorer/52/2023/trace?indicateur=cep.entrees").with(user(connecte(Role.REFERENT, "52"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Trace — Nouvelles entrées en CEP", "entrees-pays-de-la-loire-2023.csv", "<pre class=\"trace\">");
    }

    @Test
    void onlyTheAccountsRegionIsExploredAndFranceCompetencesReadsEveryRegionAndTheAggregates() throws Exception {
        assertThat(mvc.perform(get("/explorer/52")).andReturn().getResponse().getRedirectedUrl()).endsWith("/connexion");
        UserDetails breton = connecte(Role.REFERENT, "53");
        for (String adresse : new String[] {"/explorer/52", "/explorer/52/2023/valeurs.csv", "/explorer/FM", "/explorer/28/2023/trace"}) {
            assertThat(mvc.perform(get(adresse).with(user(breton))).andReturn().getResponse().getStatus()).as(adresse).isEqualTo(403);
        }
        assertThat(mvc.perform(get("/explorer").with(user(breton))).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/explorer/53");
        UserDetails national = connecte(Role.NATIONAL, null);
        String normandie = mvc.perform(get("/explorer/28?indicateur=cep.entrees&annee=2023").with(user(national))).andReturn().getResponse()
                .getContentAsString();
        assertThat(normandie).contains("Normandie, 2023", ">1" + FINE + "575<", ">1" + FINE + "265<", "<option value=\"FM\">France métropolitaine</option>");
        assertThat(mvc.perform(get("/explorer/FM?indicateur=cep.entrees&annee=2023").with(user(national))).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/explorer/28?indicateur=inconnu").with(user(national))).andReturn().getResponse().getStatus()).isEqualTo(404);
    }
}

package fr.transitionspro.suivicep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.transitionspro.suivicep.audit.Action;
import fr.transitionspro.suivicep.audit.JournalAudit;
import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.comptes.Comptes;
import fr.transitionspro.suivicep.comptes.Role;

/**
 * « Textes du rapport » and the report page through the real security filters, on Normandie 2023 of {@link JeuDeTest}:
 * 1 265 APEC and 310 Cap emploi entries, so {@code {{ cep.entrees }}} prints 1 575. Each test writes its own text key
 * (the web tests share one base).
 */
@ApplicationWebDeTest
class TextesWebTest {

    private static final String FINE = "\u202f";

    @Autowired
    MockMvc mvc;
    @Autowired
    Comptes comptes;
    @Autowired
    UserDetailsService comptesDeConnexion;
    @Autowired
    Base base;
    @Autowired
    TextesRegion textes;
    @Autowired
    JournalAudit journal;

    @BeforeEach
    void donnees() {
        JeuDeTest.importer(base);
    }

    private UserDetails connecte(Role role, String region) {
        return comptesDeConnexion.loadUserByUsername(JeuDeTest.compte(comptes, role, region, role == Role.OPERATEUR ? "APEC" : null));
    }

    private Optional<String> stocke(String cle) {
        return base.jdbi().withHandle(h -> h.createQuery("SELECT markdown FROM texte_section WHERE region = '28' AND annee = 2023 AND cle = :c")
                .bind("c", cle).mapTo(String.class).findOne());
    }

    @Test
    void theLivePreviewAnswersTheRenderedDraftWithItsComputedFigures() throws Exception {
        MvcResult r = mvc.perform(post("/textes/28/2023/recours-cep-operateurs/apercu").with(user(connecte(Role.CONTRIBUTEUR, "28"))).with(csrf())
                .param("markdown", "{{ en_region | majuscule }}, {{ cep.entrees }} personnes sont entrées en CEP.")).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getContentAsString()).startsWith("<div class=\"apercu\">")
                .contains("<p>En Normandie, 1" + FINE + "575 personnes sont entrées en CEP.</p>", "Chiffres cités par le texte",
                        "<code>{{ cep.entrees }}</code>")
                .doesNotContain("<html", "Références à corriger");
        assertThat(stocke("recours-cep-operateurs")).as("a preview stores nothing").isEmpty();
    }

    @Test
    void aPreviewWithoutTheCsrfTokenIsRefused() throws Exception {
        assertThat(mvc.perform(post("/textes/28/2023/recours-cep-operateurs/apercu").with(user(connecte(Role.REFERENT, "28")))
                .param("markdown", "x")).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void savingATextWithAnUnknownReferenceStoresNothingAndNamesTheReference() throws Exception {
        MvcResult r = mvc.perform(post("/textes/28/2023/usage-cep").with(user(connecte(Role.REFERENT, "28"))).with(csrf())
                .param("action", "enregistrer").param("markdown", "{{ cep.entrees }} entrées.\n\nEt {{ cep.entree }} ?")).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getContentAsString()).contains("Le texte n’a pas été enregistré : corrigez les références signalées ci-dessous.",
                "ligne 3 : {{ cep.entree }} : indicateur inconnu « cep.entree »", ">{{ cep.entrees }} entrées.\n\nEt {{ cep.entree }} ?</textarea>");
        assertThat(stocke("usage-cep")).isEmpty();
    }

    @Test
    void theAperçuButtonWithoutScriptGivesThePageBackWithTheDraftPreviewedAndNothingStored() throws Exception {
        MvcResult r = mvc.perform(post("/textes/28/2023/profil-cep-age").with(user(connecte(Role.CONTRIBUTEUR, "28"))).with(csrf())
                .param("action", "apercu").param("markdown", "Brouillon : {{ cep.entrees }} entrées.")).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getContentAsString()).contains("<p>Brouillon : 1" + FINE + "575 entrées.</p>",
                ">Brouillon : {{ cep.entrees }} entrées.</textarea>", "src=\"/js/textes.js\"");
        assertThat(stocke("profil-cep-age")).isEmpty();
    }

    @Test
    void aSavedTextIsListedAsModifiedUntilTheDefaultIsRestored() throws Exception {
        UserDetails referent = connecte(Role.REFERENT, "28");
        MvcResult enregistre = mvc.perform(post("/textes/28/2023/profil-cep-sexe").with(user(referent)).with(csrf())
                .param("action", "enregistrer").param("markdown", "Texte de l'association : {{ cep.entrees }} entrées.")).andReturn();
        assertThat(enregistre.getResponse().getRedirectedUrl()).isEqualTo("/textes/28/2023/profil-cep-sexe");
        assertThat(enregistre.getFlashMap().get("message")).isEqualTo("Texte enregistré. Le rapport l’imprime désormais, avec les chiffres de l’aperçu.");
        assertThat(stocke("profil-cep-sexe")).contains("Texte de l'association : {{ cep.entrees }} entrées.");
        String liste = mvc.perform(get("/textes/28/2023").with(user(referent))).andReturn().getResponse().getContentAsString();
        assertThat(liste).contains("<h1>Textes du rapport 2023 — Normandie</h1>", "Texte de l&#39;association : 1" + FINE + "575 entrées.",
                "modifié le ", "texte par défaut", "href=\"/textes/28/2023/profil-cep-sexe\"");

        MvcResult retabli = mvc.perform(post("/textes/28/2023/profil-cep-sexe/defaut").with(user(referent)).with(csrf())).andReturn();
        assertThat(retabli.getResponse().getRedirectedUrl()).isEqualTo("/textes/28/2023/profil-cep-sexe");
        assertThat(stocke("profil-cep-sexe")).isEmpty();
        assertThat(journal.lire(new JournalAudit.Filtre("28", Action.MODIFICATION_TEXTE, referent.getUsername(), null, null, 10)))
                .extracting(JournalAudit.Entree::detail)
                .containsExactly("texte « profil-cep-sexe » 2023 : retour au texte par défaut", "texte « profil-cep-sexe » 2023 enregistré (51 caractères)");
    }

    @Test
    void aReaderReadsTheTextsButCannotChangeThem() throws Exception {
        UserDetails lecteur = connecte(Role.LECTEUR, "28");
        assertThat(mvc.perform(get("/textes/28/2023").with(user(lecteur))).andReturn().getResponse().getContentAsString())
                .contains("Votre compte lit ces textes", ">Lire</a>").doesNotContain(">Modifier</a>");
        String page = mvc.perform(get("/textes/28/2023/transco").with(user(lecteur))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Le texte, tel que le rapport l’imprime").doesNotContain("<textarea", "textes.js");
        for (String adresse : new String[] {"/textes/28/2023/transco", "/textes/28/2023/transco/apercu", "/textes/28/2023/transco/defaut"}) {
            assertThat(mvc.perform(post(adresse).with(user(lecteur)).with(csrf()).param("markdown", "x")).andReturn().getResponse().getStatus())
                    .as(adresse).isEqualTo(403);
        }
        assertThat(stocke("transco")).isEmpty();
    }

    @Test
    void anOperatorWhichSeesOnlyItsNetworksFiguresIsRefusedTheRegionsTextsAndReportPage() throws Exception {
        UserDetails operateur = connecte(Role.OPERATEUR, "28");
        for (String adresse : new String[] {"/textes/28/2023", "/textes/28/2023/transco", "/rapport/28/2023", "/rapport"}) {
            assertThat(mvc.perform(get(adresse).with(user(operateur))).andReturn().getResponse().getStatus()).as(adresse).isEqualTo(403);
        }
        assertThat(mvc.perform(get("/").with(user(operateur))).andReturn().getResponse().getContentAsString())
                .doesNotContain("Rapport et textes", "href=\"/comptes\"");
    }

    @Test
    void nationalReadsTheTextsOfEveryRegionButChangesNone() throws Exception {
        UserDetails national = comptesDeConnexion.loadUserByUsername(JeuDeTest.compte(comptes, Role.NATIONAL, null, null));
        assertThat(mvc.perform(get("/textes/28/2023").with(user(national))).andReturn().getResponse().getContentAsString())
                .contains("<h1>Textes du rapport 2023 — Normandie</h1>", ">Lire</a>").doesNotContain(">Modifier</a>");
        assertThat(mvc.perform(post("/textes/28/2023/transco").with(user(national)).with(csrf()).param("markdown", "x")).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aRegionWithoutAnyDataStillListsItsDefaultTextsInTheReportsOrder() throws Exception {
        String page = mvc.perform(get("/textes/94/2025").with(user(connecte(Role.LECTEUR, "94")))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<h1>Textes du rapport 2025 — Corse</h1>", "Aucun texte modifié : les ", "textes sont les textes par défaut.",
                "<th scope=\"rowgroup\" colspan=\"4\">Introduction</th>", "href=\"/textes/94/2025/ptp\"");
        assertThat(page.indexOf(">Introduction</th>")).isLessThan(page.indexOf(">Partie 1 : les coopérations</th>"));
        assertThat(page.indexOf(">Partie 2 : le CEP et les parcours</th>")).isLessThan(page.indexOf(">Conclusion</th>"));
    }

    @Test
    void theTextsServiceChecksTheAccountWhateverPageCallsIt() {
        for (Role role : new Role[] {Role.REFERENT, Role.CONTRIBUTEUR, Role.OPERATEUR, Role.LECTEUR}) {
            Utilisateur breton = (Utilisateur) connecte(role, "53");
            assertThatThrownBy(() -> textes.sections(breton, "28", 2023)).as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> textes.apercu(breton, "28", 2023, "ptp", "x")).as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> textes.enregistrer(breton, "28", 2023, "ptp", "x")).as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> textes.retablir(breton, "28", 2023, "ptp")).as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
        Utilisateur lecteur = (Utilisateur) connecte(Role.LECTEUR, "28");
        assertThat(textes.modifies(lecteur, "28", 2023)).isNotNegative();
        assertThatThrownBy(() -> textes.enregistrer(lecteur, "28", 2023, "ptp", "x")).isInstanceOf(AccessDeniedException.class);
        Utilisateur operateur = (Utilisateur) connecte(Role.OPERATEUR, "28");
        assertThatThrownBy(() -> textes.modifies(operateur, "28", 2023)).isInstanceOf(AccessDeniedException.class);
        assertThat(stocke("ptp")).isEmpty();
    }

    @Test
    void anUnknownTextKeyIsNotFound() throws Exception {
        assertThat(mvc.perform(get("/textes/28/2023/inconnue").with(user(connecte(Role.REFERENT, "28")))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void theReportPageOffersEveryFormatAndTheDraftWhichListsThePointsToCheck() throws Exception {
        UserDetails referent = connecte(Role.REFERENT, "28");
        String page = mvc.perform(get("/rapport/28/2023").with(user(referent))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<h1>Rapport 2023 — Normandie</h1>", "href=\"/rapport/28/2023.pdf\"", "href=\"/rapport/28/2023.docx\"",
                "href=\"/rapport/28/2023.xlsx\"", "href=\"/rapport/28/2023.html\"", "href=\"/rapport/28/2023.pdf?brouillon=true\"",
                "Le rapport à remettre à France compétences", "Les tableaux seuls, une feuille par tableau", "href=\"/textes/28/2023\"",
                "href=\"/rapport\"", "href=\"/comptes\"");
        assertThat(mvc.perform(get("/rapport").with(user(referent))).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/rapport/28/2023");

        mvc.perform(post("/textes/28/2023/autres-dispositifs-clea").with(user(referent)).with(csrf()).param("action", "enregistrer")
                .param("markdown", "Environ 45 % des entrées concernent CléA."));
        MvcResult brouillon = mvc.perform(get("/rapport/28/2023.html").param("brouillon", "true").with(user(referent))).andReturn();
        assertThat(brouillon.getResponse().getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"rapport-28-2023-brouillon.html\"");
        assertThat(brouillon.getResponse().getContentAsString()).contains("Annexe : Points à vérifier", "Environ 45 % des entrées concernent CléA.");
        assertThat(mvc.perform(get("/rapport/28/2023.html").with(user(referent))).andReturn().getResponse().getContentAsString())
                .contains("Environ 45 % des entrées concernent CléA.").doesNotContain("Annexe : Points à vérifier");
    }
}

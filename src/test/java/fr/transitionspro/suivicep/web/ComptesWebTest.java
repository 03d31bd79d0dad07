package fr.transitionspro.suivicep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.transitionspro.suivicep.audit.Action;
import fr.transitionspro.suivicep.audit.JournalAudit;
import fr.transitionspro.suivicep.comptes.Comptes;
import fr.transitionspro.suivicep.comptes.Role;

/** « Comptes » through the real security filters: Bourgogne-Franche-Comté (27), which no other web test uses. */
@ApplicationWebDeTest
class ComptesWebTest {

    private static final String MOT_DE_PASSE = "mot de passe initial";

    @Autowired
    MockMvc mvc;
    @Autowired
    Comptes comptes;
    @Autowired
    UserDetailsService comptesDeConnexion;
    @Autowired
    JournalAudit journal;

    private UserDetails connecte(String email) {
        return comptesDeConnexion.loadUserByUsername(email);
    }

    private static String adresse() {
        return "personne-" + UUID.randomUUID() + "@essai.fr";
    }

    private MvcResult creer(UserDetails referent, String email, String role, String confirmation) throws Exception {
        return mvc.perform(post("/comptes/27").with(user(referent)).with(csrf()).param("email", email).param("role", role)
                .param("operateur", "").param("motDePasse", MOT_DE_PASSE).param("confirmation", confirmation)).andReturn();
    }

    private MvcResult seConnecter(String email, String motDePasse) throws Exception {
        return mvc.perform(formLogin("/connexion").userParameter("email").passwordParam("motDePasse").user(email).password(motDePasse))
                .andReturn();
    }

    @Test
    void aReferentCreatesAContributorWhoThenSignsIn() throws Exception {
        UserDetails referent = connecte(JeuDeTest.compte(comptes, Role.REFERENT, "27", null));
        String email = adresse();
        MvcResult cree = creer(referent, email, "CONTRIBUTEUR", MOT_DE_PASSE);
        assertThat(cree.getResponse().getRedirectedUrl()).isEqualTo("/comptes/27");
        assertThat(cree.getFlashMap().get("message")).asString().startsWith("Compte « " + email + " » créé (Contributeur).");
        assertThat(comptes.trouver(email).orElseThrow().region()).contains("27");
        assertThat(comptes.trouver(email).orElseThrow().motDePasse()).startsWith("{bcrypt}");
        assertThat(seConnecter(email, MOT_DE_PASSE).getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(mvc.perform(get("/comptes/27").with(user(referent))).andReturn().getResponse().getContentAsString())
                .contains("<h1>Comptes — Bourgogne-Franche-Comté</h1>", email, "votre compte", "Créer le compte");
    }

    @Test
    void aReferentCannotCreateANationalAccountNorOneWithTwoDifferentPasswords() throws Exception {
        UserDetails referent = connecte(JeuDeTest.compte(comptes, Role.REFERENT, "27", null));
        String national = adresse();
        MvcResult refuse = creer(referent, national, "NATIONAL", MOT_DE_PASSE);
        assertThat(refuse.getResponse().getStatus()).isEqualTo(200);
        assertThat(refuse.getResponse().getContentAsString()).contains("Un référent crée des comptes CONTRIBUTEUR, OPERATEUR ou LECTEUR, pas NATIONAL")
                .contains("value=\"" + national + "\"").doesNotContain(MOT_DE_PASSE);
        assertThat(comptes.trouver(national)).isEmpty();
        String lecteur = adresse();
        assertThat(creer(referent, lecteur, "LECTEUR", "un autre mot de passe").getResponse().getContentAsString())
                .contains("Les deux mots de passe saisis diffèrent.");
        assertThat(comptes.trouver(lecteur)).isEmpty();
    }

    @Test
    void aDeactivatedAccountCanNoLongerSignInAndItsOpenSessionEnds() throws Exception {
        UserDetails referent = connecte(JeuDeTest.compte(comptes, Role.REFERENT, "27", null));
        String email = adresse();
        creer(referent, email, "LECTEUR", MOT_DE_PASSE);
        MockHttpSession session = (MockHttpSession) seConnecter(email, MOT_DE_PASSE).getRequest().getSession(false);
        assertThat(mvc.perform(get("/").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);

        MvcResult desactive = mvc.perform(post("/comptes/27/desactiver").with(user(referent)).with(csrf()).param("email", email)).andReturn();
        assertThat(desactive.getFlashMap().get("message")).isEqualTo("Compte « " + email + " » désactivé : il ne peut plus se connecter.");
        assertThat(mvc.perform(get("/").session(session)).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/connexion?desactive");
        assertThat(seConnecter(email, MOT_DE_PASSE).getResponse().getRedirectedUrl()).isEqualTo("/connexion?erreur");

        mvc.perform(post("/comptes/27/reactiver").with(user(referent)).with(csrf()).param("email", email));
        assertThat(seConnecter(email, MOT_DE_PASSE).getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(journal.lire(new JournalAudit.Filtre("27", Action.COMPTE, referent.getUsername(), null, null, 10)))
                .extracting(JournalAudit.Entree::detail)
                .containsExactly("compte réactivé : " + email, "compte désactivé : " + email, "compte créé : " + email + " (LECTEUR)");
    }

    @Test
    void aReferentCannotDeactivateItsOwnAccount() throws Exception {
        String email = JeuDeTest.compte(comptes, Role.REFERENT, "27", null);
        MvcResult r = mvc.perform(post("/comptes/27/desactiver").with(user(connecte(email))).with(csrf()).param("email", email)).andReturn();
        assertThat(r.getResponse().getContentAsString()).contains("Vous ne pouvez pas désactiver votre propre compte.");
        assertThat(comptes.trouver(email).orElseThrow().actif()).isTrue();
    }

    @Test
    void nationalListsEveryAccountAndOnlyAReferentManagesItsRegion() throws Exception {
        String normand = JeuDeTest.compte(comptes, Role.LECTEUR, "28", null);
        String bourguignon = JeuDeTest.compte(comptes, Role.CONTRIBUTEUR, "27", null);
        UserDetails national = connecte(JeuDeTest.compte(comptes, Role.NATIONAL, null, null));
        assertThat(mvc.perform(get("/comptes").with(user(national))).andReturn().getResponse().getContentAsString())
                .contains("<h1>Comptes — toutes les régions</h1>", normand, bourguignon).doesNotContain("Créer le compte", "Désactiver");
        assertThat(mvc.perform(get("/comptes/27").with(user(national))).andReturn().getResponse().getStatus()).isEqualTo(403);
        UserDetails contributeur = connecte(bourguignon);
        assertThat(mvc.perform(get("/comptes").with(user(contributeur))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/comptes/27/desactiver").with(user(contributeur)).with(csrf()).param("email", bourguignon)).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/comptes").with(user(connecte(JeuDeTest.compte(comptes, Role.REFERENT, "27", null))))).andReturn()
                .getResponse().getRedirectedUrl()).isEqualTo("/comptes/27");
    }
}

package fr.transitionspro.suivicep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.comptes.Comptes;
import fr.transitionspro.suivicep.comptes.Role;
import fr.transitionspro.suivicep.contributions.Acteur;
import fr.transitionspro.suivicep.contributions.Cle;
import fr.transitionspro.suivicep.contributions.Contributions;
import fr.transitionspro.suivicep.contributions.SectionContribution;
import fr.transitionspro.suivicep.contributions.Statut;

/**
 * The contributions' pages per role, through the real security filters. The web tests share one base: each test
 * works on a year of its own (2031…), so that no test finds another's contributions.
 */
@ApplicationWebDeTest
class ContributionsWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Comptes comptes;
    @Autowired
    UserDetailsService comptesDeConnexion;
    @Autowired
    Base base;

    @BeforeEach
    void donnees() {
        JeuDeTest.importer(base);
    }

    private UserDetails connecte(Role role, String region, String operateur) {
        return comptesDeConnexion.loadUserByUsername(JeuDeTest.compte(comptes, role, region, operateur));
    }

    private int statut(MockHttpServletRequestBuilder requete, UserDetails qui) throws Exception {
        return mvc.perform(requete.with(user(qui)).with(csrf())).andReturn().getResponse().getStatus();
    }

    private String page(String adresse, UserDetails qui) throws Exception {
        MvcResult r = mvc.perform(get(adresse).with(user(qui))).andReturn();
        assertThat(r.getResponse().getStatus()).as(adresse).isEqualTo(200);
        return r.getResponse().getContentAsString();
    }

    private Statut statutStocke(int annee, String operateur, SectionContribution section) {
        return new Contributions(base).lire(new Acteur("t@essai.fr", Role.NATIONAL, null, null), new Cle("28", annee, operateur, section))
                .orElseThrow().statut();
    }

    @Test
    void theOperatorPreviewsSavesAndSubmitsAndTheReferentSendsBackWithACommentThenApproves() throws Exception {
        UserDetails apec = connecte(Role.OPERATEUR, "28", "APEC");
        UserDetails referent = connecte(Role.REFERENT, "28", null);
        String adresse = "/contributions/28/2031/APEC/constats";

        String editeur = page(adresse, apec);
        assertThat(editeur).contains("<label for=\"markdown\">Texte de la contribution</label>", "Enregistrer le brouillon",
                "Soumettre", "Aperçu", "Partie 2, section 1.4", "pas encore rédigée");

        MvcResult apercu = mvc.perform(post(adresse).with(user(apec)).with(csrf()).param("action", "apercu")
                .param("markdown", "Nos **constats**.\n\n<script>alert(1)</script><a href=\"javascript:x()\">lien</a>")).andReturn();
        assertThat(apercu.getResponse().getContentAsString()).contains("Aperçu (non enregistré)", "<p>Nos <strong>constats</strong>.</p>")
                .doesNotContain("<script>alert", "href=\"javascript");
        assertThat(new Contributions(base).lire(new Acteur("t@essai.fr", Role.NATIONAL, null, null),
                new Cle("28", 2031, "APEC", SectionContribution.CONSTATS))).as("a preview stores nothing").isEmpty();

        assertThat(mvc.perform(post(adresse).with(user(apec)).with(csrf()).param("action", "enregistrer").param("markdown", "Brouillon"))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo(adresse);
        assertThat(statutStocke(2031, "APEC", SectionContribution.CONSTATS)).isEqualTo(Statut.BROUILLON);
        assertThat(page("/contributions/28/2031", referent)).as("a draft's text is the operator's").doesNotContain(">Brouillon<")
                .contains("Brouillon en cours de rédaction par l’opérateur");

        mvc.perform(post(adresse).with(user(apec)).with(csrf()).param("action", "soumettre").param("markdown", "Nos constats 2031."));
        String liste = page("/contributions/28/2031", referent);
        assertThat(liste).contains("<p>Nos constats 2031.</p>", "Valider", "Renvoyer à l’opérateur", "name=\"version\" value=\"2\"");

        MvcResult sansCommentaire = mvc.perform(post(adresse + "/examen").with(user(referent)).with(csrf()).param("action", "renvoyer")
                .param("version", "2").param("commentaire", " ")).andReturn();
        assertThat(sansCommentaire.getFlashMap().get("probleme").toString()).contains("le commentaire est obligatoire");
        assertThat(statutStocke(2031, "APEC", SectionContribution.CONSTATS)).isEqualTo(Statut.SOUMISE);

        mvc.perform(post(adresse + "/examen").with(user(referent)).with(csrf()).param("action", "renvoyer").param("version", "2")
                .param("commentaire", "Ajoutez le public cadre."));
        assertThat(statutStocke(2031, "APEC", SectionContribution.CONSTATS)).isEqualTo(Statut.RENVOYEE);
        assertThat(page(adresse, apec)).contains("Renvoyée pour correction", "Ajoutez le public cadre.", "Nos constats 2031.");

        mvc.perform(post(adresse).with(user(apec)).with(csrf()).param("action", "soumettre").param("markdown", "Nos constats 2031, public cadre."));
        mvc.perform(post(adresse + "/examen").with(user(referent)).with(csrf()).param("action", "valider").param("version", "4"));
        assertThat(statutStocke(2031, "APEC", SectionContribution.CONSTATS)).isEqualTo(Statut.VALIDEE);
        assertThat(page(adresse, apec)).contains("Cette contribution est validée").doesNotContain("<textarea id=\"markdown\"");
        MvcResult verrouillee = mvc.perform(post(adresse).with(user(apec)).with(csrf()).param("action", "enregistrer").param("markdown", "x"))
                .andReturn();
        assertThat(verrouillee.getResponse().getContentAsString()).contains("Cette contribution est validée\u00a0: elle ne peut plus être modifiée.");

        assertThat(page(adresse + "/historique", referent)).contains("Brouillon enregistré", "Soumise pour validation", "Renvoyée pour correction",
                "Ajoutez le public cadre.", "Validée", "Texte du brouillon non communiqué");
    }

    @Test
    void onlyTheOperatorWritesAndOnlyTheReferentReviewsAndNationalOnlyReads() throws Exception {
        String adresse = "/contributions/28/2032/APEC/cooperations";
        UserDetails capEmploi = connecte(Role.OPERATEUR, "28", "CAP_EMPLOI");
        for (UserDetails autre : List.of(capEmploi, connecte(Role.REFERENT, "28", null), connecte(Role.CONTRIBUTEUR, "28", null),
                connecte(Role.LECTEUR, "28", null), connecte(Role.NATIONAL, null, null))) {
            assertThat(statut(post(adresse).param("action", "soumettre").param("markdown", "intrus"), autre))
                    .as(autre.getUsername()).isEqualTo(403);
        }
        assertThat(statut(get(adresse), capEmploi)).as("another operator's text").isEqualTo(403);
        assertThat(statut(get(adresse + "/historique"), capEmploi)).isEqualTo(403);
        assertThat(page("/contributions/28/2032", capEmploi)).contains("Cap emploi").doesNotContain("Apec");

        UserDetails apec = connecte(Role.OPERATEUR, "28", "APEC");
        mvc.perform(post(adresse).with(user(apec)).with(csrf()).param("action", "soumettre").param("markdown", "Texte de l'Apec"));
        for (UserDetails autre : List.of(apec, capEmploi, connecte(Role.CONTRIBUTEUR, "28", null), connecte(Role.LECTEUR, "28", null),
                connecte(Role.NATIONAL, null, null), connecte(Role.REFERENT, "53", null))) {
            assertThat(statut(post(adresse + "/examen").param("action", "valider").param("version", "1"), autre))
                    .as(autre.getUsername()).isEqualTo(403);
        }
        assertThat(statutStocke(2032, "APEC", SectionContribution.COOPERATIONS)).isEqualTo(Statut.SOUMISE);
        UserDetails national = connecte(Role.NATIONAL, null, null);
        assertThat(page("/contributions/28/2032", national)).contains("Texte de l'Apec").doesNotContain("Valider");
        assertThat(page(adresse, national)).contains("Texte de l'Apec").doesNotContain("<textarea");
        assertThat(statut(get("/contributions/28/2032/FONGECIF/cooperations"), national)).isEqualTo(404);
        assertThat(statut(get("/contributions/28/2032/APEC/inconnue"), national)).isEqualTo(404);
    }

    @Test
    void theDashboardListsWhatIsPendingForTheReferentAndWhereTheOperatorsTextsStand() throws Exception {
        UserDetails apec = connecte(Role.OPERATEUR, "28", "APEC");
        UserDetails cap = connecte(Role.OPERATEUR, "28", "CAP_EMPLOI");
        mvc.perform(post("/contributions/28/2033/CAP_EMPLOI/constats").with(user(cap)).with(csrf()).param("action", "soumettre")
                .param("markdown", "Constats Cap emploi"));
        mvc.perform(post("/contributions/28/2033/APEC/constats").with(user(apec)).with(csrf()).param("action", "enregistrer")
                .param("markdown", "Brouillon Apec"));

        String referent = page("/?annee=2033", connecte(Role.REFERENT, "28", null));
        assertThat(referent).contains("Contributions des opérateurs 2033", "0 texte validé sur 10 attendus pour le rapport 2033.",
                "Retour Cap emploi en attente de validation", "Retour Apec non reçu", "Bilan des coopérations France Travail non reçu",
                "href=\"/contributions/28/2033/CAP_EMPLOI/constats\"");
        String operateur = page("/?annee=2033", apec);
        assertThat(operateur).contains("Retour Apec en brouillon, à soumettre", "Bilan des coopérations Apec à écrire")
                .doesNotContain("Cap emploi", "/rapport/28/", "/journal/28");
        assertThat(page("/?annee=2033", connecte(Role.NATIONAL, null, null))).doesNotContain("Contributions des opérateurs 2033");
    }
}

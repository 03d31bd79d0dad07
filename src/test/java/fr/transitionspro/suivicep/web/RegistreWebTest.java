package fr.transitionspro.suivicep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.comptes.Comptes;
import fr.transitionspro.suivicep.comptes.Role;
import fr.transitionspro.suivicep.cooperation.Action;
import fr.transitionspro.suivicep.cooperation.RegistreCooperation;
import fr.transitionspro.suivicep.importation.Fixtures;
import fr.transitionspro.suivicep.importation.TypeFichier;

/**
 * « Registre des coopérations »: lists filtered by GET, CSV exports that the import page takes back, the action
 * form's French messages, and who writes. Pays de la Loire (52), which no other web test reads, with the small
 * register of {@link RegistreDeTest} put back before each test.
 */
@ApplicationWebDeTest
class RegistreWebTest {

    private static final String R = "/registre/52/2023";
    private static final Pattern JETON = Pattern.compile("name=\"jeton\" value=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    Comptes comptes;
    @Autowired
    UserDetailsService comptesDeConnexion;
    @Autowired
    Base base;

    @BeforeEach
    void registre() {
        RegistreDeTest.importer(base, "52");
    }

    private UserDetails connecte(Role role, String region) {
        return comptesDeConnexion.loadUserByUsername(JeuDeTest.compte(comptes, role, region, role == Role.OPERATEUR ? "APEC" : null));
    }

    private String page(String adresse, UserDetails qui) throws Exception {
        MvcResult r = mvc.perform(get(adresse).with(user(qui))).andReturn();
        assertThat(r.getResponse().getStatus()).as(adresse).isEqualTo(200);
        return r.getResponse().getContentAsString();
    }

    private int statut(MockHttpServletRequestBuilder requete, UserDetails qui) throws Exception {
        return mvc.perform(requete.with(user(qui)).with(csrf())).andReturn().getResponse().getStatus();
    }

    private List<String> titres() {
        return RegistreCooperation.lire(base, "52", 2023).actions().stream().map(Action::titre).toList();
    }

    /** The account's latest entry in the audit log: action, region and detail. */
    private String dernierAudit(String email) {
        return base.jdbi().withHandle(h -> h.createQuery("SELECT action || ' ' || region || ' ' || detail FROM journal_audit "
                + "WHERE acteur = :a ORDER BY id DESC LIMIT 1").bind("a", email).mapTo(String.class).one());
    }

    private static MockHttpServletRequestBuilder forumEmploi(String adresse) {
        return post(adresse).param("date", "15/11/2023").param("titre", "Forum emploi et reconversion").param("type", "SALON")
                .param("axes", "PROMOUVOIR").param("axes", "FACILITER_AIGUILLAGE").param("operateurs", "MISSION_LOCALE")
                .param("partenaires", "Ville de Nantes\nCCI").param("lieu", "Nantes").param("participants", "300")
                .param("description", "");
    }

    @Test
    void theActionsAreFilteredByTypeAxisOperatorAndMonthWithAPlainGetForm() throws Exception {
        UserDetails lecteur = connecte(Role.LECTEUR, "52");
        String salon = "Salon régional de l&#39;orientation et des métiers";
        String reunion = "Réunion des opérateurs CEP";
        String webinaire = "Webinaire sur le projet de transition professionnelle";
        String jobDating = "Job dating des métiers du soin";

        String tout = page(R + "/actions", lecteur);
        assertThat(tout).contains("<h1>Registre des coopérations 2023 — Pays de la Loire</h1>", "<form action=\"/registre/52/2023/actions\" method=\"get\"",
                "<label for=\"f-type\">Type</label>", "<p class=\"resultat\" role=\"status\">4\u00a0actions</p>", salon, reunion, webinaire, jobDating,
                "<li>Pôle emploi</li>", "<li class=\"partenaire\">Agefiph</li>", "<td class=\"nombre\">850</td>", "14 février 2023");
        assertThat(page(R + "/actions?type=SALON", lecteur)).contains("1\u00a0action retenue sur 4", salon,
                "<option value=\"SALON\" selected=\"selected\">Salon</option>").doesNotContain(reunion, webinaire, jobDating);
        assertThat(page(R + "/actions?axe=SECURISER_PARCOURS", lecteur)).contains("2\u00a0actions retenues sur 4", webinaire, jobDating)
                .doesNotContain(salon, reunion);
        assertThat(page(R + "/actions?operateur=APEC", lecteur)).contains(reunion).doesNotContain(salon, webinaire, jobDating);
        assertThat(page(R + "/actions?operateur=AUCUN", lecteur)).contains(jobDating).doesNotContain(salon, reunion, webinaire);
        assertThat(page(R + "/actions?mois=6", lecteur)).contains(webinaire, "href=\"/registre/52/2023/actions.csv?mois=6\"")
                .doesNotContain(salon, reunion, jobDating);
        assertThat(page(R + "/actions?type=SALON&mois=6", lecteur)).contains("0\u00a0action retenue sur 4",
                "Aucune action ne correspond à ce filtre.", "href=\"/registre/52/2023/actions.csv?type=SALON&amp;mois=6\"");
        assertThat(page(R + "/actions?type=INCONNU&mois=13", lecteur)).as("unknown values are ignored").contains("4\u00a0actions");
    }

    @Test
    void conventionsPlacesAndInterviewsAreFilteredToo() throws Exception {
        UserDetails operateur = connecte(Role.OPERATEUR, "52");
        assertThat(page(R + "/conventions", operateur)).contains("3\u00a0conventions", "<span class=\"titre\">Pôle emploi</span>",
                "<td>décembre 2025</td>", "<td>Renouvelée dans l’année</td>");
        assertThat(page(R + "/conventions?statut=EN_VIGUEUR", operateur)).contains("1\u00a0convention retenue sur 3",
                "<span class=\"titre\">Agefiph</span>", "<td>juin 2022</td>").doesNotContain("<span class=\"titre\">Pôle emploi</span>");
        assertThat(page(R + "/lieux?operateur=APEC", operateur)).contains("2\u00a0lieux d’accueil retenus sur 3",
                "<th scope=\"row\">Centre Apec de Rouen</th>", "<td>Calvados (14)</td>").doesNotContain("Agence de Caen");
        assertThat(page(R + "/lieux?departement=14", operateur)).contains("2\u00a0lieux d’accueil retenus sur 3", "Agence de Caen",
                "le jeudi").doesNotContain("Centre Apec de Rouen");
        String entretiens = page(R + "/entretiens", operateur);
        assertThat(entretiens).contains("2\u00a0entretiens", "<h3 id=\"entretien-APEC\">Apec</h3>", "Entretien du 12 mars 2024",
                " avec la déléguée régionale", "<h4>L’activité</h4>", "<p>«\u00a0Nous avons ouvert une permanence à Caen.\u00a0»</p>",
                "Thème non abordé.");
        assertThat(page(R + "/entretiens?operateur=FRANCE_COMPETENCES", operateur)).contains("1\u00a0entretien retenu sur 2",
                "«\u00a0Le bouche-à-oreille reste notre premier canal.\u00a0»").doesNotContain("Nous avons ouvert");
    }

    @Test
    void aFilteredListDownloadsAsACsvFileInTheImportFormat() throws Exception {
        UserDetails lecteur = connecte(Role.LECTEUR, "52");
        MvcResult r = mvc.perform(get(R + "/actions.csv?type=JOB_DATING").with(user(lecteur))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(r.getResponse().getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"actions-52-2023-filtre.csv\"");
        assertThat(dernierAudit(lecteur.getUsername())).isEqualTo("EXPORT 52 registre des coopérations\u00a0: actions-52-2023-filtre.csv "
                + "(1\u00a0ligne, filtré)");
        assertThat(new String(r.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8)).isEqualTo("\ufeff"
                + "region;annee;date;titre;type;axes;operateurs;partenaires;lieu;participants;description\r\n"
                + "52;2023;12/10/2023;Job dating des métiers du soin;JOB_DATING;SECURISER_PARCOURS;;Région|Agefiph;Caen;60;\r\n");
        MvcResult lieux = mvc.perform(get(R + "/lieux.csv").with(user(connecte(Role.NATIONAL, null)))).andReturn();
        assertThat(lieux.getResponse().getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"lieux-52-2023.csv\"");
        assertThat(new String(lieux.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                .startsWith("\ufeffregion;annee;operateur;lieu;commune;departement;type_site;permanence\r\n").contains("52;2023;APEC;;Caen;14;PERMANENCE;le jeudi\r\n");
    }

    @Test
    void theFourExportsGoThroughTheImportPageAndGiveBackTheSameRegister() throws Exception {
        UserDetails contributeur = connecte(Role.CONTRIBUTEUR, "52");
        RegistreCooperation avant = RegistreCooperation.lire(base, "52", 2023);
        List<String> types = List.of("actions", "conventions", "lieux", "entretiens");
        List<byte[]> fichiers = new java.util.ArrayList<>();
        for (String type : types) {
            fichiers.add(mvc.perform(get(R + "/" + type + ".csv").with(user(contributeur))).andReturn().getResponse().getContentAsByteArray());
        }
        // Something else in the register first, so that the round trip has to rewrite every list.
        java.nio.file.Path dossier = java.nio.file.Files.createTempDirectory("suivi-cep-aller-retour-");
        Fixtures.importer(base, Fixtures.fichier(dossier, "a.csv", "region;date;titre;type;axes\n52;01/01/2023;Autre;AUTRE;PROMOUVOIR\n"),
                TypeFichier.ACTIONS);
        Fixtures.importer(base, Fixtures.fichier(dossier, "l.csv",
                "region;annee;operateur;commune;departement;type_site\n52;2023;APEC;Nantes;44;AGENCE\n"), TypeFichier.LIEUX);
        assertThat(RegistreCooperation.lire(base, "52", 2023)).isNotEqualTo(avant);

        for (int i = 0; i < types.size(); i++) {
            String essai = mvc.perform(multipart("/import/52/essai")
                    .file(new MockMultipartFile("fichier", types.get(i) + "-52-2023.csv", "text/csv", fichiers.get(i)))
                    .param("type", types.get(i)).with(user(contributeur)).with(csrf())).andReturn().getResponse().getContentAsString();
            assertThat(essai).as(types.get(i)).contains("Vérification réussie");
            Matcher jeton = JETON.matcher(essai);
            assertThat(jeton.find()).isTrue();
            MvcResult confirme = mvc.perform(post("/import/52/confirmer").param("jeton", jeton.group(1)).with(user(contributeur)).with(csrf()))
                    .andReturn();
            assertThat(confirme.getResponse().getRedirectedUrl()).isEqualTo("/journal/52");
        }
        assertThat(RegistreCooperation.lire(base, "52", 2023)).isEqualTo(avant);
    }

    @Test
    void aWrongEntryComesBackWithAFrenchMessageNextToEachFieldAndNothingStored() throws Exception {
        UserDetails contributeur = connecte(Role.CONTRIBUTEUR, "52");
        MvcResult r = mvc.perform(post(R + "/actions").param("date", "14/02/2024").param("titre", "Forum emploi").param("type", "")
                .param("participants", "beaucoup").param("partenaires", "Ville|CCI").with(user(contributeur)).with(csrf())).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(422);
        assertThat(r.getResponse().getContentAsString()).contains(
                "<title>Erreur — Ajouter une action — Registre 2023 — Pays de la Loire — Suivi du CEP</title>",
                "L’action n’est pas enregistrée\u00a0: 5 champs sont à corriger",
                "<a href=\"#date\">La date doit être en 2023, l’année de ce registre (pour une action de 2024, ouvrez le registre 2024).</a>",
                "<p class=\"message-erreur\" id=\"erreur-date\">La date doit être en 2023, l’année de ce registre",
                "aria-describedby=\"erreur-date aide-date\" aria-invalid=\"true\"",
                "<p class=\"message-erreur\" id=\"erreur-type\">Choisissez le type d’action.</p>",
                "<p class=\"message-erreur\" id=\"erreur-axes\">Cochez au moins un axe.</p>",
                "id=\"erreur-partenaires\">Un nom de partenaire ne peut pas contenir «\u00a0|\u00a0»",
                "<p class=\"message-erreur\" id=\"erreur-participants\">Nombre entier de participants attendu, de 0 à 1\u00a0000\u00a0000",
                "value=\"Forum emploi\"", "value=\"beaucoup\"", ">Ville|CCI</textarea>", "name=\"_csrf\"")
                .doesNotContain("id=\"erreur-titre\"");
        assertThat(titres()).hasSize(4);
        assertThat(mvc.perform(forumEmploi(R + "/actions").with(user(contributeur))).andReturn().getResponse().getStatus())
                .as("without CSRF token").isEqualTo(403);
        assertThat(titres()).hasSize(4);
    }

    @Test
    void theReferentAndTheContributorsWriteTheRegisterAndTheOtherAccountsOnlyReadIt() throws Exception {
        for (Role role : List.of(Role.REFERENT, Role.CONTRIBUTEUR)) {
            UserDetails qui = connecte(role, "52");
            assertThat(page(R + "/actions", qui)).as(role.name()).contains("Ajouter une action", ">Modifier</a>",
                    "href=\"/import/52?type=actions\"");
            assertThat(page(R + "/actions/nouvelle", qui)).contains("<h1>Ajouter une action — registre 2023 — Pays de la Loire</h1>",
                    "<form action=\"/registre/52/2023/actions\" method=\"post\"", "name=\"_csrf\"", "<legend>Axes de la coopération");
            MvcResult ajout = mvc.perform(forumEmploi(R + "/actions").with(user(qui)).with(csrf())).andReturn();
            assertThat(ajout.getResponse().getRedirectedUrl()).isEqualTo(R + "/actions");
            assertThat(mvc.perform(get(R + "/actions").with(user(qui)).flashAttrs(ajout.getFlashMap())).andReturn().getResponse()
                    .getContentAsString()).contains("Action «\u00a0Forum emploi et reconversion\u00a0» ajoutée au registre 2023.",
                    "<li class=\"partenaire\">Ville de Nantes</li>");
            assertThat(titres()).contains("Forum emploi et reconversion").hasSize(5);
            assertThat(dernierAudit(qui.getUsername())).isEqualTo("REGISTRE 52 registre 2023\u00a0: Action «\u00a0Forum emploi et reconversion\u00a0» "
                    + "ajoutée au registre 2023.");
            RegistreDeTest.importer(base, "52");
        }
        for (UserDetails lecteur : List.of(connecte(Role.OPERATEUR, "52"), connecte(Role.LECTEUR, "52"), connecte(Role.NATIONAL, null))) {
            String liste = page(R + "/actions", lecteur);
            assertThat(liste).contains("Réunion des opérateurs CEP").doesNotContain("Ajouter une action", ">Modifier</a>", "/import/52");
            assertThat(page(R, lecteur)).contains("Votre compte consulte ce registre sans le modifier");
            assertThat(statut(get(R + "/actions/nouvelle"), lecteur)).isEqualTo(403);
            assertThat(statut(forumEmploi(R + "/actions"), lecteur)).isEqualTo(403);
            assertThat(statut(get(R + "/actions/3"), lecteur)).isEqualTo(403);
            assertThat(statut(forumEmploi(R + "/actions/3"), lecteur)).isEqualTo(403);
            assertThat(statut(post(R + "/actions/3/suppression"), lecteur)).isEqualTo(403);
        }
        assertThat(titres()).hasSize(4);
        assertThat(statut(get(R + "/actions"), connecte(Role.REFERENT, "53"))).isEqualTo(403);
    }

    @Test
    void anActionIsChangedThenDeletedAfterAConfirmation() throws Exception {
        UserDetails referent = connecte(Role.REFERENT, "52");
        // Line 3 of the imported file: the inter-operator meeting.
        assertThat(page(R + "/actions/3", referent)).contains("<h1>Modifier une action — registre 2023 — Pays de la Loire</h1>",
                "value=\"21/03/2023\"", "value=\"Réunion des opérateurs CEP\"",
                "<option value=\"REUNION_INTER_OPERATEURS\" selected=\"selected\">Réunion inter-opérateurs</option>",
                "value=\"APEC\" checked=\"checked\"", "value=\"visioconférence\"", "value=\"18\"");
        MvcResult modif = mvc.perform(post(R + "/actions/3").param("date", "21/03/2023").param("titre", "Réunion des cinq opérateurs CEP")
                .param("type", "REUNION_INTER_OPERATEURS").param("axes", "FACILITER_AIGUILLAGE").param("operateurs", "APEC")
                .param("participants", "20").with(user(referent)).with(csrf())).andReturn();
        assertThat(modif.getResponse().getRedirectedUrl()).isEqualTo(R + "/actions");
        assertThat(titres()).containsExactly("Salon régional de l'orientation et des métiers", "Réunion des cinq opérateurs CEP",
                "Webinaire sur le projet de transition professionnelle", "Job dating des métiers du soin");

        assertThat(page(R + "/actions/3/suppression", referent)).contains("<h1>Supprimer cette action\u00a0?</h1>",
                "<dd>Réunion des cinq opérateurs CEP</dd>", "<form action=\"/registre/52/2023/actions/3/suppression\" method=\"post\"");
        MvcResult suppression = mvc.perform(post(R + "/actions/3/suppression").with(user(referent)).with(csrf())).andReturn();
        assertThat(suppression.getResponse().getRedirectedUrl()).isEqualTo(R + "/actions");
        assertThat(suppression.getFlashMap().get("message")).isEqualTo("Action «\u00a0Réunion des cinq opérateurs CEP\u00a0» supprimée du registre 2023.");
        assertThat(titres()).hasSize(3).doesNotContain("Réunion des cinq opérateurs CEP");
        assertThat(statut(get(R + "/actions/3"), referent)).isEqualTo(404);
        assertThat(statut(post(R + "/actions/3/suppression"), referent)).isEqualTo(404);
    }

    @Test
    void theNavigationLeadsToTheAccountsRegisterAndTheImportLinkPreselectsTheType() throws Exception {
        UserDetails contributeur = connecte(Role.CONTRIBUTEUR, "52");
        assertThat(page("/", contributeur)).contains("<a href=\"/registre\">Registre des coopérations</a>");
        assertThat(mvc.perform(get("/registre").with(user(contributeur))).andReturn().getResponse().getRedirectedUrl()).isEqualTo(R);
        String ensemble = page(R, contributeur);
        assertThat(ensemble).contains("<a href=\"/registre/52/2023/actions\"><span>Actions</span><span class=\"compte-onglet\"> (4)</span></a>",
                "<a href=\"/registre/52/2023\" aria-current=\"page\">2023</a>", "href=\"/registre/52/2023/conventions.csv\"");
        assertThat(page("/import/52?type=actions", contributeur)).contains("<option value=\"actions\" selected=\"selected\">");
        assertThat(page("/import/52?type=entrees", contributeur)).as("a type the role may not import").doesNotContain("selected=\"selected\"");
    }

    @Test
    void conventionsAndPlacesAreEnteredChangedAndDeletedWithTheRulesOfTheirFiles() throws Exception {
        UserDetails contributeur = connecte(Role.CONTRIBUTEUR, "52");
        assertThat(page(R + "/conventions", contributeur)).contains("Ajouter une convention",
                "href=\"/registre/52/2023/conventions/2\"", "aria-label=\"Supprimer la convention avec «\u00a0Agefiph\u00a0»\"");
        MvcResult refus = mvc.perform(post(R + "/conventions").param("partenaire", "").param("signee", "2023").param("fin", "06/2022")
                .param("statut", "").with(user(contributeur)).with(csrf())).andReturn();
        assertThat(refus.getResponse().getStatus()).isEqualTo(422);
        assertThat(refus.getResponse().getContentAsString()).contains("La convention n’est pas enregistrée\u00a0: 3 champs sont à corriger",
                "<p class=\"message-erreur\" id=\"erreur-partenaire\">Indiquez le partenaire.</p>",
                "<p class=\"message-erreur\" id=\"erreur-fin\">L’échéance ne peut pas précéder la signature (2023).</p>",
                "aria-describedby=\"erreur-fin aide-fin\" aria-invalid=\"true\"", "value=\"06/2022\"",
                "<p class=\"message-erreur\" id=\"erreur-statut\">Choisissez le statut de la convention.</p>");
        MvcResult ajout = mvc.perform(post(R + "/conventions").param("partenaire", "Carif-Oref").param("signee", "03/2023")
                .param("axes", "ENRICHIR_ANALYSE").param("statut", "SIGNEE").with(user(contributeur)).with(csrf())).andReturn();
        assertThat(ajout.getResponse().getRedirectedUrl()).isEqualTo(R + "/conventions");
        assertThat(RegistreCooperation.lire(base, "52", 2023).conventions()).last().isEqualTo(new fr.transitionspro.suivicep.cooperation.Convention(
                "Carif-Oref", "2023-03", null, null, List.of(fr.transitionspro.suivicep.cooperation.Axe.ENRICHIR_ANALYSE),
                fr.transitionspro.suivicep.cooperation.StatutConvention.SIGNEE, null));
        assertThat(page(R + "/conventions/5", contributeur)).contains("value=\"Carif-Oref\"", "value=\"03/2023\"",
                "<option value=\"SIGNEE\" selected=\"selected\">");
        assertThat(mvc.perform(post(R + "/conventions/5/suppression").with(user(contributeur)).with(csrf())).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo(R + "/conventions");
        assertThat(RegistreCooperation.lire(base, "52", 2023).conventions()).hasSize(3);

        MvcResult lieuRefuse = mvc.perform(post(R + "/lieux").param("operateur", "APEC").param("commune", "Nantes")
                .param("departement", "20").param("type", "AGENCE").with(user(contributeur)).with(csrf())).andReturn();
        assertThat(lieuRefuse.getResponse().getContentAsString()).contains("Le lieu d’accueil n’est pas enregistré\u00a0: un champ est à corriger",
                "id=\"erreur-departement\">Code de département inconnu («\u00a020\u00a0»)\u00a0: 14, 2A, 971…</p>");
        mvc.perform(post(R + "/lieux").param("operateur", "MISSION_LOCALE").param("lieu", "Mission locale de Nantes").param("commune", "Nantes")
                .param("departement", "44").param("type", "ANTENNE").param("permanence", "").with(user(contributeur)).with(csrf()));
        assertThat(page(R + "/lieux?departement=44", contributeur)).contains("<th scope=\"row\">Mission locale de Nantes</th>",
                "<td>Loire-Atlantique (44)</td>", "<td>Antenne</td>", "href=\"/registre/52/2023/lieux/5\"");
        assertThat(page(R + "/lieux/5/suppression", contributeur)).contains("<h1>Supprimer ce lieu d’accueil\u00a0?</h1>", "<dd>Nantes, Loire-Atlantique (44)</dd>");
        mvc.perform(post(R + "/lieux/5/suppression").with(user(contributeur)).with(csrf()));
        assertThat(RegistreCooperation.lire(base, "52", 2023).lieux()).hasSize(3);

        UserDetails lecteur = connecte(Role.LECTEUR, "52");
        assertThat(page(R + "/lieux", lecteur)).doesNotContain("Ajouter un lieu", ">Modifier</a>");
        assertThat(statut(post(R + "/lieux").param("operateur", "APEC").param("commune", "Nantes").param("departement", "44")
                .param("type", "AGENCE"), lecteur)).isEqualTo(403);
        assertThat(statut(get(R + "/conventions/nouvelle"), lecteur)).isEqualTo(403);
        assertThat(RegistreCooperation.lire(base, "52", 2023).lieux()).hasSize(3);
    }

    @Test
    void anInterviewIsEnteredThemeByThemeAndChangedInPlace() throws Exception {
        UserDetails referent = connecte(Role.REFERENT, "52");
        String formulaire = page(R + "/entretiens/nouveau", referent);
        assertThat(formulaire).contains("<legend>L’activité</legend>", "<legend>Les partenariats</legend>",
                "<label for=\"synthese-1\">Synthèse de l’association</label>", "<label for=\"citation-4\">Citation de l’opérateur</label>");
        // Four slots, one per theme: activity, communication, relations between operators, partnerships.
        MvcResult doublon = mvc.perform(post(R + "/entretiens").param("operateur", "APEC").param("date", "2024-02-30")
                .param("theme", "ACTIVITE", "COMMUNICATION", "RELATIONS_OPERATEURS", "PARTENARIATS").param("synthese", "", "", "", "")
                .param("citation", "", "", "", "").with(user(referent)).with(csrf())).andReturn();
        assertThat(doublon.getResponse().getStatus()).isEqualTo(422);
        assertThat(doublon.getResponse().getContentAsString()).contains("L’entretien n’est pas enregistré\u00a0: 2 champs sont à corriger",
                "id=\"erreur-date\">Date au format JJ/MM/AAAA attendue",
                "id=\"erreur-propos\">Écrivez au moins une synthèse ou une citation, sur l’un des quatre thèmes.");
        MvcResult apec = mvc.perform(post(R + "/entretiens").param("operateur", "APEC")
                .param("theme", "ACTIVITE", "COMMUNICATION", "RELATIONS_OPERATEURS", "PARTENARIATS").param("synthese", "x", "", "", "")
                .param("citation", "", "", "", "").with(user(referent)).with(csrf())).andReturn();
        assertThat(apec.getResponse().getContentAsString()).contains(
                "id=\"erreur-operateur\">Un entretien avec cet opérateur est déjà enregistré pour 2023\u00a0: modifiez-le plutôt.</p>");

        mvc.perform(post(R + "/entretiens").param("operateur", "MISSION_LOCALE").param("date", "02/04/2024")
                .param("interlocuteurs", "la directrice").param("theme", "ACTIVITE", "COMMUNICATION", "RELATIONS_OPERATEURS", "PARTENARIATS")
                .param("synthese", "", "Peu de demandes de jeunes actifs.", "", "").param("citation", "", "", "", "Nous orientons vers l'Apec.")
                .with(user(referent)).with(csrf()));
        // APEC's form: its two remarks (activity, partnerships) and one empty slot per theme: slots 1 and 5 are filled.
        String apecFormulaire = page(R + "/entretiens/APEC", referent);
        assertThat(apecFormulaire).contains("value=\"12/03/2024\"", ">L&#39;activité a progressé.</textarea>",
                "<textarea id=\"citation-1\" name=\"citation\" rows=\"2\">Nous avons ouvert une permanence à Caen.</textarea>",
                "<textarea id=\"synthese-5\" name=\"synthese\" rows=\"2\">Les liens avec Transitions Pro sont réguliers.</textarea>");
        mvc.perform(post(R + "/entretiens/APEC").param("operateur", "APEC").param("date", "12/03/2024").param("interlocuteurs", "la déléguée régionale")
                .param("theme", "ACTIVITE", "ACTIVITE", "COMMUNICATION", "RELATIONS_OPERATEURS", "PARTENARIATS", "PARTENARIATS")
                .param("synthese", "L'activité a progressé.", "Deux agences de plus.", "", "", "Les liens sont réguliers.", "")
                .param("citation", "Nous avons ouvert une permanence à Caen.", "", "", "", "", "")
                .with(user(referent)).with(csrf()));
        List<fr.transitionspro.suivicep.cooperation.Entretien> entretiens = RegistreCooperation.lire(base, "52", 2023).entretiens();
        assertThat(entretiens).extracting(fr.transitionspro.suivicep.cooperation.Entretien::operateur)
                .containsExactly("APEC", "FRANCE_COMPETENCES", "MISSION_LOCALE");
        assertThat(entretiens.get(0).propos()).extracting(fr.transitionspro.suivicep.cooperation.Entretien.Propos::synthese)
                .containsExactly("L'activité a progressé.", "Deux agences de plus.", "Les liens sont réguliers.");
        assertThat(entretiens.get(2).date()).isEqualTo(java.time.LocalDate.of(2024, 4, 2));

        assertThat(page(R + "/entretiens/FRANCE_COMPETENCES/suppression", referent)).contains("<h1>Supprimer cet entretien\u00a0?</h1>");
        mvc.perform(post(R + "/entretiens/FRANCE_COMPETENCES/suppression").with(user(referent)).with(csrf()));
        assertThat(RegistreCooperation.lire(base, "52", 2023).entretiens()).extracting(fr.transitionspro.suivicep.cooperation.Entretien::operateur)
                .containsExactly("APEC", "MISSION_LOCALE");
        assertThat(statut(get(R + "/entretiens/FRANCE_COMPETENCES"), referent)).isEqualTo(404);
        assertThat(statut(get(R + "/entretiens/nouveau"), connecte(Role.OPERATEUR, "52"))).isEqualTo(403);
    }
}

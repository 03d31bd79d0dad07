package fr.transitionspro.suivicep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.comptes.Comptes;
import fr.transitionspro.suivicep.comptes.Role;
import fr.transitionspro.suivicep.indicateurs.Catalogue;

/**
 * The services that read a region's data check the account themselves, so that a page which forgets to call
 * Habilitations still cannot show another region: called here directly, without any controller in front.
 */
@ApplicationWebDeTest
class AutorisationServicesTest {

    @Autowired
    Comptes comptes;
    @Autowired
    UserDetailsService comptesDeConnexion;
    @Autowired
    Base base;
    @Autowired
    Catalogue catalogue;
    @Autowired
    EtatDesDonnees etat;
    @Autowired
    Explorateur explorateur;
    @Autowired
    RapportsRegion rapports;
    @Autowired
    ConsultationAudit audit;

    @BeforeEach
    void donnees() {
        JeuDeTest.importer(base);
    }

    private Utilisateur compte(Role role, String region) {
        return (Utilisateur) comptesDeConnexion.loadUserByUsername(JeuDeTest.compte(comptes, role, region, role == Role.OPERATEUR ? "APEC" : null));
    }

    @Test
    void everyReadingServiceRefusesAnotherRegionToAnAccountOfBrittany() {
        var entrees = catalogue.definition("cep.entrees").orElseThrow();
        for (Role role : List.of(Role.REFERENT, Role.CONTRIBUTEUR, Role.OPERATEUR, Role.LECTEUR)) {
            Utilisateur breton = compte(role, "53");
            assertThatThrownBy(() -> etat.etat(breton, "28", 2023)).as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> etat.journal(breton, "28")).as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> explorateur.tableau(breton, entrees, "28", 2023)).as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> explorateur.tableau(breton, entrees, "FR", 2023)).as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> explorateur.trace(breton, entrees, "28", 2023)).as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> rapports.generer(breton, "28", 2023, "html")).as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.lire(breton, "28", null, null, null, null)).as(role.name()).isInstanceOf(AccessDeniedException.class);
            // Years are only read from the regions the account may read: Normandy's are left out, not an error.
            assertThat(etat.annees(breton, List.of("28"))).as(role.name()).isEmpty();
            assertThat(etat.derniereAnnee(breton, List.of("28"))).as(role.name()).isEmpty();
            // Its own region reads; an OPERATEUR only its own network's figures (ExplorateurOperateurTest), never the journal.
            if (role == Role.OPERATEUR) {
                assertThatThrownBy(() -> etat.journal(breton, "53")).isInstanceOf(AccessDeniedException.class);
                continue;
            }
            assertThat(etat.journal(breton, "53")).as(role.name()).isNotEmpty();
            assertThat(explorateur.tableau(breton, entrees, "53", 2023).lignes()).as(role.name()).isNotEmpty();
        }
    }

    @Test
    void onlyAReferentAndFranceCompetencesReadTheAuditLog() {
        for (Role role : List.of(Role.CONTRIBUTEUR, Role.OPERATEUR, Role.LECTEUR)) {
            Utilisateur u = compte(role, "28");
            assertThatThrownBy(() -> audit.lire(u, null, null, null, null, null)).as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
        Utilisateur referent = compte(Role.REFERENT, "28");
        assertThat(audit.lire(referent, null, null, null, null, null)).allSatisfy(e -> assertThat(e.region()).isEqualTo("28"));
        assertThatThrownBy(() -> audit.lire(referent, "FR", null, null, null, null)).isInstanceOf(AccessDeniedException.class);
        Utilisateur national = compte(Role.NATIONAL, null);
        assertThat(audit.lire(national, "53", null, null, null, null)).allSatisfy(e -> assertThat(e.region()).isEqualTo("53"));
    }
}

package fr.transitionspro.suivicep.web;

import java.time.Clock;

import org.jdbi.v3.core.Jdbi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.campagne.Campagne;
import fr.transitionspro.suivicep.indicateurs.Catalogue;
import fr.transitionspro.suivicep.national.ComparaisonNationale;

/** The campaign and the national comparison, plain Java services, on the application's base and the server's clock. */
@Configuration
class ConfigurationCampagne {

    @Bean
    Campagne campagne(Jdbi jdbi) {
        return new Campagne(jdbi, Clock.systemDefaultZone());
    }

    @Bean
    ComparaisonNationale comparaisonNationale(Base base, Catalogue catalogue, Campagne campagne) {
        return new ComparaisonNationale(base, catalogue, campagne);
    }
}

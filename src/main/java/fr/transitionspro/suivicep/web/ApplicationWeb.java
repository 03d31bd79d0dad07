package fr.transitionspro.suivicep.web;

import org.jdbi.v3.core.Jdbi;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.context.annotation.Bean;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.comptes.Comptes;
import fr.transitionspro.suivicep.indicateurs.CacheIndicateurs;
import fr.transitionspro.suivicep.indicateurs.Catalogue;

/**
 * The web application's container. The database is the command line's {@link Base}: the same file,
 * migrated by the same Flyway call when it opens (Spring's own Flyway setup is switched off so that
 * the schema has one way in).
 */
@SpringBootApplication(exclude = FlywayAutoConfiguration.class)
class ApplicationWeb {

    @Bean(destroyMethod = "close")
    Base base(@Value("${suivi-cep.base}") String base) {
        return Base.ouvrir(base);
    }

    @Bean
    Jdbi jdbi(Base base) {
        return base.jdbi();
    }

    @Bean
    Comptes comptes(Jdbi jdbi) {
        return new Comptes(jdbi);
    }

    @Bean
    Catalogue catalogue() {
        return Catalogue.standard();
    }

    /** Kept for the server's life: pages read computed values from it, checked against the imports at each read. */
    @Bean
    CacheIndicateurs cacheIndicateurs(Base base, Catalogue catalogue) {
        return new CacheIndicateurs(base, catalogue);
    }
}

package fr.transitionspro.suivicep.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The web application on a real port and a fresh DuckDB base of its own. Every web test class carries this one
 * annotation, so they share one application (one base: DuckDB lets one instance open a file).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ApplicationWeb.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "suivi-cep.base=target/tests-web/base-${random.uuid}.duckdb")
@AutoConfigureMockMvc
@interface ApplicationWebDeTest {
}

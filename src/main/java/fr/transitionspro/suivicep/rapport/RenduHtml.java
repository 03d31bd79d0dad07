package fr.transitionspro.suivicep.rapport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the report with the Thymeleaf template {@code rapport/rapport.html}. The page is
 * standalone (the stylesheet is inlined) and well-formed XHTML, since the PDF renderer parses it
 * as XML: the template closes every element and uses no named entity.
 */
final class RenduHtml {

    private static final TemplateEngine MOTEUR = moteur();
    private static final String CSS = ressource("/rapport/rapport.css");

    private RenduHtml() {
    }

    static String rendre(Rapport rapport) {
        Context contexte = new Context(Locale.FRANCE);
        contexte.setVariable("rapport", rapport);
        contexte.setVariable("css", CSS);
        return MOTEUR.process("rapport", contexte);
    }

    private static TemplateEngine moteur() {
        ClassLoaderTemplateResolver resolveur = new ClassLoaderTemplateResolver(RenduHtml.class.getClassLoader());
        resolveur.setPrefix("rapport/");
        resolveur.setSuffix(".html");
        resolveur.setTemplateMode(TemplateMode.HTML);
        resolveur.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolveur.setCacheable(true);
        TemplateEngine moteur = new TemplateEngine();
        moteur.setTemplateResolver(resolveur);
        return moteur;
    }

    static String ressource(String chemin) {
        try (InputStream in = RenduHtml.class.getResourceAsStream(chemin)) {
            if (in == null) {
                throw new IllegalStateException("ressource absente du programme : " + chemin);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

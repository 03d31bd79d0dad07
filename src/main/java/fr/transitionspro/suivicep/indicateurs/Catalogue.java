package fr.transitionspro.suivicep.indicateurs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The indicator catalogue: the declarations of catalogue.yaml, optionally completed by an
 * association's own file. Loading checks what the engine relies on, so that a declaration
 * mistake is reported in French when the catalogue is read, not as an SQL error later.
 */
public final class Catalogue {

    static final Set<String> MESURES = Set.of("somme", "part", "part_du_total", "taux", "top10.part", "top10.nombre",
            "moyenne", "mediane", "minimum", "maximum", "rapport", "difference", "rang", "variation", "aucune");
    static final Set<String> UNITES = Set.of("nombre", "pourcentage", "ans", "rang");

    private final Map<String, Source> sources;
    private final Map<String, String> expressions;
    private final Map<String, Definition> definitions;

    private Catalogue(Map<String, Source> sources, Map<String, String> expressions, Map<String, Definition> definitions) {
        this.sources = sources;
        this.expressions = expressions;
        this.definitions = definitions;
    }

    record Fichier(Map<String, Source> sources, Map<String, String> expressions, List<Definition> indicateurs) {
    }

    /** The catalogue shipped with suivi-cep (indicateurs.md). */
    public static Catalogue standard() {
        return charger(Optional.empty());
    }

    /** The standard catalogue plus the declarations of an association's own YAML file. */
    public static Catalogue charger(Optional<Path> supplement) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        Map<String, Source> sources = new LinkedHashMap<>();
        Map<String, String> expressions = new LinkedHashMap<>();
        Map<String, Definition> definitions = new LinkedHashMap<>();
        try (InputStream in = Catalogue.class.getResourceAsStream("/indicateurs/catalogue.yaml")) {
            ajouter(yaml.readValue(in, Fichier.class), "catalogue standard", sources, expressions, definitions);
        } catch (IOException e) {
            throw new CatalogueInvalide("catalogue standard illisible : " + e.getMessage());
        }
        if (supplement.isPresent()) {
            Path p = supplement.get();
            try (InputStream in = Files.newInputStream(p)) {
                ajouter(yaml.readValue(in, Fichier.class), p.getFileName().toString(), sources, expressions, definitions);
            } catch (IOException e) {
                throw new CatalogueInvalide("catalogue « " + p.getFileName() + " » illisible : "
                        + e.getMessage().lines().findFirst().orElse(""));
            }
        }
        Catalogue c = new Catalogue(sources, expressions, definitions);
        c.verifier();
        return c;
    }

    private static void ajouter(Fichier f, String nom, Map<String, Source> sources, Map<String, String> expressions,
            Map<String, Definition> definitions) {
        if (f.sources() != null) {
            sources.putAll(f.sources());
        }
        if (f.expressions() != null) {
            expressions.putAll(f.expressions());
        }
        for (Definition d : f.indicateurs() == null ? List.<Definition>of() : f.indicateurs()) {
            if (d.id() == null || d.id().isBlank()) {
                throw new CatalogueInvalide(nom + " : un indicateur sans identifiant (id)");
            }
            if (definitions.putIfAbsent(d.id(), d) != null) {
                throw new CatalogueInvalide(nom + " : l'indicateur « " + d.id() + " » est déclaré deux fois");
            }
        }
    }

    private void verifier() {
        for (Definition d : definitions.values()) {
            String ou = "indicateur « " + d.id() + " » : ";
            if (d.mesure() == null || !MESURES.contains(d.mesure())) {
                throw new CatalogueInvalide(ou + "mesure « " + d.mesure() + " » inconnue (attendu : " + String.join(", ", MESURES) + ")");
            }
            if (d.unite() == null || !UNITES.contains(d.unite())) {
                throw new CatalogueInvalide(ou + "unité « " + d.unite() + " » inconnue (attendu : " + String.join(", ", UNITES) + ")");
            }
            if (d.libelle() == null || d.libelle().isBlank()) {
                throw new CatalogueInvalide(ou + "libellé manquant");
            }
            if (!d.estDerivee() && !d.estImporteeSeulement() && !sources.containsKey(d.source())) {
                throw new CatalogueInvalide(ou + "source « " + d.source() + " » inconnue (attendu : " + String.join(", ", sources.keySet()) + ")");
            }
            for (String dep : d.dependances()) {
                if (dep == null || !definitions.containsKey(dep)) {
                    throw new CatalogueInvalide(ou + "dépend de « " + dep + " », absent du catalogue");
                }
            }
            boolean aDerniereDimension = d.variantes().stream().allMatch(v -> !v.isEmpty());
            if (Set.of("part", "part_du_total", "top10.part", "top10.nombre").contains(d.mesure()) && !aDerniereDimension) {
                throw new CatalogueInvalide(ou + "la mesure " + d.mesure() + " demande au moins une dimension");
            }
            if (Set.of("moyenne", "mediane", "minimum", "maximum").contains(d.mesure()) && d.colonne() == null) {
                throw new CatalogueInvalide(ou + "la mesure " + d.mesure() + " demande une colonne");
            }
            if ("taux".equals(d.mesure()) && d.numerateur() == null) {
                throw new CatalogueInvalide(ou + "la mesure taux demande un numérateur (condition SQL)");
            }
            if (d.parOperateur() && (sources.get(d.source()) == null || sources.get(d.source()).operateur() == null)) {
                throw new CatalogueInvalide(ou + "par_operateur demande une source qui a une colonne opérateur");
            }
            for (List<String> variante : d.variantes()) {
                for (String dim : variante) {
                    expression(dim);
                }
            }
        }
    }

    public List<Definition> definitions() {
        return List.copyOf(definitions.values());
    }

    public Optional<Definition> definition(String id) {
        return Optional.ofNullable(definitions.get(id));
    }

    /** A fingerprint of every declaration, source and expression: the values cached for this catalogue. */
    String empreinte() {
        return EmpreintesDonnees.sha256(sources + "\n" + expressions + "\n" + definitions);
    }

    public Set<String> ids() {
        return new LinkedHashSet<>(definitions.keySet());
    }

    Source source(String nom) {
        return sources.get(nom);
    }

    /** A declared dimension {@code cle} or {@code cle=expression} → (key, SQL expression). */
    Dimension expression(String declaration) {
        int egal = declaration.indexOf('=');
        String cle = (egal < 0 ? declaration : declaration.substring(0, egal)).strip();
        String expr = (egal < 0 ? cle : declaration.substring(egal + 1)).strip();
        if (expr.startsWith("$")) {
            String nom = expr.substring(1);
            if (!expressions.containsKey(nom)) {
                throw new CatalogueInvalide("expression « " + expr + " » inconnue (déclarées : " + String.join(", ", expressions.keySet()) + ")");
            }
            expr = expressions.get(nom);
        }
        return new Dimension(cle, expr);
    }

    /**
     * How many years before its own year a value may be derived from, at most: one per variation along a chain of
     * dependencies (1 when variations are of values computed from rows, 0 without variation).
     */
    int anteriorite() {
        Map<String, Integer> parId = new java.util.HashMap<>();
        int max = 0;
        for (Definition d : ordreDeCalcul()) {
            int a = ("variation".equals(d.mesure()) ? 1 : 0)
                    + d.dependances().stream().mapToInt(dep -> parId.getOrDefault(dep, 0)).max().orElse(0);
            parId.put(d.id(), a);
            max = Math.max(max, a);
        }
        return max;
    }

    /** Indicators ordered so that each comes after those it is computed from. */
    List<Definition> ordreDeCalcul() {
        List<Definition> ordre = new ArrayList<>();
        Set<String> faits = new LinkedHashSet<>();
        for (Definition d : definitions.values()) {
            placer(d, ordre, faits, new LinkedHashSet<>());
        }
        return ordre;
    }

    private void placer(Definition d, List<Definition> ordre, Set<String> faits, Set<String> enCours) {
        if (faits.contains(d.id())) {
            return;
        }
        if (!enCours.add(d.id())) {
            throw new CatalogueInvalide("dépendance circulaire autour de « " + d.id() + " »");
        }
        for (String dep : d.dependances()) {
            placer(definitions.get(dep), ordre, faits, enCours);
        }
        faits.add(d.id());
        ordre.add(d);
    }

    record Dimension(String cle, String expression) {
    }
}

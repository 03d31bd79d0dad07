package fr.transitionspro.suivicep.rapport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.transitionspro.suivicep.diffusion.SecretStatistique;
import fr.transitionspro.suivicep.indicateurs.Definition;
import fr.transitionspro.suivicep.indicateurs.ValeurIndicateur;
import fr.transitionspro.suivicep.referentiel.FormatFrancais;
import fr.transitionspro.suivicep.referentiel.Nomenclature;
import fr.transitionspro.suivicep.referentiel.Nomenclatures;
import fr.transitionspro.suivicep.referentiel.Regions;

/**
 * What a reference of a live text means (the syntax is documented in docs/textes.md): checked
 * against the catalogue and the code lists, then resolved against the report's values and
 * printed in French. A value that does not exist prints « n.d. » and says so to the caller.
 */
final class RenvoisTexte {

    static final String ND = "n.d.";

    /** The functions: names, years, labels. Anything else must be an indicator id. */
    private static final Set<String> FONCTIONS = Set.of("region", "en_region", "nom_operateur", "annee", "annee_precedente",
            "annee_suivante", "annee_debut", "libelle");
    private static final Set<String> DRAPEAUX = Set.of("verbe", "participe", "signe", "majuscule");
    private static final Set<String> OPTIONS = Set.of("region", "annee", "decimales", "depuis");

    /** The code list of each dimension that has one, to refuse a misspelt code when the text is imported. */
    private static final Map<String, List<Nomenclature>> CODES = Map.ofEntries(
            Map.entry("operateur", List.of(Nomenclatures.OPERATEUR_CEP)), Map.entry("sexe", List.of(Nomenclatures.SEXE)),
            Map.entry("tranche_age", List.of(Nomenclatures.TRANCHE_AGE, Nomenclatures.TRANCHE_AGE_DOSSIER)),
            Map.entry("niveau", List.of(Nomenclatures.NIVEAU)), Map.entry("objectif", List.of(Nomenclatures.OBJECTIF)),
            Map.entry("statut", List.of(Nomenclatures.STATUT)), Map.entry("contrat", List.of(Nomenclatures.CONTRAT)),
            Map.entry("csp", List.of(Nomenclatures.CSP)), Map.entry("rqth", List.of(Nomenclatures.RQTH)),
            Map.entry("projet", List.of(Nomenclatures.PROJET)), Map.entry("temps_partiel", List.of(Nomenclatures.TEMPS_PARTIEL)),
            Map.entry("statut_candidat", List.of(Nomenclatures.STATUT_CANDIDAT)), Map.entry("cep", List.of(Nomenclatures.CEP)),
            Map.entry("section", List.of(Nomenclatures.SECTION_NAF)));

    /** A resolved reference: the French text, and whether it stands for a missing value. */
    record Resolu(String texte, boolean manquant) {
    }

    private final Donnees d;

    RenvoisTexte(Donnees d) {
        this.d = d;
    }

    // ---- checking ----

    /** Why the reference cannot be resolved whatever the data, in French; empty when it is well formed. */
    Optional<String> erreur(ReferenceTexte r) {
        if (r.nom().isEmpty()) {
            return Optional.of("référence vide");
        }
        for (String drapeau : r.drapeaux()) {
            if (drapeau.startsWith("=")) {
                return Optional.of("option « " + drapeau.substring(1) + " » répétée");
            }
            if (!DRAPEAUX.contains(drapeau)) {
                return Optional.of("option « " + drapeau + " » inconnue (attendu : " + String.join(", ", DRAPEAUX.stream()
                        .sorted().toList()) + " ou cle=valeur)");
            }
        }
        if (FONCTIONS.contains(r.nom())) {
            return erreurFonction(r);
        }
        Optional<Definition> definition = d.definition(r.nom());
        if (definition.isEmpty()) {
            return Optional.of("indicateur inconnu « " + r.nom() + " »");
        }
        if (!r.arguments().isEmpty()) {
            return Optional.of("un indicateur s'écrit seul avant « | » (trouvé : « " + String.join(" ", r.arguments()) + " »)");
        }
        for (Map.Entry<String, String> o : r.options().entrySet()) {
            Optional<String> e = erreurOption(definition.get(), o.getKey(), o.getValue());
            if (e.isPresent()) {
                return e;
            }
        }
        boolean evolution = r.nom().endsWith(".variation") || r.options().containsKey("depuis");
        if ((r.drapeaux().contains("verbe") || r.drapeaux().contains("participe")) && !evolution) {
            return Optional.of("les options verbe et participe ne s'appliquent qu'à une évolution (indicateur "
                    + "« *.variation » ou option depuis=)");
        }
        return Optional.empty();
    }

    private Optional<String> erreurOption(Definition definition, String cle, String valeur) {
        if (valeur.isEmpty()) {
            return Optional.of("option « " + cle + "= » sans valeur");
        }
        switch (cle) {
            case "region" -> {
                return Nomenclatures.PERIMETRE.lire(valeur).isPresent() ? Optional.empty()
                        : Optional.of("région « " + valeur + " » inconnue (attendu : " + Nomenclatures.PERIMETRE.attendu() + ")");
            }
            case "annee", "depuis" -> {
                return entier(valeur).filter(a -> a >= 1990 && a <= 2100).isPresent() ? Optional.empty()
                        : Optional.of("année « " + valeur + " » invalide pour " + cle + "= (attendu : 4 chiffres, par exemple 2022)");
            }
            case "decimales" -> {
                return entier(valeur).filter(n -> n >= 0 && n <= 4).isPresent() ? Optional.empty()
                        : Optional.of("nombre de décimales « " + valeur + " » invalide (attendu : 0 à 4)");
            }
            default -> {
                Set<String> dimensions = dimensions(definition);
                // Indicators fed only by imported agregats declare no dimensions: any key may then be meant.
                if (!dimensions.contains(cle) && !definition.estImporteeSeulement()) {
                    return Optional.of("« " + cle + " » n'est ni une option (region, annee, decimales, depuis) ni une "
                            + "dimension de « " + definition.id() + " »" + (dimensions.isEmpty() ? " (sans dimension)"
                                    : " (dimensions : " + String.join(", ", dimensions) + ")"));
                }
                List<Nomenclature> listes = CODES.get(cle);
                if (listes != null && listes.stream().noneMatch(l -> l.lire(valeur).isPresent())) {
                    return Optional.of("code « " + valeur + " » inconnu pour la dimension " + cle + " (attendu : "
                            + listes.get(0).attendu() + ")");
                }
                return Optional.empty();
            }
        }
    }

    private Optional<String> erreurFonction(ReferenceTexte r) {
        Set<String> drapeaux = new LinkedHashSet<>(r.drapeaux());
        drapeaux.remove("majuscule");
        if (!r.options().isEmpty() || !drapeaux.isEmpty()) {
            return Optional.of("« " + r.nom() + " » n'accepte que l'option majuscule");
        }
        List<String> a = r.arguments();
        return switch (r.nom()) {
            case "region", "en_region" -> a.size() > 1 ? Optional.of("« " + r.nom() + " » prend au plus un code de région")
                    : a.size() == 1 && Nomenclatures.PERIMETRE.lire(a.get(0)).isEmpty()
                            ? Optional.of("région « " + a.get(0) + " » inconnue (attendu : " + Nomenclatures.PERIMETRE.attendu() + ")")
                            : Optional.empty();
            case "nom_operateur" -> a.size() != 1 ? Optional.of("« nom_operateur » prend un code d'opérateur (attendu : "
                    + Nomenclatures.OPERATEUR_CEP.attendu() + ")")
                    : Nomenclatures.OPERATEUR_CEP.lire(a.get(0)).isEmpty() ? Optional.of("opérateur « " + a.get(0)
                            + " » inconnu (attendu : " + Nomenclatures.OPERATEUR_CEP.attendu() + ")") : Optional.empty();
            case "libelle" -> {
                if (a.size() != 2) {
                    yield Optional.of("« libelle » prend une dimension et un code, par exemple {{ libelle sexe F }}");
                }
                if (a.get(0).equals("certification")) {
                    yield Optional.empty();
                }
                List<Nomenclature> listes = CODES.get(a.get(0));
                if (listes == null) {
                    yield Optional.of("dimension « " + a.get(0) + " » sans liste de libellés (attendu : certification, "
                            + String.join(", ", CODES.keySet().stream().sorted().toList()) + ")");
                }
                yield listes.stream().anyMatch(l -> l.lire(a.get(1)).isPresent()) ? Optional.empty()
                        : Optional.of("code « " + a.get(1) + " » inconnu pour la dimension " + a.get(0));
            }
            default -> a.isEmpty() ? Optional.empty() : Optional.of("« " + r.nom() + " » ne prend pas d'argument");
        };
    }

    /** The dimension keys an indicator's values may carry, following derived indicators to their sources. */
    private Set<String> dimensions(Definition definition) {
        Set<String> cles = new LinkedHashSet<>();
        for (List<String> variante : definition.variantes()) {
            for (String dimension : variante) {
                int egal = dimension.indexOf('=');
                cles.add(egal < 0 ? dimension : dimension.substring(0, egal));
            }
        }
        if (definition.parOperateur()) {
            cles.add("operateur");
        }
        if (definition.estDerivee()) {
            for (String dependance : definition.dependances()) {
                d.definition(dependance).ifPresent(dep -> cles.addAll(dimensions(dep)));
            }
        }
        return cles;
    }

    private static Optional<Integer> entier(String texte) {
        try {
            return Optional.of(Integer.parseInt(texte));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    // ---- resolution ----

    /** Resolves a reference already checked by {@link #erreur}. */
    Resolu resoudre(ReferenceTexte r) {
        Resolu resolu = FONCTIONS.contains(r.nom()) ? new Resolu(fonction(r), false) : indicateur(r);
        return r.drapeaux().contains("majuscule") && !resolu.manquant()
                ? new Resolu(Phrases.majuscule(resolu.texte()), false) : resolu;
    }

    private String fonction(ReferenceTexte r) {
        List<String> a = r.arguments();
        return switch (r.nom()) {
            case "region" -> Regions.nom(a.isEmpty() ? d.region() : Nomenclatures.PERIMETRE.lire(a.get(0)).orElseThrow());
            case "en_region" -> Regions.enRegion(a.isEmpty() ? d.region() : Nomenclatures.PERIMETRE.lire(a.get(0)).orElseThrow());
            case "nom_operateur" -> d.operateur(Nomenclatures.OPERATEUR_CEP.lire(a.get(0)).orElseThrow());
            case "annee" -> String.valueOf(d.annee());
            case "annee_precedente" -> String.valueOf(d.annee() - 1);
            case "annee_suivante" -> String.valueOf(d.annee() + 1);
            case "annee_debut" -> String.valueOf(d.annees().get(0));
            case "libelle" -> libelle(a.get(0), a.get(1));
            default -> throw new IllegalStateException(r.nom());
        };
    }

    private String libelle(String dimension, String code) {
        if (dimension.equals("certification")) {
            return d.libelleCertification(code).orElse(code);
        }
        for (Nomenclature liste : CODES.get(dimension)) {
            Optional<String> lu = liste.lire(code);
            if (lu.isPresent()) {
                return liste.libelle(lu.get());
            }
        }
        return code;
    }

    private Resolu indicateur(ReferenceTexte r) {
        Definition definition = d.definition(r.nom()).orElseThrow();
        String region = Optional.ofNullable(r.options().get("region")).flatMap(Nomenclatures.PERIMETRE::lire).orElse(d.region());
        int annee = Optional.ofNullable(r.options().get("annee")).map(Integer::parseInt).orElse(d.annee());
        List<String> dimensions = new ArrayList<>();
        for (Map.Entry<String, String> o : r.options().entrySet()) {
            if (!OPTIONS.contains(o.getKey())) {
                dimensions.add(o.getKey());
                dimensions.add(code(o.getKey(), o.getValue()));
            }
        }
        String[] dims = dimensions.toArray(String[]::new);
        Optional<ValeurIndicateur> lue = d.valeurIndicateur(r.nom(), region, annee, dims);
        Optional<Double> valeur = lue.map(ValeurIndicateur::valeur);
        // The disclosure rule holds in sentences as in tables: a value resting on too few people prints « s ».
        boolean secret = lue.filter(d::estSecret).isPresent();
        boolean evolution = r.nom().endsWith(".variation");
        if (r.options().containsKey("depuis")) {
            int depuis = Integer.parseInt(r.options().get("depuis"));
            Optional<ValeurIndicateur> lueAvant = d.valeurIndicateur(r.nom(), region, depuis, dims);
            secret |= lueAvant.filter(d::estSecret).isPresent();
            Optional<Double> avant = lueAvant.map(ValeurIndicateur::valeur);
            valeur = valeur.flatMap(v -> avant.filter(a -> a != 0).map(a -> 100.0 * (v - a) / a));
            evolution = true;
        }
        if (valeur.isEmpty()) {
            return new Resolu(ND, true);
        }
        if (secret) {
            // A sentence keeps its grammar: « a évolué (s) » where the verb would carry the masked figure.
            String s = SecretStatistique.SYMBOLE;
            return new Resolu(r.drapeaux().contains("verbe") ? "a évolué (" + s + ")"
                    : r.drapeaux().contains("participe") ? "évolué (" + s + ")" : s, false);
        }
        double v = valeur.get();
        Optional<Integer> decimales = Optional.ofNullable(r.options().get("decimales")).map(Integer::parseInt);
        if (evolution) {
            int dec = decimales.orElse(Redaction.DECIMALES);
            if (r.drapeaux().contains("verbe")) {
                return new Resolu(Phrases.evolution(v, dec), false);
            }
            if (r.drapeaux().contains("participe")) {
                return new Resolu(Phrases.participe(v, dec), false);
            }
            return new Resolu(FormatFrancais.variation(v, dec), false);
        }
        String unite = definition.unite() == null ? "" : definition.unite();
        int dec = decimales.orElse(unite.equals("pourcentage") ? Redaction.DECIMALES : 0);
        String texte = switch (unite) {
            case "pourcentage" -> FormatFrancais.pourcentage(v, dec);
            case "ans" -> decimales.map(n -> FormatFrancais.nombre(v, n) + FormatFrancais.ESPACE_INSECABLE + "ans")
                    .orElseGet(() -> Phrases.ans(v));
            case "rang" -> Phrases.ordinal((int) Math.round(v));
            default -> FormatFrancais.nombre(v, dec);
        };
        if (r.drapeaux().contains("signe") && BigDecimal.valueOf(v).setScale(dec, RoundingMode.HALF_UP).signum() > 0) {
            texte = "+" + texte;
        }
        return new Resolu(texte, false);
    }

    /** The canonical code of a dimension value (« H » is « M »), or the value as written when it has no list. */
    private static String code(String dimension, String valeur) {
        List<Nomenclature> listes = CODES.get(dimension);
        if (listes == null) {
            return valeur;
        }
        return listes.stream().map(l -> l.lire(valeur)).flatMap(Optional::stream).findFirst().orElse(valeur);
    }
}

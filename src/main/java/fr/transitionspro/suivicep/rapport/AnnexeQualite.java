package fr.transitionspro.suivicep.rapport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.stream.Collectors;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.indicateurs.ValeurIndicateur;
import fr.transitionspro.suivicep.referentiel.FormatFrancais;
import fr.transitionspro.suivicep.referentiel.Nomenclature;
import fr.transitionspro.suivicep.referentiel.Nomenclatures;
import fr.transitionspro.suivicep.referentiel.Regions;

/**
 * « Annexe : qualité des données », after « Prolongements »: what a reader must know before
 * quoting a figure of the report.
 * <ol>
 * <li>the reconciliation of AGORA with the counts of the operators' own systems ({@code cep.ecart});</li>
 * <li>the figures of the report that rest on few people: a share, rate or mean computed on fewer
 * than {@value #SEUIL_PART} people, a count from 1 to {@value #SEUIL_EFFECTIF_MAX};</li>
 * <li>when the figures of a previously published report were imported ({@code agregats}, source
 * {@code publie}), each compared with the value recomputed from the files.</li>
 * </ol>
 */
final class AnnexeQualite {

    /**
     * Below 30 people, one person weighs more than 3 points in a share: the figure says more about
     * a few people than about a population, and it varies strongly from one year to the next.
     */
    static final int SEUIL_PART = 30;

    /** Counts from 1 to 4 may single people out and cannot support a trend. */
    static final int SEUIL_EFFECTIF_MAX = 4;

    /** Measures whose values are counts of people (a weighted sum of rows). */
    private static final List<String> MESURES_EFFECTIF = List.of("somme", "top10.nombre");
    private static final List<String> MESURES_SUR_EFFECTIF = List.of("part", "part_du_total", "taux", "top10.part", "moyenne",
            "mediane");

    private final Redaction r;
    private final Donnees d;

    private AnnexeQualite(Redaction r) {
        this.r = r;
        this.d = r.donnees();
    }

    /**
     * The annex's sections. Written after every other section: the small-count check reads the
     * values those sections printed ({@link Donnees#lues()}).
     *
     * @param publies the published figures of the region ({@link #publies})
     */
    static List<Section> rediger(Redaction r, List<ValeurIndicateur> publies) {
        AnnexeQualite a = new AnnexeQualite(r);
        // How many people each printed share, rate or mean rests on: the report's own sizes (Donnees#groupe), read once
        // for every report of a run.
        return List.of(a.rapprochement(), a.faiblesEffectifs(r.donnees().lues()), a.chiffresPublies(publies));
    }

    /** The figures of a published report imported for the region and the years shown (source {@code publie}). */
    static List<ValeurIndicateur> publies(Base base, String region, List<Integer> annees) {
        return base.jdbi().withHandle(h -> h.createQuery("SELECT indicateur, region, annee, dimensions, valeur, unite "
                + "FROM agregat WHERE source = 'publie' AND region = :r AND annee BETWEEN :debut AND :fin "
                + "ORDER BY annee, indicateur, dimensions")
                .bind("r", region).bind("debut", annees.get(0)).bind("fin", annees.get(annees.size() - 1))
                .map((rs, ctx) -> new ValeurIndicateur(rs.getString("indicateur"), rs.getString("region"), rs.getInt("annee"),
                        ValeurIndicateur.dimensionsDe(rs.getString("dimensions")), rs.getDouble("valeur"),
                        rs.getString("unite"), "publie"))
                .list());
    }

    // ---- A.1 AGORA and the operators' systems ----

    private Section rapprochement() {
        int annee = d.annee();
        SectionEnCours s = r.section("annexe-ecarts", "A.1", "Rapprochement d'AGORA et des systèmes d'information des "
                + "opérateurs", 3);
        List<ValeurIndicateur> declarees = d.toutes("ecarts.entrees").stream().filter(v -> v.annee() == annee)
                .sorted(Comparator.comparing((ValeurIndicateur v) -> ordrePerimetre(v.region()))
                        .thenComparing(v -> Nomenclatures.OPERATEUR_CEP.codes().indexOf(v.dimensions().get("operateur")))
                        .thenComparing(v -> v.dimensions().getOrDefault("systeme", "")))
                .toList();
        if (declarees.isEmpty()) {
            return s.paragraphe("Aucun opérateur n'a déclaré pour " + annee + " le nombre d'entrées en CEP compté par son propre "
                    + "système d'information (fichier « ecarts ») : les entrées d'AGORA n'ont pas pu être rapprochées.")
                    .construire();
        }
        s.paragraphe("Les nouvelles entrées en CEP du rapport sont celles d'AGORA. Certains opérateurs comptent leurs "
                + "bénéficiaires dans leur propre système d'information ; le tableau rapproche les deux comptes, pour le même "
                + "opérateur, le même périmètre et la même année. L'écart est rapporté aux entrées d'AGORA.");
        ConstructeurTableau t = new ConstructeurTableau("Entrées en CEP en " + annee + " : AGORA et systèmes d'information "
                + "des opérateurs").colonnes("Opérateur", "Système", "Périmètre", "Entrées AGORA", "Entrées du système",
                        "Écart", "Écart en %");
        String lecture = null;
        List<String> perimetres = new ArrayList<>();
        for (ValeurIndicateur v : declarees) {
            String operateur = v.dimensions().get("operateur");
            String systeme = v.dimensions().getOrDefault("systeme", "");
            Optional<Double> agora = d.valeur("cep.entrees", v.region(), annee, "operateur", operateur);
            Optional<Double> ecart = d.valeur("cep.ecart", v.region(), annee, "operateur", operateur, "systeme", systeme);
            Optional<Double> part = ecart.flatMap(e -> agora.filter(a -> a > 0).map(a -> 100.0 * e / a));
            t.ligne(d.operateur(operateur), Cellule.texte(systeme), Cellule.texte(Regions.nom(v.region())), Cellule.entier(agora),
                    Cellule.entier(Optional.of(v.valeur())), ecart.map(e -> new Cellule(Phrases.nombreSigne(e), "nombre"))
                            .orElseGet(Cellule::nonDisponible), Cellule.variation(part, Redaction.DECIMALES));
            if (!perimetres.contains(Regions.nom(v.region()))) {
                perimetres.add(Regions.nom(v.region()));
            }
            if (lecture == null && ecart.isPresent() && part.isPresent()) {
                lecture = "En " + annee + ", " + systeme + " compte " + Phrases.nombre(v.valeur()) + " entrées pour "
                        + d.operateur(operateur) + " (" + Regions.nom(v.region()) + "), soit " + Phrases.nombre(Math.abs(ecart
                                .get())) + (ecart.get() >= 0 ? " de plus" : " de moins") + " qu'AGORA ("
                        + FormatFrancais.variation(part.get(), Redaction.DECIMALES) + ").";
            }
        }
        s.tableau(t.sources("AGORA " + annee + " ; systèmes d'information des opérateurs (déclarations) – " + r.traitement())
                .champ(r.champ("cep.ecart", Phrases.enumeration(perimetres), String.valueOf(annee))).lecture(lecture));
        return s.construire();
    }

    /** The report's region first, then France métropolitaine, France entière, the other regions. */
    private String ordrePerimetre(String code) {
        if (code.equals(d.region())) {
            return "0";
        }
        return Regions.estAgregat(code) ? "1" + (code.equals(Regions.FM) ? "1" : "2") : "2" + Regions.nom(code);
    }

    // ---- A.2 small counts ----

    private Section faiblesEffectifs(List<ValeurIndicateur> lues) {
        SectionEnCours s = r.section("annexe-effectifs", "A.2", "Chiffres reposant sur de faibles effectifs", 3);
        s.paragraphe("Un chiffre calculé sur peu de personnes varie fortement d'une année à l'autre et peut permettre de "
                + "reconnaître des personnes. Sont signalés ici les chiffres imprimés dans ce rapport qui reposent sur de faibles "
                + "effectifs : une part, un taux ou une moyenne calculés sur moins de " + SEUIL_PART + " personnes (une personne "
                + "y pèse plus de 3 points), ou un effectif compris entre 1 et " + SEUIL_EFFECTIF_MAX + ". Les évolutions et les "
                + "taux de recours, calculés à partir de ces chiffres, ne sont pas repris. Les valeurs reçues d'autres "
                + "associations ne peuvent pas être vérifiées : leurs effectifs ne sont pas connus.");
        ConstructeurTableau t = new ConstructeurTableau("Chiffres du rapport reposant sur de faibles effectifs")
                .colonnes("Indicateur", "Périmètre", "Année", "Précision", "Effectif", "Alerte");
        for (ValeurIndicateur v : lues) {
            if (!"calcul".equals(v.origine())) {
                continue;
            }
            String mesure = d.mesure(v.indicateur());
            Optional<Double> effectif = Optional.empty();
            String alerte = null;
            if (MESURES_SUR_EFFECTIF.contains(mesure)) {
                effectif = d.groupe(v);
                if (effectif.isPresent() && effectif.get() < SEUIL_PART) {
                    alerte = switch (mesure) {
                        case "taux" -> "Taux calculé";
                        case "moyenne", "mediane" -> "Valeur calculée";
                        default -> "Part calculée";
                    } + " sur moins de " + SEUIL_PART + " personnes";
                }
            } else if (MESURES_EFFECTIF.contains(mesure) && v.valeur() > 0 && v.valeur() <= SEUIL_EFFECTIF_MAX) {
                effectif = Optional.of(v.valeur());
                alerte = "Effectif inférieur à " + (SEUIL_EFFECTIF_MAX + 1);
            }
            if (alerte != null) {
                t.ligne(d.libelle(v.indicateur()), Cellule.texte(Regions.nom(v.region())), Cellule.texte(String.valueOf(v.annee())),
                        Cellule.texte(precision(v.dimensions())), Cellule.entier(effectif).avecPersonnes(effectif),
                        Cellule.texte(alerte));
            }
        }
        if (t.estVide()) {
            s.paragraphe("Aucun chiffre de ce rapport ne repose sur moins de " + SEUIL_PART + " personnes ni sur un effectif "
                    + "compris entre 1 et " + SEUIL_EFFECTIF_MAX + ".");
        } else {
            s.tableau(t.sources("AGORA et données du SI Transitions Pro " + d.nomRegion() + " – " + r.traitement())
                    .champ("Chiffres imprimés dans ce rapport, calculés à partir des fichiers importés – " + r.anneesSerie())
                    .note("Effectif : nombre de personnes sur lequel la part, le taux ou la moyenne est calculé ; pour un "
                            + "nombre, le nombre lui-même."));
        }
        return s.construire();
    }

    // ---- A.3 published and recomputed figures ----

    private Section chiffresPublies(List<ValeurIndicateur> publies) {
        SectionEnCours s = r.section("annexe-publies", "A.3", "Chiffres publiés et chiffres recalculés", 3);
        if (publies.isEmpty()) {
            return s.paragraphe("Aucun chiffre d'un rapport publié n'a été importé pour " + d.nomRegion() + " : la comparaison "
                    + "des chiffres publiés et recalculés n'est pas faite. Ces chiffres s'importent comme agrégats de source "
                    + "« publie ».").construire();
        }
        List<Comparaison> comparaisons = publies.stream().map(p -> new Comparaison(p,
                d.valeur(p.indicateur(), p.region(), p.annee(), paires(p.dimensions())), d.unite(p.indicateur())))
                .toList();
        List<Comparaison> ecarts = comparaisons.stream().filter(c -> c.recalcule().isPresent() && !c.concordant()).toList();
        List<Comparaison> concordants = comparaisons.stream().filter(Comparaison::concordant).toList();
        List<Comparaison> absents = comparaisons.stream().filter(c -> c.recalcule().isEmpty()).toList();
        s.paragraphe("Les chiffres d'un rapport déjà publié, importés tels qu'ils ont été imprimés, sont comparés aux valeurs "
                + "recalculées à partir des fichiers. Un chiffre publié est concordant lorsque la valeur recalculée, arrondie à "
                + "la précision du chiffre publié (son nombre de décimales), lui est égale. Sur " + comparaisons.size()
                + " chiffres publiés, " + ecarts.size() + (ecarts.size() > 1 ? " diffèrent" : " diffère") + " de la valeur "
                + "recalculée au-delà de la précision publiée et " + concordants.size()
                + (concordants.size() > 1 ? " sont concordants" : " est concordant") + (absents.isEmpty() ? "" : " ; "
                        + absents.size() + (absents.size() > 1 ? " n'ont pas" : " n'a pas") + " de valeur recalculée") + ".");
        ConstructeurTableau t = new ConstructeurTableau("Chiffres publiés et chiffres recalculés, " + d.nomRegion())
                .colonnes("Indicateur", "Région", "Année", "Précision", "Publié", "Recalculé", "Écart");
        ajouter(t, "Écarts au-delà de la précision publiée", ecarts);
        ajouter(t, "Chiffres concordants", concordants);
        ajouter(t, "Chiffres sans valeur recalculée", absents);
        s.tableau(t.sources("Rapport publié (chiffres importés, source « publie ») ; " + r.sourcesDossiers() + " ; AGORA")
                .champ("Chiffres publiés importés pour " + d.nomRegion() + " – " + r.anneesSerie())
                .note("Écart : valeur recalculée moins valeur publiée, en points (pt) pour les pourcentages."));
        return s.construire();
    }

    private void ajouter(ConstructeurTableau t, String groupe, List<Comparaison> comparaisons) {
        if (comparaisons.isEmpty()) {
            return;
        }
        t.groupe(groupe);
        for (Comparaison c : comparaisons) {
            ValeurIndicateur p = c.publie();
            // The published figure is public already; the recomputed one obeys the disclosure rule.
            boolean secret = d.valeurIndicateur(p.indicateur(), p.region(), p.annee(), paires(p.dimensions()))
                    .filter(d::estSecret).isPresent();
            t.ligne(d.libelle(p.indicateur()), Cellule.texte(Regions.nom(p.region())), Cellule.texte(String.valueOf(p.annee())),
                    Cellule.texte(precision(p.dimensions())), new Cellule(c.formater(p.valeur(), c.decimalesPubliees()), "nombre"),
                    secret ? Cellule.secret() : c.recalcule().map(v -> new Cellule(c.formater(v, c.decimalesAffichees()), "nombre"))
                            .orElseGet(Cellule::nonDisponible),
                    secret ? Cellule.secret() : c.recalcule().map(v -> new Cellule(c.ecart(v), "nombre"))
                            .orElseGet(Cellule::nonDisponible));
        }
    }

    /**
     * A published figure and its recomputed value. The published precision is read from the
     * figure as imported: the fewest decimals (up to 3) that write it exactly (75 → 0, 9.9 → 1).
     */
    record Comparaison(ValeurIndicateur publie, Optional<Double> recalcule, String unite) {

        int decimalesPubliees() {
            for (int k = 0; k < 3; k++) {
                BigDecimal v = BigDecimal.valueOf(publie.valeur());
                if (v.setScale(k, RoundingMode.HALF_UP).compareTo(v) == 0) {
                    return k;
                }
            }
            return 3;
        }

        /** Rounded to the published precision, the recomputed value equals the published one. */
        boolean concordant() {
            return recalcule.map(v -> BigDecimal.valueOf(v).setScale(decimalesPubliees(), RoundingMode.HALF_UP)
                    .compareTo(BigDecimal.valueOf(publie.valeur()).setScale(decimalesPubliees(), RoundingMode.HALF_UP)) == 0)
                    .orElse(false);
        }

        /** A recomputed count is whole; a share gets one decimal more than published, to show why it differs. */
        int decimalesAffichees() {
            if (!"pourcentage".equals(unite) && !"ans".equals(unite)) {
                return recalcule.filter(v -> v != Math.rint(v)).map(v -> decimalesPubliees() + 1).orElse(decimalesPubliees());
            }
            return decimalesPubliees() + 1;
        }

        String formater(double valeur, int decimales) {
            return "pourcentage".equals(unite) ? FormatFrancais.pourcentage(valeur, decimales)
                    : FormatFrancais.nombre(valeur, decimales);
        }

        /** « +1,2 pt » for a share, « −7 » for a count. */
        String ecart(double recalcule) {
            int decimales = decimalesAffichees();
            double difference = BigDecimal.valueOf(recalcule).setScale(decimales, RoundingMode.HALF_UP)
                    .subtract(BigDecimal.valueOf(publie.valeur())).doubleValue();
            String texte = FormatFrancais.nombre(difference, decimales);
            if (!texte.startsWith("\u2212") && BigDecimal.valueOf(difference).setScale(decimales, RoundingMode.HALF_UP)
                    .signum() != 0) {
                texte = "+" + texte;
            }
            return "pourcentage".equals(unite) ? texte + FormatFrancais.ESPACE_INSECABLE + "pt" : texte;
        }
    }

    // ---- labels ----

    /** The dimensions of a value in words: « Sans CEP », « Apec, Femmes »; « Ensemble » without any. */
    String precision(SortedMap<String, String> dimensions) {
        if (dimensions.isEmpty()) {
            return "Ensemble";
        }
        return dimensions.entrySet().stream().map(this::libelle).collect(Collectors.joining(", "));
    }

    private String libelle(Map.Entry<String, String> dimension) {
        String cle = dimension.getKey();
        String code = dimension.getValue();
        return switch (cle) {
            case "operateur" -> d.operateur(code);
            case "tranche_age" -> Nomenclatures.TRANCHE_AGE.codes().contains(code) ? Nomenclatures.TRANCHE_AGE.libelle(code)
                    : Nomenclatures.TRANCHE_AGE_DOSSIER.libelle(code);
            case "certification" -> d.libelleCertification(code).map(l -> code + " " + l).orElse(code);
            case "rome" -> "ROME " + code;
            case "systeme" -> code;
            default -> Nomenclatures.pourDimension(cle).map((Nomenclature n) -> n.libelle(code)).orElse(cle + " " + code);
        };
    }

    private static String[] paires(SortedMap<String, String> dimensions) {
        List<String> paires = new ArrayList<>();
        dimensions.forEach((k, v) -> {
            paires.add(k);
            paires.add(v);
        });
        return paires.toArray(String[]::new);
    }
}

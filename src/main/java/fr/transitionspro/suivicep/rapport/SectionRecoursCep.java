package fr.transitionspro.suivicep.rapport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.transitionspro.suivicep.indicateurs.ValeurIndicateur;
import fr.transitionspro.suivicep.referentiel.Regions;

/**
 * 1.1 « Le recours au CEP »: the take-up rate of the region against France métropolitaine, its
 * rank among the metropolitan regions (naming the first and the last), and the new entries by
 * operator with the differences the operators reported.
 */
final class SectionRecoursCep {

    /** A rank has no meaning for France métropolitaine or an overseas region: said, not left blank. */
    private static final Cellule SANS_OBJET = new Cellule("sans objet", "nombre");

    private final Redaction r;
    private final Donnees d;

    private SectionRecoursCep(Redaction r) {
        this.r = r;
        this.d = r.donnees();
    }

    static Section rediger(Redaction r) {
        return new SectionRecoursCep(r).section();
    }

    private Section section() {
        int annee = d.annee();
        SectionEnCours s = r.section("recours-cep", "1.1", "Le recours au CEP en " + annee, 4);
        Optional<Double> actifs = d.valeur("population.actifs");
        Optional<Double> entrees = d.valeur("cep.entrees");
        Optional<Double> taux = d.valeur("cep.taux_recours");
        Optional<Double> tauxFm = d.valeur("cep.taux_recours", Regions.FM, annee);

        s.texte(String.join("\n\n", actifs.map(a -> "Selon l'INSEE, la population active " + Renvoi.enRegion()
                + " s'élève à " + Renvoi.v("population.actifs") + " personnes, soit le nombre d'individus susceptibles "
                + "d'avoir recours à un CEP.")
                .orElse("La population active " + Renvoi.enRegion() + " n'est pas disponible (n.d.) : "
                        + "le taux de recours ne peut pas être calculé."),
                entrees.map(e -> "En " + Renvoi.annee() + ", " + Renvoi.v("cep.entrees") + " bénéficiaires sont entrés dans un "
                        + "parcours CEP auprès des opérateurs situés " + Renvoi.enRegion() + ".")
                        .orElse("Le nombre de nouvelles entrées en CEP " + Renvoi.enRegion() + " en " + Renvoi.annee()
                                + " n'est pas disponible (n.d.).")
                        + r.phraseEvolution("le nombre de nouvelles entrées en CEP", "cep.entrees.variation", d.region(), annee)
                                .map(p -> " " + p).orElse(""),
                phraseTaux(taux, tauxFm) + " " + phraseRang()));

        ConstructeurTableau t = new ConstructeurTableau("Taux de recours au CEP en " + annee)
                .colonnes("Périmètre", "Nouvelles entrées en CEP", "Population active de 15 à 64 ans", "Taux de recours",
                        "Rang (régions métropolitaines)");
        List<String> lignes = new ArrayList<>();
        lignes.add(d.region());
        extreme(true).map(ValeurIndicateur::region).filter(c -> !lignes.contains(c)).ifPresent(lignes::add);
        extreme(false).map(ValeurIndicateur::region).filter(c -> !lignes.contains(c)).ifPresent(lignes::add);
        for (String code : lignes) {
            t.ligne(Regions.nom(code), List.of(r.entier("cep.entrees", code, annee), r.entier("population.actifs", code, annee),
                    r.pourcentage(Redaction.DECIMALES, "cep.taux_recours", code, annee),
                    Regions.METROPOLE.contains(code) ? rang(code) : SANS_OBJET), code.equals(d.region()));
        }
        t.ligne(Regions.nom(Regions.FM), r.entier("cep.entrees", Regions.FM, annee),
                r.entier("population.actifs", Regions.FM, annee),
                r.pourcentage(Redaction.DECIMALES, "cep.taux_recours", Regions.FM, annee), SANS_OBJET);
        t.sources(r.sourcesEntrees(r.annee()) + " ; INSEE, population active de 15 à 64 ans")
                .champ(r.champ("cep.taux_recours", d.nomRegion() + " et France métropolitaine", r.annee()));
        taux.ifPresent(v -> t.lecture("En " + annee + ", les opérateurs situés " + d.enRegion()
                + " enregistraient un taux de recours au CEP de " + Phrases.pourcentage(v, Redaction.DECIMALES) + "."));
        s.tableau(t);
        s.figure(new FiguresRapport(r).carteTauxRecours());

        s.texte("operateurs", phraseOperateurs());
        s.tableau(tableauOperateurs());
        s.figure(new FiguresRapport(r).entreesParOperateur());
        return s.construire();
    }

    private String phraseTaux(Optional<Double> taux, Optional<Double> tauxFm) {
        if (taux.isEmpty()) {
            return "Le taux de recours au CEP " + Renvoi.enRegion() + " n'est pas disponible (n.d.).";
        }
        String texte = "Ainsi, " + Renvoi.v("cep.taux_recours") + " de la population active " + Renvoi.enRegion()
                + " a eu recours au CEP";
        return texte + tauxFm.map(f -> ", contre " + Renvoi.v("cep.taux_recours", "region=" + Regions.FM)
                + " pour l'ensemble de la France métropolitaine.").orElse(" (taux de la France métropolitaine : n.d.).");
    }

    /** « Parmi les régions … la Normandie est la 5e région …, la première étant … et la dernière … ». */
    private String phraseRang() {
        List<ValeurIndicateur> taux = tauxMetropolitains();
        Optional<Double> rang = d.valeur("cep.taux_recours.rang");
        if (taux.isEmpty() || rang.isEmpty()) {
            return Regions.METROPOLE.contains(d.region()) ? "Le rang de la région parmi les régions métropolitaines n'est pas disponible (n.d.)."
                    : "Le rang n'est établi que parmi les régions métropolitaines.";
        }
        ValeurIndicateur premiere = extreme(true).orElseThrow();
        ValeurIndicateur derniere = extreme(false).orElseThrow();
        // No count of regions here: a figure typed into the text would stop following the data.
        String parmi = taux.size() == Regions.METROPOLE.size()
                ? "Parmi les régions de France métropolitaine, "
                : "Parmi les régions métropolitaines dont le taux est disponible, ";
        String texte = parmi + "la région " + Renvoi.region() + " est la " + Renvoi.v("cep.taux_recours.rang")
                + " en termes de recours au CEP";
        List<String> extremes = new ArrayList<>();
        if (!premiere.region().equals(d.region())) {
            extremes.add("la première " + (extremes.isEmpty() ? "étant " : "") + "la région " + Renvoi.region(premiere.region())
                    + " (" + Renvoi.v("cep.taux_recours", "region=" + premiere.region()) + ")");
        }
        if (!derniere.region().equals(d.region())) {
            extremes.add("la dernière " + (extremes.isEmpty() ? "étant " : "") + "la région " + Renvoi.region(derniere.region())
                    + " (" + Renvoi.v("cep.taux_recours", "region=" + derniere.region()) + ")");
        }
        return texte + (extremes.isEmpty() ? "." : ", " + String.join(" et ", extremes) + ".");
    }

    private List<ValeurIndicateur> tauxMetropolitains() {
        return d.toutes("cep.taux_recours").stream()
                .filter(v -> v.annee() == d.annee() && v.dimensions().isEmpty() && Regions.METROPOLE.contains(v.region()))
                .toList();
    }

    /** The region with the highest (or lowest) rate; ties broken by region code for a stable text. */
    private Optional<ValeurIndicateur> extreme(boolean plusEleve) {
        Comparator<ValeurIndicateur> ordre = Comparator.comparingDouble(ValeurIndicateur::valeur);
        ordre = plusEleve ? ordre.reversed() : ordre;
        return tauxMetropolitains().stream().sorted(ordre.thenComparing(ValeurIndicateur::region)).findFirst();
    }

    private Cellule rang(String code) {
        int total = tauxMetropolitains().size();
        return d.valeur("cep.taux_recours.rang", code, d.annee())
                .map(v -> new Cellule(Phrases.ordinal((int) Math.round(v)) + " sur " + total, "nombre"))
                .orElseGet(Cellule::nonDisponible);
    }

    /** « En Normandie, Pôle emploi a accueilli 80,9 % des bénéficiaires … ; les autres : … ». */
    private String phraseOperateurs() {
        Map<String, Double> parts = d.repartition("cep.entrees.part", d.region(), d.annee(), "operateur");
        if (parts.isEmpty()) {
            return "La répartition des nouvelles entrées par opérateur " + Renvoi.enRegion() + " n'est pas disponible (n.d.).";
        }
        List<Map.Entry<String, Double>> ordre = Donnees.decroissant(parts);
        Map.Entry<String, Double> premier = ordre.get(0);
        Map<String, Double> partsFm = d.repartition("cep.entrees.part", Regions.FM, d.annee(), "operateur");
        String texte = Renvoi.enRegionMajuscule() + ", " + Renvoi.operateur(premier.getKey()) + " a accueilli "
                + (premier.getValue() > 50 ? "la majorité" : "la plus grande part") + " des bénéficiaires d'un CEP ("
                + Renvoi.v("cep.entrees.part", "operateur=" + premier.getKey())
                + (partsFm.containsKey(premier.getKey()) ? " ; France métropolitaine : "
                        + Renvoi.v("cep.entrees.part", "region=" + Regions.FM, "operateur=" + premier.getKey()) : "") + ").";
        List<String> autres = ordre.subList(1, ordre.size()).stream()
                .map(e -> Renvoi.operateur(e.getKey()) + " " + Renvoi.v("cep.entrees.part", "operateur=" + e.getKey())).toList();
        if (!autres.isEmpty()) {
            texte += " Les autres bénéficiaires se répartissent ainsi : " + Phrases.enumeration(autres) + ".";
        }
        return texte;
    }

    private ConstructeurTableau tableauOperateurs() {
        int annee = d.annee();
        List<String> perimetres = List.of(Regions.FM, d.region());
        List<String> operateurs = r.operateurs("cep.entrees", perimetres, List.of(annee));
        if (operateurs.isEmpty()) {
            operateurs = fr.transitionspro.suivicep.referentiel.Nomenclatures.OPERATEUR.codes();
        }
        List<String> colonnes = new ArrayList<>();
        colonnes.add("Nouvelles entrées en " + annee);
        operateurs.forEach(o -> colonnes.add(d.operateur(o)));
        colonnes.add("Total");
        ConstructeurTableau t = new ConstructeurTableau("Nouvelles entrées en CEP en " + annee + " selon l'opérateur")
                .colonnes(colonnes);
        List<String> systemes = new ArrayList<>();
        for (String p : perimetres) {
            String nom = Regions.nom(p);
            // Counts add up to their total, shares to 100 %.
            t.groupe(nom).repartitionEnLignes();
            List<Cellule> nombres = new ArrayList<>();
            List<Cellule> parts = new ArrayList<>();
            List<Cellule> ecarts = new ArrayList<>();
            boolean ecart = false;
            for (String o : operateurs) {
                nombres.add(r.entier("cep.entrees", p, annee, "operateur", o));
                parts.add(r.pourcentage(Redaction.DECIMALES, "cep.entrees.part", p, annee, "operateur", o));
                List<String> releves = new ArrayList<>();
                for (ValeurIndicateur v : d.toutes("cep.ecart", p, annee)) {
                    if (o.equals(v.dimensions().get("operateur"))) {
                        releves.add(Phrases.nombreSigne(v.valeur()) + " (" + v.dimensions().getOrDefault("systeme", "") + ")");
                        String systeme = d.operateur(o) + " (" + v.dimensions().getOrDefault("systeme", "") + ")";
                        if (!systemes.contains(systeme)) {
                            systemes.add(systeme);
                        }
                    }
                }
                ecart |= !releves.isEmpty();
                ecarts.add(releves.isEmpty() ? Cellule.vide() : new Cellule(String.join(" ; ", releves), "releve"));
            }
            nombres.add(r.entier("cep.entrees", p, annee));
            parts.add(Cellule.vide());
            ecarts.add(Cellule.vide());
            boolean region = p.equals(d.region());
            t.ligne("Nombre", nombres, region);
            t.ligne("Part", parts, region);
            if (ecart) {
                t.ligne("Écart relevé par l'opérateur", ecarts, region);
            }
        }
        String sources = r.sourcesEntrees(r.annee());
        if (!systemes.isEmpty()) {
            sources += " ; écarts relevés dans les systèmes d'information des opérateurs : " + Phrases.enumeration(systemes);
        }
        t.sources(sources).champ(r.champ("cep.entrees", d.nomRegion() + " et France métropolitaine", r.annee()));
        d.repartition("cep.entrees.part", d.region(), annee, "operateur").entrySet().stream()
                .max(Map.Entry.comparingByValue()).ifPresent(e -> t.lecture("En " + annee + ", " + d.enRegion() + ", "
                        + Phrases.pourcentage(e.getValue(), Redaction.DECIMALES) + " des nouvelles entrées en CEP ont été "
                        + "enregistrées par " + d.operateur(e.getKey()) + "."));
        return t;
    }
}

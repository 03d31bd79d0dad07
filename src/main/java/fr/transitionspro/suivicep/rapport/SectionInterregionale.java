package fr.transitionspro.suivicep.rapport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.transitionspro.suivicep.referentiel.Nomenclatures;
import fr.transitionspro.suivicep.referentiel.Regions;

/**
 * 3 « Les observations interrégionales »: the dossier series of the regions whose values are
 * available (the region's own, and those received from the other associations as agregats).
 * Which regions appear is read from the values, not configured: Normandie 2023 shows Bretagne
 * and Pays de la Loire because their values were exchanged.
 */
final class SectionInterregionale {

    static final List<String> INDICATEURS = List.of("ptp.dossiers", "ptp.avec_cep", "prp.dossiers");

    /** Up to this many other regions, the comments name each of them; beyond, they count them. */
    private static final int REGIONS_NOMMEES = 4;

    private final Redaction r;
    private final Donnees d;
    private final List<String> regions;
    private final List<String> autres;

    private SectionInterregionale(Redaction r) {
        this.r = r;
        this.d = r.donnees();
        this.regions = d.regionsAvecValeurs(INDICATEURS);
        this.autres = regions.stream().filter(c -> !c.equals(d.region())).toList();
    }

    static Section rediger(Redaction r) {
        return new SectionInterregionale(r).section();
    }

    private Section section() {
        SectionEnCours s = r.section("interregional", "3.", "Les observations interrégionales", 3);
        if (autres.isEmpty()) {
            s.texte("Aucune valeur d'une autre région n'est disponible pour " + Renvoi.annee() + " : les tableaux ne "
                    + "présentent que " + Renvoi.region() + ". Les valeurs des autres associations s'importent comme agrégats "
                    + "(échange interrégional).");
        } else {
            s.texte("Les associations Transitions Pro échangent leurs principaux indicateurs afin de comparer les "
                    + "tendances qui se dessinent à partir des dispositifs qu'elles gèrent. Les valeurs des régions "
                    + "suivantes sont disponibles : " + Phrases.enumeration(regions.stream().map(Renvoi::region).toList()) + ".");
        }

        s.intertitre("Quel est le nombre de demandes de projet de transition professionnelle (PTP) enregistrées ?");
        s.tableau(tableauSerie("Dossiers PTP présentés en commission, par région", "ptp.dossiers", "ptp.dossiers.variation")
                .lecture(lecture("ptp.dossiers", "dossiers PTP ont été présentés en commission")));
        s.figure(new FiguresRapport(r).interregional("Dossiers PTP présentés en commission, par région", "ptp.dossiers", lignes()));
        s.texte("ptp", commentaireVariation("le nombre de dossiers PTP présentés", "ptp.dossiers.variation"));

        s.intertitre("Quel est le niveau d'intervention du CEP en lien avec une demande de financement PTP ?");
        s.tableau(tableauSerie("Dossiers PTP présentés avec un accompagnement par un opérateur CEP, par région",
                "ptp.avec_cep", "ptp.avec_cep.variation")
                .lecture(lecture("ptp.avec_cep", "dossiers PTP présentés ont bénéficié d'un accompagnement CEP")));
        s.figure(new FiguresRapport(r).interregional("Dossiers PTP présentés avec un accompagnement CEP, par région",
                "ptp.avec_cep", lignes()));
        s.texte("cep", String.join("\n\n", commentaireVariation("le nombre de dossiers PTP accompagnés par un opérateur CEP",
                "ptp.avec_cep.variation"), commentairePartCep(), commentaireAcceptation()).strip());

        s.intertitre("Quel est le nombre de demandes de projet de reconversion professionnelle (démission-reconversion) "
                + "enregistrées ?");
        s.tableau(tableauSerie("Dossiers démission-reconversion présentés en commission, par région", "prp.dossiers",
                "prp.dossiers.variation")
                .lecture(lecture("prp.dossiers", "dossiers démission-reconversion ont été présentés en commission")));
        s.figure(new FiguresRapport(r).interregional("Dossiers démission-reconversion présentés en commission, par région",
                "prp.dossiers", lignes()));
        s.texte("prp", commentaireVariation("le nombre de dossiers démission-reconversion présentés", "prp.dossiers.variation"));

        s.intertitre("Quelle est la répartition entre les démissions pour création-reprise d'entreprise et les démissions "
                + "pour formation ?");
        s.tableau(tableauProjets());
        s.texte("projets", commentaireProjets());
        return s.construire();
    }

    private ConstructeurTableau tableauSerie(String titre, String id, String idVariation) {
        List<String> colonnes = r.colonnesAnnees("Région");
        colonnes.add(r.colonneVariation());
        ConstructeurTableau t = new ConstructeurTableau(titre).colonnes(colonnes);
        for (String code : lignes()) {
            List<Cellule> cellules = new ArrayList<>(r.serie(a -> r.entier(id, code, a)));
            cellules.add(r.variation(idVariation, code, d.annee()));
            t.ligne(Regions.nom(code), cellules, code.equals(d.region()));
        }
        return t.sources(r.sourcesInterregionales(lignes(), List.of(id)))
                .champ(r.champ(id, regions.size() > 1 ? "régions disponibles" : d.nomRegion(), r.anneesSerie()));
    }

    /** « En 2023, 1 265 dossiers PTP ont été présentés en commission en Normandie. », or nothing when unknown. */
    private String lecture(String id, String predicat) {
        return d.valeur(id).map(v -> "En " + d.annee() + ", " + Phrases.nombre(v) + " " + predicat + " " + d.enRegion() + ".")
                .orElse(null);
    }

    /** The report's region is always listed, even without any value: its absence must show as « n.d. ». */
    private List<String> lignes() {
        if (regions.contains(d.region())) {
            return regions;
        }
        List<String> toutes = new ArrayList<>(regions);
        toutes.add(0, d.region());
        return toutes;
    }

    private ConstructeurTableau tableauProjets() {
        ConstructeurTableau t = new ConstructeurTableau("Répartition des dossiers démission-reconversion acceptés selon le "
                + "projet, par région").colonnes(r.colonnesAnnees("Projet"));
        for (String code : lignes()) {
            t.groupe(Regions.nom(code)).repartitionEnColonnes();
            for (String projet : List.of("CREATION_REPRISE", "FORMATION")) {
                t.ligne(Nomenclatures.PROJET.libelle(projet), r.serie(a -> Redaction.part(d.repartition("prp.projet", code, a,
                        "projet"), projet, Redaction.DECIMALES)), code.equals(d.region()));
            }
        }
        return t.sources(r.sourcesInterregionales(lignes(), List.of("prp.projet")))
                .champ(r.champ("prp.projet", regions.size() > 1 ? "régions disponibles" : d.nomRegion(), r.anneesSerie()));
    }

    /** « Entre 2022 et 2023, … en Normandie a diminué de 3,2 %. Sur la même période, il a augmenté de 2,1 % en Bretagne … ». */
    private String commentaireVariation(String sujet, String idVariation) {
        int annee = d.annee();
        String texte;
        if (d.valeur(idVariation).isPresent()) {
            texte = "Entre " + Renvoi.anneePrecedente() + " et " + Renvoi.annee() + ", " + sujet + " " + Renvoi.enRegion() + " "
                    + Renvoi.v(idVariation, "verbe") + ".";
        } else {
            texte = r.phraseEvolution(sujet + " " + Renvoi.enRegion(), idVariation, d.region(), annee)
                    .orElse("L'évolution entre " + Renvoi.anneePrecedente() + " et " + Renvoi.annee() + " "
                            + Phrases.complementDe(sujet) + " " + Renvoi.enRegion() + " n'est pas disponible (n.d.).");
        }
        List<String> detail = new ArrayList<>();
        for (String code : autres) {
            if (d.valeur(idVariation, code, annee).isPresent()) {
                detail.add(Renvoi.v(idVariation, "region=" + code, "participe") + " " + Renvoi.enRegion(code));
            }
        }
        if (detail.isEmpty()) {
            return texte;
        }
        return texte + " Sur la même période, il a " + Phrases.enumeration(detail) + ".";
    }

    private String commentairePartCep() {
        Optional<Double> part = d.valeur("ptp.part_cep");
        if (part.isEmpty()) {
            return "";
        }
        List<String> avant = new ArrayList<>();
        List<Integer> annees = new ArrayList<>(d.annees().subList(0, d.annees().size() - 1));
        java.util.Collections.reverse(annees);
        for (int a : annees) {
            d.valeur("ptp.part_cep", d.region(), a).ifPresent(v -> avant.add(Renvoi.v("ptp.part_cep", "annee=" + a) + " en " + a));
        }
        String texte = Renvoi.enRegionMajuscule() + ", " + Renvoi.v("ptp.part_cep") + " des demandes PTP "
                + "ont bénéficié d'un accompagnement CEP en " + Renvoi.annee() + (avant.isEmpty() ? "" : " ("
                        + Phrases.enumeration(avant) + ")") + ".";
        List<String> comparaison = new ArrayList<>();
        for (String code : autres) {
            d.valeur("ptp.part_cep", code, d.annee()).ifPresent(v -> comparaison.add(Renvoi.v("ptp.part_cep", "region=" + code)
                    + " " + Renvoi.enRegion(code)));
        }
        if (!comparaison.isEmpty() && autres.size() <= REGIONS_NOMMEES) {
            texte += " Cette part atteint " + Phrases.enumeration(comparaison) + ".";
        }
        return texte;
    }

    private String commentaireAcceptation() {
        int annee = d.annee();
        Optional<Double> taux = d.valeur("ptp.taux_acceptation");
        if (taux.isEmpty()) {
            return "";
        }
        List<String> parties = new ArrayList<>();
        for (String cep : List.of("AVEC", "SANS")) {
            d.valeur("ptp.taux_acceptation", "cep", cep).ifPresent(v -> parties.add((cep.equals("AVEC") ? "avec" : "sans")
                    + " CEP : " + Renvoi.v("ptp.taux_acceptation", "cep=" + cep) + d.valeur("ptp.taux_acceptation", d.region(),
                            annee - 1, "cep", cep).map(p -> " (" + Renvoi.v("ptp.taux_acceptation", "cep=" + cep,
                                    "annee=" + (annee - 1)) + " en " + Renvoi.anneePrecedente() + ")").orElse("")));
        }
        return Renvoi.enRegionMajuscule() + ", en " + Renvoi.annee() + ", le taux d'acceptation des dossiers PTP a été de "
                + Renvoi.v("ptp.taux_acceptation") + (parties.isEmpty() ? "" : " ; " + String.join(" ; ", parties)) + ".";
    }

    private String commentaireProjets() {
        Map<String, Double> region = d.repartition("prp.projet", d.region(), d.annee(), "projet");
        if (region.isEmpty()) {
            return "";
        }
        String texte = Renvoi.enRegionMajuscule() + ", en " + Renvoi.annee() + ", " + SectionProfilCep.part(region, "prp.projet",
                "projet=FORMATION") + " des dossiers acceptés portaient sur un projet de formation et "
                + SectionProfilCep.part(region, "prp.projet", "projet=CREATION_REPRISE") + " sur une création-reprise d'entreprise.";
        Comparator<String> parFormation = Comparator.comparingDouble(c -> d.repartition("prp.projet", c, d.annee(), "projet")
                .getOrDefault("FORMATION", 0.0));
        List<String> avecValeur = regions.stream().filter(c -> !d.repartition("prp.projet", c, d.annee(), "projet").isEmpty()).toList();
        if (avecValeur.size() >= 2) {
            String max = avecValeur.stream().max(parFormation).orElseThrow();
            String min = avecValeur.stream().min(parFormation).orElseThrow();
            texte += " Parmi les régions disponibles, la part des projets de formation est la plus élevée " + Renvoi.enRegion(max)
                    + " (" + SectionProfilCep.part(d.repartition("prp.projet", max, d.annee(), "projet"), "prp.projet",
                            "projet=FORMATION", "region=" + max) + ") et la part des créations-reprises la plus élevée "
                    + Renvoi.enRegion(min) + " (" + SectionProfilCep.part(d.repartition("prp.projet", min, d.annee(), "projet"),
                            "prp.projet", "projet=CREATION_REPRISE", "region=" + min) + ").";
        }
        return texte;
    }
}

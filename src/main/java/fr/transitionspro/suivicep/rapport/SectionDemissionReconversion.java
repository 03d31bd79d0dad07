package fr.transitionspro.suivicep.rapport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.transitionspro.suivicep.referentiel.Nomenclatures;

/**
 * 2.2 « Le CEP et le dispositif projet de reconversion professionnelle démissionnaire »: the
 * dossiers over four years, the operators who accompanied them, the profile, the projects and,
 * when its values were imported, the national follow-up survey (« Leur devenir »).
 */
final class SectionDemissionReconversion {

    /** The reference gives the operators' shares of this table with two decimals (83,77 %). */
    private static final int DECIMALES_OPERATEURS = 2;

    /** The survey's questions in the order of the reference, each split by project where it applies. */
    private static final List<String> ENQUETE = List.of("enquete.prp.niveau_4_ou_plus", "enquete.prp.a_demissionne",
            "enquete.prp.inscrit_pole_emploi", "enquete.prp.indemnise", "enquete.prp.percoit_are",
            "enquete.prp.percoit_arce", "enquete.prp.projet_maintenu", "enquete.prp.financement_obtenu",
            "enquete.prp.formation_terminee", "enquete.prp.formation_reussie", "enquete.prp.emploi_lien_formation",
            "enquete.prp.en_recherche_emploi", "enquete.prp.entreprise_immatriculee", "enquete.prp.statuts_deposes",
            "enquete.prp.sans_ptp_prealable");

    /** Codes of {@code enquete.prp.raison_non_ptp} (indicateurs.md); no code list of the referentiel names them. */
    private static final Map<String, String> RAISONS = new LinkedHashMap<>(Map.of(
            "REFUS_DOSSIER", "Refus du dossier", "NON_ELIGIBILITE", "Non-éligibilité", "REFUS_ABSENCE", "Refus d'absence"));

    private final Redaction r;
    private final Donnees d;
    private final TableauxDossiers tableaux;

    private SectionDemissionReconversion(Redaction r) {
        this.r = r;
        this.d = r.donnees();
        this.tableaux = new TableauxDossiers(r);
    }

    static Section rediger(Redaction r) {
        return new SectionDemissionReconversion(r).section();
    }

    private Section section() {
        int annee = d.annee();
        int dec = Redaction.DECIMALES;
        SectionEnCours s = r.section("demission-reconversion", "2.2",
                "Le CEP et le dispositif projet de reconversion professionnelle démissionnaire", 4);
        s.texte(String.join("\n\n", phraseDossiers(), phraseCroissance()).strip());
        s.tableau(tableauDossiers());
        s.figure(new FiguresRapport(r).serieDossiers("Dossiers démission-reconversion présentés et acceptés depuis "
                + d.annees().get(0), "prp.dossiers", "Dossiers présentés", "prp.acceptes", "Dossiers acceptés"));
        s.texte("operateurs", phraseOperateurs());
        s.tableau(tableauOperateurs());

        s.intertitre("Le profil des bénéficiaires");
        Map<String, Double> sexe = d.repartition("prp.profil.sexe", d.region(), annee, "sexe");
        String femmes = sexe.isEmpty() ? "" : "En " + Renvoi.annee() + ", les femmes représentent "
                + SectionProfilCep.part(sexe, "prp.profil.sexe", "sexe=F") + " des bénéficiaires du dispositif et les hommes "
                + SectionProfilCep.part(sexe, "prp.profil.sexe", "sexe=M") + ".";
        s.texte("profil", String.join("\n\n", femmes, tableaux.phraseAges("prp", "du dispositif"), phraseSecteurs()).strip());
        s.tableau(tableaux.repartitionSerie("Répartition par sexe des bénéficiaires du dispositif démission-reconversion depuis "
                + d.annees().get(0), "prp.profil.sexe", "sexe", Nomenclatures.SEXE, "Sexe"));
        ConstructeurTableau ages = new ConstructeurTableau("Répartition par âge des bénéficiaires du dispositif "
                + "démission-reconversion depuis " + d.annees().get(0)).colonnes(r.colonnesAnnees("Âge"));
        ages.groupe("Tranche d'âge");
        tableaux.ajouterRepartitionSerie(ages, "prp.profil.age", "tranche_age", Nomenclatures.TRANCHE_AGE_DOSSIER);
        tableaux.ajouterAges(ages, "prp");
        s.tableau(ages.sources(r.sourcesDossiers()).champ(r.champ("prp.profil.age", d.nomRegion(), r.anneesSerie())));
        s.tableau(tableaux.repartitionAnnee("Secteur d'activité d'origine des bénéficiaires du dispositif démission-reconversion en "
                + annee, "prp.secteur_origine", "section", Nomenclatures.SECTION_NAF, "Section NAF de l'employeur", true));

        s.intertitre("Les projets de reconversion");
        s.texte("projets", phraseProjets());
        ConstructeurTableau projets = new ConstructeurTableau("Répartition des projets de démission-reconversion acceptés "
                + "selon leur objet depuis " + d.annees().get(0));
        List<String> colonnes = r.colonnesAnnees("Projet");
        colonnes.add("Nombre en " + annee);
        // Shares add up to 100 % each year; the counts to the accepted dossiers printed above.
        projets.colonnes(colonnes).repartitionEnColonnes();
        for (String code : Nomenclatures.PROJET.codes()) {
            List<Cellule> cellules = new ArrayList<>(r.serie(a -> Redaction.part(d.repartition("prp.projet", d.region(), a,
                    "projet"), code, dec)));
            cellules.add(r.entier("prp.projet.nombre", d.region(), annee, "projet", code));
            projets.ligne(Nomenclatures.PROJET.libelle(code), cellules);
        }
        s.tableau(projets.sources(r.sourcesDossiers()).champ(r.champ("prp.projet", d.nomRegion(), r.anneesSerie())));

        ConstructeurTableau creation = new ConstructeurTableau("Projets de création-reprise d'entreprise acceptés en " + annee
                + " selon le secteur d'activité de l'entreprise").colonnes("Section NAF du projet", "Nombre de projets")
                .repartitionEnColonnes();
        Donnees.Repartition parSecteur = d.repartition("prp.creation.secteur", d.region(), annee, "section");
        for (Map.Entry<String, Double> e : Donnees.decroissant(parSecteur)) {
            creation.ligne(Nomenclatures.SECTION_NAF.libelle(e.getKey()), Cellule.entier(Optional.of(e.getValue()))
                    .avecPersonnes(parSecteur.personnes(e.getKey())));
        }
        s.tableau(creation.sources(r.sourcesDossiers()).champ(r.champ("prp.creation.secteur", d.nomRegion(), r.annee())));
        s.tableau(tableaux.top10("Certifications visées par les bénéficiaires d'une démission-reconversion pour formation en "
                + annee + " (10 premières)", "prp.formation.certification", "certification", "Certification", true));

        enquete(s);
        return s.construire();
    }

    private String phraseDossiers() {
        Optional<Double> dossiers = d.valeur("prp.dossiers");
        if (dossiers.isEmpty()) {
            return "Le nombre de dossiers démission-reconversion présentés " + Renvoi.enRegion() + " en " + Renvoi.annee()
                    + " n'est pas disponible (n.d.).";
        }
        return "Dans le cadre du dispositif démission-reconversion, en " + Renvoi.annee() + ", " + Renvoi.v("prp.dossiers")
                + " dossiers ont été présentés à la commission paritaire interprofessionnelle régionale " + Renvoi.enRegion() + "."
                + d.valeur("prp.acceptes").map(a -> " " + Renvoi.v("prp.acceptes") + " projets ont été validés"
                        + d.valeur("prp.taux_acceptation").map(t -> ", soit un taux d'acceptation de "
                                + Renvoi.v("prp.taux_acceptation")).orElse("") + ".").orElse("");
    }

    /** Growth of the accepted dossiers from the first to the last year of the series, unless a break lies between. */
    private String phraseCroissance() {
        int debut = d.annees().get(0);
        Optional<Double> avant = d.valeur("prp.acceptes", d.region(), debut);
        Optional<Double> apres = d.valeur("prp.acceptes");
        if (avant.isEmpty() || apres.isEmpty() || avant.get() == 0) {
            return "";
        }
        Optional<String> rupture = d.ruptureEntre("dossiers", debut, d.annee());
        if (rupture.isPresent()) {
            return "L'évolution du nombre de dossiers financés entre " + debut + " et " + d.annee()
                    + " n'est pas calculée : " + rupture.get() + ".";
        }
        return "Entre " + Renvoi.anneeDebut() + " et " + Renvoi.annee() + ", le nombre de dossiers financés "
                + Renvoi.v("prp.acceptes", "depuis=" + debut, "verbe") + ", passant de " + Renvoi.v("prp.acceptes", "annee=" + debut)
                + " à " + Renvoi.v("prp.acceptes") + ".";
    }

    private ConstructeurTableau tableauDossiers() {
        List<String> colonnes = r.colonnesAnnees("Dossiers démission-reconversion");
        colonnes.add(r.colonneVariation());
        ConstructeurTableau t = new ConstructeurTableau("Dossiers démission-reconversion présentés en commission et taux "
                + "d'acceptation depuis " + d.annees().get(0)).colonnes(colonnes);
        List<Cellule> acceptes = new ArrayList<>(r.serie(a -> r.entier("prp.acceptes", d.region(), a)));
        acceptes.add(r.variation("prp.acceptes.variation", d.region(), d.annee()));
        t.ligne("Acceptés", acceptes);
        List<Cellule> refuses = new ArrayList<>(r.serie(a -> r.entier("prp.refuses", d.region(), a)));
        refuses.add(Cellule.vide());
        t.ligne("Refusés", refuses);
        List<Cellule> presentes = new ArrayList<>(r.serie(a -> r.entier("prp.dossiers", d.region(), a)));
        presentes.add(r.variation("prp.dossiers.variation", d.region(), d.annee()));
        t.ligne("Dossiers présentés", presentes);
        List<Cellule> taux = new ArrayList<>(r.serie(a -> r.pourcentage(Redaction.DECIMALES, "prp.taux_acceptation", d.region(), a)));
        taux.add(Cellule.vide());
        t.ligne("Taux d'acceptation", taux);
        t.sources(r.sourcesDossiers()).champ(r.champ("prp.dossiers", d.nomRegion(), r.anneesSerie()));
        d.valeur("prp.taux_acceptation").ifPresent(v -> t.lecture("En " + d.annee() + ", " + d.enRegion() + ", "
                + Phrases.pourcentage(v, Redaction.DECIMALES) + " des dossiers démission-reconversion présentés en "
                + "commission ont été acceptés."));
        return t;
    }

    private String phraseOperateurs() {
        List<Map.Entry<String, Double>> parts = Donnees.decroissant(d.repartition("prp.cep.operateur.part", d.region(),
                d.annee(), "operateur"));
        String texte = "Les salariés souhaitant mobiliser le dispositif démission-reconversion ont l'obligation d'être "
                + "accompagnés par un opérateur CEP.";
        if (parts.isEmpty()) {
            return texte + " La répartition des dossiers par opérateur CEP n'est pas disponible pour " + Renvoi.annee() + " (n.d.).";
        }
        List<String> principaux = parts.subList(0, Math.min(2, parts.size())).stream().map(e -> Renvoi.operateur(e.getKey())
                + " (" + partOperateur(e.getKey()) + " des projets)").toList();
        texte += " En " + Renvoi.annee() + ", l'accompagnement relève principalement " + (principaux.size() > 1 ? "des opérateurs "
                : "de l'opérateur ") + Phrases.enumeration(principaux) + ".";
        if (parts.size() > 2) {
            texte += " Les autres opérateurs n'interviennent qu'à la marge : " + Phrases.enumeration(parts.subList(2,
                    parts.size()).stream().map(e -> Renvoi.operateur(e.getKey()) + " (" + partOperateur(e.getKey()) + ")")
                    .toList()) + ".";
        }
        return texte;
    }

    private static String partOperateur(String operateur) {
        return Renvoi.v("prp.cep.operateur.part", "operateur=" + operateur, "decimales=" + DECIMALES_OPERATEURS);
    }

    /** The first sector of origin, then the next ones by order of importance. */
    private String phraseSecteurs() {
        List<Map.Entry<String, Double>> secteurs = Donnees.decroissant(d.repartition("prp.secteur_origine", d.region(),
                d.annee(), "section"));
        if (secteurs.isEmpty()) {
            return "";
        }
        String premier = secteurs.get(0).getKey();
        return "Les salariés du secteur " + Phrases.guillemets(Renvoi.libelle("section", premier))
                + " constituent la plus grande part des bénéficiaires du dispositif (" + Renvoi.v("prp.secteur_origine",
                        "section=" + premier) + ")."
                + (secteurs.size() > 1 ? " Viennent ensuite, par ordre d'importance : " + Phrases.enumeration(
                        secteurs.subList(1, Math.min(5, secteurs.size())).stream().map(e -> Phrases.guillemets(
                                Renvoi.libelle("section", e.getKey()))).toList()) + "." : "");
    }

    private ConstructeurTableau tableauOperateurs() {
        String id = "prp.cep.operateur.part";
        ConstructeurTableau t = new ConstructeurTableau("Part de chaque opérateur CEP dans l'accompagnement des dossiers "
                + "démission-reconversion depuis " + d.annees().get(0)).colonnes(r.colonnesAnnees("Opérateur CEP"))
                .repartitionEnColonnes();
        for (String o : r.operateurs(id, List.of(d.region()), d.annees())) {
            t.ligne(d.operateur(o), r.serie(a -> Redaction.part(d.repartition(id, d.region(), a, "operateur"), o,
                    DECIMALES_OPERATEURS)));
        }
        return t.sources(r.sourcesDossiers()).champ(r.champ(id, d.nomRegion(), r.anneesSerie()));
    }

    private String phraseProjets() {
        Map<String, Double> parts = d.repartition("prp.projet", d.region(), d.annee(), "projet");
        if (parts.isEmpty()) {
            return "";
        }
        String texte = SectionProfilCep.part(parts, "prp.projet", "projet=CREATION_REPRISE") + " des projets validés"
                + d.valeur("prp.projet.nombre", "projet", "CREATION_REPRISE").map(n -> " (" + Renvoi.v("prp.projet.nombre",
                        "projet=CREATION_REPRISE") + " projets)").orElse("") + " portent sur une création ou une reprise "
                + "d'entreprise et " + SectionProfilCep.part(parts, "prp.projet", "projet=FORMATION") + " sur une formation.";
        List<Map.Entry<String, Double>> secteurs = Donnees.decroissant(d.repartition("prp.creation.secteur", d.region(),
                d.annee(), "section"));
        if (!secteurs.isEmpty()) {
            texte += " Les projets de création-reprise concernent d'abord les secteurs " + Phrases.enumeration(secteurs
                    .subList(0, Math.min(3, secteurs.size())).stream().map(e -> Phrases.guillemets(Renvoi.libelle("section",
                            e.getKey())) + " (" + Renvoi.v("prp.creation.secteur", "section=" + e.getKey()) + " projets)")
                    .toList()) + ".";
        }
        return texte;
    }

    /** « Leur devenir »: the national survey, imported as agregats; said plainly when it is absent. */
    private void enquete(SectionEnCours s) {
        s.intertitre("Leur devenir");
        int annee = d.annee();
        boolean presente = ENQUETE.stream().anyMatch(id -> d.existe(id, d.region(), annee))
                || d.existe("enquete.prp.repondants", d.region(), annee) || d.existe("enquete.prp.raison_non_ptp", d.region(), annee);
        if (!presente) {
            s.texte("devenir", "Aucun résultat de l'enquête nationale de suivi des bénéficiaires du dispositif n'a été importé "
                    + Renvoi.enRegion() + " pour " + Renvoi.annee() + " : cette partie sera complétée lorsque ses valeurs "
                    + "seront importées (indicateurs `enquete.prp.*`).");
            return;
        }
        Optional<Double> repondants = d.valeur("enquete.prp.repondants");
        Optional<Double> taux = d.valeur("enquete.prp.taux_reponse");
        s.texte("devenir", repondants.map(n -> Renvoi.enRegionMajuscule() + ", " + Renvoi.v("enquete.prp.repondants")
                + " bénéficiaires du dispositif ont répondu à l'enquête nationale de suivi" + taux.map(t -> ", soit un taux "
                        + "de retour de " + Renvoi.v("enquete.prp.taux_reponse")).orElse("") + ".").orElse(""));
        String sources = "Enquête nationale de suivi des bénéficiaires du dispositif démission-reconversion, " + d.nomRegion()
                + " " + annee + " (valeurs importées)";
        ConstructeurTableau t = new ConstructeurTableau("Devenir des bénéficiaires du dispositif démission-reconversion "
                + "selon leur projet").colonnes("Question", "Projet de formation", "Projet de création-reprise", "Ensemble");
        for (String id : ENQUETE) {
            if (d.existe(id, d.region(), annee)) {
                t.ligne(d.libelle(id), ligneEnquete(id));
            }
        }
        s.tableau(t.sources(sources).champ("Répondants à l'enquête nationale de suivi – " + d.nomRegion() + ", " + annee)
                .note("Case vide : la question est posée à l'ensemble des répondants (colonnes par projet) "
                        + "ou seulement selon le projet (colonne Ensemble)."));
        Map<String, Double> raisons = d.repartition("enquete.prp.raison_non_ptp", d.region(), annee, "raison");
        if (!raisons.isEmpty()) {
            ConstructeurTableau tr = new ConstructeurTableau("Raisons de la non-mobilisation du PTP avant la "
                    + "démission-reconversion").colonnes("Raison", "Part des répondants");
            for (Map.Entry<String, Double> e : Donnees.decroissant(raisons)) {
                tr.ligne(RAISONS.getOrDefault(e.getKey(), e.getKey()), Cellule.pourcentage(Optional.of(e.getValue()),
                        Redaction.DECIMALES));
            }
            s.tableau(tr.sources(sources).champ(d.champ("enquete.prp.raison_non_ptp") + " – " + d.nomRegion() + ", " + annee));
        }
    }

    /**
     * A survey row. A question asked by project has no « Ensemble » figure and the other way round:
     * those cells are empty, not « n.d. »; a missing figure where the question applies is « n.d. ».
     */
    private List<Cellule> ligneEnquete(String id) {
        boolean parProjet = d.toutes(id, d.region(), d.annee()).stream().anyMatch(v -> v.dimensions().containsKey("projet"));
        List<Cellule> cellules = new ArrayList<>();
        for (String projet : List.of("FORMATION", "CREATION_REPRISE")) {
            cellules.add(parProjet ? Cellule.pourcentage(d.valeur(id, "projet", projet), Redaction.DECIMALES) : Cellule.vide());
        }
        Optional<Double> ensemble = d.valeur(id);
        cellules.add(ensemble.isPresent() || !parProjet ? Cellule.pourcentage(ensemble, Redaction.DECIMALES) : Cellule.vide());
        return cellules;
    }
}

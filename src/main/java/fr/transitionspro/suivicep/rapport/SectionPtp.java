package fr.transitionspro.suivicep.rapport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.transitionspro.suivicep.referentiel.Nomenclatures;

/**
 * 2.1 « Le CEP et le dispositif Projet de transition professionnelle (PTP) »: dossiers, decisions
 * and the part of the CEP, then the profile of the beneficiaries (accepted dossiers) and their
 * projects.
 */
final class SectionPtp {

    private final Redaction r;
    private final Donnees d;
    private final TableauxDossiers tableaux;

    private SectionPtp(Redaction r) {
        this.r = r;
        this.d = r.donnees();
        this.tableaux = new TableauxDossiers(r);
    }

    static Section rediger(Redaction r) {
        return new SectionPtp(r).section();
    }

    private Section section() {
        int annee = d.annee();
        int dec = Redaction.DECIMALES;
        SectionEnCours s = r.section("ptp", "2.1", "Le CEP et le dispositif Projet de transition professionnelle (PTP)", 4);
        Optional<Double> dossiers = d.valeur("ptp.dossiers");
        Optional<Double> acceptes = d.valeur("ptp.acceptes");
        Optional<Double> taux = d.valeur("ptp.taux_acceptation");
        String presentation;
        if (dossiers.isPresent()) {
            presentation = "En " + Renvoi.annee() + ", " + Renvoi.enRegion() + ", " + Renvoi.v("ptp.dossiers")
                    + " dossiers PTP ont été présentés à la commission paritaire interprofessionnelle régionale."
                    + acceptes.map(a -> " " + Renvoi.v("ptp.acceptes") + " projets de transition professionnelle ont été "
                            + "financés" + taux.map(t -> ", soit un taux d'acceptation de " + Renvoi.v("ptp.taux_acceptation"))
                                    .orElse("") + ".").orElse("")
                    + r.phraseEvolution("le nombre de dossiers présentés", "ptp.dossiers.variation", d.region(), annee)
                            .map(p -> " " + p).orElse("");
        } else {
            presentation = "Le nombre de dossiers PTP présentés " + Renvoi.enRegion() + " en " + Renvoi.annee()
                    + " n'est pas disponible (n.d.).";
        }
        s.texte(presentation + "\n\n" + phraseCep());
        s.tableau(tableauDossiers());
        s.figure(new FiguresRapport(r).serieDossiers("Dossiers PTP présentés, acceptés et accompagnés par un opérateur CEP "
                + "depuis " + d.annees().get(0), "ptp.dossiers", "Dossiers présentés", "ptp.acceptes",
                        "Dossiers acceptés", "ptp.avec_cep", "Dossiers présentés avec CEP"));
        s.tableau(tableauOperateurs());

        s.intertitre("Le profil des bénéficiaires d'un PTP");
        Map<String, Double> sexe = d.repartition("ptp.profil.sexe", d.region(), annee, "sexe");
        String femmes = "";
        if (sexe.containsKey("F")) {
            int debut = d.annees().get(0);
            femmes = "En " + Renvoi.annee() + ", " + Renvoi.v("ptp.profil.sexe", "sexe=F") + " des dossiers financés l'ont été "
                    + "pour des femmes" + d.valeur("ptp.profil.sexe", d.region(), debut, "sexe", "F")
                            .map(v -> " (" + Renvoi.v("ptp.profil.sexe", "sexe=F", "annee=" + debut) + " en " + debut + ")")
                            .orElse("") + ".";
        }
        s.texte("profil", String.join("\n\n", femmes, tableaux.phraseAges("ptp", "d'un PTP")).strip());
        s.tableau(tableaux.repartitionSerie("Répartition par sexe des bénéficiaires d'un financement PTP depuis "
                + d.annees().get(0), "ptp.profil.sexe", "sexe", Nomenclatures.SEXE, "Sexe"));
        ConstructeurTableau ages = new ConstructeurTableau("Répartition par âge des bénéficiaires d'un financement PTP depuis "
                + d.annees().get(0)).colonnes(r.colonnesAnnees("Âge"));
        ages.groupe("Tranche d'âge");
        tableaux.ajouterRepartitionSerie(ages, "ptp.profil.age", "tranche_age", Nomenclatures.TRANCHE_AGE_DOSSIER);
        tableaux.ajouterAges(ages, "ptp");
        s.tableau(ages.sources(r.sourcesDossiers()).champ(r.champ("ptp.profil.age", d.nomRegion(), r.anneesSerie())));
        s.tableau(tableaux.repartitionAnnee("Niveau de formation initiale des bénéficiaires d'un financement PTP en " + annee,
                "ptp.profil.niveau", "niveau", Nomenclatures.NIVEAU, "Niveau", false));
        s.figure(new FiguresRapport(r).repartitionAnnee("Niveau de formation initiale des bénéficiaires d'un financement PTP en "
                + annee, "ptp.profil.niveau", "niveau", Nomenclatures.NIVEAU));

        s.intertitre("La situation professionnelle du bénéficiaire");
        s.texte("situation", String.join("\n\n", phraseSituation(), phraseSecteurs()).strip());
        ConstructeurTableau situation = new ConstructeurTableau("Situation professionnelle des bénéficiaires d'un "
                + "financement PTP en " + annee).colonnes("Situation", "Part en " + annee);
        situation.groupe("Contrat de travail");
        tableaux.ajouterRepartitionAnnee(situation, "ptp.profil.contrat", "contrat", Nomenclatures.CONTRAT, false);
        situation.groupe("Temps de travail");
        tableaux.ajouterRepartitionAnnee(situation, "ptp.profil.temps_partiel", "temps_partiel", Nomenclatures.TEMPS_PARTIEL, false);
        situation.groupe("Catégorie socioprofessionnelle");
        tableaux.ajouterRepartitionAnnee(situation, "ptp.profil.csp", "csp", Nomenclatures.CSP, false);
        situation.groupe("Reconnaissance de la qualité de travailleur handicapé");
        tableaux.ajouterRepartitionAnnee(situation, "ptp.profil.rqth", "rqth", Nomenclatures.RQTH, false);
        s.tableau(situation.sources(r.sourcesDossiers()).champ(r.champ("ptp.profil.contrat", d.nomRegion(), r.annee())));

        s.tableau(tableaux.repartitionAnnee("Secteur d'activité d'origine des bénéficiaires d'un financement PTP en " + annee,
                "ptp.secteur_origine", "section", Nomenclatures.SECTION_NAF, "Section NAF de l'employeur", true));
        s.tableau(tableaux.top10("Métiers exercés avant la reconversion par les bénéficiaires d'un financement PTP en "
                + annee + " (10 premiers)", "ptp.metier_origine", "rome", "Code ROME", false));
        s.figure(new FiguresRapport(r).top10("Métiers exercés avant la reconversion par les bénéficiaires d'un financement PTP en "
                + annee + " (10 premiers)", "ptp.metier_origine", "rome", false));

        s.intertitre("Les projets de reconversion");
        List<Map.Entry<String, Double>> certifications = tableaux.premiers("ptp.certification_visee", "certification", 2);
        if (certifications.size() == 2) {
            String premiere = certifications.get(0).getKey();
            String seconde = certifications.get(1).getKey();
            s.texte("projets", "En " + Renvoi.annee() + ", les certifications les plus visées sont "
                    + tableaux.certification(premiere) + " (" + Renvoi.v("ptp.certification_visee", "certification=" + premiere)
                    + " des projets financés) et " + tableaux.certification(seconde) + " ("
                    + Renvoi.v("ptp.certification_visee", "certification=" + seconde) + ").");
        } else {
            s.texte("projets", "");
        }
        s.tableau(tableaux.top10("Certifications visées par les bénéficiaires d'un financement PTP en " + annee
                + " (10 premières)", "ptp.certification_visee", "certification", "Certification", true));
        s.figure(new FiguresRapport(r).top10("Certifications visées par les bénéficiaires d'un financement PTP en " + annee
                + " (10 premières)", "ptp.certification_visee", "certification", true));
        s.tableau(tableaux.top10("Métiers ciblés par les bénéficiaires d'un financement PTP en " + annee + " (10 premiers)",
                "ptp.metier_cible", "rome", "Code ROME", false));
        s.figure(new FiguresRapport(r).top10("Métiers ciblés par les bénéficiaires d'un financement PTP en " + annee
                + " (10 premiers)", "ptp.metier_cible", "rome", false));
        return s.construire();
    }

    private String phraseCep() {
        Optional<Double> part = d.valeur("ptp.part_cep");
        Optional<Double> avec = d.valeur("ptp.avec_cep");
        if (part.isEmpty()) {
            return "La part des dossiers PTP accompagnés dans le cadre du CEP n'est pas disponible (n.d.).";
        }
        String texte = Renvoi.v("ptp.part_cep") + " des projets" + avec.map(a -> " (" + Renvoi.v("ptp.avec_cep")
                + " dossiers)").orElse("") + " ont fait l'objet d'un accompagnement dans le cadre du conseil en "
                + "évolution professionnelle.";
        List<Map.Entry<String, Double>> operateurs = Donnees.decroissant(
                d.repartition("ptp.cep.operateur.part", d.region(), d.annee(), "operateur"));
        if (!operateurs.isEmpty()) {
            texte += " Parmi eux, la répartition par opérateur est la suivante : " + Phrases.enumeration(operateurs.stream()
                    .map(e -> Renvoi.operateur(e.getKey()) + " " + Renvoi.v("ptp.cep.operateur.part", "operateur=" + e.getKey()))
                    .toList()) + ".";
        }
        Optional<Double> avecCep = d.valeur("ptp.taux_acceptation", "cep", "AVEC");
        Optional<Double> sansCep = d.valeur("ptp.taux_acceptation", "cep", "SANS");
        if (avecCep.isPresent() && sansCep.isPresent()) {
            texte += " Le taux d'acceptation s'établit à " + Renvoi.v("ptp.taux_acceptation", "cep=AVEC")
                    + " pour les dossiers avec CEP et à " + Renvoi.v("ptp.taux_acceptation", "cep=SANS")
                    + " pour les dossiers sans CEP.";
        }
        return texte;
    }

    private ConstructeurTableau tableauDossiers() {
        List<String> colonnes = r.colonnesAnnees("Dossiers PTP");
        colonnes.add(r.colonneVariation());
        ConstructeurTableau t = new ConstructeurTableau("Dossiers PTP présentés en commission et accompagnement CEP depuis "
                + d.annees().get(0)).colonnes(colonnes);
        ligneNombre(t, "Dossiers présentés", "ptp.dossiers", "ptp.dossiers.variation");
        ligneNombre(t, "Dossiers acceptés", "ptp.acceptes", "ptp.acceptes.variation");
        lignePart(t, "Taux d'acceptation", "ptp.taux_acceptation");
        ligneNombre(t, "Dossiers présentés avec CEP", "ptp.avec_cep", "ptp.avec_cep.variation");
        lignePart(t, "Part des dossiers avec CEP", "ptp.part_cep");
        lignePart(t, "Taux d'acceptation avec CEP", "ptp.taux_acceptation", "cep", "AVEC");
        lignePart(t, "Taux d'acceptation sans CEP", "ptp.taux_acceptation", "cep", "SANS");
        t.sources(r.sourcesDossiers()).champ(r.champ("ptp.dossiers", d.nomRegion(), r.anneesSerie()));
        d.valeur("ptp.taux_acceptation").ifPresent(v -> t.lecture("En " + d.annee() + ", " + d.enRegion() + ", "
                + Phrases.pourcentage(v, Redaction.DECIMALES) + " des dossiers PTP présentés en commission ont été acceptés."));
        return t;
    }

    private void ligneNombre(ConstructeurTableau t, String libelle, String id, String idVariation) {
        List<Cellule> cellules = new ArrayList<>(r.serie(a -> r.entier(id, d.region(), a)));
        cellules.add(r.variation(idVariation, d.region(), d.annee()));
        t.ligne(libelle, cellules);
    }

    private void lignePart(ConstructeurTableau t, String libelle, String id, String... dimensions) {
        List<Cellule> cellules = new ArrayList<>(r.serie(a -> r.pourcentage(Redaction.DECIMALES, id, d.region(), a, dimensions)));
        cellules.add(Cellule.vide());
        t.ligne(libelle, cellules);
    }

    /** « Part de l'accompagnement CEP » among accepted dossiers, by operator, over the last three years. */
    private ConstructeurTableau tableauOperateurs() {
        List<Integer> annees = d.annees().subList(d.annees().size() - 3, d.annees().size());
        List<String> colonnes = new ArrayList<>(List.of("Opérateur CEP"));
        annees.forEach(a -> colonnes.add(String.valueOf(a)));
        ConstructeurTableau t = new ConstructeurTableau("Part de l'accompagnement CEP par opérateur parmi les dossiers PTP "
                + "acceptés, " + annees.get(0) + "-" + d.annee()).colonnes(colonnes).repartitionEnColonnes();
        String id = "ptp.cep.operateur.part_acceptes";
        for (String o : r.operateurs(id, List.of(d.region()), annees)) {
            t.ligne(d.operateur(o), annees.stream().map(a -> Redaction.part(d.repartition(id, d.region(), a, "operateur"),
                    o, Redaction.DECIMALES)).toList());
        }
        return t.sources(r.sourcesDossiers())
                .champ(r.champ(id, d.nomRegion(), annees.get(0) + "-" + d.annee()));
    }

    private String phraseSituation() {
        List<String> phrases = new ArrayList<>();
        d.valeur("ptp.profil.contrat", "contrat", "CDI").ifPresent(v -> phrases.add(Renvoi.v("ptp.profil.contrat", "contrat=CDI")
                + " des bénéficiaires étaient en CDI"));
        d.valeur("ptp.profil.temps_partiel", "temps_partiel", "O").ifPresent(v -> phrases.add(Renvoi.v("ptp.profil.temps_partiel",
                "temps_partiel=O") + " travaillaient à temps partiel"));
        Optional<Double> rqth = d.valeur("ptp.profil.rqth", "rqth", "OUI");
        Optional<Double> enCours = d.valeur("ptp.profil.rqth", "rqth", "EN_COURS");
        if (rqth.isPresent()) {
            phrases.add(Renvoi.v("ptp.profil.rqth", "rqth=OUI") + " disposaient d'une reconnaissance de la qualité de "
                    + "travailleur handicapé" + enCours.map(e -> " et " + Renvoi.v("ptp.profil.rqth", "rqth=EN_COURS")
                            + " l'avaient demandée").orElse(""));
        }
        if (phrases.isEmpty()) {
            return "";
        }
        return "En " + Renvoi.annee() + ", " + Phrases.enumeration(phrases) + ".";
    }

    /** The two first sectors of origin, with their shares. */
    private String phraseSecteurs() {
        List<Map.Entry<String, Double>> secteurs = Donnees.decroissant(d.repartition("ptp.secteur_origine", d.region(),
                d.annee(), "section"));
        if (secteurs.size() < 2) {
            return "";
        }
        String premier = secteurs.get(0).getKey();
        String second = secteurs.get(1).getKey();
        return "Préalablement à leur reconversion, les bénéficiaires exerçaient principalement dans les secteurs "
                + Phrases.guillemets(Renvoi.libelle("section", premier)) + " (" + Renvoi.v("ptp.secteur_origine",
                        "section=" + premier) + ") et " + Phrases.guillemets(Renvoi.libelle("section", second)) + " ("
                + Renvoi.v("ptp.secteur_origine", "section=" + second) + ").";
    }
}

package fr.transitionspro.suivicep.rapport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.transitionspro.suivicep.referentiel.Nomenclatures;

/** 2.3 « Transitions collectives » and 2.4 « Les autres dispositifs » (VAE, CléA). */
final class SectionAutresDispositifs {

    private final Redaction r;
    private final Donnees d;
    private final TableauxDossiers tableaux;

    private SectionAutresDispositifs(Redaction r) {
        this.r = r;
        this.d = r.donnees();
        this.tableaux = new TableauxDossiers(r);
    }

    static Section transco(Redaction r) {
        return new SectionAutresDispositifs(r).sectionTransco();
    }

    static Section vaeClea(Redaction r) {
        return new SectionAutresDispositifs(r).sectionVaeClea();
    }

    private Section sectionTransco() {
        int annee = d.annee();
        SectionEnCours s = r.section("transco", "2.3", "Le CEP et le dispositif Transitions collectives", 4);
        Optional<Double> dossiers = d.valeur("transco.dossiers");
        s.texte(dossiers.map(n -> "En " + Renvoi.annee() + ", " + Renvoi.v("transco.dossiers") + " dossiers Transitions "
                + "collectives ont été présentés en commission " + Renvoi.enRegion() + d.valeur("transco.avec_cep").map(c -> ", dont "
                        + Renvoi.v("transco.avec_cep") + " avec un accompagnement CEP").orElse("") + ".")
                .orElse("Aucun dossier Transitions collectives n'est disponible " + Renvoi.enRegion() + " pour " + Renvoi.annee()
                        + " (n.d.)."));
        ConstructeurTableau t = new ConstructeurTableau("Dossiers Transitions collectives présentés en commission depuis "
                + d.annees().get(0)).colonnes(r.colonnesAnnees("Dossiers Transitions collectives"));
        t.ligne("Dossiers présentés", r.serie(a -> r.entier("transco.dossiers", d.region(), a)));
        t.ligne("Dont avec un accompagnement CEP", r.serie(a -> r.entier("transco.avec_cep", d.region(), a)));
        s.tableau(t.sources(r.sourcesDossiers()).champ(r.champ("transco.dossiers", d.nomRegion(), r.anneesSerie())));
        return s.construire();
    }

    private Section sectionVaeClea() {
        int annee = d.annee();
        int dec = Redaction.DECIMALES;
        SectionEnCours s = r.section("autres-dispositifs", "2.4", "Le CEP et les autres dispositifs", 4);

        s.intertitre("La validation des acquis de l'expérience (VAE)");
        Optional<Double> vae = d.valeur("vae.dossiers");
        Map<String, Double> sexe = d.repartition("vae.profil.sexe", d.region(), annee, "sexe");
        s.texte(vae.map(n -> "En " + Renvoi.annee() + ", " + Renvoi.v("vae.dossiers") + " dossiers VAE ont été présentés "
                + Renvoi.enRegion() + "." + (sexe.containsKey("F") ? " " + Renvoi.v("vae.profil.sexe", "sexe=F")
                        + " des candidatures sont portées par des femmes." : ""))
                .orElse("Le nombre de dossiers VAE " + Renvoi.enRegion() + " en " + Renvoi.annee() + " n'est pas disponible (n.d.)."));
        List<String> colonnes = r.colonnesAnnees("Dossiers VAE");
        colonnes.add(r.colonneVariation());
        ConstructeurTableau t = new ConstructeurTableau("Dossiers VAE présentés depuis " + d.annees().get(0)).colonnes(colonnes);
        List<Cellule> dossiers = new ArrayList<>(r.serie(a -> r.entier("vae.dossiers", d.region(), a)));
        dossiers.add(r.variation("vae.dossiers.variation", d.region(), annee));
        t.ligne("Dossiers présentés", dossiers);
        List<Cellule> femmes = new ArrayList<>(r.serie(a -> Redaction.part(d.repartition("vae.profil.sexe", d.region(), a, "sexe"),
                "F", dec)));
        femmes.add(Cellule.vide());
        t.ligne("Part des femmes", femmes);
        s.tableau(t.sources(r.sourcesDossiers()).champ(r.champ("vae.dossiers", d.nomRegion(), r.anneesSerie())));
        s.tableau(tableaux.top10("Certifications visées en VAE en " + annee + " (10 premières)", "vae.certification",
                "certification", "Certification", true));

        s.intertitre("Le certificat CléA");
        Optional<Double> clea = d.valeur("clea.dossiers");
        Optional<Double> certifies = d.valeur("clea.certifies");
        List<String> phrases = new ArrayList<>();
        if (certifies.isPresent()) {
            phrases.add(Renvoi.v("clea.certifies") + " actifs ont été certifiés CléA en " + Renvoi.annee() + " " + Renvoi.enRegion()
                    + clea.map(n -> " (" + Renvoi.v("clea.dossiers") + " dossiers présentés)").orElse("") + ".");
        } else if (clea.isPresent()) {
            phrases.add(Renvoi.v("clea.dossiers") + " dossiers CléA ont été présentés en " + Renvoi.annee() + " "
                    + Renvoi.enRegion() + ".");
        } else {
            phrases.add("Les dossiers CléA " + Renvoi.enRegion() + " en " + Renvoi.annee() + " ne sont pas disponibles (n.d.).");
        }
        d.valeur("clea.profil.statut", "statut_candidat", "DEMANDEUR_EMPLOI").ifPresent(v -> phrases.add(
                Renvoi.v("clea.profil.statut", "statut_candidat=DEMANDEUR_EMPLOI") + " des candidats étaient demandeurs d'emploi."));
        d.valeur("clea.profil.sexe", "sexe", "F").ifPresent(v -> phrases.add(Renvoi.v("clea.profil.sexe", "sexe=F")
                + " sont des femmes."));
        s.texte("clea", String.join(" ", phrases));
        List<String> colonnesClea = r.colonnesAnnees("Dossiers CléA");
        colonnesClea.add(r.colonneVariation());
        ConstructeurTableau tc = new ConstructeurTableau("Dossiers CléA présentés et candidats certifiés depuis "
                + d.annees().get(0)).colonnes(colonnesClea);
        List<Cellule> presentes = new ArrayList<>(r.serie(a -> r.entier("clea.dossiers", d.region(), a)));
        presentes.add(r.variation("clea.dossiers.variation", d.region(), annee));
        tc.ligne("Dossiers présentés", presentes);
        List<Cellule> certif = new ArrayList<>(r.serie(a -> r.entier("clea.certifies", d.region(), a)));
        certif.add(Cellule.vide());
        tc.ligne("Candidats certifiés", certif);
        s.tableau(tc.sources(r.sourcesDossiers()).champ(r.champ("clea.dossiers", d.nomRegion(), r.anneesSerie())));

        ConstructeurTableau profil = new ConstructeurTableau("Profil des candidats CléA en " + annee)
                .colonnes("Candidats", "Part en " + annee);
        profil.groupe("Statut");
        tableaux.ajouterRepartitionAnnee(profil, "clea.profil.statut", "statut_candidat", Nomenclatures.STATUT_CANDIDAT, false);
        profil.groupe("Sexe");
        tableaux.ajouterRepartitionAnnee(profil, "clea.profil.sexe", "sexe", Nomenclatures.SEXE, false);
        profil.groupe("Niveau");
        tableaux.ajouterRepartitionAnnee(profil, "clea.profil.niveau", "niveau", Nomenclatures.NIVEAU, false);
        s.tableau(profil.sources(r.sourcesDossiers()).champ(r.champ("clea.profil.statut", d.nomRegion(), r.annee())));
        return s.construire();
    }
}

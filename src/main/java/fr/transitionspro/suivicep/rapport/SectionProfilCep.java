package fr.transitionspro.suivicep.rapport;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.transitionspro.suivicep.referentiel.Nomenclatures;
import fr.transitionspro.suivicep.referentiel.Regions;

/** 1.2 « Le profil des bénéficiaires du CEP »: sex, age band, certification level and situation by operator. */
final class SectionProfilCep {

    private SectionProfilCep() {
    }

    static Section rediger(Redaction r) {
        Donnees d = r.donnees();
        int dec = Redaction.DECIMALES;
        String perimetre = d.nomRegion() + " et France métropolitaine";
        SectionEnCours s = r.section("profil-cep", "1.2", "Le profil des bénéficiaires du CEP", 4);
        s.paragraphe("Conséquence des missions conférées aux opérateurs CEP et de leurs champs d'action, le profil des "
                + "bénéficiaires d'un CEP diffère d'un opérateur à l'autre.");

        s.intertitre("La répartition par sexe");
        RepartitionParOperateur sexe = new RepartitionParOperateur(r, "cep.profil.sexe", "sexe", Nomenclatures.SEXE);
        s.paragraphe(phraseSexe(d, sexe));
        s.tableau(sexe.tableau("Répartition par sexe des bénéficiaires ayant commencé un CEP en " + d.annee()
                + " selon l'opérateur", dec, perimetre));
        s.figure(new FiguresRapport(r).profilParOperateur("Répartition par sexe des bénéficiaires d'un CEP en " + d.annee()
                + " selon l'opérateur", sexe, "cep.profil.sexe", Nomenclatures.SEXE, dec, true));

        s.intertitre("La répartition par âge");
        RepartitionParOperateur age = new RepartitionParOperateur(r, "cep.profil.age", "tranche_age", Nomenclatures.TRANCHE_AGE);
        s.paragraphe(phraseAge(d, age));
        List<String> principales = age.categoriesPrincipales(dec);
        if (!principales.isEmpty()) {
            s.paragraphe("La tranche d'âge la plus représentée varie selon l'opérateur :");
            s.liste(principales);
        }
        s.tableau(age.tableau("Répartition par âge des bénéficiaires ayant commencé un CEP en " + d.annee()
                + " selon l'opérateur", dec, perimetre));
        s.figure(new FiguresRapport(r).profilParOperateur("Répartition par âge des bénéficiaires d'un CEP en " + d.annee()
                + " selon l'opérateur", age, "cep.profil.age", Nomenclatures.TRANCHE_AGE, dec, true));

        s.intertitre("Le niveau de certification avant l'entrée en CEP");
        RepartitionParOperateur niveau = new RepartitionParOperateur(r, "cep.profil.niveau", "niveau", Nomenclatures.NIVEAU);
        List<String> niveaux = niveau.categoriesPrincipales(dec);
        if (!niveaux.isEmpty()) {
            s.paragraphe("Le niveau de certification le plus fréquent des bénéficiaires, selon l'opérateur :");
            s.liste(niveaux);
        }
        s.tableau(niveau.tableau("Niveau de certification obtenu avant l'entrée en CEP en " + d.annee()
                + " selon l'opérateur", dec, perimetre));
        s.figure(new FiguresRapport(r).profilParOperateur("Niveau de certification avant l'entrée en CEP en " + d.annee()
                + " selon l'opérateur", niveau, "cep.profil.niveau", Nomenclatures.NIVEAU, dec, true));

        s.intertitre("La situation à l'entrée en CEP");
        RepartitionParOperateur statut = new RepartitionParOperateur(r, "cep.profil.statut", "statut", Nomenclatures.STATUT);
        List<String> statuts = statut.categoriesPrincipales(dec);
        if (!statuts.isEmpty()) {
            s.paragraphe("La situation la plus fréquente à l'entrée en CEP, selon l'opérateur :");
            s.liste(statuts);
        }
        s.tableau(statut.tableau("Situation à l'entrée en CEP en " + d.annee() + " selon l'opérateur", dec, perimetre));
        return s.construire();
    }

    private static String phraseSexe(Donnees d, RepartitionParOperateur sexe) {
        Map<String, Double> region = sexe.ensemble(d.region());
        if (region.isEmpty()) {
            return "La répartition par sexe des bénéficiaires " + d.enRegion() + " n'est pas disponible (n.d.).";
        }
        double femmes = region.getOrDefault("F", 0.0);
        Map<String, Double> fm = sexe.ensemble(Regions.FM);
        String texte = Phrases.majuscule(d.enRegion()) + ", les femmes représentent "
                + Phrases.pourcentage(femmes, Redaction.DECIMALES) + " des bénéficiaires d'un CEP"
                + (fm.isEmpty() ? "" : " (France métropolitaine : " + Phrases.pourcentage(fm.getOrDefault("F", 0.0),
                        Redaction.DECIMALES) + ")") + ".";
        List<String> operateurs = sexe.operateurs();
        if (operateurs.size() >= 2) {
            Comparator<String> parFemmes = Comparator.comparingDouble(o -> sexe.repartition(o).getOrDefault("F", 0.0));
            String min = operateurs.stream().min(parFemmes).orElseThrow();
            String max = operateurs.stream().max(parFemmes).orElseThrow();
            texte += " Cette part varie selon l'opérateur, de " + Phrases.pourcentage(sexe.repartition(min)
                    .getOrDefault("F", 0.0), Redaction.DECIMALES) + " (" + d.operateur(min) + ") à "
                    + Phrases.pourcentage(sexe.repartition(max).getOrDefault("F", 0.0), Redaction.DECIMALES)
                    + " (" + d.operateur(max) + ").";
        }
        return texte;
    }

    private static String phraseAge(Donnees d, RepartitionParOperateur age) {
        Map<String, Double> region = age.ensemble(d.region());
        if (region.isEmpty()) {
            return "La répartition par âge des bénéficiaires " + d.enRegion() + " n'est pas disponible (n.d.).";
        }
        Map<String, Double> fm = age.ensemble(Regions.FM);
        int dec = Redaction.DECIMALES;
        String texte = "Au niveau régional, " + Phrases.pourcentage(region.getOrDefault("18_29", 0.0), dec)
                + " des bénéficiaires d'un CEP avaient entre 18 et 29 ans et "
                + Phrases.pourcentage(region.getOrDefault("30_44", 0.0), dec) + " entre 30 et 44 ans";
        Optional<String> comparaison = fm.isEmpty() ? Optional.empty()
                : Optional.of(" (respectivement " + Phrases.pourcentage(fm.getOrDefault("18_29", 0.0), dec) + " et "
                        + Phrases.pourcentage(fm.getOrDefault("30_44", 0.0), dec) + " en France métropolitaine)");
        return texte + comparaison.orElse("") + ".";
    }
}

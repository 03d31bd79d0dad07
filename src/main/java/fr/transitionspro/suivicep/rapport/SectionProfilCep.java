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
        s.texte("Conséquence des missions conférées aux opérateurs CEP et de leurs champs d'action, le profil des "
                + "bénéficiaires d'un CEP diffère d'un opérateur à l'autre.");

        s.intertitre("La répartition par sexe");
        RepartitionParOperateur sexe = new RepartitionParOperateur(r, "cep.profil.sexe", "sexe", Nomenclatures.SEXE);
        s.texte("sexe", phraseSexe(d, sexe));
        s.tableau(sexe.tableau("Répartition par sexe des bénéficiaires ayant commencé un CEP en " + d.annee()
                + " selon l'opérateur", dec, perimetre));
        s.figure(new FiguresRapport(r).profilParOperateur("Répartition par sexe des bénéficiaires d'un CEP en " + d.annee()
                + " selon l'opérateur", sexe, "cep.profil.sexe", Nomenclatures.SEXE, dec, true));

        s.intertitre("La répartition par âge");
        RepartitionParOperateur age = new RepartitionParOperateur(r, "cep.profil.age", "tranche_age", Nomenclatures.TRANCHE_AGE);
        String principales = age.categoriesPrincipales(dec);
        s.texte("age", phraseAge(d, age) + (principales.isEmpty() ? ""
                : "\n\nLa tranche d'âge la plus représentée varie selon l'opérateur :\n\n" + principales));
        s.tableau(age.tableau("Répartition par âge des bénéficiaires ayant commencé un CEP en " + d.annee()
                + " selon l'opérateur", dec, perimetre));
        s.figure(new FiguresRapport(r).profilParOperateur("Répartition par âge des bénéficiaires d'un CEP en " + d.annee()
                + " selon l'opérateur", age, "cep.profil.age", Nomenclatures.TRANCHE_AGE, dec, true));

        s.intertitre("Le niveau de certification avant l'entrée en CEP");
        RepartitionParOperateur niveau = new RepartitionParOperateur(r, "cep.profil.niveau", "niveau", Nomenclatures.NIVEAU);
        String niveaux = niveau.categoriesPrincipales(dec);
        s.texte("niveau", niveaux.isEmpty() ? ""
                : "Le niveau de certification le plus fréquent des bénéficiaires, selon l'opérateur :\n\n" + niveaux);
        s.tableau(niveau.tableau("Niveau de certification obtenu avant l'entrée en CEP en " + d.annee()
                + " selon l'opérateur", dec, perimetre));
        s.figure(new FiguresRapport(r).profilParOperateur("Niveau de certification avant l'entrée en CEP en " + d.annee()
                + " selon l'opérateur", niveau, "cep.profil.niveau", Nomenclatures.NIVEAU, dec, true));

        s.intertitre("La situation à l'entrée en CEP");
        RepartitionParOperateur statut = new RepartitionParOperateur(r, "cep.profil.statut", "statut", Nomenclatures.STATUT);
        String statuts = statut.categoriesPrincipales(dec);
        s.texte("situation", statuts.isEmpty() ? ""
                : "La situation la plus fréquente à l'entrée en CEP, selon l'opérateur :\n\n" + statuts);
        s.tableau(statut.tableau("Situation à l'entrée en CEP en " + d.annee() + " selon l'opérateur", dec, perimetre));
        return s.construire();
    }

    private static String phraseSexe(Donnees d, RepartitionParOperateur sexe) {
        Map<String, Double> region = sexe.ensemble(d.region());
        if (region.isEmpty()) {
            return "La répartition par sexe des bénéficiaires " + Renvoi.enRegion() + " n'est pas disponible (n.d.).";
        }
        Map<String, Double> fm = sexe.ensemble(Regions.FM);
        String texte = Renvoi.enRegionMajuscule() + ", les femmes représentent " + part(region, "cep.profil.sexe", "sexe=F")
                + " des bénéficiaires d'un CEP" + (fm.isEmpty() ? "" : " (France métropolitaine : "
                        + part(fm, "cep.profil.sexe", "sexe=F", "region=" + Regions.FM) + ")") + ".";
        List<String> operateurs = sexe.operateurs();
        if (operateurs.size() >= 2) {
            Comparator<String> parFemmes = Comparator.comparingDouble(o -> sexe.repartition(o).getOrDefault("F", 0.0));
            String min = operateurs.stream().min(parFemmes).orElseThrow();
            String max = operateurs.stream().max(parFemmes).orElseThrow();
            texte += " Cette part varie selon l'opérateur, de " + part(sexe.repartition(min), "cep.profil.sexe", "sexe=F",
                    "operateur=" + min) + " (" + Renvoi.operateur(min) + ") à " + part(sexe.repartition(max),
                            "cep.profil.sexe", "sexe=F", "operateur=" + max) + " (" + Renvoi.operateur(max) + ").";
        }
        return texte;
    }

    private static String phraseAge(Donnees d, RepartitionParOperateur age) {
        Map<String, Double> region = age.ensemble(d.region());
        if (region.isEmpty()) {
            return "La répartition par âge des bénéficiaires " + Renvoi.enRegion() + " n'est pas disponible (n.d.).";
        }
        Map<String, Double> fm = age.ensemble(Regions.FM);
        String texte = "Au niveau régional, " + part(region, "cep.profil.age", "tranche_age=18_29")
                + " des bénéficiaires d'un CEP avaient de " + Renvoi.libelle("tranche_age", "18_29") + " et "
                + part(region, "cep.profil.age", "tranche_age=30_44") + " de " + Renvoi.libelle("tranche_age", "30_44");
        Optional<String> comparaison = fm.isEmpty() ? Optional.empty()
                : Optional.of(" (respectivement " + part(fm, "cep.profil.age", "tranche_age=18_29", "region=" + Regions.FM)
                        + " et " + part(fm, "cep.profil.age", "tranche_age=30_44", "region=" + Regions.FM)
                        + " en France métropolitaine)");
        return texte + comparaison.orElse("") + ".";
    }

    /**
     * The reference to a share of a known distribution; a category that does not occur in it is
     * 0 % (indicateurs.md lets the engine omit it), which no reference could print.
     */
    static String part(Map<String, Double> repartition, String id, String categorie, String... autres) {
        String code = categorie.substring(categorie.indexOf('=') + 1);
        if (!repartition.containsKey(code)) {
            return Phrases.pourcentage(0, Redaction.DECIMALES);
        }
        String[] options = new String[autres.length + 1];
        options[0] = categorie;
        System.arraycopy(autres, 0, options, 1, autres.length);
        return Renvoi.v(id, options);
    }
}

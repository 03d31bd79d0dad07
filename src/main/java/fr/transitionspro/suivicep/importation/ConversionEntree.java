package fr.transitionspro.suivicep.importation;

import java.util.List;

import fr.transitionspro.suivicep.referentiel.Nomenclatures;

/** {@code entrees}: one row per beneficiary (or group with {@code effectif}) entering a CEP. */
final class ConversionEntree implements Conversion {

    @Override
    public List<String> colonnesTable() {
        return List.of("annee", "region", "operateur", "sexe", "age", "tranche_age", "niveau", "objectif", "statut",
                "effectif");
    }

    @Override
    public LigneConvertie convertir(Ligne l) {
        Integer annee = l.entier("annee", Annees.MIN, Annees.MAX, true);
        String region = l.code("region", Nomenclatures.REGION, true);
        String operateur = l.code("operateur", Nomenclatures.OPERATEUR, true);
        String sexe = l.code("sexe", Nomenclatures.SEXE, false);
        Integer age = l.entier("age", 14, 99, false);
        String tranche = l.code("tranche_age", Nomenclatures.TRANCHE_AGE, false);
        if (age != null) {
            String deAge = trancheDe(age);
            if (tranche != null && !tranche.equals(deAge)) {
                l.erreur("tranche_age", tranche, "tranche cohérente avec l'âge " + age + " ans (" + deAge + ")");
            }
            tranche = deAge;
        }
        String niveau = l.code("niveau", Nomenclatures.NIVEAU, false);
        String objectif = l.code("objectif", Nomenclatures.OBJECTIF, false);
        String statut = l.code("statut", Nomenclatures.STATUT, false);
        Long effectif = l.entierLong("effectif", 1, Long.MAX_VALUE / 4, false);
        if (annee == null || region == null || operateur == null) {
            return null;
        }
        return new LigneConvertie(region, annee, new Object[] {annee, region, operateur, sexe, age, tranche, niveau,
            objectif, statut, effectif == null ? 1L : effectif});
    }

    /** CEP entry age bands (formats.md): < 18, 18–29, 30–44, 45–59, ≥ 60. */
    static String trancheDe(int age) {
        if (age < 18) {
            return "MOINS_18";
        }
        if (age < 30) {
            return "18_29";
        }
        if (age < 45) {
            return "30_44";
        }
        return age < 60 ? "45_59" : "60_PLUS";
    }
}

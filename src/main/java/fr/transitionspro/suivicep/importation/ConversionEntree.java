package fr.transitionspro.suivicep.importation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import fr.transitionspro.suivicep.referentiel.Nomenclatures;

/** {@code entrees}: one row per beneficiary (or group with {@code effectif}) entering a CEP. */
final class ConversionEntree implements Conversion {

    private static final int AGE_MIN = 14;
    private static final int AGE_MAX = 99;
    private static final long EFFECTIF_MAX = Long.MAX_VALUE / 4;

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
        Integer age = l.entier("age", AGE_MIN, AGE_MAX, false);
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
        Long effectif = l.entierLong("effectif", 1, EFFECTIF_MAX, false);
        if (annee == null || region == null || operateur == null) {
            return null;
        }
        return new LigneConvertie(region, annee, new Object[] {annee, region, operateur, sexe, age, tranche, niveau,
            objectif, statut, effectif == null ? 1L : effectif});
    }

    /**
     * The same in SQL. {@code tranche_age} follows the age when there is one, and must then agree with it, as
     * above; {@code effectif} is 1 when empty.
     */
    @Override
    public Optional<ConversionSql> enSql(Function<String, String> colonne) {
        String age = colonne.apply("age");
        String tranche = colonne.apply("tranche_age");
        String trancheDeAge = trancheSql("CAST(" + age + " AS INTEGER)");
        String valide = String.join(" AND ", List.of(
                ConversionSql.entier(colonne.apply("annee"), Annees.MIN, Annees.MAX, true),
                ConversionSql.code(colonne.apply("region"), Nomenclatures.REGION, true),
                ConversionSql.code(colonne.apply("operateur"), Nomenclatures.OPERATEUR, true),
                ConversionSql.code(colonne.apply("sexe"), Nomenclatures.SEXE, false),
                ConversionSql.entier(age, AGE_MIN, AGE_MAX, false),
                "(" + tranche + " IS NULL OR (" + ConversionSql.code(tranche, Nomenclatures.TRANCHE_AGE, true) + " AND ("
                        + age + " IS NULL OR " + tranche + " = " + trancheDeAge + ")))",
                ConversionSql.code(colonne.apply("niveau"), Nomenclatures.NIVEAU, false),
                ConversionSql.code(colonne.apply("objectif"), Nomenclatures.OBJECTIF, false),
                ConversionSql.code(colonne.apply("statut"), Nomenclatures.STATUT, false),
                ConversionSql.entier(colonne.apply("effectif"), 1, EFFECTIF_MAX, false)));
        String annee = "CAST(" + colonne.apply("annee") + " AS INTEGER)";
        List<String> valeurs = List.of(annee, colonne.apply("region"), colonne.apply("operateur"), colonne.apply("sexe"),
                "CAST(" + age + " AS INTEGER)", "CASE WHEN " + age + " IS NULL THEN " + tranche + " ELSE " + trancheDeAge + " END",
                colonne.apply("niveau"), colonne.apply("objectif"), colonne.apply("statut"),
                "COALESCE(CAST(" + colonne.apply("effectif") + " AS BIGINT), 1)");
        return Optional.of(new ConversionSql(valide, valeurs, colonne.apply("region"), annee));
    }

    /** CEP entry age bands (formats.md): < 18, 18–29, 30–44, 45–59, ≥ 60 — each band with the age it starts at. */
    private static final List<Map.Entry<Integer, String>> TRANCHES = List.of(Map.entry(60, "60_PLUS"), Map.entry(45, "45_59"),
            Map.entry(30, "30_44"), Map.entry(18, "18_29"), Map.entry(0, "MOINS_18"));

    static String trancheDe(int age) {
        return TRANCHES.stream().filter(t -> age >= t.getKey()).findFirst().orElseThrow().getValue();
    }

    private static String trancheSql(String age) {
        StringBuilder sql = new StringBuilder("CASE");
        for (Map.Entry<Integer, String> t : TRANCHES) {
            sql.append(" WHEN ").append(age).append(" >= ").append(t.getKey()).append(" THEN '").append(t.getValue()).append("'");
        }
        return sql.append(" END").toString();
    }
}

package fr.transitionspro.suivicep.referentiel;

import java.util.List;

/** Region codes and the aggregates FM (France métropolitaine) and FR (France entière). */
public final class Regions {

    public static final String FM = "FM";
    public static final String FR = "FR";

    public static final List<String> METROPOLE =
            List.of("11", "24", "27", "28", "32", "44", "52", "53", "75", "76", "84", "93", "94");

    private Regions() {
    }

    public static String nom(String code) {
        return Nomenclatures.PERIMETRE.libelle(code);
    }

    public static boolean estAgregat(String code) {
        return FM.equals(code) || FR.equals(code);
    }

    /** The location phrase of the report's sentences: « en Normandie », « dans le Grand Est », « à La Réunion ». */
    public static String enRegion(String code) {
        return switch (code) {
            case "04" -> "à La Réunion";
            case "06" -> "à Mayotte";
            case "44" -> "dans le Grand Est";
            case "32" -> "dans les Hauts-de-France";
            case "52" -> "dans les Pays de la Loire";
            default -> "en " + nom(code);
        };
    }
}

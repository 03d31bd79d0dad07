package fr.transitionspro.suivicep.importation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import fr.transitionspro.suivicep.cooperation.TypeSite;
import fr.transitionspro.suivicep.referentiel.Nomenclatures;

/** {@code lieux}: the places where each CEP operator receives the public in the year. */
final class ConversionLieu implements Conversion {

    /** Metropolitan départements 01–95 with 2A/2B, overseas 971–974 and 976. */
    private static final Pattern DEPARTEMENT = Pattern.compile("0[1-9]|1\\d|2[1-9]|[3-8]\\d|9[0-5]|2A|2B|97[1-46]");

    @Override
    public List<String> colonnesTable() {
        return List.of("region", "annee", "operateur", "lieu", "commune", "departement", "type_site", "permanence", "ligne");
    }

    @Override
    public LigneConvertie convertir(Ligne l) {
        String region = l.code("region", Nomenclatures.REGION, true);
        Integer annee = l.entier("annee", Annees.MIN, Annees.MAX, true);
        String operateur = l.code("operateur", Nomenclatures.OPERATEUR, true);
        String lieu = l.texte("lieu", false);
        String commune = l.texte("commune", true);
        String departement = l.obligatoire("departement") == null ? null
                : l.format("departement", ConversionLieu::departement, "code de département (14, 2A, 971…)");
        TypeSite type = CellulesRegistre.code(l, "type_site", TypeSite::lire, TypeSite.attendus(), true);
        String permanence = l.texte("permanence", false);
        if (region == null || annee == null || operateur == null || commune == null || departement == null || type == null) {
            return null;
        }
        return new LigneConvertie(region, annee, new Object[] {region, annee, operateur, lieu, commune, departement,
            type.name(), permanence, l.numero()});
    }

    static Optional<String> departement(String brut) {
        String v = brut.toUpperCase(Locale.ROOT);
        if (v.length() == 1 && Character.isDigit(v.charAt(0))) {
            v = "0" + v;
        }
        return DEPARTEMENT.matcher(v).matches() ? Optional.of(v) : Optional.empty();
    }
}

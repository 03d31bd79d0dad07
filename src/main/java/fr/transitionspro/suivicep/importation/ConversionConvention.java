package fr.transitionspro.suivicep.importation;

import java.util.Arrays;
import java.util.List;

import fr.transitionspro.suivicep.cooperation.Axe;
import fr.transitionspro.suivicep.cooperation.StatutConvention;
import fr.transitionspro.suivicep.referentiel.Nomenclatures;

/** {@code conventions}: the partnership conventions of the association as they stand in the year. */
final class ConversionConvention implements Conversion {

    private static final List<String> AXES = Arrays.stream(Axe.values()).map(Axe::name).toList();

    @Override
    public List<String> colonnesTable() {
        return List.of("region", "annee", "partenaire", "signee", "renouvelee", "fin", "axes", "statut", "objet", "ligne");
    }

    @Override
    public LigneConvertie convertir(Ligne l) {
        String region = l.code("region", Nomenclatures.REGION, true);
        Integer annee = l.entier("annee", Annees.MIN, Annees.MAX, true);
        String partenaire = l.texte("partenaire", true);
        String signee = CellulesRegistre.datePartielle(l, "signee");
        String renouvelee = CellulesRegistre.datePartielle(l, "renouvelee");
        String fin = CellulesRegistre.datePartielle(l, "fin");
        String axes = CellulesRegistre.codes(l, "axes", v -> Axe.lire(v).map(Axe::name), AXES, Axe.attendus(), false);
        StatutConvention statut = CellulesRegistre.code(l, "statut", StatutConvention::lire, StatutConvention.attendus(), true);
        String objet = l.texte("objet", false);
        // ISO texts of any precision compare in time order (« 2021 » < « 2021-03 » < « 2022 »).
        if (signee != null && fin != null && fin.compareTo(signee.substring(0, Math.min(fin.length(), signee.length()))) < 0) {
            l.erreur("fin", l.brut("fin"), "date de fin postérieure à la signature (" + l.brut("signee") + ")");
            return null;
        }
        if (region == null || annee == null || partenaire == null || statut == null) {
            return null;
        }
        return new LigneConvertie(region, annee, new Object[] {region, annee, partenaire, signee, renouvelee, fin, axes,
            statut.name(), objet, l.numero()});
    }
}

package fr.transitionspro.suivicep.importation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import fr.transitionspro.suivicep.cooperation.Axe;
import fr.transitionspro.suivicep.cooperation.TypeAction;
import fr.transitionspro.suivicep.referentiel.Nomenclatures;

/**
 * {@code actions}: one row per cooperation action of the register. The year of the slice is the
 * {@code annee} column, or the year of the action's date when that column is empty.
 */
final class ConversionAction implements Conversion {

    private static final List<String> AXES = Arrays.stream(Axe.values()).map(Axe::name).toList();

    @Override
    public List<String> colonnesTable() {
        return List.of("region", "annee", "date_action", "titre", "type_action", "axes", "operateurs", "partenaires",
                "lieu", "participants", "description", "ligne");
    }

    @Override
    public LigneConvertie convertir(Ligne l) {
        String region = l.code("region", Nomenclatures.REGION, true);
        Integer annee = l.entier("annee", Annees.MIN, Annees.MAX, false);
        LocalDate date = CellulesRegistre.date(l, "date", true);
        String titre = l.texte("titre", true);
        TypeAction type = CellulesRegistre.code(l, "type", TypeAction::lire, TypeAction.attendus(), true);
        String axes = CellulesRegistre.codes(l, "axes", v -> Axe.lire(v).map(Axe::name), AXES, Axe.attendus(), true);
        String operateurs = CellulesRegistre.codes(l, "operateurs", Nomenclatures.OPERATEUR::lire,
                Nomenclatures.OPERATEUR.codes(), Nomenclatures.OPERATEUR.attendu(), false);
        String partenaires = CellulesRegistre.textes(l, "partenaires");
        String lieu = l.texte("lieu", false);
        Integer participants = l.entier("participants", 0, 1_000_000, false);
        String description = l.texte("description", false);
        if (annee != null && date != null && date.getYear() != annee) {
            l.erreur("date", l.brut("date"), "date de l'année " + annee + " indiquée dans la colonne « annee »");
            return null;
        }
        if (region == null || date == null || titre == null || type == null || axes == null) {
            return null;
        }
        int tranche = annee != null ? annee : date.getYear();
        return new LigneConvertie(region, tranche, new Object[] {region, tranche, date, titre, type.name(), axes, operateurs,
            partenaires, lieu, participants, description, l.numero()});
    }
}

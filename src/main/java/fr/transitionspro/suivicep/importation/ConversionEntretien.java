package fr.transitionspro.suivicep.importation;

import java.time.LocalDate;
import java.util.List;

import fr.transitionspro.suivicep.cooperation.Theme;
import fr.transitionspro.suivicep.referentiel.Nomenclatures;

/**
 * {@code entretiens}: what each CEP operator said in its interview, one row per theme of the
 * guide (several rows for one theme keep several quotes, in the file's order).
 */
final class ConversionEntretien implements Conversion {

    @Override
    public List<String> colonnesTable() {
        return List.of("region", "annee", "operateur", "date_entretien", "interlocuteurs", "theme", "synthese", "citation",
                "ligne");
    }

    @Override
    public LigneConvertie convertir(Ligne l) {
        String region = l.code("region", Nomenclatures.REGION, true);
        Integer annee = l.entier("annee", Annees.MIN, Annees.MAX, true);
        String operateur = l.code("operateur", Nomenclatures.OPERATEUR, true);
        LocalDate date = CellulesRegistre.date(l, "date", false);
        String interlocuteurs = l.texte("interlocuteurs", false);
        Theme theme = CellulesRegistre.code(l, "theme", Theme::lire, Theme.attendus(), true);
        String synthese = l.texte("synthese", false);
        String citation = l.texte("citation", false);
        if (synthese == null && citation == null) {
            l.erreur("synthese", null, "une synthèse ou une citation (au moins l'une des colonnes « synthese » et "
                    + "« citation » doit être remplie)");
            return null;
        }
        if (region == null || annee == null || operateur == null || theme == null) {
            return null;
        }
        return new LigneConvertie(region, annee, new Object[] {region, annee, operateur, date, interlocuteurs, theme.name(),
            synthese, citation, l.numero()});
    }
}

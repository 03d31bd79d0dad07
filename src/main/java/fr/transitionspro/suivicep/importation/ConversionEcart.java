package fr.transitionspro.suivicep.importation;

import java.util.List;
import java.util.Locale;

import fr.transitionspro.suivicep.referentiel.Nomenclatures;

/** {@code ecarts}: entries counted by an operator's own information system. */
final class ConversionEcart implements Conversion {

    @Override
    public List<String> colonnesTable() {
        return List.of("annee", "perimetre", "operateur", "systeme", "entrees");
    }

    @Override
    public LigneConvertie convertir(Ligne l) {
        Integer annee = l.entier("annee", Annees.MIN, Annees.MAX, true);
        String perimetre = l.code("perimetre", Nomenclatures.PERIMETRE, true);
        String operateur = l.code("operateur", Nomenclatures.OPERATEUR, true);
        String systeme = l.texte("systeme", true);
        Long entrees = l.entierLong("entrees", 0, 100_000_000, true);
        if (annee == null || perimetre == null || operateur == null || systeme == null || entrees == null) {
            return null;
        }
        return new LigneConvertie(perimetre, annee, new Object[] {annee, perimetre, operateur,
            systeme.toUpperCase(Locale.ROOT), entrees});
    }
}

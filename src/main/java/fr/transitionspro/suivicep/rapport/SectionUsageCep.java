package fr.transitionspro.suivicep.rapport;

import fr.transitionspro.suivicep.referentiel.Nomenclatures;

/** 1.3 « L'usage du CEP »: the main objective stated by the beneficiary, by operator. */
final class SectionUsageCep {

    /** The reference prints this table without decimals. */
    private static final int DECIMALES = 0;

    private SectionUsageCep() {
    }

    static Section rediger(Redaction r) {
        Donnees d = r.donnees();
        SectionEnCours s = r.section("usage-cep", "1.3", "L'usage du CEP", 4);
        RepartitionParOperateur objectifs = new RepartitionParOperateur(r, "cep.objectif", "objectif", Nomenclatures.OBJECTIF);
        if (objectifs.operateurs().isEmpty()) {
            s.texte("Les objectifs assignés par les bénéficiaires à leur CEP ne sont pas disponibles " + Renvoi.enRegion()
                    + " pour " + Renvoi.annee() + " (n.d.).");
        } else {
            s.texte("En fonction de l'opérateur CEP, les objectifs du recours au CEP divergent. L'objectif principal "
                    + "le plus fréquent est, selon l'opérateur :\n\n" + objectifs.categoriesPrincipales(DECIMALES));
        }
        s.tableau(objectifs.tableauTranspose("Objectif principal assigné par le bénéficiaire à son CEP en " + d.annee()
                + " selon l'opérateur", "Objectif principal", DECIMALES, d.nomRegion()));
        s.figure(new FiguresRapport(r).profilParOperateur("Objectif principal assigné par le bénéficiaire à son CEP en "
                + d.annee() + " selon l'opérateur", objectifs, "cep.objectif", Nomenclatures.OBJECTIF, DECIMALES, false));
        return s.construire();
    }
}

package fr.transitionspro.suivicep.generateur;

/** How much of France the generated microdata covers. Both scales use real volumes. */
public enum Echelle {
    /** Normandie (28) only: about 148 000 CEP entries a year plus its dossiers. */
    REGION,
    /** All 18 regions: about 3.2 million CEP entries a year plus their dossiers. */
    NATIONAL
}

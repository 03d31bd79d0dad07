package fr.transitionspro.suivicep.indicateurs;

/** A catalogue declaration the engine cannot use; the message is for the user, in French. */
public final class CatalogueInvalide extends RuntimeException {
    public CatalogueInvalide(String message) {
        super("Catalogue d'indicateurs invalide : " + message);
    }
}

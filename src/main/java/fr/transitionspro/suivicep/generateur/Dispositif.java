package fr.transitionspro.suivicep.generateur;

/** The schemes a Transitions Pro association files dossiers for, with Normandie's yearly volume. */
enum Dispositif {
    PTP(1_300),
    DEMISSION_RECONVERSION(1_100),
    TRANSCO(10),
    VAE(180),
    CLEA(600);

    private final int volumeNormandie;

    Dispositif(int volumeNormandie) {
        this.volumeNormandie = volumeNormandie;
    }

    int volumeNormandie() {
        return volumeNormandie;
    }
}

package fr.transitionspro.suivicep.cooperation;

/** A place of reception as typed into a form, before any check (see {@link SaisieLieux}). */
public record LieuSaisi(String operateur, String lieu, String commune, String departement, String type, String permanence) {

    public static LieuSaisi de(LieuAccueil l) {
        return new LieuSaisi(l.operateur(), l.lieu(), l.commune(), l.departement(), l.type().name(), l.permanence());
    }

    public static LieuSaisi vide() {
        return new LieuSaisi(null, null, null, null, null, null);
    }
}

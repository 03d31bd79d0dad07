package fr.transitionspro.suivicep.audit;

import fr.transitionspro.suivicep.importation.ResumeImport;
import fr.transitionspro.suivicep.referentiel.FormatFrancais;

/** The wording of entries written from several places (command line and web), so that both read alike. */
public final class DetailsAudit {

    private DetailsAudit() {
    }

    /** An accepted import: the file, its type, size, fingerprint and slices. */
    public static String importation(ResumeImport r) {
        return "fichier « " + r.fichier() + " » (" + r.type() + ", " + FormatFrancais.entier(r.lignes()) + (r.lignes() > 1 ? " lignes" : " ligne") + ", SHA-256 "
                + r.sha256().substring(0, Math.min(12, r.sha256().length())) + "…) ; tranches " + String.join(", ",
                r.lignesParTranche().keySet().stream().map(t -> t.region() + "/" + t.annee()).toList());
    }
}

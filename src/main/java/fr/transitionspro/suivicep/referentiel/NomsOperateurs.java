package fr.transitionspro.suivicep.referentiel;

import java.util.List;

import fr.transitionspro.suivicep.base.Base;

/**
 * Operator names as users know them: Pôle emploi up to 2023 and France Travail from 2024; the
 * regional operator selected by France compétences under the name configured for the region
 * and year (« Groupement Évolution » for Normandie 2023), else a generic description.
 */
public final class NomsOperateurs {

    private record Nom(String operateur, int de, int a, String libelle) {
    }

    private final List<Nom> configures;

    private NomsOperateurs(List<Nom> configures) {
        this.configures = configures;
    }

    public static NomsOperateurs pour(Base base, String region) {
        return new NomsOperateurs(base.jdbi().withHandle(h -> h.createQuery(
                "SELECT operateur, annee_debut, annee_fin, libelle FROM libelle_operateur WHERE region = :r")
                .bind("r", region)
                .map((rs, ctx) -> new Nom(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4))).list()));
    }

    public String nom(String operateur, int annee) {
        for (Nom n : configures) {
            if (n.operateur().equals(operateur) && annee >= n.de() && annee <= n.a()) {
                return n.libelle();
            }
        }
        return switch (operateur) {
            case "FRANCE_TRAVAIL" -> annee <= 2023 ? "Pôle emploi" : "France Travail";
            case "FRANCE_COMPETENCES" -> "Opérateur régional (France compétences)";
            case "APEC" -> "Apec";
            case "CAP_EMPLOI" -> "Cap emploi";
            case "MISSION_LOCALE" -> "Missions locales";
            case "FONGECIF" -> "Fongecif";
            default -> operateur;
        };
    }
}

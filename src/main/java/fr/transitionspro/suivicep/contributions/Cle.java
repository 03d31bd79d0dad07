package fr.transitionspro.suivicep.contributions;

/**
 * Which contribution: one per region, year, operator and section of the report.
 *
 * @param region    INSEE code of the region (« 28 »)
 * @param operateur operator code (« APEC »), one of {@link Contributions#OPERATEURS}
 */
public record Cle(String region, int annee, String operateur, SectionContribution section) {
}

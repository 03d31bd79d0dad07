package fr.transitionspro.suivicep.indicateurs;

/**
 * A table of detailed rows that indicators are computed from: its weight expression, its
 * region column, whether it also yields the FM and FR aggregates, and its operator column
 * (for indicators produced per operator).
 */
public record Source(String table, String poids, String region, boolean perimetres, String operateur) {
}

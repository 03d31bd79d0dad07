package fr.transitionspro.suivicep.cooperation;

/**
 * A convention or a place of reception as stored, with the number that identifies it within its region and
 * year (the row's {@code ligne}, as for {@link ActionEnregistree}).
 */
public record Numerote<T>(int numero, T valeur) {
}

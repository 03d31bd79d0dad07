package fr.transitionspro.suivicep.cooperation;

/**
 * An action as stored, with the number that identifies it within its region and year: the row's
 * {@code ligne} (its line in the imported file, or the next free number for an action entered in the
 * web application). An import replaces the whole region × year, so a number is unique there.
 */
public record ActionEnregistree(int numero, Action action) {
}

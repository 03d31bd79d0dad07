package fr.transitionspro.suivicep.cooperation;

/**
 * Which actions of a register to show: each criterion left null lets every action through.
 *
 * @param operateur an operator code, or {@link #SANS_OPERATEUR} for the actions led with partners only
 * @param mois      1 to 12, the month of the action's date
 */
public record FiltreActions(TypeAction type, Axe axe, String operateur, Integer mois) {

    public static final String SANS_OPERATEUR = "AUCUN";
    public static final FiltreActions AUCUN = new FiltreActions(null, null, null, null);

    public boolean garde(Action a) {
        return (type == null || a.type() == type)
                && (axe == null || a.axes().contains(axe))
                && (operateur == null || (SANS_OPERATEUR.equals(operateur) ? a.operateurs().isEmpty() : a.operateurs().contains(operateur)))
                && (mois == null || a.date().getMonthValue() == mois);
    }

    public boolean actif() {
        return type != null || axe != null || operateur != null || mois != null;
    }
}

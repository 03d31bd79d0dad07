package fr.transitionspro.suivicep.cli;

/**
 * The {@code --base} option shared by every command that opens a base. A server deployment sets
 * {@code SUIVI_CEP_BASE} once (e.g. to a {@code jdbc:postgresql://} URL) instead of repeating it;
 * when neither the option nor the variable is given, picocli still reports the option as missing
 * (an unset variable interpolates to no default at all).
 */
final class OptionBase {

    static final String DEFAUT = "${env:SUIVI_CEP_BASE}";
    static final String DESCRIPTION = "Fichier de base DuckDB ou URL jdbc:postgresql://… "
            + "(par défaut : la variable d'environnement SUIVI_CEP_BASE)";

    private OptionBase() {
    }
}

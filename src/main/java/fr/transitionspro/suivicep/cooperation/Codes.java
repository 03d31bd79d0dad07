package fr.transitionspro.suivicep.cooperation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reading the register's code lists the way formats.md reads every code: case and surrounding spaces ignored. */
final class Codes {

    private Codes() {
    }

    static <E extends Enum<E>> Optional<E> lire(Class<E> liste, String brut) {
        String cle = brut.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(liste.getEnumConstants()).filter(e -> e.name().equals(cle)).findFirst();
    }

    static <E extends Enum<E>> String attendus(Class<E> liste) {
        return Arrays.stream(liste.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}

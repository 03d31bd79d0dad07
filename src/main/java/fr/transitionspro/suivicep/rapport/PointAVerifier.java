package fr.transitionspro.suivicep.rapport;

/**
 * Something a reader of a draft should check in a live text: a number typed by hand that matches
 * no computed value, or a reference whose value does not exist (printed « n.d. »).
 *
 * @param section  the section's heading (« 2.1 Le CEP et le dispositif… »)
 * @param element  the number as written (« 45 % »), or the reference ({{ … }})
 * @param phrase   the sentence it stands in, as printed
 * @param nature   « nombre saisi » or « valeur non disponible »
 */
record PointAVerifier(String section, String element, String phrase, String nature) {

    static final String NOMBRE_SAISI = "nombre saisi à la main, qui ne correspond à aucune valeur calculée";
    static final String NON_DISPONIBLE = "référence sans valeur, imprimée « n.d. »";
}

package fr.transitionspro.suivicep.importation;

import java.nio.charset.StandardCharsets;

import fr.transitionspro.suivicep.referentiel.FormatFrancais;

/**
 * Recognises, from its first bytes, a file that is not text: what users most often pick instead
 * of the CSV export (the workbook itself, a PDF of the report, an archive), so that the refusal
 * says what the file is rather than « invalid CSV ».
 */
final class FormatBinaire {

    private FormatBinaire() {
    }

    /** « un document PDF »…, or null when the first bytes look like text. */
    static String reconnaitre(byte[] debut) {
        if (commencePar(debut, "%PDF")) {
            return "un document PDF";
        }
        if (commencePar(debut, 'P', 'K', 3, 4) || commencePar(debut, 'P', 'K', 5, 6)) {
            return "une archive ZIP (un classeur Excel .xlsx ou LibreOffice .ods en est une)";
        }
        if (commencePar(debut, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "un classeur Excel .xls (ou un document Word .doc)";
        }
        if (commencePar(debut, 0x1F, 0x8B)) {
            return "une archive compressée gzip";
        }
        if (commencePar(debut, 0x89, 'P', 'N', 'G') || commencePar(debut, 0xFF, 0xD8, 0xFF) || commencePar(debut, "GIF8")) {
            return "une image";
        }
        if (commencePar(debut, 0xFF, 0xFE) || commencePar(debut, 0xFE, 0xFF)) {
            return "un texte en UTF-16 (encodages acceptés : UTF-8 ou Windows-1252 ; dans Excel, choisir « CSV UTF-8 »)";
        }
        return null;
    }

    static String milliers(long n) {
        return FormatFrancais.entier(n);
    }

    private static boolean commencePar(byte[] debut, String texte) {
        byte[] attendu = texte.getBytes(StandardCharsets.US_ASCII);
        int[] octets = new int[attendu.length];
        for (int i = 0; i < attendu.length; i++) {
            octets[i] = attendu[i];
        }
        return commencePar(debut, octets);
    }

    private static boolean commencePar(byte[] debut, int... octets) {
        if (debut.length < octets.length) {
            return false;
        }
        for (int i = 0; i < octets.length; i++) {
            if ((debut[i] & 0xFF) != octets[i]) {
                return false;
            }
        }
        return true;
    }
}

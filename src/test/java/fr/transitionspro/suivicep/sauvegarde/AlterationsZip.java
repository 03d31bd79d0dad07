package fr.transitionspro.suivicep.sauvegarde;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Copies of a backup with one entry altered: what a damaged disk or a curious hand would leave. */
final class AlterationsZip {

    private AlterationsZip() {
    }

    static Path remplacer(Path source, Path cible, String entree, String ancien, String nouveau) throws IOException {
        boolean fait = false;
        try (ZipFile zip = new ZipFile(source.toFile()); OutputStream o = Files.newOutputStream(cible);
                ZipOutputStream sortie = new ZipOutputStream(o)) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                ZipEntry z = e.nextElement();
                byte[] octets;
                try (InputStream in = zip.getInputStream(z)) {
                    octets = in.readAllBytes();
                }
                if (z.getName().equals(entree)) {
                    String texte = new String(octets, StandardCharsets.UTF_8);
                    fait = texte.contains(ancien);
                    octets = texte.replace(ancien, nouveau).getBytes(StandardCharsets.UTF_8);
                }
                sortie.putNextEntry(new ZipEntry(z.getName()));
                sortie.write(octets);
                sortie.closeEntry();
            }
        }
        if (!fait) {
            throw new IllegalStateException("« " + ancien + " » absent de " + entree);
        }
        return cible;
    }
}

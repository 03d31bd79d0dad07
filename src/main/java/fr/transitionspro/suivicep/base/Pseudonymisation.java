package fr.transitionspro.suivicep.base;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces a dossier's identifier by a keyed hash (HMAC-SHA-256) before it is stored: the base never
 * holds the association's own dossier numbers, and whoever reads the base (or a backup) without the
 * key cannot link a row back to a dossier, not even by hashing every possible number. The same key
 * gives the same pseudonym, so a re-imported file replaces the same dossiers.
 *
 * <p>The key is never stored in the base. It comes from the {@code SUIVI_CEP_CLE} environment
 * variable (32 characters at least) or from a key file created at first use with 32 random bytes
 * (Base64), readable by its owner only: beside a DuckDB file ({@code base.duckdb.cle}); for a
 * PostgreSQL base, in {@code ~/.suivi-cep/cles/} (or the folder given by {@code -Dsuivicep.cles}),
 * named after the server and database. Losing the key does not lose any figure; it only means
 * that dossiers imported again get new pseudonyms.
 */
public final class Pseudonymisation {

    static final String VARIABLE = "SUIVI_CEP_CLE";
    private static final int OCTETS = 32;
    /** 128 bits of the HMAC, in hexadecimal: collisions are out of reach for any association's files. */
    private static final int CARACTERES = 32;

    private final SecretKeySpec cle;
    private final Path fichier;

    private Pseudonymisation(byte[] cle, Path fichier) {
        this.cle = new SecretKeySpec(cle, "HmacSHA256");
        this.fichier = fichier;
    }

    /** The pseudonymisation of the base at {@code url} (a JDBC URL as {@link Base#adresse()} gives it). */
    static Pseudonymisation pour(String url) {
        String variable = System.getenv(VARIABLE);
        if (variable != null && !variable.isBlank()) {
            if (variable.strip().length() < OCTETS) {
                throw new BaseIndisponible("La variable " + VARIABLE + " (clé de pseudonymisation) doit faire au moins " + OCTETS
                        + " caractères.", null);
            }
            return new Pseudonymisation(variable.strip().getBytes(StandardCharsets.UTF_8), null);
        }
        Path f = fichierDe(url);
        return new Pseudonymisation(lireOuCreer(f), f);
    }

    static Path fichierDe(String url) {
        if (url.startsWith("jdbc:duckdb:")) {
            String chemin = url.substring("jdbc:duckdb:".length());
            if (chemin.isEmpty() || chemin.startsWith(":memory:")) {
                return Path.of(System.getProperty("java.io.tmpdir"), "suivi-cep-memoire-" + ProcessHandle.current().pid() + ".cle");
            }
            return Path.of(chemin + ".cle");
        }
        String dossier = System.getProperty("suivicep.cles", Path.of(System.getProperty("user.home"), ".suivi-cep", "cles").toString());
        URI u = URI.create(url.substring("jdbc:".length()));
        String base = u.getPath() == null ? "" : u.getPath().replaceFirst("^/", "");
        String nom = (u.getHost() + "_" + (u.getPort() < 0 ? 5432 : u.getPort()) + "_" + base).replaceAll("[^A-Za-z0-9._-]", "_");
        return Path.of(dossier, nom + ".cle");
    }

    private static byte[] lireOuCreer(Path f) {
        try {
            if (!Files.exists(f)) {
                byte[] cle = new byte[OCTETS];
                new SecureRandom().nextBytes(cle);
                creer(f, Base64.getEncoder().encodeToString(cle) + "\n");
            }
            byte[] cle = Base64.getDecoder().decode(Files.readString(f).strip());
            if (cle.length < OCTETS) {
                throw new IllegalArgumentException("trop courte");
            }
            return cle;
        } catch (IOException | IllegalArgumentException e) {
            throw new BaseIndisponible("Clé de pseudonymisation « " + f + " » illisible ou impossible à créer (" + e.getMessage()
                    + ") : sans elle, aucun dossier ne peut être importé. Restaurez ce fichier depuis votre copie de sécurité, "
                    + "ou donnez la clé dans la variable " + VARIABLE + ".", e);
        }
    }

    /** Written under a temporary name, then moved: a concurrent first use finds either no key or a whole one. */
    private static void creer(Path f, String contenu) throws IOException {
        Path dossier = f.toAbsolutePath().getParent();
        Files.createDirectories(dossier);
        Path provisoire = Files.createTempFile(dossier, ".cle", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(provisoire, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system (Windows): the folder's permissions apply.
            }
            Files.writeString(provisoire, contenu);
            try {
                Files.createLink(f, provisoire);
            } catch (FileAlreadyExistsException e) {
                // Another process created it first: theirs is the key.
            } catch (UnsupportedOperationException e) {
                Files.move(provisoire, f);
            }
        } finally {
            Files.deleteIfExists(provisoire);
        }
    }

    /** The pseudonym of an identifier: lower-case hexadecimal, {@value #CARACTERES} characters. */
    public String pseudonyme(String identifiant) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(cle);
            byte[] h = mac.doFinal(identifiant.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h).substring(0, CARACTERES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 indisponible", e);
        }
    }

    /** The key file, or null when the key comes from {@code SUIVI_CEP_CLE}. */
    public Path fichier() {
        return fichier;
    }
}

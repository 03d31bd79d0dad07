package fr.transitionspro.suivicep.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import jakarta.annotation.PreDestroy;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import fr.transitionspro.suivicep.importation.TypeFichier;

/**
 * Files uploaded for an import, kept on the server between the dry run and the confirmation. Each upload gets a
 * private temporary folder (the file keeps its own name there, so the journal shows it) and an opaque token; the
 * token is bound to the account and the region, expires, and is used once. The folder is deleted when the import
 * is refused, confirmed or expired, and when the application stops.
 */
@Service
class DepotsImport {

    record Depot(String jeton, Path dossier, Path fichier, Path correspondance, TypeFichier type, String region,
                 String email, String sha256, Instant expiration) {
    }

    private final Map<String, Depot> depots = new ConcurrentHashMap<>();
    private final SecureRandom hasard = new SecureRandom();
    private final Duration conservation;
    private final Clock horloge;

    @Autowired
    DepotsImport(@Value("${suivi-cep.import.conservation:PT30M}") Duration conservation) {
        this(conservation, Clock.systemUTC());
    }

    DepotsImport(Duration conservation, Clock horloge) {
        this.conservation = conservation;
        this.horloge = horloge;
    }

    /** Writes the upload (and its optional mapping file) to a new private folder; the caller checks it next. */
    Depot deposer(String email, String region, TypeFichier type, MultipartFile fichier, MultipartFile correspondance) {
        purger();
        Path dossier = null;
        try {
            dossier = Files.createTempDirectory("suivi-cep-import-");
            Path chemin = dossier.resolve(nomSur(fichier.getOriginalFilename(), "fichier.csv"));
            String sha256;
            try (InputStream in = fichier.getInputStream()) {
                sha256 = copier(in, chemin);
            }
            Path corr = null;
            if (correspondance != null && !correspondance.isEmpty()) {
                Path sousDossier = Files.createDirectory(dossier.resolve("correspondance"));
                corr = sousDossier.resolve(nomSur(correspondance.getOriginalFilename(), "correspondance.yaml"));
                try (InputStream in = correspondance.getInputStream()) {
                    copier(in, corr);
                }
            }
            byte[] octets = new byte[32];
            hasard.nextBytes(octets);
            String jeton = Base64.getUrlEncoder().withoutPadding().encodeToString(octets);
            Depot d = new Depot(jeton, dossier, chemin, corr, type, region, email, sha256, horloge.instant().plus(conservation));
            depots.put(jeton, d);
            return d;
        } catch (IOException e) {
            supprimerDossier(dossier);
            throw new UncheckedIOException("Dépôt du fichier impossible sur le serveur", e);
        }
    }

    /** Takes (once) the upload of this token if it is this account's, for this region, and not expired. */
    Optional<Depot> prendre(String jeton, String email, String region) {
        purger();
        if (jeton == null) {
            return Optional.empty();
        }
        Depot d = depots.get(jeton);
        if (d == null || !d.email().equals(email) || !d.region().equals(region) || !depots.remove(jeton, d)) {
            return Optional.empty();
        }
        return Optional.of(d);
    }

    /** For tests: the upload of a token, without taking it. */
    Optional<Depot> consulter(String jeton) {
        return Optional.ofNullable(depots.get(jeton));
    }

    void supprimer(Depot d) {
        depots.remove(d.jeton(), d);
        supprimerDossier(d.dossier());
    }

    /** The SHA-256 of the file as it is now on the disk, to check that it is still the one that was checked. */
    static String empreinte(Path fichier) {
        try (InputStream in = Files.newInputStream(fichier)) {
            return copier(in, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreDestroy
    void toutSupprimer() {
        depots.values().forEach(this::supprimer);
    }

    private void purger() {
        Instant maintenant = horloge.instant();
        depots.values().stream().filter(d -> !d.expiration().isAfter(maintenant)).toList().forEach(this::supprimer);
    }

    /** Copies to {@code cible} (or only reads when null) and returns the SHA-256 in lower-case hex. */
    private static String copier(InputStream in, Path cible) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (DigestInputStream lu = new DigestInputStream(in, sha)) {
            if (cible == null) {
                lu.transferTo(java.io.OutputStream.nullOutputStream());
            } else {
                Files.copy(lu, cible);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The browser's file name without any folder, reduced to letters, digits and « ._- ». */
    static String nomSur(String original, String parDefaut) {
        String nom = original == null ? "" : original.replace('\\', '/');
        nom = nom.substring(nom.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
        if (nom.length() > 120) {
            nom = nom.substring(nom.length() - 120);
        }
        while (nom.startsWith(".")) {
            nom = nom.substring(1);
        }
        return nom.isEmpty() ? parDefaut : nom;
    }

    private static void supprimerDossier(Path dossier) {
        if (dossier == null || !Files.exists(dossier)) {
            return;
        }
        try (Stream<Path> fichiers = Files.walk(dossier)) {
            fichiers.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Left to the system's cleaning of temporary files.
        }
    }
}

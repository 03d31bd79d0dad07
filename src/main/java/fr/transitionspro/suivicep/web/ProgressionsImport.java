package fr.transitionspro.suivicep.web;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;

import fr.transitionspro.suivicep.importation.Progression;

/**
 * How far the server is in checking or importing each account's upload, for the import page to show while it
 * waits. Kept in memory per account and region; read by {@code GET /import/{region}/progression}, which does not
 * touch the base and so is served beside the request that holds it ({@link UneRequeteALaFois}).
 */
@Service
class ProgressionsImport {

    /** One step's progress: {@code etape} is « verification » or « import ». */
    record Etat(String etape, long octets, long taille, long lignes) {
    }

    private final Map<String, Etat> etats = new ConcurrentHashMap<>();

    /** The progress to give the importer for this account, region and step; {@link #terminer} forgets it. */
    Progression suivre(String email, String region, String etape) {
        String cle = cle(email, region);
        etats.put(cle, new Etat(etape, 0, 0, 0));
        return (octets, taille, lignes) -> etats.put(cle, new Etat(etape, octets, taille, lignes));
    }

    void terminer(String email, String region) {
        etats.remove(cle(email, region));
    }

    Optional<Etat> etat(String email, String region) {
        return Optional.ofNullable(etats.get(cle(email, region)));
    }

    private static String cle(String email, String region) {
        return email + "\u0000" + region;
    }
}

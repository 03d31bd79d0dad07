package fr.transitionspro.suivicep.referentiel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import fr.transitionspro.suivicep.base.Base;

/**
 * An association's configuration file (YAML): the display names of operators per region and
 * years (the regional operator's name changes with each France compétences tender) and the
 * declared series breaks. {@link #enregistrer} replaces what the base held for the regions and
 * sources the file names.
 */
public record Configuration(List<NomOperateur> operateurs, List<Rupture> ruptures,
        @JsonProperty("secret_statistique") List<Secret> secretStatistique) {

    public record NomOperateur(String operateur, String region, Integer de, Integer a, String libelle) {
    }

    public record Rupture(String source, int annee, String motif) {
    }

    /** The disclosure threshold of a region's association: fewer people than {@code seuil} and a figure is shown « s ». */
    public record Secret(String region, Integer seuil) {
    }

    public Configuration(List<NomOperateur> operateurs, List<Rupture> ruptures) {
        this(operateurs, ruptures, List.of());
    }

    public Configuration {
        operateurs = operateurs == null ? List.of() : operateurs;
        ruptures = ruptures == null ? List.of() : ruptures;
        secretStatistique = secretStatistique == null ? List.of() : secretStatistique;
    }

    public static Configuration lire(Path fichier) {
        try {
            return new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(fichier.toFile(), Configuration.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("Fichier de configuration « " + fichier.getFileName() + " » illisible "
                    + "(clés attendues : operateurs, ruptures, secret_statistique) : " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    public void enregistrer(Base base) {
        for (NomOperateur n : operateurs) {
            if (Nomenclatures.OPERATEUR.lire(n.operateur()).isEmpty() || Nomenclatures.REGION.lire(n.region()).isEmpty()
                    || n.libelle() == null) {
                throw new IllegalArgumentException("Configuration : opérateur « " + n.operateur() + " », région « "
                        + n.region() + " » ou libellé invalide (opérateurs : " + Nomenclatures.OPERATEUR.attendu() + ")");
            }
        }
        for (Secret s : secretStatistique) {
            if (s.region() == null || Nomenclatures.REGION.lire(s.region()).isEmpty()) {
                throw new IllegalArgumentException("Configuration, secret_statistique : région « " + s.region() + " » inconnue "
                        + "(attendu : " + Nomenclatures.REGION.attendu() + ")");
            }
            if (s.seuil() == null || s.seuil() < 1 || s.seuil() > 1000) {
                throw new IllegalArgumentException("Configuration, secret_statistique : seuil « " + s.seuil() + " » de la région "
                        + s.region() + " invalide (attendu : un nombre de personnes entre 1 et 1 000 ; 5 par défaut)");
            }
        }
        base.jdbi().useTransaction(h -> {
            for (Secret s : secretStatistique) {
                String region = Nomenclatures.REGION.lire(s.region()).get();
                h.createUpdate("DELETE FROM regle_secret WHERE region = :r").bind("r", region).execute();
                h.createUpdate("INSERT INTO regle_secret (region, seuil) VALUES (:r, :s)").bind("r", region).bind("s", s.seuil())
                        .execute();
            }
            for (NomOperateur n : operateurs) {
                String op = Nomenclatures.OPERATEUR.lire(n.operateur()).get();
                String region = Nomenclatures.REGION.lire(n.region()).get();
                int de = n.de() == null ? 0 : n.de();
                int a = n.a() == null ? 9999 : n.a();
                h.createUpdate("DELETE FROM libelle_operateur WHERE operateur = :o AND region = :r AND annee_debut = :de")
                        .bind("o", op).bind("r", region).bind("de", de).execute();
                h.createUpdate("INSERT INTO libelle_operateur (operateur, region, annee_debut, annee_fin, libelle) "
                        + "VALUES (:o, :r, :de, :a, :l)").bind("o", op).bind("r", region).bind("de", de).bind("a", a)
                        .bind("l", n.libelle()).execute();
            }
            for (Rupture r : ruptures) {
                h.createUpdate("DELETE FROM rupture_serie WHERE source = :s AND annee = :a").bind("s", r.source())
                        .bind("a", r.annee()).execute();
                h.createUpdate("INSERT INTO rupture_serie (source, annee, motif) VALUES (:s, :a, :m)").bind("s", r.source())
                        .bind("a", r.annee()).bind("m", r.motif() == null ? "" : r.motif()).execute();
            }
        });
    }
}

package fr.transitionspro.suivicep.referentiel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

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
public record Configuration(List<NomOperateur> operateurs, List<Rupture> ruptures) {

    public record NomOperateur(String operateur, String region, Integer de, Integer a, String libelle) {
    }

    public record Rupture(String source, int annee, String motif) {
    }

    public Configuration {
        operateurs = operateurs == null ? List.of() : operateurs;
        ruptures = ruptures == null ? List.of() : ruptures;
    }

    public static Configuration lire(Path fichier) {
        try {
            return new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(fichier.toFile(), Configuration.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("Fichier de configuration « " + fichier.getFileName() + " » illisible "
                    + "(clés attendues : operateurs, ruptures) : " + e.getMessage().lines().findFirst().orElse(""));
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
        base.jdbi().useTransaction(h -> {
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

package fr.transitionspro.suivicep.indicateurs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.referentiel.Regions;

/**
 * What the values of each perimeter (region, FM, FR) and year are computed from, as a fingerprint: the
 * import id of every slice (type × region × year, table {@code tranche}) of the perimeter's regions that
 * year. Contract relied on: the data tables are written only by the import, which replaces a slice's rows
 * and its {@code tranche} row in one transaction; so two equal fingerprints mean the same rows.
 */
final class EmpreintesDonnees {

    /** Year → perimeter → fingerprint, perimeters sorted; each year lists the regions with data, then FM and FR. */
    private final SortedMap<Integer, SortedMap<String, String>> parAnnee;

    private EmpreintesDonnees(SortedMap<Integer, SortedMap<String, String>> parAnnee) {
        this.parAnnee = parAnnee;
    }

    static EmpreintesDonnees lire(Base base, Collection<Integer> annees) {
        Map<String, Set<String>> membres = PERIMETRES.computeIfAbsent(base, EmpreintesDonnees::perimetres);
        List<String[]> tranches = new ArrayList<>();
        String liste = annees.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
        base.jdbi().useHandle(h -> {
            if (!liste.isEmpty()) {
                h.createQuery("SELECT type, region, annee, import_id FROM tranche WHERE annee IN (" + liste + ")")
                        .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                        .forEach(tranches::add);
            }
        });
        SortedMap<Integer, SortedMap<String, String>> parAnnee = new TreeMap<>();
        for (int annee : annees) {
            // Slice lines of the year by region, sorted so that the fingerprint does not depend on the read order.
            SortedMap<String, List<String>> parRegion = new TreeMap<>();
            for (String[] t : tranches) {
                if (Integer.parseInt(t[2]) == annee) {
                    parRegion.computeIfAbsent(t[1], k -> new ArrayList<>()).add(t[0] + ":" + t[1] + ":" + t[3]);
                }
            }
            parRegion.values().forEach(l -> l.sort(null));
            Set<String> perimetres = new TreeSet<>(parRegion.keySet());
            perimetres.add(Regions.FM);
            perimetres.add(Regions.FR);
            SortedMap<String, String> empreintes = new TreeMap<>();
            for (String p : perimetres) {
                Set<String> regions = new TreeSet<>(membres.getOrDefault(p, Set.of()));
                regions.add(p);
                StringBuilder texte = new StringBuilder();
                for (String r : regions) {
                    parRegion.getOrDefault(r, List.of()).forEach(l -> texte.append(l).append(';'));
                }
                empreintes.put(p, sha256(texte.toString()));
            }
            parAnnee.put(annee, empreintes);
        }
        return new EmpreintesDonnees(parAnnee);
    }

    /**
     * The regions of each perimeter: reference data written by the first migration only, read once per base
     * (a page of the explorer then reads the base twice: slices and series breaks).
     */
    private static final Map<Base, Map<String, Set<String>>> PERIMETRES = java.util.Collections.synchronizedMap(
            new java.util.WeakHashMap<>());

    private static Map<String, Set<String>> perimetres(Base base) {
        Map<String, Set<String>> membres = new HashMap<>();
        base.jdbi().useHandle(h -> h.createQuery("SELECT perimetre, region FROM perimetre_region").map((rs, ctx) -> new String[] {
            rs.getString(1), rs.getString(2)}).forEach(p -> membres.computeIfAbsent(p[0], k -> new TreeSet<>()).add(p[1])));
        return Map.copyOf(membres);
    }

    Set<Integer> annees() {
        return parAnnee.keySet();
    }

    /** The perimeters of a year: regions with at least one slice, FM and FR. */
    Set<String> perimetres(int annee) {
        return parAnnee.getOrDefault(annee, new TreeMap<>()).keySet();
    }

    String empreinte(String perimetre, int annee) {
        return parAnnee.get(annee).get(perimetre);
    }

    /** One fingerprint for everything read (all years and perimeters). */
    String globale() {
        return sha256(parAnnee.toString());
    }

    static String sha256(String texte) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(texte.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

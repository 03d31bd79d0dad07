package fr.transitionspro.suivicep.importation;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import fr.transitionspro.suivicep.referentiel.Nomenclatures;

/**
 * {@code agregats}: indicator values received from elsewhere (interregional exchange, studies)
 * or as printed in a published report ({@code source = publie}, kept for comparison only).
 */
final class ConversionAgregat implements Conversion {

    private static final Set<String> UNITES = Set.of("nombre", "pourcentage", "ans", "rang");

    private final Set<String> indicateursConnus;
    private final Map<String, Integer> vus = new HashMap<>();

    ConversionAgregat() {
        this(Set.of());
    }

    private ConversionAgregat(Set<String> indicateursConnus) {
        this.indicateursConnus = indicateursConnus;
    }

    @Override
    public Conversion nouvelleLecture(Set<String> indicateursConnus) {
        return new ConversionAgregat(indicateursConnus);
    }

    @Override
    public List<String> colonnesTable() {
        return List.of("indicateur", "region", "annee", "dimensions", "valeur", "unite", "source");
    }

    @Override
    public LigneConvertie convertir(Ligne l) {
        String indicateur = l.obligatoire("indicateur");
        if (indicateur != null) {
            indicateur = indicateur.toLowerCase(Locale.ROOT);
            if (!indicateursConnus.contains(indicateur)) {
                l.erreur("indicateur", indicateur, "identifiant d'un indicateur du catalogue (voir « suivi-cep catalogue »)");
                indicateur = null;
            }
        }
        String region = l.code("region", Nomenclatures.PERIMETRE, true);
        Integer annee = l.entier("annee", Annees.MIN, Annees.MAX, true);
        String dimensions = dimensions(l);
        // « s »: a value the sending association masked (secret statistique); the row is not stored, the others are.
        boolean secret = "s".equalsIgnoreCase(l.brut("valeur"));
        Double valeur = secret ? null : l.decimal("valeur", true);
        String unite = l.brut("unite");
        if (unite != null && !UNITES.contains(unite.toLowerCase(Locale.ROOT))) {
            l.erreur("unite", unite, "unité parmi : " + String.join(", ", UNITES));
        }
        String source = l.brut("source");
        source = source == null ? "echange" : source.toLowerCase(Locale.ROOT);
        if (!source.equals("echange") && !source.equals("publie")) {
            l.erreur("source", source, "vide, « echange » ou « publie »");
            return null;
        }
        if (indicateur == null || region == null || annee == null || dimensions == null || secret || valeur == null) {
            return null;
        }
        String cle = String.join("|", indicateur, region, annee.toString(), dimensions, source);
        Integer premiere = vus.putIfAbsent(cle, l.numero());
        if (premiere != null) {
            l.erreurLigne("valeur en double : même indicateur, région, année, dimensions et source que la ligne " + premiere);
            return null;
        }
        return new LigneConvertie(region, annee, new Object[] {indicateur, region, annee, dimensions, valeur,
            unite == null ? null : unite.toLowerCase(Locale.ROOT), source});
    }

    /** {@code key=value} pairs joined by {@code |}; stored sorted by key, as the export writes them. */
    private static String dimensions(Ligne l) {
        String brut = l.brut("dimensions");
        if (brut == null) {
            return "";
        }
        Map<String, String> paires = new TreeMap<>();
        for (String paire : brut.split("\\|")) {
            int egal = paire.indexOf('=');
            if (egal <= 0 || egal == paire.length() - 1) {
                l.erreur("dimensions", brut, "paires clé=valeur séparées par « | » (ex. operateur=APEC|sexe=F)");
                return null;
            }
            String cle = paire.substring(0, egal).strip().toLowerCase(Locale.ROOT);
            String valeur = paire.substring(egal + 1).strip().toUpperCase(Locale.ROOT);
            if (paires.put(cle, valeur) != null) {
                l.erreur("dimensions", brut, "chaque clé une seule fois");
                return null;
            }
        }
        StringBuilder s = new StringBuilder();
        paires.forEach((k, v) -> s.append(s.length() > 0 ? "|" : "").append(k).append('=').append(v));
        return s.toString();
    }
}

package fr.transitionspro.suivicep.importation;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import fr.transitionspro.suivicep.referentiel.Naf;
import fr.transitionspro.suivicep.referentiel.Nomenclatures;

/** {@code dossiers}: one row per dossier presented to the commission in the year. */
final class ConversionDossier implements Conversion {

    private static final Pattern ROME = Pattern.compile("[A-Z]\\d{4}");

    /** (dispositif, annee, region, id) → line where the id was first seen in this file. */
    private final Map<String, Integer> vus = new HashMap<>();

    @Override
    public Conversion nouvelleLecture(java.util.Set<String> indicateursConnus) {
        return new ConversionDossier();
    }

    @Override
    public List<String> colonnesTable() {
        return List.of("id_dossier", "dispositif", "annee", "region", "decision", "operateur_cep", "sexe", "age",
                "niveau", "contrat", "temps_partiel", "csp", "rqth", "naf_origine", "section_origine", "rome_origine",
                "certification_visee", "libelle_certification", "rome_cible", "projet", "naf_projet", "section_projet",
                "statut_candidat");
    }

    @Override
    public LigneConvertie convertir(Ligne l) {
        String id = l.texte("id_dossier", true);
        String dispositif = l.code("dispositif", Nomenclatures.DISPOSITIF, true);
        Integer annee = l.entier("annee", Annees.MIN, Annees.MAX, true);
        String region = l.code("region", Nomenclatures.REGION, true);
        String decision = l.code("decision", Nomenclatures.DECISION, true);
        String operateur = l.code("operateur_cep", Nomenclatures.OPERATEUR_CEP, false);
        String sexe = l.code("sexe", Nomenclatures.SEXE, false);
        Integer age = l.entier("age", 14, 99, false);
        String niveau = l.code("niveau", Nomenclatures.NIVEAU, false);
        String contrat = l.code("contrat", Nomenclatures.CONTRAT, false);
        String tempsPartiel = l.code("temps_partiel", Nomenclatures.TEMPS_PARTIEL, false);
        String csp = l.code("csp", Nomenclatures.CSP, false);
        String rqth = l.code("rqth", Nomenclatures.RQTH, false);
        Naf nafOrigine = l.format("naf_origine", Naf::lire, Naf.ATTENDU);
        String romeOrigine = l.format("rome_origine", ConversionDossier::rome, "un code ROME (une lettre et quatre chiffres, ex. J1501)");
        String certification = l.texte("certification_visee", false);
        certification = certification == null ? null : certification.toUpperCase(Locale.ROOT);
        String libelle = l.texte("libelle_certification", false);
        String romeCible = l.format("rome_cible", ConversionDossier::rome, "un code ROME (une lettre et quatre chiffres, ex. J1501)");
        String projet = l.code("projet", Nomenclatures.PROJET, false);
        Naf nafProjet = l.format("naf_projet", Naf::lire, Naf.ATTENDU);
        String statutCandidat = l.code("statut_candidat", Nomenclatures.STATUT_CANDIDAT, false);
        if (id == null || dispositif == null || annee == null || region == null || decision == null) {
            return null;
        }
        Integer premiere = vus.putIfAbsent(dispositif + '|' + annee + '|' + region + '|' + id, l.numero());
        if (premiere != null) {
            l.erreur("id_dossier", id, "identifiant unique par dispositif, année et région (déjà présent ligne " + premiere + ")");
            return null;
        }
        return new LigneConvertie(region, annee, new Object[] {id, dispositif, annee, region, decision, operateur, sexe,
            age, niveau, contrat, tempsPartiel, csp, rqth, nafOrigine == null ? null : nafOrigine.code(),
            nafOrigine == null ? null : nafOrigine.section(), romeOrigine, certification, libelle, romeCible, projet,
            nafProjet == null ? null : nafProjet.code(), nafProjet == null ? null : nafProjet.section(), statutCandidat});
    }

    static Optional<String> rome(String brut) {
        String v = brut.toUpperCase(Locale.ROOT);
        return ROME.matcher(v).matches() ? Optional.of(v) : Optional.empty();
    }
}

package fr.transitionspro.suivicep.indicateurs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueTest {

    @TempDir
    Path dossier;

    @Test
    void theStandardCatalogueHoldsEveryIndicatorOfTheContract() {
        Catalogue c = Catalogue.standard();
        assertThat(c.ids()).contains("cep.entrees", "cep.entrees.part", "cep.taux_recours", "cep.taux_recours.rang",
                "cep.profil.sexe", "cep.profil.age", "cep.profil.niveau", "cep.profil.statut", "cep.objectif", "cep.ecart",
                "ptp.dossiers", "ptp.acceptes", "ptp.taux_acceptation", "ptp.avec_cep", "ptp.part_cep", "ptp.cep.operateur",
                "ptp.cep.operateur.part", "ptp.cep.operateur.part_acceptes", "ptp.profil.sexe", "ptp.profil.age",
                "ptp.age.moyen", "ptp.age.median", "ptp.age.min", "ptp.age.max", "ptp.profil.niveau", "ptp.profil.contrat",
                "ptp.profil.temps_partiel", "ptp.profil.csp", "ptp.profil.rqth", "ptp.secteur_origine", "ptp.metier_origine",
                "ptp.metier_origine.nombre", "ptp.certification_visee", "ptp.certification_visee.nombre", "ptp.metier_cible",
                "ptp.metier_cible.nombre", "prp.dossiers", "prp.acceptes", "prp.refuses", "prp.taux_acceptation",
                "prp.cep.operateur.part", "prp.profil.sexe", "prp.profil.age", "prp.age.moyen", "prp.age.median", "prp.age.min",
                "prp.age.max", "prp.secteur_origine", "prp.projet", "prp.projet.nombre", "prp.creation.secteur",
                "prp.formation.certification", "prp.formation.certification.nombre", "transco.dossiers", "transco.avec_cep",
                "vae.dossiers", "vae.profil.sexe", "vae.certification", "vae.certification.nombre", "clea.dossiers",
                "clea.certifies", "clea.profil.statut", "clea.profil.sexe", "clea.profil.niveau", "cep.entrees.variation",
                "ptp.dossiers.variation", "ptp.acceptes.variation", "ptp.avec_cep.variation", "prp.dossiers.variation",
                "prp.acceptes.variation", "vae.dossiers.variation", "clea.dossiers.variation", "enquete.prp.repondants",
                "enquete.prp.taux_reponse", "enquete.prp.niveau_4_ou_plus", "enquete.prp.a_demissionne",
                "enquete.prp.inscrit_pole_emploi", "enquete.prp.indemnise", "enquete.prp.percoit_are",
                "enquete.prp.percoit_arce", "enquete.prp.projet_maintenu", "enquete.prp.financement_obtenu",
                "enquete.prp.formation_terminee", "enquete.prp.formation_reussie", "enquete.prp.emploi_lien_formation",
                "enquete.prp.en_recherche_emploi", "enquete.prp.entreprise_immatriculee", "enquete.prp.statuts_deposes",
                "enquete.prp.sans_ptp_prealable", "enquete.prp.raison_non_ptp");
    }

    @Test
    void refusesADeclarationWithAnUnknownMeasureNamingTheIndicator() throws Exception {
        Path f = Files.writeString(dossier.resolve("x.yaml"),
                "indicateurs:\n  - { id: x.y, libelle: X, unite: nombre, source: dossiers, mesure: compte }\n");
        assertThatThrownBy(() -> Catalogue.charger(Optional.of(f))).isInstanceOf(CatalogueInvalide.class)
                .hasMessageContaining("indicateur « x.y » : mesure « compte » inconnue");
    }

    @Test
    void refusesAnIdentifierDeclaredTwice() throws Exception {
        Path f = Files.writeString(dossier.resolve("x.yaml"),
                "indicateurs:\n  - { id: ptp.dossiers, libelle: X, unite: nombre, source: dossiers, mesure: somme }\n");
        assertThatThrownBy(() -> Catalogue.charger(Optional.of(f))).hasMessageContaining("« ptp.dossiers » est déclaré deux fois");
    }

    @Test
    void theGeneratedDocumentationListsEveryIndicatorWithItsDefinition() {
        Catalogue c = Catalogue.standard();
        String doc = DocumentationCatalogue.markdown(c);
        for (Definition d : c.definitions()) {
            assertThat(doc).contains("| `" + d.id() + "` | ");
        }
        assertThat(doc).contains("100 × `cep.entrees` / `population.actifs`");
    }

    @Test
    void theCommittedIndicatorPageIsTheOneGeneratedFromTheCatalogue() throws Exception {
        assertThat(Files.readString(Path.of("docs/indicateurs.md")))
                .as("docs/indicateurs.md is stale: run ./suivi-cep catalogue --sortie docs/indicateurs.md")
                .isEqualTo(DocumentationCatalogue.markdown(Catalogue.standard()));
    }
}

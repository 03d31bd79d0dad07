package fr.transitionspro.suivicep.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.importation.Fixtures;
import fr.transitionspro.suivicep.importation.TypeFichier;

/** Conventions and places entered one by one: the rules of their files, and rows that export and import back unchanged. */
class SaisieConventionsLieuxTest {

    @TempDir
    Path dossier;

    Base base;

    @BeforeEach
    void ouvrir() {
        base = Fixtures.base(dossier);
    }

    @AfterEach
    void fermer() {
        if (base != null) {
            base.close();
        }
    }

    @Test
    void aConventionsDatesKeepTheirPrecisionAndItsEndCannotPrecedeItsSignature() {
        Convention c = SaisieConventions.verifier(new ConventionSaisie(" Agefiph ", "15/6/2021", "2023-03", "2025", List.of("PROMOUVOIR"),
                "en_vigueur", " "));
        assertThat(c).isEqualTo(new Convention("Agefiph", "2021-06-15", "2023-03", "2025", List.of(Axe.PROMOUVOIR),
                StatutConvention.EN_VIGUEUR, null));
        assertThat(SaisieConventions.verifier(new ConventionSaisie("A", "2021", null, "2021", List.of(), "SIGNEE", null)).fin())
                .as("an end in the year of signature").isEqualTo("2021");

        SaisieInvalide refus = catchThrowableOfType(SaisieInvalide.class, () -> SaisieConventions.verifier(
                new ConventionSaisie("A", "03/2022", "13/2022", "2021-12", List.of(), "ARCHIVEE", null)));
        assertThat(refus.erreurs()).containsExactly(
                entry("renouvelee", "Date au format JJ/MM/AAAA, MM/AAAA ou AAAA attendue (par exemple 15/06/2022, 06/2022 ou 2022)."),
                entry("fin", "L’échéance ne peut pas précéder la signature (03/2022)."),
                entry("statut", "Statut inconnu («\u00a0ARCHIVEE\u00a0»)\u00a0: choisissez-en un dans la liste."));
    }

    @Test
    void aPlacesDepartementIsReadLikeTheImportReadsIt() {
        LieuAccueil l = SaisieLieux.verifier(new LieuSaisi("apec", null, "Privas", "7", "permanence", "le mardi"));
        assertThat(l).isEqualTo(new LieuAccueil("APEC", null, "Privas", "07", TypeSite.PERMANENCE, "le mardi"));
        assertThat(SaisieLieux.verifier(new LieuSaisi("APEC", null, "Ajaccio", "2a", "AGENCE", null)).departement()).isEqualTo("2A");
        assertThat(catchThrowableOfType(SaisieInvalide.class, () -> SaisieLieux.verifier(new LieuSaisi(null, null, " ", "20", null, null)))
                .erreurs()).containsOnlyKeys("operateur", "commune", "departement", "type");
        assertThat(Departements.connu("976")).isTrue();
        assertThat(Departements.connu("975")).isFalse();
    }

    @Test
    void enteredConventionsAndPlacesExportToFilesThatImportBackIntoTheSameRegister() throws Exception {
        SaisieConventions conventions = new SaisieConventions(base);
        SaisieLieux lieux = new SaisieLieux(base);
        conventions.ajouter("28", 2023, new ConventionSaisie("Région", "2021", null, "06/2026", List.of("SECURISER_PARCOURS", "PROMOUVOIR"),
                "EN_VIGUEUR", "Financement; suivi"));
        conventions.ajouter("28", 2023, new ConventionSaisie("=Carif", null, null, null, List.of(), "EN_PREPARATION", null));
        lieux.ajouter("28", 2023, new LieuSaisi("CAP_EMPLOI", "Cap emploi Manche", "Saint-Lô", "50", "AGENCE", null));
        assertThat(conventions.lister("28", 2023)).extracting(Numerote::numero).containsExactly(1, 2);
        RegistreCooperation avant = RegistreCooperation.lire(base, "28", 2023);

        Path c = Files.write(dossier.resolve("c.csv"), ExportRegistre.conventions("28", 2023, avant.conventions()));
        Path l = Files.write(dossier.resolve("l.csv"), ExportRegistre.lieux("28", 2023, avant.lieux()));
        conventions.supprimer("28", 2023, 1);
        Fixtures.importer(base, c, TypeFichier.CONVENTIONS);
        Fixtures.importer(base, l, TypeFichier.LIEUX);

        assertThat(RegistreCooperation.lire(base, "28", 2023)).isEqualTo(avant);
        assertThat(avant.conventions().get(0).axes()).containsExactly(Axe.PROMOUVOIR, Axe.SECURISER_PARCOURS);
    }

    @Test
    void anEnteredInterviewExportsToAFileThatImportsBackIntoTheSameRegister() throws Exception {
        SaisieEntretiens entretiens = new SaisieEntretiens(base);
        entretiens.enregistrer("28", 2023, null, new EntretienSaisi("CAP_EMPLOI", "5/4/2024", "le directeur", List.of(
                new EntretienSaisi.ProposSaisi("PARTENARIATS", "Convention renouvelée.", null),
                new EntretienSaisi.ProposSaisi("ACTIVITE", null, "-20 % de demandes ; « stable » ailleurs"),
                new EntretienSaisi.ProposSaisi("ACTIVITE", " ", " "))));
        entretiens.enregistrer("28", 2023, null, new EntretienSaisi("APEC", null, null, List.of(
                new EntretienSaisi.ProposSaisi("COMMUNICATION", "Salons.", null))));
        RegistreCooperation avant = RegistreCooperation.lire(base, "28", 2023);
        assertThat(avant.entretiens()).extracting(Entretien::operateur).containsExactly("CAP_EMPLOI", "APEC");
        assertThat(avant.entretiens().get(0).propos()).extracting(Entretien.Propos::theme).containsExactly(Theme.ACTIVITE, Theme.PARTENARIATS);

        Path e = Files.write(dossier.resolve("e.csv"), ExportRegistre.entretiens("28", 2023, avant.entretiens()));
        entretiens.supprimer("28", 2023, "APEC");
        Fixtures.importer(base, e, TypeFichier.ENTRETIENS);

        assertThat(RegistreCooperation.lire(base, "28", 2023)).isEqualTo(avant);
    }
}

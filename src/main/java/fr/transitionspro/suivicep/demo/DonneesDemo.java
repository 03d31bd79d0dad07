package fr.transitionspro.suivicep.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the demo dataset: a fully synthetic Transitions Pro Normandie whose indicators
 * reproduce the figures published in the 2023 report "Suivi de la mise en œuvre du CEP".
 *
 * <p>No real person is in it. Every published figure is obtained from fixed counts (see the
 * helper classes of this package), never from luck: the seeded random generator only decides
 * how attributes are paired and in which order rows appear. The output is byte-for-byte the
 * same on every run and every platform.
 */
public final class DonneesDemo {

    /** Fixed seed: changing it reshuffles rows but no indicator. */
    static final long SEED = 20_231_231L;

    private DonneesDemo() {}

    /**
     * Writes the canonical CSV files into {@code dossier} (created if needed) and returns them in
     * the order they must be imported: population, entries, dossiers, operator gaps, aggregates, then
     * the cooperation register (actions, conventions, interviews, places of reception).
     */
    public static List<FichierDemo> ecrire(Path dossier) throws IOException {
        Files.createDirectories(dossier);
        List<FichierDemo> files = new ArrayList<>();

        Path population = dossier.resolve("population.csv");
        PopulationFile.write(population);
        files.add(new FichierDemo("population", population));

        Path entries2022 = dossier.resolve("entrees-2022.csv");
        AggregatedEntries.write2022(entries2022);
        files.add(new FichierDemo("entrees", entries2022));

        Path entriesNormandie = dossier.resolve("entrees-2023-normandie.csv");
        NormandieEntries.write(entriesNormandie, SEED);
        files.add(new FichierDemo("entrees", entriesNormandie));

        Path entriesOthers = dossier.resolve("entrees-2023-autres-regions.csv");
        AggregatedEntries.write2023(entriesOthers);
        files.add(new FichierDemo("entrees", entriesOthers));

        Path dossiers = dossier.resolve("dossiers-normandie.csv");
        DossiersFile.write(dossiers, SEED);
        files.add(new FichierDemo("dossiers", dossiers));

        Path gaps = dossier.resolve("ecarts-2023.csv");
        OperatorGaps.write(gaps);
        files.add(new FichierDemo("ecarts", gaps));

        Path interregional = dossier.resolve("agregats-echange-interregional.csv");
        AggregateFiles.writeInterregional(interregional);
        files.add(new FichierDemo("agregats", interregional));

        // The follow-up survey and the figures as printed in the 2023 report, both for Normandie.
        Path normandie = dossier.resolve("agregats-normandie.csv");
        AggregateFiles.writeNormandie(normandie);
        files.add(new FichierDemo("agregats", normandie));

        // The cooperation register behind Part 1 of the report; no indicator reads it.
        Path actions = dossier.resolve("actions-2023-normandie.csv");
        CooperationRegister.writeActions(actions);
        files.add(new FichierDemo("actions", actions));
        Path conventions = dossier.resolve("conventions-2023-normandie.csv");
        CooperationRegister.writeConventions(conventions);
        files.add(new FichierDemo("conventions", conventions));
        Path entretiens = dossier.resolve("entretiens-2023-normandie.csv");
        CooperationRegister.writeInterviews(entretiens);
        files.add(new FichierDemo("entretiens", entretiens));
        Path lieux = dossier.resolve("lieux-2023-normandie.csv");
        CooperationRegister.writePlaces(lieux);
        files.add(new FichierDemo("lieux", lieux));

        return List.copyOf(files);
    }
}

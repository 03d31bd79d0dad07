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
        add(files, dossier, "population", "population.csv", PopulationFile::write);
        add(files, dossier, "entrees", "entrees-2022.csv", AggregatedEntries::write2022);
        add(files, dossier, "entrees", "entrees-2023-normandie.csv", f -> NormandieEntries.write(f, SEED));
        add(files, dossier, "entrees", "entrees-2023-autres-regions.csv", AggregatedEntries::write2023);
        add(files, dossier, "dossiers", "dossiers-normandie.csv", f -> DossiersFile.write(f, SEED));
        add(files, dossier, "ecarts", "ecarts-2023.csv", OperatorGaps::write);
        add(files, dossier, "agregats", "agregats-echange-interregional.csv", AggregateFiles::writeInterregional);
        // The follow-up survey and the figures as printed in the 2023 report, both for Normandie.
        add(files, dossier, "agregats", "agregats-normandie.csv", AggregateFiles::writeNormandie);
        // The cooperation register behind Part 1 of the report; no indicator reads it.
        add(files, dossier, "actions", "actions-2023-normandie.csv", CooperationRegister::writeActions);
        add(files, dossier, "conventions", "conventions-2023-normandie.csv", CooperationRegister::writeConventions);
        add(files, dossier, "entretiens", "entretiens-2023-normandie.csv", CooperationRegister::writeInterviews);
        add(files, dossier, "lieux", "lieux-2023-normandie.csv", CooperationRegister::writePlaces);
        return List.copyOf(files);
    }

    /** Writes one file of the dataset. */
    @FunctionalInterface
    private interface Writer {
        void write(Path file) throws IOException;
    }

    private static void add(List<FichierDemo> files, Path dossier, String type, String name, Writer writer) throws IOException {
        Path file = dossier.resolve(name);
        writer.write(file);
        files.add(new FichierDemo(type, file));
    }
}

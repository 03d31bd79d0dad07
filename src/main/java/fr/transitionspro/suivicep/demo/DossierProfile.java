package fr.transitionspro.suivicep.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The exact attribute counts of a group of dossiers (e.g. accepted PTP 2023). Any attribute
 * may be {@code null}: it is then left empty (unknown) in the file.
 */
record DossierProfile(Counts<String> sexe, Counts<Integer> ages, Counts<String> niveau,
                      Counts<String> contrat, Counts<String> tempsPartiel, Counts<String> csp,
                      Counts<String> rqth, Counts<Dossier.Origin> origins, Counts<Dossier.Project> projects,
                      Counts<String> statutCandidat) {

    /** Same proportions for a group of {@code n} dossiers. */
    DossierProfile scaledTo(int n) {
        return new DossierProfile(scale(sexe, n), scale(ages, n), scale(niveau, n), scale(contrat, n),
                scale(tempsPartiel, n), scale(csp, n), scale(rqth, n), scale(origins, n), scale(projects, n),
                scale(statutCandidat, n));
    }

    DossierProfile withSexe(Counts<String> s) {
        return new DossierProfile(s, ages, niveau, contrat, tempsPartiel, csp, rqth, origins, projects, statutCandidat);
    }

    DossierProfile withAges(Counts<Integer> a) {
        return new DossierProfile(sexe, a, niveau, contrat, tempsPartiel, csp, rqth, origins, projects, statutCandidat);
    }

    DossierProfile withProjects(Counts<Dossier.Project> p) {
        return new DossierProfile(sexe, ages, niveau, contrat, tempsPartiel, csp, rqth, origins, p, statutCandidat);
    }

    /**
     * Gives every dossier of the group its attributes: each attribute's occurrences are
     * shuffled independently, so every count of the profile holds exactly.
     */
    void applyTo(List<Dossier> group, Random random) {
        int n = group.size();
        List<String> sexes = lay(sexe, n, random);
        List<Integer> ageList = lay(ages, n, random);
        List<String> levels = lay(niveau, n, random);
        List<String> contracts = lay(contrat, n, random);
        List<String> partTime = lay(tempsPartiel, n, random);
        List<String> categories = lay(csp, n, random);
        List<String> disability = lay(rqth, n, random);
        List<Dossier.Origin> originList = lay(origins, n, random);
        List<Dossier.Project> projectList = lay(projects, n, random);
        List<String> candidateStatus = lay(statutCandidat, n, random);
        LevelAgeConsistency.fix(ageList, levels);
        for (int i = 0; i < n; i++) {
            Dossier d = group.get(i);
            d.sexe = sexes.get(i);
            d.age = ageList.get(i);
            d.niveau = levels.get(i);
            d.contrat = contracts.get(i);
            d.tempsPartiel = partTime.get(i);
            d.csp = categories.get(i);
            d.rqth = disability.get(i);
            d.origin = originList.get(i);
            d.project = projectList.get(i);
            d.statutCandidat = candidateStatus.get(i);
        }
        avoidSameJob(group);
    }

    /**
     * Independent shuffles may pair a job with itself (a care assistant "retraining" as a care
     * assistant). Swapping projects between two dossiers keeps every count and removes that.
     */
    private static void avoidSameJob(List<Dossier> group) {
        for (int i = 0; i < group.size(); i++) {
            if (!sameJob(group.get(i), group.get(i).project)) {
                continue;
            }
            for (int j = 0; j < group.size(); j++) {
                Dossier a = group.get(i);
                Dossier b = group.get(j);
                if (j != i && !sameJob(a, b.project) && !sameJob(b, a.project)) {
                    Dossier.Project swap = a.project;
                    a.project = b.project;
                    b.project = swap;
                    break;
                }
            }
        }
    }

    private static boolean sameJob(Dossier d, Dossier.Project p) {
        return d.origin != null && p != null && p.romeCible() != null && p.romeCible().equals(d.origin.rome());
    }

    private static <T> Counts<T> scale(Counts<T> c, int n) {
        return c == null ? null : c.scaledTo(n);
    }

    private static <T> List<T> lay(Counts<T> c, int n, Random random) {
        if (c == null) {
            List<T> empty = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                empty.add(null);
            }
            return empty;
        }
        return c.requireTotal(n).shuffled(random);
    }
}

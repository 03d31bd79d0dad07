package fr.transitionspro.suivicep.web;

import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import fr.transitionspro.suivicep.audit.Action;
import fr.transitionspro.suivicep.audit.JournalAudit;
import fr.transitionspro.suivicep.comptes.Role;
import fr.transitionspro.suivicep.national.ComparaisonNationale;
import fr.transitionspro.suivicep.national.ComparaisonNationale.Comparaison;
import fr.transitionspro.suivicep.rapport.CarteWeb;
import fr.transitionspro.suivicep.referentiel.FormatFrancais;
import fr.transitionspro.suivicep.referentiel.Nomenclatures;
import fr.transitionspro.suivicep.referentiel.Regions;

/** The national view, for France compétences only: every region side by side, the map, the reports received; CSV. */
@Controller
class NationalControleur {

    private final EtatDesDonnees etat;
    private final ComparaisonNationale comparaison;
    private final JournalAudit audit;

    NationalControleur(EtatDesDonnees etat, ComparaisonNationale comparaison, JournalAudit audit) {
        this.etat = etat;
        this.comparaison = comparaison;
        this.audit = audit;
    }

    /** Every region is France compétences' business, and only theirs: the associations see their own region. */
    private static void verifier(Utilisateur utilisateur) {
        if (utilisateur.role() != Role.NATIONAL) {
            throw new AccessDeniedException("La vue nationale est réservée à France compétences (compte " + utilisateur.email() + ")");
        }
    }

    @GetMapping("/national")
    String choisir(@AuthenticationPrincipal Utilisateur utilisateur, @RequestParam(required = false) Integer annee) {
        verifier(utilisateur);
        int an = annee != null ? annee : etat.derniereAnnee(utilisateur, Nomenclatures.REGION.codes()).orElse(Year.now().getValue() - 1);
        return "redirect:/national/" + an;
    }

    @GetMapping("/national/{annee:\\d{4}}")
    String national(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable int annee, Model model) {
        verifier(utilisateur);
        Comparaison c = comparaison.calculer(annee);
        Map<String, Double> taux = c.tauxParRegion();
        List<Integer> annees = new ArrayList<>(etat.annees(utilisateur, Nomenclatures.REGION.codes()));
        if (!annees.contains(annee)) {
            annees.add(annee);
            annees.sort(Comparator.reverseOrder());
        }
        model.addAttribute("annee", annee);
        model.addAttribute("annees", annees);
        model.addAttribute("c", c);
        model.addAttribute("recours", ComparaisonNationale.RECOURS);
        model.addAttribute("ptp", ComparaisonNationale.PTP);
        model.addAttribute("demission", ComparaisonNationale.DEMISSION);
        model.addAttribute("regionsAvecTaux", taux.size());
        model.addAttribute("carte", taux.isEmpty() ? null : CarteWeb.svg(taux, 1, "Taux de recours au CEP en " + annee,
                description(taux, annee), "carte-nationale"));
        model.addAttribute("secondes", Affichage.duree(c.millisecondes()));
        return "national";
    }

    @GetMapping("/national/{annee:\\d{4}}.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable int annee) {
        verifier(utilisateur);
        byte[] contenu = ComparaisonNationale.csv(comparaison.calculer(annee));
        audit.consigner(utilisateur.email(), Action.EXPORT, null, "vue nationale\u00a0: " + annee + ", CSV");
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("comparaison-nationale-" + annee + ".csv").build().toString())
                .body(contenu);
    }

    /** The map's text alternative: its extremes; the table beside it gives every value. */
    private static String description(Map<String, Double> taux, int annee) {
        Map.Entry<String, Double> haut = taux.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        Map.Entry<String, Double> bas = taux.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow();
        return "Carte des régions colorées selon leur taux de recours au CEP en " + annee + ", de "
                + FormatFrancais.pourcentage(bas.getValue(), 1) + " (" + Regions.nom(bas.getKey()) + ") à "
                + FormatFrancais.pourcentage(haut.getValue(), 1) + " (" + Regions.nom(haut.getKey()) + ")\u00a0; "
                + "les valeurs de chaque région sont dans le tableau « Recours au CEP ».";
    }
}

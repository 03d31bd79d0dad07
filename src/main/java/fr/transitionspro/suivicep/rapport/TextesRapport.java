package fr.transitionspro.suivicep.rapport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.indicateurs.Catalogue;
import fr.transitionspro.suivicep.referentiel.Nomenclatures;

/**
 * The live texts of a region and year as files the association edits: {@code <clé>.md}, one per
 * section key of the report's plan (docs/textes.md). Export writes the stored text, or the default
 * generated from the data; import checks every reference of every file before storing anything.
 */
public final class TextesRapport {

    /** What an export wrote: the files in reading order, and how many of them hold a stored text. */
    public record Export(List<Path> fichiers, int stockes) {
    }

    /**
     * What an import did: the keys stored, the keys whose file is the default text (nothing stored,
     * any stored text removed) and the warnings (references without a value, printed « n.d. »).
     */
    public record Import(List<String> enregistres, List<String> parDefaut, List<String> avertissements) {
    }

    private final Base base;
    private final Catalogue catalogue;

    public TextesRapport(Base base, Catalogue catalogue) {
        this.base = base;
        this.catalogue = catalogue;
    }

    public Export exporter(String region, int annee, Path dossier) {
        String code = region(region);
        Map<String, String> stockes = DepotTextes.lire(base, code, annee);
        Map<String, String> textes = new LinkedHashMap<>();
        // The defaults come from a report prepared without the stored texts: a stored text that no
        // longer resolves (catalogue changed) must still be exported, to be corrected.
        for (TextesVivants.Utilise u : defauts(code, annee).utilises().values()) {
            textes.put(u.cle(), stockes.getOrDefault(u.cle(), u.defaut()));
        }
        stockes.forEach(textes::putIfAbsent);
        List<Path> fichiers = new ArrayList<>();
        try {
            Files.createDirectories(dossier);
            for (Map.Entry<String, String> t : textes.entrySet()) {
                Path fichier = dossier.resolve(t.getKey() + ".md");
                String contenu = t.getValue();
                Files.writeString(fichier, contenu.isEmpty() || contenu.endsWith("\n") ? contenu : contenu + "\n",
                        StandardCharsets.UTF_8);
                fichiers.add(fichier);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Écriture des textes impossible dans « " + dossier + " » : " + e.getMessage(), e);
        }
        return new Export(fichiers, (int) textes.keySet().stream().filter(stockes::containsKey).count());
    }

    /**
     * Stores the texts of the given files ({@code <clé>.md}) and folders (their {@code .md} files).
     *
     * @throws TexteInvalide naming each file, line and faulty reference; nothing is stored then
     */
    public Import importer(String region, int annee, List<Path> chemins) {
        String code = region(region);
        TextesVivants textes = defauts(code, annee);
        Map<String, TextesVivants.Utilise> cles = textes.utilises();
        List<String> erreurs = new ArrayList<>();
        List<String> avertissements = new ArrayList<>();
        Map<String, String> lus = new LinkedHashMap<>();
        for (Path fichier : fichiers(chemins, erreurs)) {
            String nom = fichier.getFileName().toString();
            String cle = nom.substring(0, nom.length() - ".md".length());
            if (!cles.containsKey(cle)) {
                erreurs.add("fichier " + nom + " : « " + cle + " » n'est pas une clé de section du rapport (clés : "
                        + String.join(", ", cles.keySet()) + ")");
                continue;
            }
            if (lus.containsKey(cle)) {
                erreurs.add("fichier " + nom + " : le texte « " + cle + " » est donné deux fois");
                continue;
            }
            String contenu;
            try {
                contenu = lire(fichier);
            } catch (IOException e) {
                erreurs.add("fichier " + nom + " : lecture impossible (" + e.getMessage() + ")");
                continue;
            }
            lus.put(cle, contenu);
            textes.erreurs(contenu).forEach(e -> erreurs.add("fichier " + nom + ", " + e));
            for (ReferenceTexte r : textes.sansValeur(contenu)) {
                avertissements.add("fichier " + nom + ", ligne " + r.ligne() + " : " + r.source() + " n'a pas de valeur pour "
                        + code + " " + annee + " : « n.d. » sera imprimé");
            }
        }
        if (!erreurs.isEmpty()) {
            throw new TexteInvalide("Textes refusés, rien n'a été enregistré :\n  " + String.join("\n  ", erreurs));
        }
        Map<String, String> aEnregistrer = new LinkedHashMap<>();
        Set<String> retires = new LinkedHashSet<>();
        for (Map.Entry<String, String> t : lus.entrySet()) {
            // A file left as exported is the default: storing it would freeze today's choices of the
            // generator (which operator comes first…), so the section keeps following the data.
            if (t.getValue().strip().equals(cles.get(t.getKey()).defaut().strip())) {
                retires.add(t.getKey());
            } else {
                aEnregistrer.put(t.getKey(), t.getValue());
            }
        }
        DepotTextes.enregistrer(base, code, annee, aEnregistrer, retires);
        return new Import(List.copyOf(aEnregistrer.keySet()), List.copyOf(retires), avertissements);
    }

    private TextesVivants defauts(String region, int annee) {
        return new GenerateurRapport(base, catalogue).preparer(region, annee, Map.of()).textes();
    }

    private static String region(String region) {
        return Nomenclatures.REGION.lire(region).orElseThrow(() -> new IllegalArgumentException(
                "Région « " + region + " » inconnue (attendu : " + Nomenclatures.REGION.attendu() + ")"));
    }

    /** The {@code .md} files named, and those of the folders named (sorted), each once. */
    private static List<Path> fichiers(List<Path> chemins, List<String> erreurs) {
        List<Path> fichiers = new ArrayList<>();
        for (Path chemin : chemins) {
            if (Files.isDirectory(chemin)) {
                try (Stream<Path> contenu = Files.list(chemin)) {
                    contenu.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p)).sorted()
                            .forEach(fichiers::add);
                } catch (IOException e) {
                    erreurs.add("dossier " + chemin + " : lecture impossible (" + e.getMessage() + ")");
                }
            } else if (!Files.isRegularFile(chemin)) {
                erreurs.add("fichier " + chemin + " : introuvable");
            } else if (!chemin.getFileName().toString().endsWith(".md")) {
                erreurs.add("fichier " + chemin.getFileName() + " : un texte se nomme <clé>.md (par exemple ptp.md)");
            } else {
                fichiers.add(chemin);
            }
        }
        return fichiers;
    }

    /** UTF-8, strictly: a text saved in another encoding would print wrong accents in the signed report. */
    private static String lire(Path fichier) throws IOException {
        byte[] octets = Files.readAllBytes(fichier);
        try {
            String texte = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(octets)).toString();
            return texte.startsWith("\ufeff") ? texte.substring(1) : texte;
        } catch (CharacterCodingException e) {
            throw new IOException("le fichier n'est pas en UTF-8", e);
        }
    }
}

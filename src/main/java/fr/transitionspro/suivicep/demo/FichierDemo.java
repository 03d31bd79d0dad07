package fr.transitionspro.suivicep.demo;

import java.nio.file.Path;

/**
 * One file written by {@link DonneesDemo#ecrire(Path)}.
 *
 * @param type   canonical file type: {@code population}, {@code entrees}, {@code dossiers},
 *               {@code ecarts}, {@code agregats}, or a file of the cooperation register:
 *               {@code actions}, {@code conventions}, {@code entretiens}, {@code lieux}
 * @param chemin where the file was written
 */
public record FichierDemo(String type, Path chemin) {}

package fr.transitionspro.suivicep.rapport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes the report as a Word document the association can finish in Word or LibreOffice: real
 * heading styles with outline levels (navigation pane, table of contents), a TOC field, captions
 * « Tableau n – … » in the caption style with SEQ fields, real tables whose header row repeats,
 * the Sources/Champ lines, charts as PNG with their text alternative, page numbers.
 *
 * <p>The content is that of the HTML page, so that the two cannot drift apart: the numbered
 * sections come from the report model (tables with their cells, figures with their PNG), and the
 * fixed text that only the template holds (methodological frame, introduction, conclusion) is
 * read from the rendered page, whose simple markup (headings, paragraphs, lists) converts as is.
 * HTML heading levels map to Word's one level up: h2 (the parts) is « Titre 1 ».
 */
final class RenduDocx {

    /** A4 portrait, 2 cm margins: the text is 9 638 twips wide. */
    private static final int LARGEUR_PAGE = 11906;
    private static final int HAUTEUR_PAGE = 16838;
    private static final int MARGE = 1134;
    static final int LARGEUR_TEXTE = LARGEUR_PAGE - 2 * MARGE;
    /** Charts are printed 16 cm wide at most, 20 cm high at most. */
    private static final double LARGEUR_FIGURE_CM = 16;
    private static final double HAUTEUR_FIGURE_CM = 20;
    private static final String BORDURE = "A6A6A6";
    private static final String FOND_ENTETE = "E4ECF3";
    private static final String FOND_GROUPE = "F2F4F6";
    private static final String FOND_EN_VALEUR = "F2F7F9";
    /** Headings down to this level are listed in the table of contents (parts, « 1. », « 1.1 »). */
    private static final int NIVEAUX_SOMMAIRE = 3;

    private final Rapport rapport;
    private final XWPFDocument doc = new XWPFDocument();
    private final Map<String, Section> sections = new HashMap<>();
    private final List<Entree> sommaire = new ArrayList<>();
    private BigInteger puces;
    private int signets;

    /** A heading written, for the table of contents filled in advance. */
    private record Entree(int niveau, String texte, String signet) {
    }

    private RenduDocx(Rapport rapport) {
        this.rapport = rapport;
        rapport.partie1().forEach(s -> sections.put(s.ancre(), s));
        rapport.partie2().forEach(s -> sections.put(s.ancre(), s));
        rapport.annexe().forEach(s -> sections.put(s.ancre(), s));
    }

    /** Writes the DOCX of {@code rapport}; {@code html} is its rendered page (see the class comment). */
    static void ecrire(Rapport rapport, String html, Path fichier) throws IOException {
        RenduDocx rendu = new RenduDocx(rapport);
        try (XWPFDocument document = rendu.doc; OutputStream out = Files.newOutputStream(fichier)) {
            rendu.rediger(Jsoup.parse(html));
            document.write(out);
        }
    }

    private void rediger(org.jsoup.nodes.Document page) throws IOException {
        preparer();
        XWPFParagraph placeSommaire = null;
        for (Element e : page.body().children()) {
            switch (e.tagName()) {
                case "header" -> pageDeTitre(e);
                case "nav" -> placeSommaire = sommaire();
                default -> blocHtml(e, 0);
            }
        }
        if (placeSommaire != null) {
            remplirSommaire(placeSommaire);
        }
    }

    // ---- document set-up ----

    private void preparer() throws IOException {
        try {
            doc.createStyles().setStyles(StylesDocument.Factory.parse(ressource("styles.xml")).getStyles());
            XWPFNumbering numerotation = doc.createNumbering();
            CTNumbering definitions = NumberingDocument.Factory.parse(ressource("numbering.xml")).getNumbering();
            puces = numerotation.addNum(numerotation.addAbstractNum(new XWPFAbstractNum(definitions.getAbstractNumArray(0), numerotation)));
        } catch (XmlException e) {
            throw new IllegalStateException("styles du document Word illisibles", e);
        }
        var proprietes = doc.getProperties().getCoreProperties();
        proprietes.setTitle(rapport.titre());
        proprietes.setCreator("Transitions Pro " + rapport.nomRegion());
        proprietes.setSubjectProperty("Suivi de la mise en œuvre du conseil en évolution professionnelle, " + rapport.annee());
        proprietes.setKeywords("CEP ; Transitions Pro ; " + rapport.nomRegion() + " ; " + rapport.annee());
        proprietes.getUnderlyingProperties().setLanguageProperty("fr-FR");
        doc.getProperties().getExtendedProperties().setApplication("suivi-cep");
        // Word updates the table of contents and the caption numbers when the document is opened.
        doc.enforceUpdateFields();

        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz format = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        format.setW(BigInteger.valueOf(LARGEUR_PAGE));
        format.setH(BigInteger.valueOf(HAUTEUR_PAGE));
        format.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar marges = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        marges.setTop(BigInteger.valueOf(1247));
        marges.setBottom(BigInteger.valueOf(1134));
        marges.setLeft(BigInteger.valueOf(MARGE));
        marges.setRight(BigInteger.valueOf(MARGE));
        marges.setHeader(BigInteger.valueOf(567));
        marges.setFooter(BigInteger.valueOf(567));

        // The title page has neither running header nor page number, like the PDF's.
        doc.createHeader(HeaderFooterType.FIRST);
        doc.createFooter(HeaderFooterType.FIRST);
        if (!section.isSetTitlePg()) {
            section.addNewTitlePg();
        }
        XWPFHeader entete = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = entete.createParagraph();
        p.setStyle("Header");
        p.createRun().setText(rapport.enteteCourant());
        XWPFFooter pied = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph q = pied.createParagraph();
        q.setStyle("Footer");
        q.createRun().setText("Transitions Pro " + rapport.nomRegion() + " – " + rapport.edition());
        q.createRun().addTab();
        q.createRun().setText("Page ");
        champ(q, "PAGE", "1");
        q.createRun().setText(" sur ");
        champ(q, "NUMPAGES", "1");
    }

    private static String ressource(String nom) {
        return RenduHtml.ressource("/rapport/docx/" + nom);
    }

    // ---- title page and contents ----

    private void pageDeTitre(Element entete) {
        Element emetteur = entete.selectFirst(".emetteur");
        XWPFParagraph haut = paragraphe("Subtitle");
        haut.setSpacingBefore(3400);
        haut.createRun().setText(emetteur != null ? emetteur.text() : "Transitions Pro " + rapport.nomRegion());
        XWPFParagraph titre = paragraphe("Title");
        List<String> lignes = entete.select("h1 .ligne-titre").eachText();
        if (lignes.isEmpty()) {
            lignes = List.of(rapport.titre());
        }
        for (int i = 0; i < lignes.size(); i++) {
            XWPFRun r = titre.createRun();
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lignes.get(i));
        }
        Element edition = entete.selectFirst(".edition");
        if (edition != null) {
            paragraphe("Subtitle").createRun().setText(edition.text());
        }
        paragraphe("Normal").createRun().addBreak(BreakType.PAGE);
    }

    /**
     * The contents: a TOC field that Word and LibreOffice update (page numbers included). It is
     * filled in advance with the headings, so that the list reads even before any update.
     */
    private XWPFParagraph sommaire() {
        paragraphe("TOCHeading").createRun().setText("Sommaire");
        XWPFParagraph place = paragraphe("Normal");
        paragraphe("Normal").createRun().addBreak(BreakType.PAGE);
        return place;
    }

    private void remplirSommaire(XWPFParagraph place) {
        List<XWPFParagraph> lignes = new ArrayList<>();
        for (Entree e : sommaire) {
            XmlCursor curseur = place.getCTP().newCursor();
            XWPFParagraph p = doc.insertNewParagraph(curseur);
            curseur.close();
            p.setStyle("TOC" + e.niveau());
            CTHyperlink lien = p.getCTP().addNewHyperlink();
            lien.setAnchor(e.signet());
            lien.setHistory(true);
            // No page number here: only an update of the field can know it (Word offers it when the
            // document opens; LibreOffice: Outils > Actualiser). Until then the list reads without.
            lien.addNewR().addNewT().setStringValue(e.texte());
            lignes.add(p);
        }
        if (lignes.isEmpty()) {
            lignes.add(place);
        }
        // The TOC field begins in the first line and ends in the last, around the lines.
        CTP premiere = lignes.get(0).getCTP();
        CTR debut = premiere.insertNewR(0);
        debut.addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTR instruction = premiere.insertNewR(1);
        texteChamp(instruction.addNewInstrText(), "TOC \\o \"1-" + NIVEAUX_SOMMAIRE + "\" \\h \\z \\u");
        premiere.insertNewR(2).addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        lignes.get(lignes.size() - 1).getCTP().addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
        if (place != lignes.get(0)) {
            doc.removeBodyElement(doc.getPosOfParagraph(place));
        }
    }

    // ---- the page's markup (fixed text and live texts) ----

    /**
     * Converts an element of the page. {@code niveauFixe} is 0 for the page itself (an hN becomes
     * heading N−1); inside a live text it is the level every heading takes, under its section.
     */
    private void blocHtml(Element e, int niveauFixe) {
        String nom = e.tagName().toLowerCase(Locale.ROOT);
        if (nom.matches("h[1-6]")) {
            int niveau = niveauFixe > 0 ? niveauFixe : Math.max(1, nom.charAt(1) - '1');
            XWPFParagraph p = titre(niveau, e.text(), e.id());
            if (e.hasClass("saut")) {
                p.setPageBreak(true);
            }
            return;
        }
        switch (nom) {
            case "p" -> {
                XWPFParagraph p = paragraphe("Normal");
                enLigne(p, e);
                retirerSiVide(p);
            }
            case "ul", "ol" -> liste(e, 0);
            case "table" -> tableauHtml(e);
            case "hr" -> { }
            case "section" -> {
                Section s = sections.get(e.attr("aria-labelledby"));
                if (s != null && e.hasClass("section")) {
                    section(s);
                } else {
                    enfants(e, niveauFixe);
                }
            }
            default -> enfants(e, niveauFixe);
        }
    }

    /** Block children converted one by one; loose text between them becomes a paragraph. */
    private void enfants(Element e, int niveauFixe) {
        XWPFParagraph courant = null;
        for (Node n : e.childNodes()) {
            if (n instanceof Element enfant && enfant.isBlock()) {
                courant = null;
                blocHtml(enfant, niveauFixe);
            } else if (n instanceof TextNode t && t.isBlank()) {
                continue;
            } else {
                if (courant == null) {
                    courant = paragraphe("Normal");
                }
                enLigne(courant, n, new Mise(false, false, false));
            }
        }
    }

    private record Mise(boolean gras, boolean italique, boolean code) {
    }

    private void enLigne(XWPFParagraph p, Element e) {
        for (Node n : e.childNodes()) {
            enLigne(p, n, new Mise(false, false, false));
        }
        rogner(p);
    }

    private void enLigne(XWPFParagraph p, Node n, Mise mise) {
        if (n instanceof TextNode t) {
            // The markup's white space collapses; no-break spaces (« 15,0 % », « 1 265 ») are kept.
            String texte = t.getWholeText().replaceAll("[ \\t\\n\\r\\f]+", " ");
            if (texte.isEmpty()) {
                return;
            }
            boolean debut = p.getRuns().isEmpty() || p.getRuns().get(p.getRuns().size() - 1).text().endsWith(" ");
            if (debut && texte.startsWith(" ")) {
                texte = texte.substring(1);
            }
            if (!texte.isEmpty()) {
                XWPFRun r = p.createRun();
                r.setText(texte);
                r.setBold(mise.gras());
                r.setItalic(mise.italique());
                if (mise.code()) {
                    r.setFontFamily("Courier New");
                }
            }
            return;
        }
        if (!(n instanceof Element e)) {
            return;
        }
        switch (e.tagName().toLowerCase(Locale.ROOT)) {
            case "br" -> p.createRun().addBreak();
            case "strong", "b" -> e.childNodes().forEach(c -> enLigne(p, c, new Mise(true, mise.italique(), mise.code())));
            case "em", "i" -> e.childNodes().forEach(c -> enLigne(p, c, new Mise(mise.gras(), true, mise.code())));
            case "code" -> e.childNodes().forEach(c -> enLigne(p, c, new Mise(mise.gras(), mise.italique(), true)));
            case "a" -> {
                String cible = e.attr("href");
                if (cible.startsWith("http://") || cible.startsWith("https://") || cible.startsWith("mailto:")) {
                    var lien = p.createHyperlinkRun(cible);
                    lien.setText(e.text());
                    lien.setStyle("Hyperlink");
                } else {
                    e.childNodes().forEach(c -> enLigne(p, c, mise));
                }
            }
            default -> e.childNodes().forEach(c -> enLigne(p, c, mise));
        }
    }

    /** Drops the trailing space the markup's line breaks leave at the end of a paragraph. */
    private static void rogner(XWPFParagraph p) {
        List<XWPFRun> runs = p.getRuns();
        if (!runs.isEmpty()) {
            XWPFRun dernier = runs.get(runs.size() - 1);
            String t = dernier.text();
            if (t.endsWith(" ")) {
                dernier.setText(t.stripTrailing(), 0);
            }
        }
    }

    private void retirerSiVide(XWPFParagraph p) {
        if (p.getRuns().isEmpty() || p.getText().isBlank() && p.getRuns().stream().noneMatch(r -> r.getCTR().sizeOfBrArray() > 0)) {
            doc.removeBodyElement(doc.getPosOfParagraph(p));
        }
    }

    private void liste(Element liste, int niveau) {
        BigInteger numero = "ol".equalsIgnoreCase(liste.tagName()) ? nouvelleNumerotation() : puces;
        for (Element li : liste.children()) {
            if (!"li".equalsIgnoreCase(li.tagName())) {
                continue;
            }
            XWPFParagraph p = paragraphe("ListParagraph");
            p.setNumID(numero);
            p.setNumILvl(BigInteger.valueOf(Math.min(niveau, 2)));
            List<Element> sousListes = new ArrayList<>();
            for (Node n : li.childNodes()) {
                if (n instanceof Element e && (e.tagName().equalsIgnoreCase("ul") || e.tagName().equalsIgnoreCase("ol"))) {
                    sousListes.add(e);
                } else if (n instanceof Element e && e.tagName().equalsIgnoreCase("p")) {
                    e.childNodes().forEach(c -> enLigne(p, c, new Mise(false, false, false)));
                } else {
                    enLigne(p, n, new Mise(false, false, false));
                }
            }
            rogner(p);
            sousListes.forEach(s -> liste(s, niveau + 1));
        }
    }

    private void liste(List<String> elements) {
        for (String element : elements) {
            XWPFParagraph p = paragraphe("ListParagraph");
            p.setNumID(puces);
            p.setNumILvl(BigInteger.ZERO);
            p.createRun().setText(element);
        }
    }

    /** A numbered list starts at 1: each gets its own definition (a restart needs no override then). */
    private BigInteger nouvelleNumerotation() {
        try {
            XWPFNumbering numerotation = doc.getNumbering();
            CTAbstractNum definition = (CTAbstractNum) NumberingDocument.Factory.parse(ressource("numbering.xml")).getNumbering()
                    .getAbstractNumArray(1).copy();
            definition.setAbstractNumId(BigInteger.valueOf(numerotation.getAbstractNums().size() + 10L));
            return numerotation.addNum(numerotation.addAbstractNum(new XWPFAbstractNum(definition, numerotation)));
        } catch (XmlException e) {
            throw new IllegalStateException("listes du document Word illisibles", e);
        }
    }

    /** A table inside a live text (Markdown): plain, its first row as header when it is one. */
    private void tableauHtml(Element table) {
        List<List<String>> lignes = new ArrayList<>();
        boolean enTete = false;
        for (Element tr : table.select("tr")) {
            lignes.add(tr.children().eachText());
            enTete |= lignes.size() == 1 && tr.parent() != null && "thead".equals(tr.parent().tagName());
        }
        int colonnes = lignes.stream().mapToInt(List::size).max().orElse(0);
        if (colonnes == 0) {
            return;
        }
        XWPFTable t = nouveauTableau(largeurs(lignes, colonnes));
        for (int i = 0; i < lignes.size(); i++) {
            XWPFTableRow ligne = nouvelleLigne(t, i);
            for (int j = 0; j < colonnes; j++) {
                String texte = j < lignes.get(i).size() ? lignes.get(i).get(j) : "";
                XWPFTableCell c = cellule(ligne, j, t);
                ecrireCellule(c, texte, enTete && i == 0, false, ParagraphAlignment.LEFT);
            }
            if (enTete && i == 0) {
                ligne.setRepeatHeader(true);
                ligne.getTableCells().forEach(c -> c.setColor(FOND_ENTETE));
            }
        }
    }

    // ---- the model's sections ----

    private void section(Section s) {
        titre(s.niveau() - 1, s.intitule(), s.ancre());
        for (Bloc b : s.blocs()) {
            if (b instanceof Bloc.Paragraphe p) {
                paragraphe("Normal").createRun().setText(p.texte());
            } else if (b instanceof Bloc.Intertitre i) {
                titre(s.niveau(), i.texte(), "");
            } else if (b instanceof Bloc.Liste l) {
                liste(l.elements());
            } else if (b instanceof Bloc.TexteRiche t) {
                enfants(Jsoup.parseBodyFragment(t.html()).body(), s.niveau());
            } else if (b instanceof Tableau t) {
                tableau(t);
            } else if (b instanceof Figure f) {
                figure(f);
            }
        }
    }

    private XWPFParagraph titre(int niveau, String texte, String id) {
        int n = Math.min(Math.max(niveau, 1), 5);
        XWPFParagraph p = paragraphe("Heading" + n);
        String signet = "_Toc" + (signets + 1);
        signet(p, signet, () -> p.createRun().setText(texte));
        if (n <= NIVEAUX_SOMMAIRE) {
            sommaire.add(new Entree(n, texte, signet));
        }
        return p;
    }

    private void signet(XWPFParagraph p, String nom, Runnable contenu) {
        CTBookmark debut = p.getCTP().addNewBookmarkStart();
        debut.setName(nom);
        debut.setId(BigInteger.valueOf(++signets));
        contenu.run();
        p.getCTP().addNewBookmarkEnd().setId(debut.getId());
    }

    // ---- tables ----

    private void tableau(Tableau t) {
        legende("Tableau", t.numero(), t.titre());

        int colonnes = t.colonnes();
        List<List<String>> textes = new ArrayList<>();
        textes.add(t.entetes());
        for (Tableau.Groupe g : t.groupes()) {
            for (Tableau.Ligne l : g.lignes()) {
                List<String> ligne = new ArrayList<>();
                ligne.add(l.entete());
                l.cellules().forEach(c -> ligne.add(c.texte()));
                textes.add(ligne);
            }
        }
        XWPFTable table = nouveauTableau(largeurs(textes, colonnes));
        List<String> classes = t.classesEntetes();

        XWPFTableRow entete = nouvelleLigne(table, 0);
        entete.setRepeatHeader(true);
        entete.setCantSplitRow(true);
        for (int j = 0; j < colonnes; j++) {
            XWPFTableCell c = cellule(entete, j, table);
            c.setColor(FOND_ENTETE);
            ecrireCellule(c, t.entetes().get(j), true, false,
                    "entete-valeurs".equals(classes.get(j)) ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
        }
        int n = 1;
        boolean court = !t.estLong();
        for (Tableau.Groupe g : t.groupes()) {
            if (g.titre() != null) {
                XWPFTableRow ligne = nouvelleLigne(table, n++);
                ligne.setCantSplitRow(true);
                XWPFTableCell c = cellule(ligne, 0, table);
                CTTcPr proprietes = c.getCTTc().isSetTcPr() ? c.getCTTc().getTcPr() : c.getCTTc().addNewTcPr();
                proprietes.addNewGridSpan().setVal(BigInteger.valueOf(colonnes));
                proprietes.getTcW().setW(BigInteger.valueOf(LARGEUR_TEXTE));
                c.setColor(FOND_GROUPE);
                ecrireCellule(c, g.titre(), true, true, ParagraphAlignment.LEFT);
                garderAvecSuivante(c, true);
            }
            for (Tableau.Ligne l : g.lignes()) {
                XWPFTableRow ligne = nouvelleLigne(table, n++);
                ligne.setCantSplitRow(true);
                XWPFTableCell tete = cellule(ligne, 0, table);
                ecrireCellule(tete, l.entete(), l.miseEnValeur(), false, ParagraphAlignment.LEFT);
                for (int j = 0; j < l.cellules().size(); j++) {
                    Cellule cellule = l.cellules().get(j);
                    XWPFTableCell c = cellule(ligne, j + 1, table);
                    boolean aGauche = "texte".equals(cellule.classe()) || "motif".equals(cellule.classe());
                    ecrireCellule(c, cellule.texte(), l.miseEnValeur(), "motif".equals(cellule.classe()),
                            aGauche ? ParagraphAlignment.LEFT : ParagraphAlignment.RIGHT);
                    if ("nd".equals(cellule.classe())) {
                        c.getParagraphs().get(0).getRuns().forEach(r -> r.setColor("6B7580"));
                    }
                }
                if (l.miseEnValeur()) {
                    ligne.getTableCells().forEach(c -> c.setColor(FOND_EN_VALEUR));
                }
            }
        }
        // A short table is kept on one page with its caption, as in the PDF: each row is kept with
        // the next one. The last row of any table is kept with the Sources line, never left alone.
        List<XWPFTableRow> lignes = table.getRows();
        for (int i = court ? 0 : lignes.size() - 1; i < lignes.size(); i++) {
            lignes.get(i).getTableCells().forEach(c -> garderAvecSuivante(c, true));
        }
        notes("Sources :", t.sources(), true);
        notes("Champ :", t.champ(), false);
        if (t.lecture() != null) {
            notes("Lecture :", t.lecture(), false);
        }
        t.notes().forEach(note -> notes(null, note, false));
        espacerApres();
    }

    /**
     * The text resumes after the lines under a table or a figure with some room, as in the PDF;
     * the block (table or figure and its lines) ends there, so the last line is no longer kept with the next.
     */
    private void espacerApres() {
        List<XWPFParagraph> paragraphes = doc.getParagraphs();
        if (!paragraphes.isEmpty()) {
            XWPFParagraph derniere = paragraphes.get(paragraphes.size() - 1);
            derniere.setSpacingAfter(200);
            derniere.setKeepNext(false);
        }
    }

    /**
     * « Tableau 3 – titre » with the number as a SEQ field, so that Word's list of tables and
     * cross-references work; the number printed is the report's (the same as in the HTML).
     */
    private void legende(String sequence, int numero, String titre) {
        XWPFParagraph p = paragraphe("Caption");
        signet(p, "_Ref" + sequence + numero, () -> {
            p.createRun().setText(sequence + " ");
            champ(p, "SEQ " + sequence + " \\* ARABIC", String.valueOf(numero));
            p.createRun().setText(" – " + titre);
        });
    }

    private void notes(String etiquette, String texte, boolean premiere) {
        if (texte == null || texte.isBlank() && etiquette == null) {
            return;
        }
        XWPFParagraph p = paragraphe("Sources");
        p.setKeepNext(true);
        if (premiere) {
            p.setSpacingBefore(60);
        }
        if (etiquette != null) {
            XWPFRun r = p.createRun();
            r.setBold(true);
            r.setText(etiquette + " ");
        }
        p.createRun().setText(texte);
    }

    /**
     * Column widths in twips, shared in proportion to what each column needs, in characters: a
     * figure (« 98 299 », « −3,2 % ») must not wrap; the row labels of the first column get their
     * length, bounded; other text and the headers (first row) may wrap between words.
     */
    static int[] largeurs(List<List<String>> lignes, int colonnes) {
        double[] poids = new double[colonnes];
        for (int i = 0; i < lignes.size(); i++) {
            List<String> ligne = lignes.get(i);
            for (int j = 0; j < Math.min(colonnes, ligne.size()); j++) {
                poids[j] = Math.max(poids[j], besoin(ligne.get(j), i == 0, j == 0));
            }
        }
        double total = 0;
        for (int j = 0; j < colonnes; j++) {
            poids[j] = Math.max(poids[j], 4) + 2;
            total += poids[j];
        }
        int[] l = new int[colonnes];
        int reste = LARGEUR_TEXTE;
        for (int j = 0; j < colonnes; j++) {
            l[j] = j == colonnes - 1 ? reste : (int) Math.round(LARGEUR_TEXTE * poids[j] / total);
            reste -= l[j];
        }
        return l;
    }

    private static int besoin(String texte, boolean entete, boolean libelles) {
        int mot = java.util.Arrays.stream(texte.split("[\\s\u00a0]+")).mapToInt(String::length).max().orElse(0);
        if (entete) {
            return mot;
        }
        if (texte.matches("[+\u2212-]?[\\d\u202f\u00a0,.]+(\u00a0%)?")) {
            return texte.length();
        }
        return libelles ? Math.min(texte.length(), 40) : Math.max(mot, Math.min(texte.length() / 2, 20));
    }

    private XWPFTable nouveauTableau(int[] largeurs) {
        XWPFTable table = doc.createTable();
        CTTbl ct = table.getCTTbl();
        CTTblPr proprietes = ct.getTblPr() != null ? ct.getTblPr() : ct.addNewTblPr();
        proprietes.addNewTblLayout().setType(STTblLayoutType.FIXED);
        var largeur = proprietes.isSetTblW() ? proprietes.getTblW() : proprietes.addNewTblW();
        largeur.setType(STTblWidth.DXA);
        largeur.setW(BigInteger.valueOf(LARGEUR_TEXTE));
        CTTblGrid grille = ct.getTblGrid() != null ? ct.getTblGrid() : ct.addNewTblGrid();
        while (grille.sizeOfGridColArray() > 0) {
            grille.removeGridCol(0);
        }
        for (int l : largeurs) {
            grille.addNewGridCol().setW(BigInteger.valueOf(l));
        }
        table.setTopBorder(XWPFBorderType.SINGLE, 8, 0, "1F3A5F");
        table.setBottomBorder(XWPFBorderType.SINGLE, 8, 0, "1F3A5F");
        table.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, BORDURE);
        table.setRightBorder(XWPFBorderType.SINGLE, 4, 0, BORDURE);
        table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, BORDURE);
        table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, BORDURE);
        table.setCellMargins(30, 80, 30, 80);
        return table;
    }

    /** Row {@code i}: the table is created with one empty row, the others are appended empty. */
    private static XWPFTableRow nouvelleLigne(XWPFTable table, int i) {
        return i == 0 ? table.getRow(0) : table.insertNewTableRow(i);
    }

    /** Cell {@code j} of a row being filled left to right, with the width of its grid column. */
    private static XWPFTableCell cellule(XWPFTableRow ligne, int j, XWPFTable table) {
        XWPFTableCell c = j < ligne.getTableCells().size() ? ligne.getCell(j) : ligne.createCell();
        CTTcPr proprietes = c.getCTTc().isSetTcPr() ? c.getCTTc().getTcPr() : c.getCTTc().addNewTcPr();
        var largeur = proprietes.isSetTcW() ? proprietes.getTcW() : proprietes.addNewTcW();
        largeur.setType(STTblWidth.DXA);
        largeur.setW(table.getCTTbl().getTblGrid().getGridColArray(j).getW());
        return c;
    }

    private static void ecrireCellule(XWPFTableCell c, String texte, boolean gras, boolean italique, ParagraphAlignment alignement) {
        XWPFParagraph p = c.getParagraphs().isEmpty() ? c.addParagraph() : c.getParagraphs().get(0);
        p.setStyle("TexteTableau");
        p.setAlignment(alignement);
        XWPFRun r = p.createRun();
        r.setText(texte);
        r.setBold(gras);
        r.setItalic(italique);
    }

    private static void garderAvecSuivante(XWPFTableCell c, boolean garder) {
        c.getParagraphs().forEach(p -> p.setKeepNext(garder));
    }

    // ---- figures ----

    /** The chart as PNG, described by its text alternative; its caption below, as in the HTML. */
    private void figure(Figure f) {
        XWPFParagraph p = paragraphe("Figure");
        byte[] png = f.png();
        int[] taille = png == null ? null : taillePng(png);
        if (taille == null) {
            // No picture to show: its text alternative stands in for it, so that nothing is lost.
            p.setAlignment(ParagraphAlignment.LEFT);
            p.createRun().setText(f.alternative());
        } else {
            double largeurCm = LARGEUR_FIGURE_CM;
            double hauteurCm = largeurCm * taille[1] / taille[0];
            if (hauteurCm > HAUTEUR_FIGURE_CM) {
                largeurCm = largeurCm * HAUTEUR_FIGURE_CM / hauteurCm;
                hauteurCm = HAUTEUR_FIGURE_CM;
            }
            try (InputStream in = new ByteArrayInputStream(png)) {
                XWPFRun r = p.createRun();
                r.addPicture(in, PictureType.PNG, "figure-" + f.numero() + ".png", cm(largeurCm), cm(hauteurCm));
                CTInline inline = r.getCTR().getDrawingArray(0).getInlineArray(0);
                inline.getDocPr().setDescr(f.alternative());
                inline.getDocPr().setTitle(f.legende());
                r.getEmbeddedPictures().forEach(image -> image.getCTPicture().getNvPicPr().getCNvPr().setDescr(f.alternative()));
            } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IllegalStateException("image de la figure " + f.numero() + " illisible", e);
            }
        }
        XWPFParagraph legende = paragraphe("Caption");
        legende.setKeepNext(true);
        legende.setSpacingBefore(80);
        signet(legende, "_RefFigure" + f.numero(), () -> {
            legende.createRun().setText("Figure ");
            champ(legende, "SEQ Figure \\* ARABIC", String.valueOf(f.numero()));
            legende.createRun().setText(" – " + f.titre());
        });
        notes("Sources :", f.sources(), true);
        notes("Champ :", f.champ(), false);
        espacerApres();
    }

    private static int cm(double centimetres) {
        return (int) Math.round(centimetres * Units.EMU_PER_CENTIMETER);
    }

    /** Width and height of a PNG, read from its header; null when the bytes are not a PNG. */
    static int[] taillePng(byte[] png) {
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        if (png.length < 24 || !java.util.Arrays.equals(java.util.Arrays.copyOf(png, 8), signature)) {
            return null;
        }
        var octets = java.nio.ByteBuffer.wrap(png);
        int largeur = octets.getInt(16);
        int hauteur = octets.getInt(20);
        return largeur > 0 && hauteur > 0 ? new int[] {largeur, hauteur} : null;
    }

    // ---- small helpers ----

    private XWPFParagraph paragraphe(String style) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        return p;
    }

    /** A field (PAGE, SEQ…) with the result shown until it is updated. */
    private static void champ(XWPFParagraph p, String instruction, String resultat) {
        ajouterChamp(() -> p.createRun().getCTR(), instruction, resultat);
    }

    /** begin, instruction, separate, the result shown until updated, end: one run each. */
    private static void ajouterChamp(java.util.function.Supplier<CTR> run, String code, String resultat) {
        run.get().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        texteChamp(run.get().addNewInstrText(), code);
        run.get().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        if (!resultat.isEmpty()) {
            run.get().addNewT().setStringValue(resultat);
        }
        run.get().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static void texteChamp(CTText t, String code) {
        t.setStringValue(" " + code + " ");
        t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
    }
}

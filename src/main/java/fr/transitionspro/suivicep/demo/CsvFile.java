package fr.transitionspro.suivicep.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * A canonical CSV file being written: UTF-8 without BOM, {@code ;} separator, header row, LF
 * line ends (the same bytes on every platform, which keeps the demo byte-for-byte
 * reproducible). Empty cells stand for unknown values.
 */
final class CsvFile implements AutoCloseable {

    private static final CSVFormat FORMAT = CSVFormat.Builder.create()
            .setDelimiter(';')
            .setRecordSeparator("\n")
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();

    private final CSVPrinter printer;
    private int rows;

    private CsvFile(Path file, String... header) throws IOException {
        BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        this.printer = new CSVPrinter(out, FORMAT);
        printer.printRecord((Object[]) header);
    }

    static CsvFile create(Path file, String... header) throws IOException {
        return new CsvFile(file, header);
    }

    /** One data row; {@code null} values are written as empty cells. */
    void row(Object... cells) throws IOException {
        Object[] out = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            out[i] = cells[i] == null ? "" : cells[i];
        }
        printer.printRecord(out);
        rows++;
    }

    int rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}

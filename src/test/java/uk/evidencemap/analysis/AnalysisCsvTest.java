package uk.evidencemap.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnalysisCsvTest {

    @Test
    void cellsAreQuotedAsRfc4180Says() {
        assertThat(AnalysisCsv.cell("plain")).isEqualTo("plain");
        assertThat(AnalysisCsv.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(AnalysisCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(AnalysisCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertThat(AnalysisCsv.cell("=HYPERLINK(\"http://x\")")).startsWith("\"'=HYPERLINK");
        assertThat(AnalysisCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AnalysisCsv.cell("-0.25")).as("numbers stay numbers").isEqualTo("-0.25");
    }
}

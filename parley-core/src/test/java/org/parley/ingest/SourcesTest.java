package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.DateSource;

class SourcesTest {
  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private Path writeBytes(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  @Test
  void plainTextIsTheWholeFileUntouched() throws IOException {
    String text = "  The mayor said the bridge would open in spring.\r\nIt did not.\n\n";
    Path file = write("a.txt", text);
    Collected c = Collected.read(file);
    Article a = c.only();
    assertThat(a.text()).isEqualTo(text);
    assertThat(a.id()).isEqualTo(ArticleId.of(text));
    assertThat(a.source()).isEqualTo(file.toString());
    assertThat(a.published()).isNull();
    assertThat(a.dateSource()).isEqualTo(DateSource.NONE);
    assertThat(c.filesDone).containsExactly(file);
    assertThat(c.bytesDone).isEqualTo(Files.size(file));
    assertThat(c.warnings).isEmpty();
  }

  @Test
  void sidecarSuppliesMetadataAndIsNotAnArticle() throws IOException {
    write("story.txt", "A council member said the budget was final.");
    write(
        "story.meta.json",
        "{\"Headline\": \"Budget final\", \"published_at\": \"2023-04-05T08:00:00Z\","
            + " \"Link\": \"https://www.theguardian.com/x\", \"byline\": \"Ann Lee and Bo Park\","
            + " \"lang\": \"en\"}");
    Collected c = Collected.read(dir);
    Article a = c.only();
    assertThat(a.title()).isEqualTo("Budget final");
    assertThat(a.published()).isEqualTo(LocalDate.of(2023, 4, 5));
    assertThat(a.dateSource()).isEqualTo(DateSource.METADATA);
    assertThat(a.url()).isEqualTo("https://www.theguardian.com/x");
    assertThat(a.outlet()).isEqualTo("The Guardian");
    assertThat(a.authors()).containsExactly("Ann Lee", "Bo Park");
    assertThat(a.language()).isEqualTo("en");
    assertThat(c.skips).isEmpty();
  }

  @Test
  void gdeltFileNameGivesDateCountryAndLanguage() throws IOException {
    Path file = write("20220125T090000Z_GB_en_7d015e6984.txt", "An official said talks went on.");
    Article a = Collected.read(file).only();
    assertThat(a.published()).isEqualTo(LocalDate.of(2022, 1, 25));
    assertThat(a.dateSource()).isEqualTo(DateSource.FILE_NAME);
    assertThat(a.country()).isEqualTo("GB");
    assertThat(a.language()).isEqualTo("en");
  }

  @Test
  void csvWithSynonymsQuotedMultilineFieldsAndRowSources() throws IOException {
    Path file =
        write(
            "news.csv",
            "URL,Titolo,Autori,Data_Pubblicazione_ISO,Testo_Articolo\n"
                + "https://kyivindependent.com/a/,First,\"Desk, Ivan Petrenko\",2025-06-09T17:08:00+00:00,\"Line one said \"\"yes\"\".\n\nLine two.\"\n"
                + "https://www.bbc.co.uk/news/b,Second,,2025-06-10,Short text here.\n");
    Collected c = Collected.read(file);
    assertThat(c.articles).hasSize(2);
    Article first = c.articles.get(0);
    assertThat(first.text()).isEqualTo("Line one said \"yes\".\n\nLine two.");
    assertThat(first.source()).isEqualTo(file + "#1");
    assertThat(first.outlet()).isEqualTo("Kyiv Independent");
    assertThat(first.title()).isEqualTo("First");
    assertThat(first.authors()).containsExactly("Desk", "Ivan Petrenko");
    assertThat(first.published()).isEqualTo(LocalDate.of(2025, 6, 9));
    Article second = c.articles.get(1);
    assertThat(second.source()).isEqualTo(file + "#2");
    assertThat(second.outlet()).isEqualTo("BBC");
    assertThat(second.authors()).isEmpty();
  }

  @Test
  void outletComesFromJournalColumnOrFileName() throws IOException {
    write("a/combined.csv", "published,headlines,articles,journal\n2022-08-01T16:23:25Z,H,Some text.,The Guardian\n");
    write("b/NYT_Stories.csv", "published,headlines,articles\n2022/05/10,H,Other text.\n");
    write("c/misc_stories.csv", "published,headlines,articles\n2022/05/10,H,Third text.\n");
    Collected c = Collected.read(dir);
    assertThat(c.articles).extracting(Article::outlet)
        .containsExactly("The Guardian", "The New York Times", null);
    assertThat(c.articles.get(1).published()).isEqualTo(LocalDate.of(2022, 5, 10));
  }

  @Test
  void everyReaderGivesTheOutletItsOneName() throws IOException {
    write("a/combined.csv", "headlines,articles,journal\nH,Some text.,the guardian\n");
    write("b/wire.jsonl", "{\"text\": \"Other text.\", \"source\": \"REUTERS\"}\n"
        + "{\"text\": \"Third text.\", \"url\": \"https://www.ign.com/articles/x\"}\n");
    write("c/page.html", "<html><head><meta property=\"og:site_name\" content=\"BBC News\">"
        + "<link rel=\"canonical\" href=\"https://www.bbc.com/news/x\"></head><body><article><p>"
        + "A spokesman for the example council said the new bridge would open in the spring after"
        + " several delays, and that the cost had risen.</p></article></body></html>");
    Collected c = Collected.read(dir);
    assertThat(c.articles).extracting(Article::outlet)
        .containsExactly("The Guardian", "Reuters", "IGN", "BBC");
  }

  @Test
  void aUserTableNamesOutletsToo() throws IOException {
    write("a.jsonl", "{\"text\": \"Some text.\", \"outlet\": \"The Bugle\"}\n"
        + "{\"text\": \"More text.\", \"url\": \"https://bugle.example/x\"}\n");
    OutletNames names = OutletNames.parse("Daily Bugle\tbugle.example\tThe Bugle\n");
    Collected c = new Collected();
    Sources.readInputs(List.of(dir.toString()), FieldMapping.DEFAULT, names, c.articles::add, c);
    assertThat(c.articles).extracting(Article::outlet).containsExactly("Daily Bugle", "Daily Bugle");
  }

  @Test
  void tsvIsRead() throws IOException {
    Path file = write("x.tsv", "title\tbody\tdate\nT\tA spokesman said so.\t10 May 2022\n");
    Article a = Collected.read(file).only();
    assertThat(a.text()).isEqualTo("A spokesman said so.");
    assertThat(a.published()).isEqualTo(LocalDate.of(2022, 5, 10));
  }

  @Test
  void csvWithoutTextColumnIsSkippedOnce() throws IOException {
    Path file = write("x.csv", "title,date\nT,2022-01-01\nU,2022-01-02\n");
    Collected c = Collected.read(file);
    assertThat(c.articles).isEmpty();
    assertThat(c.skips).hasSize(1);
    assertThat(c.skips.get(0)).contains("no text column");
    assertThat(c.filesDone).containsExactly(file);
  }

  @Test
  void shortRowsAndUnterminatedQuotesDoNotStopTheRun() throws IOException {
    Path bad = write("a.csv", "title,text\nT1,Fine row.\nT2\nT3,\"never closed\n");
    Path good = write("b.txt", "Read after the broken CSV.");
    Collected c = Collected.read(bad, good);
    assertThat(c.articles).extracting(Article::text).containsExactly("Fine row.", "Read after the broken CSV.");
    assertThat(c.skips).hasSize(2);
    assertThat(c.skips.get(0)).isEqualTo(bad + "#2: no text field (expected one of " + RecordMapper.Field.TEXT.synonyms + ")");
    assertThat(c.skips.get(1)).startsWith(bad + "#3: malformed CSV");
    assertThat(c.filesDone).containsExactly(bad, good);
  }

  @Test
  void mapOverridesWin() throws IOException {
    Path file = write("x.csv", "text,story,when,paper\nnot this,The real story.,2021-03-04,Daily Example\n");
    Article a =
        Collected.read(new FieldMapping(Map.of("text", "Story", "date", "when", "outlet", "paper")), file)
            .only();
    assertThat(a.text()).isEqualTo("The real story.");
    assertThat(a.published()).isEqualTo(LocalDate.of(2021, 3, 4));
    assertThat(a.outlet()).isEqualTo("Daily Example");
  }

  @Test
  void jsonlBrokenLineIsSkippedAndTheRestRead() throws IOException {
    Path file =
        write(
            "x.jsonl",
            "{\"content\": \"First statement text.\", \"source\": \"Example Post\", \"authors\": [\"A One\", \"B Two\"]}\n"
                + "{\"content\": \"broken\n"
                + "\n"
                + "{\"articleBody\": \"Third statement text.\", \"url\": \"https://www.example.org/p\"}\n"
                + "{\"content\": \"   \"}\n");
    Collected c = Collected.read(file);
    assertThat(c.articles).hasSize(2);
    assertThat(c.articles.get(0).outlet()).isEqualTo("Example Post");
    assertThat(c.articles.get(0).authors()).containsExactly("A One", "B Two");
    assertThat(c.articles.get(0).source()).isEqualTo(file + "#1");
    assertThat(c.articles.get(1).outlet()).isEqualTo("example.org");
    assertThat(c.articles.get(1).source()).isEqualTo(file + "#4");
    assertThat(c.skips).hasSize(2);
    assertThat(c.skips.get(0)).startsWith(file + "#2: malformed JSON");
    assertThat(c.skips.get(1)).isEqualTo(file + "#5: empty text");
  }

  @Test
  void jsonArraySingleObjectAndContainer() throws IOException {
    write("1.json", "[{\"text\": \"One.\", \"date\": \"Tue, 10 May 2022 12:00:00 GMT\"}, 5, {\"body\": \"Two.\"}]");
    write("2.json", "{\"body\": \"Single.\", \"title\": \"S\", \"source\": {\"id\": \"x\", \"name\": \"Wire\"}}");
    write("3.json", "{\"status\": \"ok\", \"articles\": [{\"content\": \"Nested.\"}]}");
    Collected c = Collected.read(dir);
    assertThat(c.articles).extracting(Article::text).containsExactly("One.", "Two.", "Single.", "Nested.");
    assertThat(c.articles.get(0).published()).isEqualTo(LocalDate.of(2022, 5, 10));
    assertThat(c.articles.get(2).outlet()).isEqualTo("Wire");
    assertThat(c.articles.get(2).source()).isEqualTo(dir.resolve("2.json").toString());
    assertThat(c.skips).singleElement().asString().contains("1.json#2").contains("not a JSON object");
  }

  @Test
  void malformedJsonDocumentIsSkipped() throws IOException {
    write("bad.json", "[{\"text\": \"Kept.\"}, {\"text\": ");
    write("z.txt", "Still read after the bad file.");
    Collected c = Collected.read(dir);
    assertThat(c.articles).extracting(Article::text).containsExactly("Kept.", "Still read after the bad file.");
    assertThat(c.skips).singleElement().asString().contains("malformed JSON");
  }

  @Test
  void windows1252FileIsDecodedAndReported() throws IOException {
    byte[] bytes = "The ticket cost ?40, a fan said.".getBytes(StandardCharsets.US_ASCII);
    bytes[16] = (byte) 0xA3;
    Path file = writeBytes("pound.txt", bytes);
    Collected c = Collected.read(file);
    assertThat(c.only().text()).isEqualTo("The ticket cost \u00a340, a fan said.");
    assertThat(c.warnings).containsExactly(file + ": not valid UTF-8 at byte 16; read as windows-1252");
  }

  @Test
  void byteOrderMarksWin() throws IOException {
    byte[] body = "Caf\u00e9 owner said hello.".getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    writeBytes("le.txt", bytes);
    byte[] utf8 = "\uFEFFtext\nBOM row said hi.\n".getBytes(StandardCharsets.UTF_8);
    writeBytes("u.csv", utf8);
    Collected c = Collected.read(dir);
    assertThat(c.articles).extracting(Article::text).containsExactly("Caf\u00e9 owner said hello.", "BOM row said hi.");
    assertThat(c.warnings).isEmpty();
  }

  @Test
  void emptyHiddenUnknownAndMissingInputs() throws IOException {
    write("empty.txt", " \n\t\n");
    write(".hidden.txt", "Hidden text.");
    write("page.html", "<html><body><nav><a href=/>Home</a></nav></body></html>");
    write("notes.docx", "x");
    Path missing = dir.resolve("nope.txt");
    Collected c = Collected.read(dir, missing);
    assertThat(c.articles).isEmpty();
    assertThat(c.skips)
        .containsExactly(
            dir.resolve("empty.txt") + ": empty text",
            dir.resolve("notes.docx") + ": unsupported file type",
            dir.resolve("page.html") + ": no article text found in the page",
            missing + ": no such file or directory");
  }

  @Test
  void parquetIsSkippedWithWhereToReadIt() throws IOException {
    write("table.parquet", "PAR1");
    Collected c = Collected.read(dir);
    assertThat(c.articles).isEmpty();
    assertThat(c.skips).singleElement().asString().startsWith(dir.resolve("table.parquet") + ": unsupported file type: ").contains("parley-spark");
  }

  @Test
  void unparseableDateWarnsAndKeepsArticle() throws IOException {
    Path file = write("x.jsonl", "{\"text\": \"Kept anyway.\", \"date\": \"sometime soon\"}\n");
    Collected c = Collected.read(file);
    assertThat(c.only().published()).isNull();
    assertThat(c.only().dateSource()).isEqualTo(DateSource.NONE);
    assertThat(c.warnings).singleElement().asString().contains("unparseable date 'sometime soon'");
  }

  @Test
  void hugeTextIsSkipped() throws IOException {
    write("big.jsonl", "{\"text\": \"" + "a".repeat(RecordMapper.MAX_TEXT_CHARS + 1) + "\"}\n");
    Collected c = Collected.read(dir);
    assertThat(c.articles).isEmpty();
    assertThat(c.skips).singleElement().asString().contains("text too long");
  }

  @Test
  void foldersAreWalkedInSortedOrderAndBytesAddUp() throws IOException {
    write("b/2.txt", "Two said.");
    write("b/1.txt", "One said.");
    write("a.txt", "Zero said.");
    write("c/readme.md", "not read");
    Collected c = Collected.read(dir);
    assertThat(c.articles).extracting(Article::text).containsExactly("Zero said.", "One said.", "Two said.");
    assertThat(Sources.totalBytes(List.of(dir))).isEqualTo(c.bytesDone).isEqualTo(9 + 9 + 10);
  }

  @Test
  void reutersSgml() throws IOException {
    Path file =
        write(
            "reut2-000.sgm",
            "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n"
                + "<REUTERS TOPICS=\"YES\" NEWID=\"7\">\n<DATE>26-FEB-1987 15:01:01.79</DATE>\n"
                + "<TEXT>&#2;\n<TITLE>GRAIN &amp; FEED OUTLOOK</TITLE>\n<AUTHOR>    By Jo Doe, Reuters</AUTHOR>\n"
                + "<DATELINE>    CITY, Feb 26 - </DATELINE><BODY>Prices rose &lt;5 pct&gt;, a trader said.\n Reuter\n&#3;</BODY></TEXT>\n</REUTERS>\n"
                + "<REUTERS NEWID=\"8\">\n<DATE>27-FEB-1987 09:00:00.00</DATE>\n<TEXT TYPE=\"BRIEF\">&#2;\n<TITLE>ONLY A TITLE</TITLE>&#3;\n</TEXT>\n</REUTERS>\n");
    Collected c = Collected.read(file);
    Article a = c.only();
    assertThat(a.source()).isEqualTo(file + "#7");
    assertThat(a.title()).isEqualTo("GRAIN & FEED OUTLOOK");
    assertThat(a.text()).isEqualTo("Prices rose <5 pct>, a trader said.\n Reuter\n");
    assertThat(a.published()).isEqualTo(LocalDate.of(1987, 2, 26));
    assertThat(a.outlet()).isEqualTo("Reuters");
    assertThat(a.authors()).containsExactly("Jo Doe");
    assertThat(c.skips).singleElement().asString().contains("#8");
  }

  @Test
  void sinkExceptionsPropagate() throws IOException {
    Path file = write("a.txt", "Text.");
    assertThatThrownBy(
            () ->
                Sources.read(
                    List.of(file),
                    FieldMapping.DEFAULT,
                    a -> {
                      throw new IllegalStateException("store full");
                    },
                    new Collected()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("store full");
  }
}

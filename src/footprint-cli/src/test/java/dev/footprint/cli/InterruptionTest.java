package dev.footprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the shutdown hook does on Ctrl-C, run in-process: output ended cleanly, cancels run, temporary files gone. */
class InterruptionTest {
  /** Parses standard output as exactly one JSON document: trailing text fails. */
  static JsonNode oneDocument(String text) throws Exception {
    assertFalse(text.isBlank(), "no JSON document on standard output");
    return new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(text);
  }

  @Test
  void withJsonAndNothingPrintedStandardOutputGetsTheErrorDocument() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Interruption.Gate o = new Interruption.Gate(out);
    Interruption.Gate e = new Interruption.Gate(err);
    Interruption i = new Interruption(o, e, true);
    PrintWriter stderr = new PrintWriter(e, true);
    stderr.print("footprint: 1/6 scenarios solved");
    i.fire();
    new PrintWriter(o, true).println("{\"late\": true}");
    stderr.println("footprint: cannot write /tmp/.x.tmp-1: no such file or directory");
    JsonNode doc = oneDocument(out.toString());
    assertEquals(130, doc.get("error").get("exitCode").asInt());
    assertEquals("interrupted", doc.get("error").get("message").asText());
    assertEquals("footprint: 1/6 scenarios solved\nfootprint: interrupted\n", err.toString(),
        "the line in progress is ended; nothing printed after the interruption shows");
  }

  @Test
  void aDocumentPrintedWholeBeforeStaysTheOnlyOne() throws Exception {
    StringWriter out = new StringWriter();
    Interruption.Gate o = new Interruption.Gate(out);
    Interruption i = new Interruption(o, new Interruption.Gate(new StringWriter()), true);
    PrintWriter stdout = new PrintWriter(o, true);
    stdout.print(Output.write(Output.error(3, "infeasible", java.util.List.of())));
    i.fire();
    stdout.println();
    assertEquals(3, oneDocument(out.toString()).get("error").get("exitCode").asInt());
    assertTrue(out.toString().endsWith("}\n"), out.toString());
  }

  @Test
  void withoutJsonStandardOutputGetsNothingMore() {
    StringWriter out = new StringWriter();
    Interruption.Gate o = new Interruption.Gate(out);
    Interruption i = new Interruption(o, new Interruption.Gate(new StringWriter()), false);
    new PrintWriter(o, true).println("scenario base: OPTIMAL");
    i.fire();
    new PrintWriter(o, true).println("scenario no-deal: OPTIMAL");
    assertEquals("scenario base: OPTIMAL\n", out.toString().replace(System.lineSeparator(), "\n"));
  }

  /** Actions registered while the work runs are run once; one closed before is not. */
  @Test
  void registeredCancelsRunAndTemporaryFilesAreDeleted(@TempDir Path d) throws Exception {
    Interruption i = Interruption.none();
    AtomicInteger solve = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    i.onInterrupt(done::incrementAndGet).close();
    Interruption.Registration r = i.onInterrupt(solve::incrementAndGet);
    Path tmp = Files.createDirectories(d.resolve(".out.tmp-1/inner"));
    Files.writeString(tmp.resolve("result.json"), "{");
    i.track(d.resolve(".out.tmp-1"));
    i.fire();
    assertEquals(1, solve.get());
    assertEquals(0, done.get());
    assertFalse(Files.exists(d.resolve(".out.tmp-1")));
    AtomicInteger late = new AtomicInteger();
    i.onInterrupt(late::incrementAndGet);
    assertEquals(1, late.get(), "registered after the interruption: run at once");
    r.close();
  }
}

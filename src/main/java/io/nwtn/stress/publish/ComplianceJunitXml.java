package io.nwtn.stress.publish;

import com.fasterxml.jackson.databind.JsonNode;
import io.nwtn.stress.settings.TargetKind;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code nwtn-compliance-junit.xml}: the run's Phase 1 compliance checks as a JUnit XML report, one
 * test case per requirement, so CI systems that show test results show the verdict. A failed
 * requirement is a {@code <failure>} whose message gives the threshold and the measured value.
 */
public final class ComplianceJunitXml {

  private ComplianceJunitXml() {}

  /** Renders the compliance checks of a results document. */
  public static byte[] render(JsonNode results, String runName) {
    JsonNode checks = results.path("compliance_checks");
    int failures = 0;
    for (JsonNode c : checks) {
      failures += c.path("passed").asBoolean() ? 0 : 1;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("testsuite");
      x.writeAttribute("name", "NWTN Phase 1 compliance (" + runName + ")");
      x.writeAttribute("tests", Integer.toString(checks.size()));
      x.writeAttribute("failures", Integer.toString(failures));
      x.writeAttribute("errors", "0");
      x.writeAttribute("skipped", "0");
      x.writeAttribute("timestamp", results.path("end_time").asText(""));
      x.writeAttribute("time", number(results.path("duration_seconds").asDouble()));
      x.writeCharacters("\n");
      properties(
          x,
          "verdict",
          results.path("verdict").asText(""),
          // a PASSED in CI against the simulator must not pass for one against PRSM
          "target_kind",
          results.path("target_kind").asText(TargetKind.UNKNOWN.wireName()));
      for (JsonNode c : checks) {
        testCase(x, c);
      }
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write JUnit XML: " + e.getMessage(), e);
    }
    return bytes.toByteArray();
  }

  /** One {@code <properties>} element with a property per name and value pair. */
  private static void properties(XMLStreamWriter x, String... namesAndValues)
      throws XMLStreamException {
    x.writeStartElement("properties");
    for (int i = 0; i < namesAndValues.length; i += 2) {
      x.writeEmptyElement("property");
      x.writeAttribute("name", namesAndValues[i]);
      x.writeAttribute("value", namesAndValues[i + 1]);
    }
    x.writeEndElement();
    x.writeCharacters("\n");
  }

  private static void testCase(XMLStreamWriter x, JsonNode c) throws XMLStreamException {
    String requirement = c.path("requirement").asText();
    String expected =
        requirement
            + " "
            + c.path("comparison").asText()
            + " "
            + number(c.path("threshold").asDouble());
    x.writeStartElement("testcase");
    x.writeAttribute("classname", "nwtn.phase1." + c.path("group").asText());
    x.writeAttribute("name", c.path("name").asText() + ": " + expected);
    x.writeAttribute("time", "0");
    if (!c.path("passed").asBoolean()) {
      x.writeStartElement("failure");
      x.writeAttribute("type", "requirement_not_met");
      x.writeAttribute("message", message(c));
      x.writeCharacters(message(c));
      x.writeEndElement();
    }
    x.writeEndElement();
    x.writeCharacters("\n");
  }

  /** E.g. {@code P95 latency (ms): measured 2500, required < 2000}. */
  static String message(JsonNode c) {
    return c.path("requirement").asText()
        + ": measured "
        + number(c.path("measured").asDouble())
        + ", required "
        + c.path("comparison").asText()
        + " "
        + number(c.path("threshold").asDouble());
  }

  /** Whole numbers without a fraction, others with up to four decimals. */
  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "");
  }
}

package io.nwtn.stress.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nwtn.stress.files.ReportFiles;
import io.nwtn.stress.settings.TargetKind;
import io.nwtn.stress.testing.SyntheticRun;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ComplianceJunitXmlTest {

  @TempDir Path dir;

  Document junit(SyntheticRun run) throws Exception {
    Path reports = run.write(dir);
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(reports.resolve(ReportFiles.JUNIT).toFile());
  }

  @Test
  void oneTestCasePerRequirementAndAFailureWithThresholdAndMeasuredValue() throws Exception {
    Document d = junit(SyntheticRun.healthy("failing", 1).failing(0.10));
    Element suite = d.getDocumentElement();
    NodeList cases = d.getElementsByTagName("testcase");
    assertEquals("testsuite", suite.getTagName());
    assertEquals(8, cases.getLength());
    assertEquals(Integer.toString(cases.getLength()), suite.getAttribute("tests"));
    NodeList failures = d.getElementsByTagName("failure");
    assertEquals(failures.getLength(), Integer.parseInt(suite.getAttribute("failures")));
    boolean successRate = false;
    for (int i = 0; i < failures.getLength(); i++) {
      Element f = (Element) failures.item(i);
      String name = ((Element) f.getParentNode()).getAttribute("name");
      if (name.startsWith("success_rate:")) {
        successRate = true;
        assertTrue(
            f.getAttribute("message")
                .matches("success rate: measured 0\\.8\\d+, required >= 0\\.95"),
            f.getAttribute("message"));
      }
    }
    assertTrue(successRate, "the success-rate requirement failed");
  }

  @Test
  void theSuiteNamesTheKindOfTargetBesideTheVerdict() throws Exception {
    Document d = junit(SyntheticRun.healthy("simulated", 1).against(TargetKind.EMBEDDED_REFERENCE));
    NodeList properties = d.getElementsByTagName("property");
    assertEquals(2, properties.getLength());
    Element verdict = (Element) properties.item(0);
    Element kind = (Element) properties.item(1);
    assertEquals("PASSED", verdict.getAttribute("value"));
    assertEquals("target_kind", kind.getAttribute("name"));
    assertEquals("embedded-reference", kind.getAttribute("value"));
  }

  @Test
  void aPassingRunHasNoFailures() throws Exception {
    Document d = junit(SyntheticRun.healthy("passing", 1));
    assertEquals(0, d.getElementsByTagName("failure").getLength());
    assertEquals("0", d.getDocumentElement().getAttribute("failures"));
  }
}

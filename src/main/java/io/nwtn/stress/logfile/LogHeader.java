package io.nwtn.stress.logfile;

import java.util.List;

/**
 * The run record that opens a Gatling {@code simulation.log}.
 *
 * @param scenarios scenario names in their index order (user records refer to them by index)
 * @param assertionCount how many assertions the simulation declared (their bodies are skipped)
 */
public record LogHeader(
    String gatlingVersion,
    String simulationClassName,
    long startEpochMs,
    String runDescription,
    List<String> scenarios,
    int assertionCount) {}

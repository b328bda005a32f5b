package io.nwtn.stress.settings;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigOrigin;
import com.typesafe.config.ConfigValue;
import io.nwtn.stress.contract.Agent;
import io.nwtn.stress.contract.QueryClass;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every key {@code reference.conf} knows under {@code nwtn}, and the check that refuses any other:
 * a misspelt key would otherwise be ignored silently and the run measure something else. Two shapes
 * are more than the keys written there: a list of sections ({@code nwtn.validation.scenarios}),
 * whose every element may hold the keys of the reference's elements, and the open map {@code
 * nwtn.reference.pipeline.<class>.<agent>.<field>}, where any of the three query classes may name
 * any of the five pipeline agents. Keys outside {@code nwtn} belong to others and are not checked.
 */
public final class KnownKeys {

  /** The origin the loader gives system properties, so that a message can name them {@code -D}. */
  static final String SYSTEM_PROPERTIES = "system properties";

  /** The shape segment of a list element, e.g. {@code nwtn.validation.scenarios.*.name}. */
  static final String ELEMENT = "*";

  private static final String PIPELINE = "nwtn.reference.pipeline";

  /** Shape path of a section to the names of its keys ({@link #ELEMENT} for a list's elements). */
  private final Map<String, SortedSet<String>> sections = new HashMap<>();

  /** Shape paths of the values. */
  private final Set<String> values = new HashSet<>();

  private KnownKeys(ConfigObject nwtn) {
    add("nwtn", nwtn);
  }

  /** The keys of this suite's {@code reference.conf}, read once. */
  public static KnownKeys reference() {
    return Reference.KEYS;
  }

  /** The keys of the {@code nwtn} section of {@code reference}. */
  static KnownKeys of(Config reference) {
    return new KnownKeys(reference.getConfig("nwtn").root());
  }

  /**
   * Throws for the first key under {@code nwtn} of {@code root} that is not known, naming where it
   * was written ({@code -D} for a system property, else its file) and the nearest known key.
   */
  public void check(Config root) {
    ConfigValue nwtn = root.root().get("nwtn");
    if (nwtn != null) {
      walk(new Key("nwtn", "nwtn"), nwtn);
    }
  }

  private void add(String shape, ConfigValue value) {
    if (shape.equals(PIPELINE)) {
      addPipeline((ConfigObject) value);
    } else if (value instanceof ConfigObject section) {
      SortedSet<String> names = sections.computeIfAbsent(shape, s -> new TreeSet<>());
      section.forEach(
          (name, child) -> {
            names.add(name);
            add(shape + "." + name, child);
          });
    } else if (value instanceof ConfigList list
        && !list.isEmpty()
        && list.stream().allMatch(ConfigObject.class::isInstance)) {
      sections.computeIfAbsent(shape, s -> new TreeSet<>()).add(ELEMENT);
      list.forEach(element -> add(shape + "." + ELEMENT, element));
    } else {
      values.add(shape);
    }
  }

  /** Every class may run every pipeline agent; the fields are those the reference's agents have. */
  private void addPipeline(ConfigObject pipeline) {
    SortedSet<String> fields = new TreeSet<>();
    pipeline
        .values()
        .forEach(c -> ((ConfigObject) c).values().forEach(a -> fields.addAll(keys(a))));
    for (QueryClass queryClass : QueryClass.values()) {
      String classPath = PIPELINE + "." + queryClass.wireName();
      sections.computeIfAbsent(PIPELINE, s -> new TreeSet<>()).add(queryClass.wireName());
      for (Agent agent : Agent.PIPELINE) {
        String agentPath = classPath + "." + agent.wireName();
        sections.computeIfAbsent(classPath, s -> new TreeSet<>()).add(agent.wireName());
        sections.put(agentPath, fields);
        fields.forEach(field -> values.add(agentPath + "." + field));
      }
    }
  }

  private static Set<String> keys(ConfigValue value) {
    return ((ConfigObject) value).keySet();
  }

  private void walk(Key key, ConfigValue value) {
    SortedSet<String> names = sections.get(key.shape());
    if (names == null && !values.contains(key.shape())) {
      throw unknown(key, value);
    }
    if (!(value instanceof ConfigObject) && !(value instanceof ConfigList)) {
      return;
    }
    if (names == null) {
      walkValue(key, value);
    } else if (names.contains(ELEMENT)) {
      walkElements(key, value);
    } else if (value instanceof ConfigObject section) {
      new TreeMap<>(section).forEach((name, child) -> walk(key.child(name), child));
    }
  }

  /** A value written as a section: Typesafe Config reads one with keys 0, 1, ... as a list. */
  private void walkValue(Key key, ConfigValue value) {
    if (value instanceof ConfigObject section
        && !section.keySet().stream().allMatch(name -> name.matches("[0-9]+"))) {
      new TreeMap<>(section).forEach((name, child) -> walk(key.child(name), child));
    }
  }

  private void walkElements(Key key, ConfigValue value) {
    if (value instanceof ConfigList list) {
      for (int i = 0; i < list.size(); i++) {
        walk(key.element(String.valueOf(i)), list.get(i));
      }
    } else if (value instanceof ConfigObject section) {
      new TreeMap<>(section)
          .forEach(
              (name, child) ->
                  walk(name.matches("[0-9]+") ? key.element(name) : key.child(name), child));
    }
  }

  /** The key named as written, down to its first value, with the nearest known key. */
  private SettingsException unknown(Key first, ConfigValue value) {
    Key key = first;
    while (value instanceof ConfigObject section && !section.isEmpty()) {
      String name = new TreeSet<>(section.keySet()).first();
      key = key.child(name);
      value = section.get(name);
    }
    String hint = new NearestKey(sections, values).hint(first, key);
    return SettingsException.unknownKey(key.shown(), where(value.origin(), key.shown()), hint);
  }

  /** {@code -Dkey} for a system property, {@code file: key} for a file, else the key alone. */
  private static String where(ConfigOrigin origin, String key) {
    if (origin == null) {
      return key;
    }
    if (origin.description().startsWith(SYSTEM_PROPERTIES)) {
      return "-D" + key;
    }
    String file = origin.filename() != null ? origin.filename() : origin.resource();
    return file == null ? key : file + ": " + key;
  }

  /**
   * A key as the user wrote it ({@code shown}, e.g. {@code nwtn.validation.scenarios.1.name}) and
   * as a shape of the known keys ({@code nwtn.validation.scenarios.*.name}).
   */
  record Key(String shown, String shape) {

    Key child(String name) {
      return new Key(shown + "." + name, shape + "." + name);
    }

    Key element(String index) {
      return new Key(shown + "." + index, shape + "." + ELEMENT);
    }
  }

  /** Read once: the suite's own keys do not change while it runs. */
  private static final class Reference {
    static final KnownKeys KEYS = of(ConfigFactory.parseResources("reference.conf").resolve());
  }
}

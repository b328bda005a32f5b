package io.nwtn.stress.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import oshi.SystemInfo;
import oshi.hardware.NetworkIF;

class NetworkCountersTest {

  static final String TABLE =
      String.join(
          "\n",
          "Inter-|   Receive                                                |  Transmit",
          " face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets"
              + " errs drop fifo colls carrier compressed",
          "    lo: 32638124389 86846235    0  161    0     0          0         0 32638124389"
              + " 86846235    0    0    0     0       0          0",
          "  ifb0:       0       0    0    0    0     0          0         0        0       0"
              + "    0    0    0     0       0          0",
          "  eth0:214309521   21851    0    0    0     0          0         0  2529202   20440"
              + "    0    0    0     0       0          0",
          "");

  @Test
  void everyInterfaceIsSummedLoopbackIncluded() {
    NetworkCounters.Totals t = NetworkCounters.totals(TABLE);
    assertEquals(new NetworkCounters.Totals(32638124389L + 214309521L, 32638124389L + 2529202L), t);
  }

  @Test
  void aTableThatIsNotTheKernelsIsNotRead(@TempDir Path dir) throws Exception {
    assertNull(NetworkCounters.totals("Inter-|   Receive\n face |bytes\n"), "no interface");
    assertNull(NetworkCounters.totals(TABLE.replace("2529202", "-")), "a column missing");
    assertNull(NetworkCounters.totals(TABLE.replace("21851 ", "21851\n")), "a line cut short");
    assertNull(
        NetworkCounters.totals(TABLE.replace("2529202", "99999999999999999999")), "overflow");
    assertNull(NetworkCounters.read(dir.resolve("absent")));
    Path table = Files.writeString(dir.resolve("dev"), TABLE);
    assertEquals(NetworkCounters.totals(TABLE), NetworkCounters.read(table));
  }

  /** On Linux the kernel's table counts what OSHI counts walking the interfaces one by one. */
  @Test
  void theKernelsTableAgreesWithOshisInterfaces() {
    NetworkCounters.Totals before = NetworkCounters.read(NetworkCounters.PROC_NET_DEV);
    if (before == null) {
      return; // not Linux: the monitor falls back to OSHI
    }
    long received = 0;
    long sent = 0;
    for (NetworkIF net : new SystemInfo().getHardware().getNetworkIFs(true)) {
      received += net.getBytesRecv();
      sent += net.getBytesSent();
    }
    NetworkCounters.Totals after = NetworkCounters.read(NetworkCounters.PROC_NET_DEV);
    assertNotNull(after);
    assertTrue(
        before.receivedBytes() <= received && received <= after.receivedBytes(),
        before + " <= " + received + " <= " + after);
    assertTrue(
        before.sentBytes() <= sent && sent <= after.sentBytes(),
        before + " <= " + sent + " <= " + after);
  }
}
